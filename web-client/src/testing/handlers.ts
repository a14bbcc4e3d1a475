import { http, HttpResponse } from 'msw';
import { aContest, aDetail, aListItem, aProcess, catalogs } from './fixtures';
import { aStatistics, dictionary } from './statistics-fixtures';

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
  http.get('*/api/v1/candidacies/:id', ({ params }) => {
    const id = String(params.id);
    const people: Record<string, Parameters<typeof aDetail>[0]> = {
      c_ana: {},
      c_jose: { id: 'c_jose', name: 'JOSÉ NÚÑEZ CANUL', sex: 'man' },
      c_luz: { id: 'c_luz', name: 'LUZ CHAN PECH', proposals: [] },
    };
    const overrides = people[id];
    return overrides ? HttpResponse.json(aDetail(overrides)) : notFound();
  }),
  http.get('*/api/v1/processes/:process/offices', () =>
    HttpResponse.json({
      items: [
        {
          code: 'diputacion-local',
          label: 'Diputación local',
          principles: ['mr', 'rp'],
          candidacyCount: 2,
        },
      ],
    }),
  ),
  http.get('*/api/v1/processes/:process/political-actors', () =>
    HttpResponse.json({
      items: [
        {
          id: 'a_po',
          name: 'Partido Otro',
          abbreviation: 'PO',
          kind: 'party',
          parties: [],
          ballotOrder: 2,
          candidacyCount: 1,
        },
        {
          id: 'a_pe',
          name: 'Partido Ejemplo',
          abbreviation: 'PE',
          kind: 'party',
          parties: [],
          ballotOrder: 1,
          candidacyCount: 1,
        },
      ],
    }),
  ),
  http.get('*/api/v1/geography/states', () =>
    HttpResponse.json({
      items: [
        { code: '31', name: 'Yucatán', abbreviation: 'YUC' },
        { code: '04', name: 'Campeche', abbreviation: 'CAM' },
      ],
    }),
  ),
  http.get('*/api/v1/geography/states/:state/municipalities', ({ params }) =>
    HttpResponse.json({
      items:
        params.state === '31'
          ? [
              { code: '31050', state: '31', name: 'Mérida' },
              { code: '31102', state: '31', name: 'Valladolid' },
            ]
          : [],
    }),
  ),
  http.get('*/api/v1/geography/states/:state/districts', ({ request }) => {
    const kind = new URL(request.url).searchParams.get('kind');
    return HttpResponse.json({
      items:
        kind === 'local'
          ? [
              {
                code: 'local-31-03',
                kind: 'local',
                state: '31',
                number: 3,
                seat: 'Mérida',
                label: 'Distrito local 3, Mérida',
              },
            ]
          : [],
    });
  }),
  http.get('*/api/v1/contests', () =>
    HttpResponse.json({
      items: [
        aContest({
          office: 'gubernatura',
          principle: null,
          area: {
            state: '31',
            district: null,
            municipality: null,
            constituency: null,
            label: 'Yucatán',
          },
          candidacies: [],
        }),
        aContest(),
      ],
    }),
  ),
  http.get('*/api/v1/statistics', () => HttpResponse.json(aStatistics())),
  http.get('*/api/v1/exports/dictionary', () => HttpResponse.json(dictionary)),
];

export function notFound() {
  return HttpResponse.json(
    { type: 'about:blank', title: 'Not Found', status: 404, errors: {} },
    { status: 404, headers: { 'Content-Type': 'application/problem+json' } },
  );
}
