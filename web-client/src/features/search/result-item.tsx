import { Link } from 'react-router-dom';
import { useLabels } from '../../lib/catalogs-context';
import { formatPercent } from '../../lib/format';
import type { CandidacyListItem } from '../../types/api';

export function ResultItem({ item }: { item: CandidacyListItem }) {
  const label = useLabels();
  const office = [
    label('office', item.office),
    label('principle', item.principle),
  ]
    .filter(Boolean)
    .join(', ');
  const actor = item.actor.abbreviation
    ? `${item.actor.name} (${item.actor.abbreviation})`
    : item.actor.name;
  return (
    <li className="result">
      <h3 className="result-name">
        <Link to={`/candidaturas/${encodeURIComponent(item.id)}`}>
          {item.name}
        </Link>
      </h3>
      <p className="result-meta">{actor}</p>
      <p className="result-meta">
        {[office, item.area.label, label('role', item.role)]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <p className="result-meta result-small">
        Cuestionario capturado: {formatPercent(item.completeness)}
        {item.status !== 'published' && ` · ${label('status', item.status)}`}
      </p>
    </li>
  );
}
