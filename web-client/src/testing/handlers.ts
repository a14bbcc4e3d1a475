import { http, HttpResponse } from 'msw';
import { aDetail, aListItem, aProcess, catalogs } from './fixtures';

export const sampleItems = [
  aListItem(),
  aListItem({ id: 'c_jose', name: 'JOSÉ NÚÑEZ CANUL', sex: 'man' }),
];

// Default answers; a test overrides one with server.use(...).
export const handlers = [
  http.get('*/api/v1/processes', () =>
    HttpResponse.json({
      items: [
        aProcess(),
        aProcess({
          id: 'p_demo',
          key: 'demo-2024',
          name: 'Proceso de demostración',
          isDemo: true,
        }),
      ],
    }),
  ),
  http.get('*/api/v1/catalogs', () => HttpResponse.json(catalogs)),
  http.get('*/api/v1/candidacies', ({ request }) => {
    const page = Number(new URL(request.url).searchParams.get('page') ?? 1);
    return HttpResponse.json({
      items: sampleItems,
      total: sampleItems.length,
      page,
      pageSize: 25,
    });
  }),
  http.get('*/api/v1/candidacies/:id', ({ params }) =>
    params.id === 'c_ana' ? HttpResponse.json(aDetail()) : notFound(),
  ),
];

export function notFound() {
  return HttpResponse.json(
    { type: 'about:blank', title: 'Not Found', status: 404, errors: {} },
    { status: 404, headers: { 'Content-Type': 'application/problem+json' } },
  );
}
