import { Field, FieldList } from '../../../components/field-list';
import { useLabels } from '../../../lib/catalogs-context';
import type { CandidacyDetail } from '../../../types/api';
import {
  actorName,
  affirmativeActionText,
  ageText,
  roleLabel,
} from '../../../lib/candidacy-text';
import { ProfileSection } from './profile-section';

export function GeneralSection({ candidacy }: { candidacy: CandidacyDetail }) {
  const label = useLabels();
  const { actor } = candidacy;
  const isList = candidacy.principle === 'rp';
  return (
    <ProfileSection title="Datos generales">
      <FieldList>
        <Field label="Nombre">{candidacy.name}</Field>
        <Field label="Sobrenombre">{candidacy.nickname}</Field>
        <Field label="Partido, coalición o candidatura">
          {actorName(actor)}
          {label('actorKind', actor.kind) && (
            <span className="field-note">
              {' '}
              · {label('actorKind', actor.kind)}
            </span>
          )}
        </Field>
        <Field label="Cargo">{label('office', candidacy.office)}</Field>
        <Field label="Principio">
          {label('principle', candidacy.principle)}
        </Field>
        <Field label="Ámbito">{candidacy.area.label}</Field>
        {isList ? (
          <Field label="Lugar en la lista">{candidacy.listPosition}</Field>
        ) : (
          <Field label="Número de fórmula">{candidacy.ticketNumber}</Field>
        )}
        <Field label="Calidad en la fórmula">
          {roleLabel(label, candidacy.role, candidacy.sex)}
        </Field>
        <Field label="Sexo">{label('sex', candidacy.sex)}</Field>
        <Field label="Edad">{ageText(candidacy.age)}</Field>
        <Field label="Acción afirmativa">
          {affirmativeActionText(candidacy)}
        </Field>
      </FieldList>
    </ProfileSection>
  );
}
