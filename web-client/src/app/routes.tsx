import type { RouteObject } from 'react-router-dom';
import { ProfilePage } from '../features/profile/profile-page';
import { SearchPage } from '../features/search/search-page';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <SearchPage /> },
      { path: 'buscar', element: <SearchPage /> },
      { path: 'candidaturas/:id', element: <ProfilePage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
