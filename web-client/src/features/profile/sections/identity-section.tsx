import { Field, FieldList } from '../../../components/field-list';
import {
  identityAnswerText,
  sortedIdentity,
} from '../../../lib/candidacy-text';
import type { IdentityAnswer } from '../../../types/api';
import { ProfileSection } from './profile-section';

type Props = { answers: IdentityAnswer[] };

// Only answers the person authorised for publication reach the public API.
export function IdentitySection({ answers }: Props) {
  const sorted = sortedIdentity(answers);
  return (
    <ProfileSection title="Cuestionario de identidad">
      {sorted.length === 0 ? (
        <p className="missing">No hay respuestas publicadas.</p>
      ) : (
        <FieldList>
          {sorted.map((item) => (
            <Field key={item.question} label={item.questionText}>
              {identityAnswerText(item)}
            </Field>
          ))}
        </FieldList>
      )}
    </ProfileSection>
  );
}
