import { Link } from 'react-router-dom';
import type { CandidacyDetail } from '../../../types/api';

type Props = { candidacy: CandidacyDetail };

export function StatusNotice({ candidacy }: Props) {
  if (candidacy.status === 'substituted') {
    return (
      <div className="notice notice-warning" role="note">
        <p className="notice-title">Esta candidatura fue sustituida.</p>
        {candidacy.replacedBy ? (
          <p>
            Otra persona ocupa ahora este lugar en la fórmula.{' '}
            <Link
              to={`/candidaturas/${encodeURIComponent(candidacy.replacedBy)}`}
            >
              Ver la candidatura que la sustituye
            </Link>
          </p>
        ) : (
          <p>Otra persona ocupa ahora este lugar en la fórmula.</p>
        )}
      </div>
    );
  }
  if (candidacy.status === 'cancelled') {
    return (
      <div className="notice notice-warning" role="note">
        <p className="notice-title">Esta candidatura fue cancelada.</p>
      </div>
    );
  }
  return null;
}
