import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import {
  aDetail,
  aListItem,
  aProcess,
  profileSectionTitles,
} from '../../testing/fixtures';
import { renderRoute } from '../../testing/render-route';
import { server } from '../../testing/server';

function serveDetail(overrides: Parameters<typeof aDetail>[0]) {
  server.use(
    http.get('*/api/v1/candidacies/:id', () =>
      HttpResponse.json(aDetail(overrides)),
    ),
  );
}

function section(name: string): HTMLElement {
  return screen.getByRole('region', { name });
}

describe('ProfilePage', () => {
  it('shows every section in the published order', async () => {
    renderRoute('/candidaturas/c_ana');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'ANA LÓPEZ PÉREZ' }),
    ).toBeInTheDocument();
    const titles = screen
      .getAllByRole('heading', { level: 2 })
      .map((heading) => heading.textContent);
    expect(titles).toEqual(profileSectionTitles);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('shows general data with labels from the catalogues', async () => {
    renderRoute('/candidaturas/c_ana');

    await screen.findByRole('heading', { level: 1 });
    const general = section('Datos generales');
    expect(await within(general).findByText('Diputación local')).toBeVisible();
    expect(within(general).getByText('Mayoría relativa')).toBeVisible();
    expect(within(general).getByText('Distrito 3, Mérida')).toBeVisible();
    expect(within(general).getByText('Mujer')).toBeVisible();
    expect(within(general).getByText('41 años')).toBeVisible();
    expect(within(general).getByText('Propietaria')).toBeVisible();
    const education = section('Formación académica');
    expect(within(education).getByText('Licenciatura')).toBeVisible();
    expect(within(education).getByText('Título')).toBeVisible();
  });

  it('says "Sin información capturada" for each empty field', async () => {
    serveDetail({
      motivation: null,
      nickname: null,
      age: null,
      curriculumUrl: null,
      proposals: ['Agua potable en cada colonia.'],
      contact: {
        addresses: [],
        phones: [],
        emails: [],
        website: null,
        socialNetworks: [],
      },
    });
    renderRoute('/candidaturas/c_ana');

    await screen.findByRole('heading', { level: 1 });
    const motivation = section('¿Por qué quiero ocupar un cargo público?');
    expect(motivation).toHaveTextContent('Sin información capturada');
    expect(section('Currículum')).toHaveTextContent(
      'Sin información capturada',
    );
    const contact = within(section('Contacto de campaña'));
    expect(contact.getAllByText('Sin información capturada')).toHaveLength(5);
    const proposals = within(section('Propuestas'));
    expect(proposals.getByText('Agua potable en cada colonia.')).toBeVisible();
    expect(proposals.getByText('Propuesta 2')).toBeVisible();
    expect(proposals.getByText('Sin información capturada')).toBeVisible();
    const general = within(section('Datos generales'));
    expect(general.getAllByText('Sin información capturada')).toHaveLength(2);
  });

  it('keeps the line breaks of free text', async () => {
    renderRoute('/candidaturas/c_ana');

    await screen.findByRole('heading', { level: 1 });
    const text = within(section('Trayectoria profesional y laboral')).getByText(
      /Maestra de primaria/,
    );
    expect(text.textContent).toBe(
      'Maestra de primaria.\nDirectora de escuela.',
    );
    expect(text).toHaveClass('free-text');
  });

  it('links only http and https addresses, opening them safely', async () => {
    renderRoute('/candidaturas/c_ana');

    await screen.findByRole('heading', { level: 1 });
    const contact = within(section('Contacto de campaña'));
    const facebook = contact.getByRole('link', { name: /facebook\.com/ });
    expect(facebook).toHaveAttribute(
      'href',
      'https://facebook.com/ana.ejemplo',
    );
    expect(facebook).toHaveAttribute('rel', 'noopener noreferrer');
    expect(facebook).toHaveAttribute('target', '_blank');
    expect(contact.getByText('javascript:alert(1)').closest('a')).toBeNull();
    const cv = screen.getByRole('link', { name: /Consultar currículum/ });
    expect(cv).toHaveAttribute('href', 'https://files.example.org/cv/ana.pdf');
  });

  it('links the ticket partner to their profile', async () => {
    renderRoute('/candidaturas/c_ana');

    await screen.findByRole('heading', { level: 1 });
    const ticket = section('Fórmula');
    expect(ticket).toHaveTextContent('Suplente: ROSA MÉNDEZ UC');
    expect(
      within(ticket).getByRole('link', { name: 'ROSA MÉNDEZ UC' }),
    ).toHaveAttribute('href', '/candidaturas/c_rosa');
  });

  it('names the owner of the ticket with a gendered role', async () => {
    serveDetail({
      role: 'substitute',
      ticketPartner: aListItem({
        id: 'c_luis',
        name: 'LUIS PECH CAN',
        role: 'owner',
        sex: 'man',
      }),
    });
    renderRoute('/candidaturas/c_ana');

    await screen.findByRole('heading', { level: 1 });
    expect(section('Fórmula')).toHaveTextContent('Propietario: LUIS PECH CAN');
    expect(section('Datos generales')).toHaveTextContent('Suplente');
  });

  it('shows only published identity answers, and the source', async () => {
    renderRoute('/candidaturas/c_ana');

    await screen.findByRole('heading', { level: 1 });
    const identity = within(section('Cuestionario de identidad'));
    expect(
      identity.getByText('¿Es una persona joven (de 18 a 29 años)?'),
    ).toBeVisible();
    expect(identity.getByText('No')).toBeVisible();
    const source = section('Fuente de la información');
    expect(source).toHaveTextContent('candidaturas-2024.xlsx');
    expect(source).toHaveTextContent(/15 de abril de 2024/);
    expect(source).toHaveTextContent(/20 de mayo de 2024/);
  });

  it('warns that a substituted candidacy was replaced', async () => {
    serveDetail({ status: 'substituted', replacedBy: 'c_nueva' });
    renderRoute('/candidaturas/c_ana');

    const notice = await screen.findByRole('note');
    expect(notice).toHaveTextContent('Esta candidatura fue sustituida.');
    expect(
      within(notice).getByRole('link', { name: /la sustituye/ }),
    ).toHaveAttribute('href', '/candidaturas/c_nueva');
  });

  it('shows the fictitious-data banner for a demo process', async () => {
    serveDetail({ processKey: 'demo-2024' });
    renderRoute('/candidaturas/c_ana');

    expect(
      await screen.findByText(/Datos ficticios de demostración/),
    ).toBeVisible();
    expect(screen.getByText('Proceso de demostración')).toBeVisible();
  });

  it('shows no banner for a real process', async () => {
    server.use(
      http.get('*/api/v1/processes', () =>
        HttpResponse.json({ items: [aProcess()] }),
      ),
    );
    renderRoute('/candidaturas/c_ana');

    expect(
      await screen.findByText('Proceso Electoral Local 2024 de Yucatán'),
    ).toBeVisible();
    expect(screen.queryByText(/Datos ficticios/)).toBeNull();
  });

  it('tells a missing candidacy apart from missing information', async () => {
    renderRoute('/candidaturas/c_nadie');

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'No encontramos esta candidatura',
      }),
    ).toBeInTheDocument();
    expect(screen.queryByText('Sin información capturada')).toBeNull();
  });
});
