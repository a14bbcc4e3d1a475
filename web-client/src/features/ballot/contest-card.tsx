import { useId, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useLabels } from '../../lib/catalogs-context';
import {
  actorName,
  candidacyPath,
  comparePath,
  officeText,
  roleLabel,
} from '../../lib/candidacy-text';
import { formatCount } from '../../lib/format';
import type { Contest } from '../../types/api';

const maxCompared = 4;

export function ContestCard({ contest }: { contest: Contest }) {
  const label = useLabels();
  const navigate = useNavigate();
  const headingId = useId();
  const hintId = useId();
  const [chosen, setChosen] = useState<string[]>([]);
  const title = officeText(label, contest) || 'Cargo sin nombre';
  const toggle = (id: string, on: boolean) =>
    setChosen((list) => (on ? [...list, id] : list.filter((x) => x !== id)));
  const canCompare = chosen.length >= 2 && chosen.length <= maxCompared;

  return (
    <section className="contest" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {title}
        {contest.area.label && (
          <span className="contest-area"> · {contest.area.label}</span>
        )}
      </h3>
      {contest.seats !== null && contest.seats > 1 && (
        <p className="result-meta">
          Se eligen {formatCount(contest.seats, 'lugar', 'lugares')}.
        </p>
      )}
      {contest.candidacies.length === 0 ? (
        <p className="missing">
          Todavía no hay candidaturas publicadas para este cargo.
        </p>
      ) : (
        <>
          <ol className="ballot-list">
            {contest.candidacies.map((item) => {
              const checked = chosen.includes(item.id);
              const full = !checked && chosen.length >= maxCompared;
              return (
                <li key={item.id} className="ballot-item">
                  <div>
                    <p className="ballot-actor">{actorName(item.actor)}</p>
                    <Link to={candidacyPath(item.id)} className="ballot-name">
                      {item.name}
                    </Link>
                    <p className="result-meta result-small">
                      {roleLabel(label, item.role, item.sex)}
                    </p>
                  </div>
                  {contest.candidacies.length > 1 && (
                    <label className="compare-check">
                      <input
                        type="checkbox"
                        checked={checked}
                        disabled={full}
                        onChange={(e) => toggle(item.id, e.target.checked)}
                      />{' '}
                      Comparar
                      <span className="visually-hidden"> {item.name}</span>
                    </label>
                  )}
                </li>
              );
            })}
          </ol>
          {contest.candidacies.length > 1 && (
            <div className="compare-bar">
              <button
                type="button"
                aria-describedby={hintId}
                aria-disabled={!canCompare}
                onClick={() => canCompare && navigate(comparePath(chosen))}
              >
                Comparar seleccionadas ({chosen.length})
              </button>
              <p id={hintId} className="hint">
                Marca de 2 a {maxCompared} candidaturas para verlas lado a lado.
              </p>
            </div>
          )}
        </>
      )}
    </section>
  );
}
