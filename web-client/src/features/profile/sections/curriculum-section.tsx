import { ExternalLink } from '../../../components/external-link';
import { MissingValue } from '../../../components/missing-value';
import { ProfileSection } from './profile-section';

export function CurriculumSection({ url }: { url: string | null }) {
  return (
    <ProfileSection title="Currículum">
      {url ? (
        <p>
          <ExternalLink href={url}>Consultar currículum (PDF)</ExternalLink>
        </p>
      ) : (
        <MissingValue />
      )}
    </ProfileSection>
  );
}
