import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { renderRoute } from '../../testing/render-route';
import { server } from '../../testing/server';
import { aStatistics } from '../../testing/statistics-fixtures';

vi.mock('react-chartjs-2', () => import('../../testing/chart-stand-in'));

function recordStatisticsRequests(): URLSearchParams[] {
  const seen: URLSearchParams[] = [];
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (url.pathname === '/api/v1/statistics') seen.push(url.searchParams);
  });
  return seen;
}

afterEach(() => server.events.removeAllListeners());

describe('StatisticsPage filters and states', () => {
  it('shows a loading message, then the figures', async () => {
    let release = () => {};
    const answered = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.get('*/api/v1/statistics', async () => {
        await answered;
        return HttpResponse.json(aStatistics());
      }),
    );
    renderRoute('/estadisticas');

    expect(
      await screen.findByText('Cargando las estadísticas…'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    release();
    expect(
      await screen.findByRole('table', { name: /^Sexo\./ }),
    ).toBeInTheDocument();
  });

  it('sends the filters in the address to the API', async () => {
    const requests = recordStatisticsRequests();
    renderRoute(
      '/estadisticas?process=yuc-2024&office=diputacion-local&actor=a_pe' +
        '&state=31',
    );

    await screen.findByRole('table', { name: /^Sexo\./ });
    expect(Object.fromEntries(requests.at(-1) ?? [])).toEqual({
      process: 'yuc-2024',
      office: 'diputacion-local',
      actor: 'a_pe',
      state: '31',
    });
    await waitFor(() =>
      expect(screen.getByLabelText('Estado')).toHaveValue('31'),
    );
    expect(screen.getByLabelText(/^Partido, coalición/)).toHaveValue('a_pe');
  });

  it('applies the chosen filters to the address and the request', async () => {
    const requests = recordStatisticsRequests();
    const { router, user } = renderRoute('/estadisticas?process=yuc-2024');
    await screen.findByRole('table', { name: /^Sexo\./ });

    const office = screen.getByLabelText('Cargo');
    await waitFor(() =>
      expect(
        within(office).getByRole('option', { name: 'Diputación local' }),
      ).toBeInTheDocument(),
    );
    await user.selectOptions(office, 'diputacion-local');
    await user.selectOptions(screen.getByLabelText('Estado'), '31');
    await user.click(screen.getByRole('button', { name: 'Ver estadísticas' }));

    await waitFor(() =>
      expect(router.state.location.search).toBe(
        '?process=yuc-2024&office=diputacion-local&state=31',
      ),
    );
    await waitFor(() =>
      expect(requests.at(-1)?.get('office')).toBe('diputacion-local'),
    );
    expect(requests.at(-1)?.get('state')).toBe('31');
    expect(requests.at(-1)?.get('process')).toBe('yuc-2024');
  });

  it('drops the office and the actor when the process changes', async () => {
    const { router, user } = renderRoute(
      '/estadisticas?process=yuc-2024&office=diputacion-local&actor=a_pe',
    );
    await screen.findByRole('table', { name: /^Sexo\./ });

    await user.selectOptions(
      screen.getByLabelText('Proceso electoral'),
      'demo-2024',
    );
    await user.click(screen.getByRole('button', { name: 'Ver estadísticas' }));

    await waitFor(() =>
      expect(router.state.location.search).toBe('?process=demo-2024'),
    );
  });

  it('says so when no candidacy matches', async () => {
    const empty = {
      code: null,
      label: 'Total',
      registered: 0,
      captured: 0,
      published: 0,
    };
    server.use(
      http.get('*/api/v1/statistics', () =>
        HttpResponse.json(
          aStatistics({ status: { total: empty, byActor: [], byOffice: [] } }),
        ),
      ),
    );
    renderRoute('/estadisticas?process=yuc-2024&actor=a_po');

    expect(
      await screen.findByText(
        'Ninguna candidatura registrada coincide con estos filtros.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('names a rejected filter in Spanish and offers to clear the filters', async () => {
    server.use(
      http.get('*/api/v1/statistics', () =>
        HttpResponse.json(
          {
            title: 'Invalid parameters',
            status: 400,
            errors: { state: ['state must be an INEGI two-digit code.'] },
          },
          {
            status: 400,
            headers: { 'Content-Type': 'application/problem+json' },
          },
        ),
      ),
    );
    renderRoute('/estadisticas?process=yuc-2024&state=5');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('No pudimos cargar las estadísticas');
    expect(alert).toHaveTextContent('Este filtro no es válido:');
    expect(within(alert).getByRole('listitem')).toHaveTextContent('Estado');
    expect(alert).not.toHaveTextContent('INEGI');
    expect(within(alert).queryByRole('button')).toBeNull();
    expect(
      within(alert).getByRole('link', { name: 'Quitar los filtros' }),
    ).toHaveAttribute('href', '/estadisticas?process=yuc-2024');
  });

  it('explains a server error and tries again', async () => {
    let calls = 0;
    server.use(
      http.get('*/api/v1/statistics', () => {
        calls += 1;
        if (calls > 1) return HttpResponse.json(aStatistics());
        return HttpResponse.json(
          { title: 'Server error', status: 500 },
          {
            status: 500,
            headers: { 'Content-Type': 'application/problem+json' },
          },
        );
      }),
    );
    const { user } = renderRoute('/estadisticas?state=31');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('No pudimos cargar las estadísticas');
    expect(alert).toHaveTextContent('El servicio no está disponible por ahora');
    await user.click(
      within(alert).getByRole('button', { name: 'Intentar de nuevo' }),
    );
    expect(
      await screen.findByRole('table', { name: /^Sexo\./ }),
    ).toBeInTheDocument();
  });
});
