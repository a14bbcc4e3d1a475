import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { aListItem } from '../../testing/fixtures';
import { renderRoute } from '../../testing/render-route';
import { server } from '../../testing/server';

function recordCandidacyRequests(): URLSearchParams[] {
  const seen: URLSearchParams[] = [];
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (url.pathname === '/api/v1/candidacies') seen.push(url.searchParams);
  });
  return seen;
}

afterEach(() => server.events.removeAllListeners());

describe('SearchPage', () => {
  it('lists the candidacies the API returns, with labels and links', async () => {
    renderRoute('/buscar');

    expect(await screen.findByText('2 resultados')).toBeInTheDocument();
    const link = screen.getByRole('link', { name: 'ANA LÓPEZ PÉREZ' });
    expect(link).toHaveAttribute('href', '/candidaturas/c_ana');
    expect(
      screen.getByRole('link', { name: 'JOSÉ NÚÑEZ CANUL' }),
    ).toBeVisible();
    const item = link.closest('li') as HTMLElement;
    expect(
      await within(item).findByText(/Diputación local, Mayoría relativa/),
    ).toBeInTheDocument();
    expect(within(item).getByText('Partido Ejemplo (PE)')).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 1, name: /Conoce a tus/ }),
    ).toBeInTheDocument();
  });

  it('shows a loading message before the answer arrives', async () => {
    renderRoute('/buscar');

    expect(screen.getByRole('status')).toHaveTextContent(
      'Buscando candidaturas…',
    );
    expect(await screen.findByText('2 resultados')).toBeInTheDocument();
  });

  it('puts the typed name in the address and sends it as q', async () => {
    const requests = recordCandidacyRequests();
    const { router, user } = renderRoute('/buscar');
    await screen.findByText('2 resultados');

    await user.type(
      screen.getByLabelText('Nombre de la persona candidata'),
      'lopez ana',
    );
    await user.click(screen.getByRole('button', { name: 'Buscar' }));

    await waitFor(() =>
      expect(router.state.location.search).toBe('?q=lopez+ana'),
    );
    await waitFor(() => expect(requests.at(-1)?.get('q')).toBe('lopez ana'));
    expect(requests.at(-1)?.get('pageSize')).toBe('25');
    expect(requests.at(-1)?.get('page')).toBe('1');
  });

  it('reads process, name and page from the address', async () => {
    const requests = recordCandidacyRequests();
    renderRoute('/buscar?process=yuc-2024&q=ana&page=2');

    await waitFor(() =>
      expect(screen.getByLabelText('Proceso electoral')).toHaveValue(
        'yuc-2024',
      ),
    );
    expect(screen.getByLabelText('Nombre de la persona candidata')).toHaveValue(
      'ana',
    );
    await waitFor(() => expect(requests.length).toBeGreaterThan(0));
    const last = requests.at(-1);
    expect(last?.get('process')).toBe('yuc-2024');
    expect(last?.get('q')).toBe('ana');
    expect(last?.get('page')).toBe('2');
  });

  it('restarts at page 1 when the process changes', async () => {
    const { router, user } = renderRoute('/buscar?q=ana&page=3');
    await screen.findByRole('option', { name: /Proceso Electoral Local/ });

    await user.selectOptions(
      screen.getByLabelText('Proceso electoral'),
      'yuc-2024',
    );
    expect(router.state.location.search).toBe('?q=ana&page=3');
    await user.click(screen.getByRole('button', { name: 'Buscar' }));

    await waitFor(() =>
      expect(router.state.location.search).toBe('?process=yuc-2024&q=ana'),
    );
  });

  it('goes back to the previous search with the back button', async () => {
    const { router, user } = renderRoute('/buscar?q=ana');
    await screen.findByText('2 resultados');
    const input = screen.getByLabelText('Nombre de la persona candidata');

    await user.clear(input);
    await user.type(input, 'jose');
    await user.click(screen.getByRole('button', { name: 'Buscar' }));
    await waitFor(() => expect(router.state.location.search).toBe('?q=jose'));
    await act(() => router.navigate(-1));

    expect(router.state.location.search).toBe('?q=ana');
    await waitFor(() => expect(input).toHaveValue('ana'));
  });

  it('pages through the results with next and previous links', async () => {
    server.use(
      http.get('*/api/v1/candidacies', ({ request }) => {
        const page = Number(new URL(request.url).searchParams.get('page'));
        return HttpResponse.json({
          items: [aListItem({ id: `c_${page}`, name: `PERSONA ${page}` })],
          total: 60,
          page,
          pageSize: 25,
        });
      }),
    );
    const { router, user } = renderRoute('/buscar?q=persona');

    expect(await screen.findByText(/^60 resultados/)).toBeInTheDocument();
    expect(screen.getByText('Página 1 de 3')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Anterior/ })).toBeNull();
    await user.click(screen.getByRole('link', { name: /Siguiente/ }));

    expect(await screen.findByText('PERSONA 2')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?q=persona&page=2');
    expect(screen.getByText('Página 2 de 3')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Anterior/ })).toHaveAttribute(
      'href',
      '/buscar?q=persona',
    );
  });

  it('says clearly when no candidacy matches', async () => {
    server.use(
      http.get('*/api/v1/candidacies', () =>
        HttpResponse.json({ items: [], total: 0, page: 1, pageSize: 25 }),
      ),
    );
    renderRoute('/buscar?q=zzzz');

    expect(
      await screen.findByText(
        'No encontramos candidaturas con el nombre «zzzz».',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByText(/resultados/)).toBeNull();
  });

  it('names in Spanish the filters the API rejects', async () => {
    server.use(
      http.get('*/api/v1/candidacies', () =>
        HttpResponse.json(
          {
            type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
            title: 'Invalid parameters',
            status: 400,
            errors: {
              sex: ['sex must be one of: woman, man.'],
              pageSize: ['pageSize must be between 1 and 200.'],
              tone: ['tone is not known.'],
            },
          },
          {
            status: 400,
            headers: { 'Content-Type': 'application/problem+json' },
          },
        ),
      ),
    );
    renderRoute('/buscar?process=yuc-2024&sex=nadie');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('No pudimos hacer la búsqueda');
    expect(alert).toHaveTextContent('Estos filtros no son válidos:');
    const named = within(alert)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(named).toEqual(['Sexo', 'Resultados por página', 'tone']);
    expect(alert).not.toHaveTextContent(/must be/);
    expect(
      within(alert).queryByRole('button', { name: 'Intentar de nuevo' }),
    ).toBeNull();
    expect(
      within(alert).getByRole('link', { name: 'Quitar los filtros' }),
    ).toHaveAttribute('href', '/buscar?process=yuc-2024');
    expect(screen.queryByText(/resultados/)).toBeNull();
  });

  it('clears the process too when the process is what was rejected', async () => {
    server.use(
      http.get('*/api/v1/candidacies', () =>
        HttpResponse.json(
          {
            title: 'Invalid parameters',
            status: 400,
            errors: { process: ['process is not a known process.'] },
          },
          {
            status: 400,
            headers: { 'Content-Type': 'application/problem+json' },
          },
        ),
      ),
    );
    renderRoute('/buscar?process=nope');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Este filtro no es válido:');
    expect(within(alert).getByRole('listitem')).toHaveTextContent(
      'Proceso electoral',
    );
    expect(
      within(alert).getByRole('link', { name: 'Quitar los filtros' }),
    ).toHaveAttribute('href', '/buscar');
  });

  it('offers to try again when the server fails', async () => {
    let calls = 0;
    server.use(
      http.get('*/api/v1/candidacies', () => {
        calls += 1;
        if (calls > 1) {
          return HttpResponse.json({
            items: [aListItem()],
            total: 1,
            page: 1,
            pageSize: 25,
          });
        }
        return HttpResponse.json(
          { title: 'Server error', status: 503, detail: 'Database is down.' },
          {
            status: 503,
            headers: { 'Content-Type': 'application/problem+json' },
          },
        );
      }),
    );
    const { user } = renderRoute('/buscar?q=ana');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('El servicio no está disponible por ahora');
    expect(alert).not.toHaveTextContent('Database is down.');
    expect(within(alert).queryByRole('link')).toBeNull();
    await user.click(
      within(alert).getByRole('button', { name: 'Intentar de nuevo' }),
    );
    expect(await screen.findByText('1 resultado')).toBeInTheDocument();
  });

  it('shows the fictitious-data banner only for a demo process', async () => {
    const { user } = renderRoute('/buscar?process=demo-2024');

    expect(
      await screen.findByText(/Datos ficticios de demostración/),
    ).toBeVisible();
    await user.selectOptions(
      screen.getByLabelText('Proceso electoral'),
      'yuc-2024',
    );
    await user.click(screen.getByRole('button', { name: 'Buscar' }));

    await waitFor(() =>
      expect(screen.queryByText(/Datos ficticios de demostración/)).toBeNull(),
    );
  });
});
