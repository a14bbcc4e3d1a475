import { MissingValue } from '../../../components/missing-value';
import { TextBlock } from '../../../components/text-block';
import { ProfileSection } from './profile-section';

const expected = 2;

export function ProposalsSection({ proposals }: { proposals: string[] }) {
  const slots = Array.from(
    { length: Math.max(expected, proposals.length) },
    (_, index) => proposals[index] ?? null,
  );
  return (
    <ProfileSection title="Propuestas">
      <ol className="proposal-list">
        {slots.map((text, index) => (
          <li key={index}>
            <h3>Propuesta {index + 1}</h3>
            {text ? <TextBlock text={text} /> : <MissingValue />}
          </li>
        ))}
      </ol>
    </ProfileSection>
  );
}
