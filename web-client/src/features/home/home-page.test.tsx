import { screen, waitFor, within } from '@testing-library/react';
import { renderRoute } from '../../testing/render-route';

describe('HomePage', () => {
  it('searches by name within the chosen process', async () => {
    const { router, user } = renderRoute('/');
    const process = screen.getByLabelText('Proceso electoral');
    await within(process).findByRole('option', { name: /Local 2024/ });

    await user.selectOptions(process, 'yuc-2024');
    await user.type(
      screen.getByLabelText('Nombre de la persona candidata'),
      'nunez jose',
    );
    await user.click(screen.getByRole('button', { name: 'Buscar' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/buscar'));
    expect(router.state.location.search).toBe('?process=yuc-2024&q=nunez+jose');
  });

  it('leads from state and municipality to the ballot', async () => {
    const { router, user } = renderRoute('/?process=yuc-2024');
    const ballot = within(
      screen.getByRole('region', { name: '¿Quién aparece en mi boleta?' }),
    );
    const state = ballot.getByLabelText('Estado');
    await within(state).findByRole('option', { name: 'Yucatán' });
    expect(ballot.getByLabelText('Municipio o alcaldía')).toBeDisabled();

    await user.selectOptions(state, '31');
    const place = ballot.getByLabelText('Municipio o alcaldía');
    await within(place).findByRole('option', { name: 'Valladolid' });
    await user.selectOptions(place, '31102');
    await user.click(ballot.getByRole('button', { name: 'Ver mi boleta' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/boleta'));
    expect(router.state.location.search).toBe(
      '?process=yuc-2024&state=31&municipality=31102',
    );
  });

  it('can look the ballot up by district instead', async () => {
    const { router, user } = renderRoute('/');
    const ballot = within(
      screen.getByRole('region', { name: '¿Quién aparece en mi boleta?' }),
    );
    const state = ballot.getByLabelText('Estado');
    await within(state).findByRole('option', { name: 'Yucatán' });
    await user.selectOptions(state, '31');
    await user.click(ballot.getByLabelText('Distrito electoral'));
    const place = ballot.getByLabelText('Distrito');
    await within(place).findByRole('option', { name: /Distrito local 3/ });
    await user.selectOptions(place, 'local-31-03');
    await user.click(ballot.getByRole('button', { name: 'Ver mi boleta' }));

    await waitFor(() =>
      expect(router.state.location.search).toBe(
        '?state=31&district=local-31-03',
      ),
    );
  });

  it('asks for the missing place instead of leaving', async () => {
    const { router, user } = renderRoute('/');
    await user.click(screen.getByRole('button', { name: 'Ver mi boleta' }));

    expect(screen.getByText('Elige tu estado para continuar.')).toBeVisible();
    expect(router.state.location.pathname).toBe('/');
    expect(screen.getByLabelText('Estado')).toHaveFocus();
  });

  it('labels the demonstration data as fictitious', async () => {
    renderRoute('/');
    expect(
      await screen.findByText(/Datos ficticios de demostración/),
    ).toBeVisible();
  });
});
