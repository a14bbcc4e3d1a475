import { Suspense } from 'react';
import { Link, Outlet, ScrollRestoration } from 'react-router-dom';
import { Loading } from '../components/loading';

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
          <nav className="site-nav" aria-label="Principal">
            <Link to="/buscar">Buscar</Link>
            <Link to="/boleta">Mi boleta</Link>
            <Link to="/estadisticas">Estadísticas</Link>
            <Link to="/datos-abiertos">Datos abiertos</Link>
          </nav>
        </div>
      </header>
      <main id="contenido" className="container" tabIndex={-1}>
        <Suspense fallback={<Loading text="Cargando la página…" />}>
          <Outlet />
        </Suspense>
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
