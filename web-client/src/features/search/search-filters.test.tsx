import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { aListItem } from '../../testing/fixtures';
import { renderRoute } from '../../testing/render-route';
import { server } from '../../testing/server';

function lastCandidacyQuery(): () => URLSearchParams | undefined {
  const seen: URLSearchParams[] = [];
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (url.pathname === '/api/v1/candidacies') seen.push(url.searchParams);
  });
  return () => seen.at(-1);
}

afterEach(() => server.events.removeAllListeners());

describe('SearchPage filters', () => {
  it('applies place, sex and age filters through the address', async () => {
    const last = lastCandidacyQuery();
    const { router, user } = renderRoute('/buscar');
    await screen.findByText('2 resultados');

    await user.click(screen.getByText('Más filtros'));
    const state = screen.getByLabelText('Estado');
    await within(state).findByRole('option', { name: 'Yucatán' });
    expect(screen.getByLabelText('Municipio o alcaldía')).toBeDisabled();
    await user.selectOptions(state, '31');
    const municipality = screen.getByLabelText('Municipio o alcaldía');
    await within(municipality).findByRole('option', { name: 'Mérida' });
    await user.selectOptions(municipality, '31050');
    await user.selectOptions(screen.getByLabelText('Sexo'), 'woman');
    await user.type(screen.getByLabelText('Edad mínima'), '30');
    await user.selectOptions(screen.getByLabelText('Ordenar por'), '-age');
    expect(router.state.location.search).toBe('');
    await user.click(screen.getByRole('button', { name: 'Buscar' }));

    await waitFor(() =>
      expect(router.state.location.search).toBe(
        '?state=31&municipality=31050&sex=woman&ageMin=30&sort=-age',
      ),
    );
    await waitFor(() => expect(last()?.get('municipality')).toBe('31050'));
    expect(last()?.get('state')).toBe('31');
    expect(last()?.get('sex')).toBe('woman');
    expect(last()?.get('ageMin')).toBe('30');
    expect(last()?.get('sort')).toBe('-age');
    expect(last()?.get('page')).toBe('1');

    await act(() => router.navigate(-1));
    expect(router.state.location.search).toBe('');
    await waitFor(() => expect(screen.getByLabelText('Sexo')).toHaveValue(''));
  });

  it('reads every filter from a shared address and sends it', async () => {
    const last = lastCandidacyQuery();
    renderRoute(
      '/buscar?process=yuc-2024&office=diputacion-local&principle=mr' +
        '&district=local-31-03&state=31&actor=a_pe&role=owner' +
        '&education=licenciatura&affirmativeAction=true&status=substituted',
    );

    await waitFor(() => expect(last()?.get('actor')).toBe('a_pe'));
    const sent = Object.fromEntries(last() ?? []);
    expect(sent).toMatchObject({
      process: 'yuc-2024',
      office: 'diputacion-local',
      principle: 'mr',
      state: '31',
      district: 'local-31-03',
      role: 'owner',
      education: 'licenciatura',
      affirmativeAction: 'true',
      status: 'substituted',
    });
    expect(screen.getByText('Más filtros').closest('details')).toHaveAttribute(
      'open',
    );
    await waitFor(() =>
      expect(screen.getByLabelText('Distrito')).toHaveDisplayValue(
        'Distrito local 3, Mérida',
      ),
    );
    expect(
      screen.getByLabelText('Partido, coalición o candidatura independiente'),
    ).toHaveDisplayValue('Partido Ejemplo (PE)');
    expect(
      screen.getByRole('link', { name: 'Quitar los filtros' }),
    ).toHaveAttribute('href', '/buscar?process=yuc-2024');
  });

  it('offers only the statuses the public search accepts', async () => {
    const { user } = renderRoute('/buscar');
    await user.click(await screen.findByText('Más filtros'));
    const status = screen.getByLabelText('Situación de la candidatura');

    await within(status).findByRole('option', { name: 'Sustituida' });
    const options = within(status)
      .getAllByRole('option')
      .map((o) => [o.getAttribute('value'), o.textContent]);
    expect(options).toEqual([
      ['', 'Publicada'],
      ['substituted', 'Sustituida'],
    ]);
  });

  it('lists political actors in ballot order once a process is chosen', async () => {
    const { user } = renderRoute('/buscar');
    await user.click(await screen.findByText('Más filtros'));
    const actor = screen.getByLabelText(
      'Partido, coalición o candidatura independiente',
    );
    expect(actor).toBeDisabled();
    expect(screen.getByText('Elige antes un proceso electoral.')).toBeVisible();

    await user.selectOptions(screen.getByLabelText('Proceso electoral'), [
      'yuc-2024',
    ]);

    await waitFor(() => expect(actor).toBeEnabled());
    await within(actor).findByRole('option', { name: 'Partido Ejemplo (PE)' });
    const names = within(actor)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(names).toEqual([
      'Todos',
      'Partido Ejemplo (PE)',
      'Partido Otro (PO)',
    ]);
  });

  it('tells "no match for these filters" apart from "nothing published"', async () => {
    server.use(
      http.get('*/api/v1/candidacies', () =>
        HttpResponse.json({ items: [], total: 0, page: 1, pageSize: 25 }),
      ),
    );
    const { unmount } = renderRoute('/buscar?sex=man');
    expect(
      await screen.findByText(
        'Ninguna candidatura coincide con los filtros que elegiste.',
      ),
    ).toBeVisible();
    unmount();

    renderRoute('/buscar?process=yuc-2024');
    expect(
      await screen.findByText(
        'Este proceso todavía no tiene candidaturas publicadas.',
      ),
    ).toBeVisible();
  });

  it('says when a candidacy has captured nothing yet', async () => {
    server.use(
      http.get('*/api/v1/candidacies', () =>
        HttpResponse.json({
          items: [aListItem({ completeness: 0 })],
          total: 1,
          page: 1,
          pageSize: 25,
        }),
      ),
    );
    renderRoute('/buscar');

    expect(
      await screen.findByText(
        'Todavía no hay información capturada de su cuestionario',
      ),
    ).toBeVisible();
  });
});
