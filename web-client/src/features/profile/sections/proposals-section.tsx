import { MissingValue } from '../../../components/missing-value';
import { TextBlock } from '../../../components/text-block';
import { proposalSlots } from '../../../lib/candidacy-text';
import { ProfileSection } from './profile-section';

export function ProposalsSection({ proposals }: { proposals: string[] }) {
  return (
    <ProfileSection title="Propuestas">
      <ol className="proposal-list">
        {proposalSlots(proposals).map((text, index) => (
          <li key={index}>
            <h3>Propuesta {index + 1}</h3>
            {text ? <TextBlock text={text} /> : <MissingValue />}
          </li>
        ))}
      </ol>
    </ProfileSection>
  );
}
