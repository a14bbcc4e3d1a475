import { lazy } from 'react';
import type { RouteObject } from 'react-router-dom';
import { HomePage } from '../features/home/home-page';
import { SearchPage } from '../features/search/search-page';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';

// The first visit downloads only the home and search pages; the others come
// when the person opens them.
const ProfilePage = lazy(() =>
  import('../features/profile/profile-page').then((m) => ({
    default: m.ProfilePage,
  })),
);
const BallotPage = lazy(() =>
  import('../features/ballot/ballot-page').then((m) => ({
    default: m.BallotPage,
  })),
);
const StatisticsPage = lazy(() =>
  import('../features/statistics/statistics-page').then((m) => ({
    default: m.StatisticsPage,
  })),
);
const OpenDataPage = lazy(() =>
  import('../features/open-data/open-data-page').then((m) => ({
    default: m.OpenDataPage,
  })),
);
const ComparePage = lazy(() =>
  import('../features/compare/compare-page').then((m) => ({
    default: m.ComparePage,
  })),
);

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'buscar', element: <SearchPage /> },
      { path: 'boleta', element: <BallotPage /> },
      { path: 'comparar', element: <ComparePage /> },
      { path: 'candidaturas/:id', element: <ProfilePage /> },
      { path: 'estadisticas', element: <StatisticsPage /> },
      { path: 'datos-abiertos', element: <OpenDataPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
