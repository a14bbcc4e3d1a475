import { Link } from 'react-router-dom';
import { DemoBanner } from '../components/demo-banner';

export function NotFoundPage() {
  return (
    <>
      <title>Página no encontrada · Conóceles</title>
      <DemoBanner />
      <h1>No encontramos esta página</h1>
      <p>
        Revisa la dirección o <Link to="/buscar">busca una candidatura</Link>.
      </p>
    </>
  );
}
