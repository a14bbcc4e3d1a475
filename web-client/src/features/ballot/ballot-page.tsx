import { useSearchParams } from 'react-router-dom';
import { DemoBanner } from '../../components/demo-banner';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import { PlaceForm, type Place } from '../../components/place-form';
import { listContests } from '../../lib/api/list-contests';
import { formatCount } from '../../lib/format';
import { useRequest, type RequestState } from '../../lib/use-request';
import type { Contest } from '../../types/api';
import { ContestCard } from './contest-card';

function readPlace(params: URLSearchParams): Place {
  const get = (name: string) => params.get(name)?.trim() ?? '';
  return {
    process: get('process'),
    state: get('state'),
    municipality: get('municipality'),
    district: get('district'),
  };
}

export function BallotPage() {
  const [params] = useSearchParams();
  const place = readPlace(params);
  const ready = Boolean(place.state && (place.municipality || place.district));
  const key = `contests|${params.toString()}`;
  const request = useRequest(key, (signal) =>
    ready
      ? listContests(
          {
            process: place.process || undefined,
            state: place.state,
            municipality: place.municipality || undefined,
            district: place.district || undefined,
          },
          signal,
        ).then((list) => list.items)
      : Promise.resolve([]),
  );

  return (
    <>
      <title>¿Quién aparece en mi boleta? · Conóceles</title>
      <DemoBanner processKey={place.process || null} />
      <h1>¿Quién aparece en mi boleta?</h1>
      <PlaceForm key={key} initial={place} withProcess />
      {ready && <Contests request={request} />}
    </>
  );
}

type ContestsProps = {
  request: RequestState<Contest[]> & { retry: () => void };
};

function Contests({ request }: ContestsProps) {
  if (request.status === 'loading') {
    return <Loading text="Buscando los cargos de tu boleta…" />;
  }
  if (request.status === 'error') {
    return (
      <ErrorMessage
        title="No pudimos cargar tu boleta"
        error={request.error}
        onRetry={request.retry}
      />
    );
  }
  const contests = request.data;
  if (contests.length === 0) {
    return (
      <div className="notice" role="status">
        <p className="notice-title">
          No hay cargos en disputa publicados para este lugar.
        </p>
        <p>Revisa el proceso electoral elegido o busca otro lugar.</p>
      </div>
    );
  }
  return (
    <section aria-labelledby="contests-title">
      <h2 id="contests-title">Cargos en tu boleta</h2>
      <p role="status" className="results-count">
        {formatCount(contests.length, 'cargo', 'cargos')}
      </p>
      {contests.map((contest, index) => (
        <ContestCard key={index} contest={contest} />
      ))}
    </section>
  );
}
