import { Link } from 'react-router-dom';
import { candidacyPath } from '../../../lib/candidacy-text';
import type { CandidacyDetail } from '../../../types/api';

type Props = { candidacy: CandidacyDetail };

export function StatusNotice({ candidacy }: Props) {
  if (candidacy.status === 'substituted') {
    return (
      <div className="notice notice-warning" role="note">
        <p className="notice-title">Esta candidatura fue sustituida.</p>
        <p>
          Otra persona ocupa ahora este lugar en la fórmula.
          {candidacy.replacedBy && (
            <>
              {' '}
              <Link to={candidacyPath(candidacy.replacedBy)}>
                Ver la candidatura que la sustituye
              </Link>
            </>
          )}
        </p>
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
  if (candidacy.substitutes) {
    return (
      <div className="notice" role="note">
        <p className="notice-title">Esta candidatura es una sustitución.</p>
        <p>
          Ocupa el lugar de otra persona que estaba registrada antes.{' '}
          <Link to={candidacyPath(candidacy.substitutes)}>
            Ver la candidatura sustituida
          </Link>
        </p>
      </div>
    );
  }
  return null;
}
