import { Field, FieldList } from '../../../components/field-list';
import { formatDateTime } from '../../../lib/format';
import type { CandidacyDetail } from '../../../types/api';
import { ProfileSection } from './profile-section';

type Props = { candidacy: CandidacyDetail; timeZone?: string };

export function SourceSection({ candidacy, timeZone }: Props) {
  const { source } = candidacy;
  return (
    <ProfileSection title="Fuente de la información">
      <FieldList>
        <Field label="Publicado por">{source.publisher}</Field>
        <Field label="Archivo">
          {source.file && <span className="breakable">{source.file}</span>}
        </Field>
        <Field label="Fecha de importación">
          {formatDateTime(source.importedAt, timeZone)}
        </Field>
        <Field label="Última actualización">
          {formatDateTime(candidacy.updatedAt, timeZone)}
        </Field>
      </FieldList>
    </ProfileSection>
  );
}
