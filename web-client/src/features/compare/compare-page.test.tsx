import { screen, waitFor, within } from '@testing-library/react';
import { renderRoute } from '../../testing/render-route';
import { profileSectionTitles } from '../../testing/fixtures';

function cellsOf(section: string): HTMLElement[] {
  const region = screen.getByRole('region', { name: section });
  return [...region.querySelectorAll<HTMLElement>('.compare-cell')];
}

describe('ComparePage', () => {
  it('shows the candidacies side by side, section by section', async () => {
    renderRoute('/comparar?ids=c_ana,c_jose,c_luz');

    await screen.findByRole('region', { name: 'Propuestas' });
    const titles = screen
      .getAllByRole('heading', { level: 2 })
      .map((h) => h.textContent);
    expect(titles).toEqual(profileSectionTitles);
    const proposals = cellsOf('Propuestas');
    expect(
      proposals.map((c) => within(c).getByRole('heading').textContent),
    ).toEqual(['ANA LÓPEZ PÉREZ', 'JOSÉ NÚÑEZ CANUL', 'LUZ CHAN PECH']);
    expect(proposals[0]).toHaveTextContent('Agua potable en cada colonia.');
    expect(
      within(proposals[2]!).getAllByText('Sin información capturada'),
    ).toHaveLength(2);
  });

  it('offers the other candidacies of the contest', async () => {
    const { router, user } = renderRoute('/comparar?ids=c_ana');

    expect(
      await screen.findByText(
        'Elige al menos otra candidatura para compararlas lado a lado.',
      ),
    ).toBeVisible();
    const picker = await screen.findByRole('group', {
      name: /Candidaturas de este cargo/,
    });
    expect(within(picker).getByLabelText(/ANA LÓPEZ PÉREZ/)).toBeChecked();
    await user.click(within(picker).getByLabelText(/JOSÉ NÚÑEZ CANUL/));
    await user.click(screen.getByRole('button', { name: 'Comparar' }));

    await waitFor(() =>
      expect(router.state.location.search).toBe('?ids=c_ana,c_jose'),
    );
    expect(
      await screen.findByRole('region', { name: 'Propuestas' }),
    ).toBeVisible();
  });

  it('warns about candidacies that no longer exist', async () => {
    renderRoute('/comparar?ids=c_ana,c_nadie');

    expect(
      await screen.findByText('No encontramos una de las candidaturas.'),
    ).toBeVisible();
  });

  it('explains how to start when no candidacy is chosen', async () => {
    renderRoute('/comparar');

    expect(
      await screen.findByText('Todavía no elegiste candidaturas.'),
    ).toBeVisible();
    expect(
      screen.getByRole('link', { name: '¿Quién aparece en mi boleta?' }),
    ).toHaveAttribute('href', '/');
  });
});
