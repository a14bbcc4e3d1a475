import { chartHeight, wrapLabel } from './bar-chart';

describe('wrapLabel', () => {
  it('keeps a short label on one line', () => {
    expect(wrapLabel('Mujer', 16)).toEqual(['Mujer']);
  });

  it('wraps a long label between words, never cutting one', () => {
    expect(wrapLabel('Partido Revolucionario Ejemplar', 16)).toEqual([
      'Partido',
      'Revolucionario',
      'Ejemplar',
    ]);
    expect(wrapLabel('Partido de la Gente Ejemplar', 16)).toEqual([
      'Partido de la',
      'Gente Ejemplar',
    ]);
  });

  it('cuts after four lines and says so', () => {
    const lines = wrapLabel('Uno dos tres cuatro cinco seis siete', 8);
    expect(lines).toEqual(['Uno dos', 'tres', 'cuatro', 'cinco…']);
  });
});

describe('chartHeight', () => {
  it('gives wrapped labels more room than one-line labels', () => {
    const short = chartHeight(['Mujer', 'Hombre'], 1);
    const long = chartHeight(['Partido Revolucionario Ejemplar', 'Otro'], 1);
    expect(short).toBe(72 + 2 * 22);
    expect(long).toBe(72 + 2 * (3 * 14 + 8));
    const longest = chartHeight(
      ['Partido Revolucionario Institucional (PRE)'],
      1,
    );
    expect(longest).toBe(72 + (4 * 14 + 8));
  });

  it('adds room for the bars of every series and the legend', () => {
    expect(chartHeight(['Mujer'], 2)).toBe(72 + 44 + 28);
  });
});
