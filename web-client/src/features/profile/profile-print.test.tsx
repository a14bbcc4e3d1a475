import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { aDetail } from '../../testing/fixtures';
import { renderRoute } from '../../testing/render-route';
import { server } from '../../testing/server';
import { shorten } from './print/print-summary';

describe('Profile print summary and links', () => {
  it('prepares a short summary for paper', async () => {
    renderRoute('/candidaturas/c_ana');
    await screen.findByRole('heading', { level: 1 });

    const summary = screen.getByTestId('print-summary');
    expect(summary).toHaveClass('print-only');
    expect(summary).toHaveTextContent('Partido Ejemplo (PE)');
    expect(summary).toHaveTextContent('Diputación local, Mayoría relativa');
    expect(summary).toHaveTextContent('Fórmula' + 'ROSA MÉNDEZ UC');
    expect(summary).toHaveTextContent('Agua potable en cada colonia.');
    expect(summary).toHaveTextContent('Fuente: Instituto Electoral de Ejemplo');
    expect(summary).toHaveTextContent('Perfil completo: http');
    expect(
      screen.getByRole('region', { name: 'Datos generales' }).parentElement,
    ).toHaveClass('screen-only');
  });

  it('shortens long proposals at a word boundary', () => {
    const long = 'palabra '.repeat(100);
    const short = shorten(long, 50);
    expect(short.length).toBeLessThanOrEqual(51);
    expect(short.endsWith('palabra…')).toBe(true);
    expect(shorten('Breve.')).toBe('Breve.');
  });

  it('prints from the button and links to the comparison', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const { user } = renderRoute('/candidaturas/c_ana');

    await user.click(
      await screen.findByRole('button', { name: 'Imprimir resumen' }),
    );
    expect(print).toHaveBeenCalledOnce();
    expect(
      screen.getByRole('link', {
        name: 'Comparar con otras candidaturas del mismo cargo',
      }),
    ).toHaveAttribute('href', '/comparar?ids=c_ana');
  });

  it('says when a candidacy replaced another one', async () => {
    server.use(
      http.get('*/api/v1/candidacies/:id', () =>
        HttpResponse.json(aDetail({ substitutes: 'c_antes' })),
      ),
    );
    renderRoute('/candidaturas/c_ana');

    const notice = await screen.findByRole('note');
    expect(notice).toHaveTextContent('Esta candidatura es una sustitución.');
    expect(
      within(notice).getByRole('link', { name: /candidatura sustituida/ }),
    ).toHaveAttribute('href', '/candidaturas/c_antes');
  });
});
