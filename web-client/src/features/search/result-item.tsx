import { Link } from 'react-router-dom';
import {
  actorName,
  candidacyPath,
  officeText,
  roleLabel,
} from '../../lib/candidacy-text';
import { useLabels } from '../../lib/catalogs-context';
import { formatPercent } from '../../lib/format';
import type { CandidacyListItem } from '../../types/api';

export function ResultItem({ item }: { item: CandidacyListItem }) {
  const label = useLabels();
  const office = officeText(label, item);
  const actor = actorName(item.actor);
  return (
    <li className="result">
      <h3 className="result-name">
        <Link to={candidacyPath(item.id)}>{item.name}</Link>
      </h3>
      <p className="result-meta">{actor}</p>
      <p className="result-meta">
        {[office, item.area.label, roleLabel(label, item.role, item.sex)]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <p className="result-meta result-small">
        {item.completeness > 0
          ? `Cuestionario capturado: ${formatPercent(item.completeness)}`
          : 'Todavía no hay información capturada de su cuestionario'}
        {item.status !== 'published' && ` · ${label('status', item.status)}`}
      </p>
    </li>
  );
}
