import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { renderRoute } from '../../testing/render-route';
import { server } from '../../testing/server';
import { dictionary } from '../../testing/statistics-fixtures';

function downloads() {
  return screen.getByRole('region', { name: 'Descargas' });
}

function linkUrl(name: string | RegExp): URL {
  const link = within(downloads()).getByRole('link', { name });
  return new URL(link.getAttribute('href') ?? '');
}

function query(url: URL) {
  return Object.fromEntries(url.searchParams);
}

describe('OpenDataPage', () => {
  it('is in the main navigation', async () => {
    renderRoute('/datos-abiertos');

    await screen.findByRole('table', { name: /^Columnas de candidacies\.csv/ });
    const nav = screen.getByRole('navigation', { name: 'Principal' });
    expect(
      within(nav).getByRole('link', { name: 'Datos abiertos' }),
    ).toHaveAttribute('href', '/datos-abiertos');
  });

  it('links every format of both layouts for the chosen process', async () => {
    renderRoute('/datos-abiertos?process=yuc-2024');
    await screen.findByText('Proceso Electoral Local 2024 de Yucatán', {
      selector: 'strong',
    });

    const files = ['csv', 'xlsx', 'json', 'ndjson'];
    const names = ['CSV', 'Excel', 'JSON', 'NDJSON'];
    files.forEach((file, index) => {
      const own = linkUrl(`${names[index]} (formato Conóceles)`);
      expect(own.pathname).toBe(`/api/v1/exports/candidacies.${file}`);
      expect(query(own)).toEqual({ process: 'yuc-2024' });
      const ine = linkUrl(`${names[index]} (formato del INE)`);
      expect(ine.pathname).toBe(`/api/v1/exports/candidacies.${file}`);
      expect(query(ine)).toEqual({ process: 'yuc-2024', layout: 'ine' });
    });
    const identity = linkUrl(/cuestionario de identidad/);
    expect(identity.pathname).toBe('/api/v1/exports/candidacies-identity.csv');
    expect(query(identity)).toEqual({ process: 'yuc-2024' });
    const pkg = linkUrl(/datapackage\.json/);
    expect(pkg.pathname).toBe('/api/v1/exports/datapackage.json');
    expect(query(pkg)).toEqual({ process: 'yuc-2024' });
    expect(within(downloads()).getAllByRole('link')).toHaveLength(10);
  });

  it('offers every process when none is chosen, and follows the choice', async () => {
    const { router, user } = renderRoute('/datos-abiertos');
    await screen.findByText('todos los procesos', { selector: 'strong' });
    expect(query(linkUrl('CSV (formato Conóceles)'))).toEqual({});

    const select = screen.getByLabelText('Proceso electoral');
    await waitFor(() =>
      expect(
        within(select).getByRole('option', { name: /Yucatán/ }),
      ).toBeInTheDocument(),
    );
    await user.selectOptions(select, 'yuc-2024');

    await waitFor(() =>
      expect(router.state.location.search).toBe('?process=yuc-2024'),
    );
    expect(query(linkUrl('JSON (formato del INE)'))).toEqual({
      process: 'yuc-2024',
      layout: 'ine',
    });
  });

  it('says when the process does not exist and offers every process', async () => {
    renderRoute('/datos-abiertos?process=nope');

    expect(
      await screen.findByText('No existe el proceso electoral «nope».'),
    ).toBeVisible();
    expect(
      within(downloads()).getByText('todos los procesos', {
        selector: 'strong',
      }),
    ).toBeInTheDocument();
    expect(within(downloads()).queryByText(/nope/)).toBeNull();
    const hrefs = within(downloads())
      .getAllByRole('link')
      .map((a) => new URL(a.getAttribute('href') ?? ''));
    expect(hrefs).toHaveLength(10);
    expect(hrefs.every((url) => !url.searchParams.has('process'))).toBe(true);
    expect(screen.getByLabelText('Proceso electoral')).toHaveValue('');
  });

  it('shows the data dictionary from the API as tables', async () => {
    renderRoute('/datos-abiertos');

    const own = await screen.findByRole('table', {
      name: 'Columnas de candidacies.csv en formato Conóceles (hoja candidaturas)',
    });
    const rows = [...own.querySelectorAll('tbody tr')].map((row) =>
      [...row.children].map((cell) => cell.textContent),
    );
    expect(dictionary.items[0]?.columns.map((c) => c.type)).toEqual([
      'string',
      'integer',
      'list',
    ]);
    expect(rows).toEqual([
      ['id', 'textostring', 'Identificador.'],
      ['edad', 'número enterointeger', 'Edad en años.'],
      ['correos', 'listalist', 'Correos públicos de campaña.'],
    ]);
    const raw = within(own).getByText('integer', { selector: 'code' });
    expect(raw.closest('td')).toHaveTextContent(/^número entero/);
    const ine = screen.getByRole('table', {
      name: /^Columnas de candidacies-identity\.csv en formato del INE/,
    });
    expect(within(ine).getByRole('rowheader')).toHaveTextContent(
      'NOMBRE_CANDIDATO',
    );
    const file = ine.closest('.dictionary-file') as HTMLElement;
    expect(
      within(file).getByText(/«CUESTIONARIO IDENTIDAD»/),
    ).toHaveTextContent('Varios valores en una celda se separan con «, ».');
  });

  it('explains when the dictionary cannot be loaded', async () => {
    server.use(
      http.get('*/api/v1/exports/dictionary', () =>
        HttpResponse.json(
          { title: 'Server error', status: 503 },
          {
            status: 503,
            headers: { 'Content-Type': 'application/problem+json' },
          },
        ),
      ),
    );
    renderRoute('/datos-abiertos');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'No pudimos cargar el diccionario de datos',
    );
    expect(alert).toHaveTextContent('El servicio no está disponible por ahora');
    expect(linkUrl('CSV (formato Conóceles)').pathname).toBe(
      '/api/v1/exports/candidacies.csv',
    );
  });

  it('links the API documentation served by the API', async () => {
    renderRoute('/datos-abiertos');

    const api = await screen.findByRole('region', { name: 'API' });
    const hrefs = within(api)
      .getAllByRole('link')
      .map((a) => new URL(a.getAttribute('href') ?? '').pathname);
    expect(hrefs).toEqual([
      '/swagger/index.html',
      '/openapi/v1.json',
      '/openapi/v1.yaml',
    ]);
    expect(
      within(api).getByRole('link', { name: /Swagger UI/ }),
    ).toBeInTheDocument();
  });
});
