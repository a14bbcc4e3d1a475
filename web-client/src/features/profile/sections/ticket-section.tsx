import { Link } from 'react-router-dom';
import { MissingValue } from '../../../components/missing-value';
import { candidacyPath, roleLabel } from '../../../lib/candidacy-text';
import { useLabels } from '../../../lib/catalogs-context';
import type { CandidacyListItem } from '../../../types/api';
import { ProfileSection } from './profile-section';

type Props = { partner: CandidacyListItem | null };

export function TicketSection({ partner }: Props) {
  const label = useLabels();
  return (
    <ProfileSection title="Fórmula">
      {partner ? (
        <p>
          {roleLabel(label, partner.role, partner.sex)}:{' '}
          <Link to={candidacyPath(partner.id)}>{partner.name}</Link>
        </p>
      ) : (
        <MissingValue />
      )}
    </ProfileSection>
  );
}
