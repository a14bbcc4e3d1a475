import { Link, useParams } from 'react-router-dom';
import { DemoBanner } from '../../components/demo-banner';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import { isApiError } from '../../lib/api/api-error';
import { useRequest } from '../../lib/use-request';
import { getCandidacy } from '../../lib/api/get-candidacy';
import { CandidacyProfile } from './candidacy-profile';

export function ProfilePage() {
  const { id = '' } = useParams();
  const request = useRequest(`candidacy|${id}`, (signal) =>
    getCandidacy(id, signal),
  );

  if (request.status === 'success') {
    return <CandidacyProfile candidacy={request.data} />;
  }
  if (request.status === 'loading') {
    return <Loading text="Cargando la candidatura…" />;
  }
  if (isApiError(request.error) && request.error.isNotFound) {
    return <NotFound />;
  }
  return (
    <>
      <DemoBanner />
      <h1>No pudimos cargar la candidatura</h1>
      <ErrorMessage error={request.error} onRetry={request.retry} />
    </>
  );
}

function NotFound() {
  return (
    <>
      <title>Candidatura no encontrada · Conóceles</title>
      <DemoBanner />
      <h1>No encontramos esta candidatura</h1>
      <p>
        Es posible que la dirección esté incompleta o que la candidatura ya no
        se publique. <Link to="/buscar">Busca por nombre</Link>.
      </p>
    </>
  );
}
