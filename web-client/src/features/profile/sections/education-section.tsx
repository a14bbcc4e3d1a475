import { Field, FieldList } from '../../../components/field-list';
import { PlainList } from '../../../components/plain-list';
import {
  educationLevelText,
  educationStatusText,
} from '../../../lib/candidacy-text';
import { useLabels } from '../../../lib/catalogs-context';
import type { Education } from '../../../types/api';
import { ProfileSection } from './profile-section';

export function EducationSection({ education }: { education: Education }) {
  const label = useLabels();
  const level = educationLevelText(label, education);
  const status = educationStatusText(label, education);
  return (
    <ProfileSection title="Formación académica">
      <FieldList>
        <Field label="Grado máximo de estudios">{level}</Field>
        <Field label="Estatus">{status}</Field>
        <Field label="Otros estudios">
          <PlainList items={education.otherStudies} />
        </Field>
      </FieldList>
    </ProfileSection>
  );
}
