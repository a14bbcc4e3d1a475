import { Link, Outlet, ScrollRestoration } from 'react-router-dom';

export function Layout() {
  return (
    <>
      <a className="skip-link" href="#contenido">
        Saltar al contenido
      </a>
      <header className="site-header">
        <div className="container">
          <Link to="/" className="site-name">
            Conóceles
          </Link>
          <span className="site-tagline">
            Candidatas y candidatos: quiénes son y qué proponen
          </span>
        </div>
      </header>
      <main id="contenido" className="container" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>
            La información la capturan las propias candidaturas y la publica la
            autoridad electoral de cada proceso.
          </p>
        </div>
      </footer>
      <ScrollRestoration />
    </>
  );
}
