import { Link, useSearchParams } from 'react-router-dom';
import { DemoBanner } from '../../components/demo-banner';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import { officeText } from '../../lib/candidacy-text';
import { useLabels } from '../../lib/catalogs-context';
import { CompareSections } from './compare-sections';
import { ContestPicker } from './contest-picker';
import {
  contestKey,
  parseIds,
  useComparison,
  type Comparison,
} from './use-comparison';

export function ComparePage() {
  const [params] = useSearchParams();
  const ids = parseIds(params.get('ids'));
  const request = useComparison(ids);

  return (
    <>
      <title>Comparar candidaturas · Conóceles</title>
      {request.status === 'success' && request.data.found[0] ? (
        <DemoBanner processKey={request.data.found[0].processKey} />
      ) : (
        <DemoBanner />
      )}
      <h1>Comparar candidaturas</h1>
      {ids.length === 0 ? (
        <NothingChosen />
      ) : request.status === 'loading' ? (
        <Loading text="Cargando las candidaturas…" />
      ) : request.status === 'error' ? (
        <ErrorMessage
          title="No pudimos cargar la comparación"
          error={request.error}
          onRetry={request.retry}
        />
      ) : (
        <ComparisonView data={request.data} ids={ids} />
      )}
    </>
  );
}

function NothingChosen() {
  return (
    <div className="notice" role="status">
      <p className="notice-title">Todavía no elegiste candidaturas.</p>
      <p>
        Abre <Link to="/">¿Quién aparece en mi boleta?</Link>, marca de 2 a 4
        candidaturas de un mismo cargo y elige “Comparar seleccionadas”.
      </p>
    </div>
  );
}

function ComparisonView({ data, ids }: { data: Comparison; ids: string[] }) {
  const label = useLabels();
  const { found, missing, contest } = data;
  const first = found[0];
  const mixed = found.some((c) => first && contestKey(c) !== contestKey(first));
  return (
    <>
      {first && (
        <p className="lead">
          {[officeText(label, first), first.area.label]
            .filter(Boolean)
            .join(' · ')}
        </p>
      )}
      {missing.length > 0 && (
        <div className="notice notice-warning" role="note">
          <p className="notice-title">
            No encontramos{' '}
            {missing.length === 1
              ? 'una de las candidaturas'
              : `${missing.length} de las candidaturas`}
            .
          </p>
          <p>Es posible que ya no se publique.</p>
        </div>
      )}
      {mixed && (
        <div className="notice notice-warning" role="note">
          <p className="notice-title">
            Estas candidaturas no compiten por el mismo cargo.
          </p>
          <p>La comparación es más útil dentro de una misma contienda.</p>
        </div>
      )}
      {contest && <ContestPicker contest={contest} chosen={ids} />}
      {found.length >= 2 ? (
        <CompareSections candidacies={found} />
      ) : (
        <p className="notice" role="status">
          Elige al menos otra candidatura para compararlas lado a lado.
        </p>
      )}
    </>
  );
}
