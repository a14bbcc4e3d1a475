import { screen, within } from '@testing-library/react';
import { renderRoute } from '../../testing/render-route';
import { chartData } from '../../testing/chart-stand-in';
import { aStatistics } from '../../testing/statistics-fixtures';

vi.mock('react-chartjs-2', () => import('../../testing/chart-stand-in'));

function bodyRows(table: HTMLElement): string[][] {
  return [...table.querySelectorAll('tbody tr, tfoot tr')].map((row) =>
    [...row.children].map((cell) => cell.textContent ?? ''),
  );
}

function chartOf(name: RegExp) {
  return chartData(screen.getByRole('img', { name }));
}

const suppressed = 'Menos de 5 (suprimido por privacidad)';

describe('StatisticsPage', () => {
  it('is in the main navigation', async () => {
    renderRoute('/estadisticas');

    await screen.findByRole('table', { name: /^Sexo\./ });
    const nav = screen.getByRole('navigation', { name: 'Principal' });
    expect(
      within(nav).getByRole('link', { name: 'Estadísticas' }),
    ).toHaveAttribute('href', '/estadisticas');
  });

  it('tells the sex breakdown with its denominator and shares', async () => {
    renderRoute('/estadisticas?process=yuc-2024');

    const table = await screen.findByRole('table', { name: /^Sexo\./ });
    expect(table).toHaveAccessibleName(
      'Sexo. Denominador: 24 candidaturas publicadas.',
    );
    expect(bodyRows(table)).toEqual([
      ['Mujer', '13', '54.2%'],
      ['Hombre', '9', '37.5%'],
      ['No binario', '0', '0%'],
      ['Sin respuesta', '2', '8.3%'],
      ['Total (denominador)', '24', '100%'],
    ]);
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((h) => h.textContent)).toEqual([
      'Sexo',
      'Candidaturas',
      '%Porcentaje',
    ]);
    expect(within(table).getAllByRole('rowheader')).toHaveLength(5);
  });

  it('gives capture counts per actor and office against the registered', async () => {
    renderRoute('/estadisticas?process=yuc-2024');

    const byActor = await screen.findByRole('table', {
      name: /^Por partido, coalición/,
    });
    expect(bodyRows(byActor)).toEqual([
      ['Partido Ejemplo', '25', '20', '80%', '16', '64%'],
      ['Partido Otro', '15', '10', '66.7%', '8', '53.3%'],
      ['Total', '40', '30', '75%', '24', '60%'],
    ]);
    const byOffice = screen.getByRole('table', { name: /^Por cargo/ });
    expect(bodyRows(byOffice)[1]).toEqual([
      'Gubernatura',
      '8',
      '6',
      '75%',
      '4',
      '50%',
    ]);
  });

  it('shows suppressed cells as suppressed, never as 0', async () => {
    renderRoute('/estadisticas?process=yuc-2024');

    const table = await screen.findByRole('table', {
      name: /^Persona con discapacidad \(pregunta 4\)/,
    });
    expect(table).toHaveAccessibleName(
      'Persona con discapacidad (pregunta 4). Denominadores: 24 ' +
        'candidaturas publicadas y 20 que respondieron el cuestionario de ' +
        'identidad.',
    );
    expect(bodyRows(table)).toEqual([
      ['Sí', suppressed, 'Suprimido', suppressed, 'Suprimido'],
      ['No', '14', '58.3%', '14', '70%'],
      [
        'Prefiero no contestar',
        suppressed,
        'Suprimido',
        suppressed,
        'Suprimido',
      ],
      ['Suma de las celdas suprimidas', '4', '16.7%', '4', '20%'],
      ['Sin respuesta', '6', '25%', '2', '10%'],
      ['Total (denominador)', '24', '100%', '20', '100%'],
    ]);
    const block = table.closest('section') as HTMLElement;
    expect(
      within(block).getByText(/la cifra exacta no se publica/),
    ).toBeInTheDocument();
    const chart = chartOf(/^Gráfica de barras: Persona con discapacidad\./);
    expect(chart.labels[0]).toBe('Sí (menos de 5)');
    expect(chart.datasets.map((d) => d.data[0])).toEqual([null, null]);
  });

  it('does not call small public cells suppressed', async () => {
    renderRoute('/estadisticas?process=yuc-2024');

    const table = await screen.findByRole('table', {
      name: /^Persona indígena/,
    });
    expect(bodyRows(table)[0]).toEqual(['Sí', '2', '8.3%', '2', '10%']);
    expect(within(table).queryByText(/suprimido/i)).not.toBeInTheDocument();
  });

  it('puts every breakdown in a chart and a table with the same numbers', async () => {
    renderRoute('/estadisticas?process=yuc-2024');

    await screen.findByRole('table', { name: /^Sexo\./ });
    const stats = aStatistics();
    const groups = [stats.income, ...stats.identity];
    expect(screen.getAllByRole('table')).toHaveLength(5 + groups.length);
    expect(
      screen.getAllByRole('img', { name: /^Gráfica de barras/ }),
    ).toHaveLength(5 + groups.length);
    const age = chartOf(/^Gráfica de barras: Rango de edad\./);
    expect(age.labels).toEqual([
      ...stats.age.cells.map((c) => c.label),
      'Sin respuesta',
    ]);
    expect(age.datasets[0]?.data).toEqual([3, 6, 8, 4, 2, 1]);
    const ageRows = bodyRows(
      screen.getByRole('table', { name: /^Rango de edad\./ }),
    );
    expect(ageRows.slice(0, -1).map((row) => Number(row[1]))).toEqual(
      age.datasets[0]?.data,
    );
    const actors = chartOf(/^Gráfica de barras: Por partido/);
    expect(actors.datasets.map((d) => d.label)).toEqual([
      'Registradas',
      'Capturadas',
      'Publicadas',
    ]);
    expect(actors.datasets[1]?.data).toEqual([20, 10]);
  });
});
