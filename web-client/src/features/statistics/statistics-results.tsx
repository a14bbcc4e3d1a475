import { clearHref, ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import { formatNumber } from '../../lib/format';
import type { RequestState } from '../../lib/use-request';
import type { Statistics } from '../../types/api';
import { BreakdownBlock, IdentityBlock } from './breakdown-block';
import { StatusBlock } from './status-block';

type Props = {
  request: RequestState<Statistics>;
  process: string;
  onRetry: () => void;
};

export function StatisticsResults({ request, process, onRetry }: Props) {
  if (request.status === 'loading') {
    return <Loading text="Cargando las estadísticas…" />;
  }
  if (request.status === 'error') {
    return (
      <ErrorMessage
        title="No pudimos cargar las estadísticas"
        error={request.error}
        onRetry={onRetry}
        clearHref={clearHref('/estadisticas', process, request.error)}
      />
    );
  }
  const stats = request.data;
  if (stats.status.total.registered === 0) {
    return (
      <div className="notice" role="status">
        <p className="notice-title">
          Ninguna candidatura registrada coincide con estos filtros.
        </p>
        <p>Quita algún filtro o elige otro proceso electoral.</p>
      </div>
    );
  }
  return (
    <>
      <CaptureSection stats={stats} />
      <ProfileSection stats={stats} />
      <IdentitySection stats={stats} />
    </>
  );
}

function CaptureSection({ stats }: { stats: Statistics }) {
  const { total, byActor, byOffice } = stats.status;
  return (
    <section className="stat-section" aria-labelledby="stat-capture">
      <h2 id="stat-capture">Captura de los cuestionarios</h2>
      <p>
        {formatNumber(total.registered)} candidaturas registradas (sin las
        canceladas ni las sustituidas), {formatNumber(total.captured)} con al
        menos un cuestionario guardado y {formatNumber(total.published)}{' '}
        publicadas.
      </p>
      <StatusBlock
        id="by-actor"
        title="Por partido, coalición o candidatura independiente"
        header="Partido, coalición o candidatura"
        rows={byActor}
        total={total}
      />
      <StatusBlock
        id="by-office"
        title="Por cargo"
        header="Cargo"
        rows={byOffice}
        total={total}
      />
    </section>
  );
}

// The profile breakdowns in page order: anchor id, heading and category column.
const profileBlocks = [
  { id: 'sex', title: 'Sexo', header: 'Sexo' },
  { id: 'age', title: 'Rango de edad', header: 'Edad' },
  {
    id: 'education',
    title: 'Grado máximo de estudios',
    header: 'Grado de estudios',
  },
] as const;

function ProfileSection({ stats }: { stats: Statistics }) {
  return (
    <section className="stat-section" aria-labelledby="stat-profile">
      <h2 id="stat-profile">Perfil de las candidaturas publicadas</h2>
      {stats.sex.denominator === 0 ? (
        <NothingPublished />
      ) : (
        profileBlocks.map((block) => (
          <BreakdownBlock
            key={block.id}
            id={block.id}
            title={block.title}
            categoryHeader={block.header}
            breakdown={stats[block.id]}
            threshold={stats.threshold}
          />
        ))
      )}
    </section>
  );
}

function IdentitySection({ stats }: { stats: Statistics }) {
  const groups = [stats.income, ...stats.identity];
  return (
    <section className="stat-section" aria-labelledby="stat-identity">
      <h2 id="stat-identity">Cuestionario de identidad</h2>
      <p>
        Cada respuesta se cuenta solo si la persona autorizó usarla en
        estadísticas. Los porcentajes se dan sobre todas las candidaturas
        publicadas y sobre las que respondieron al menos una pregunta del
        cuestionario («Prefiero no contestar» es una respuesta).
      </p>
      {stats.income.candidacies.denominator === 0 ? (
        <NothingPublished />
      ) : (
        groups.map((group) => (
          <IdentityBlock
            key={group.code}
            group={group}
            threshold={stats.threshold}
          />
        ))
      )}
    </section>
  );
}

function NothingPublished() {
  return (
    <p className="notice" role="status">
      Todavía no hay candidaturas publicadas con estos filtros.
    </p>
  );
}
