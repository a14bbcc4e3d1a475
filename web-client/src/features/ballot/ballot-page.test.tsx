import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { renderRoute } from '../../testing/render-route';
import { server } from '../../testing/server';

const path = '/boleta?process=yuc-2024&state=31&district=local-31-03';

describe('BallotPage', () => {
  it('asks the API for the contests of the place', async () => {
    const seen: URLSearchParams[] = [];
    server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/v1/contests') seen.push(url.searchParams);
    });
    renderRoute(path);

    expect(await screen.findByText('2 cargos')).toBeVisible();
    expect(Object.fromEntries(seen.at(-1) ?? [])).toEqual({
      process: 'yuc-2024',
      state: '31',
      district: 'local-31-03',
    });
    server.events.removeAllListeners();
  });

  it('lists each contest with its candidacies in ballot order', async () => {
    renderRoute(path);

    const contest = await screen.findByRole('region', {
      name: /Diputación local, Mayoría relativa.*Distrito 3, Mérida/,
    });
    const names = within(contest)
      .getAllByRole('listitem')
      .map((li) => within(li).getByRole('link').textContent);
    expect(names).toEqual([
      'ANA LÓPEZ PÉREZ',
      'JOSÉ NÚÑEZ CANUL',
      'LUZ CHAN PECH',
    ]);
    expect(within(contest).getByText('Partido Otro (PO)')).toBeVisible();
    const governor = screen.getByRole('region', { name: /Gubernatura/ });
    expect(governor).toHaveTextContent(
      'Todavía no hay candidaturas publicadas para este cargo.',
    );
  });

  it('compares two to four ticked candidacies', async () => {
    const { router, user } = renderRoute(path);
    const contest = await screen.findByRole('region', {
      name: /Diputación local/,
    });
    const compare = within(contest).getByRole('button', {
      name: /Comparar seleccionadas/,
    });
    await user.click(within(contest).getByLabelText(/Comparar ANA/));
    expect(compare).toHaveAttribute('aria-disabled', 'true');
    await user.click(compare);
    expect(router.state.location.pathname).toBe('/boleta');

    await user.click(within(contest).getByLabelText(/Comparar LUZ/));
    expect(compare).toHaveAccessibleName('Comparar seleccionadas (2)');
    await user.click(compare);

    await waitFor(() =>
      expect(router.state.location.pathname).toBe('/comparar'),
    );
    expect(router.state.location.search).toBe('?ids=c_ana,c_luz');
  });

  it('says so when a place has no contests', async () => {
    server.use(
      http.get('*/api/v1/contests', () => HttpResponse.json({ items: [] })),
    );
    renderRoute(path);

    expect(
      await screen.findByText(
        'No hay cargos en disputa publicados para este lugar.',
      ),
    ).toBeVisible();
  });

  it('keeps the place in the form to change it', async () => {
    renderRoute(path);
    await screen.findByText('2 cargos');
    await waitFor(() =>
      expect(screen.getByLabelText('Distrito')).toHaveValue('local-31-03'),
    );
    expect(screen.getByLabelText('Estado')).toHaveValue('31');
    expect(screen.getByLabelText('Distrito electoral')).toBeChecked();
  });
});
