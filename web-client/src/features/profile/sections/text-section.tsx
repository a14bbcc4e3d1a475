import { TextBlock } from '../../../components/text-block';
import { ProfileSection } from './profile-section';

type Props = { title: string; text: string | null };

export function TextSection({ title, text }: Props) {
  return (
    <ProfileSection title={title}>
      <TextBlock text={text} />
    </ProfileSection>
  );
}
