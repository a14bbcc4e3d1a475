import { missingText } from '../../../components/missing-value';
import {
  actorName,
  affirmativeActionText,
  ageText,
  educationLevelText,
  educationStatusText,
  genderProposalTitle,
  identityAnswerText,
  officeText,
  proposalSlots,
  roleLabel,
  sortedIdentity,
  textSections,
} from '../../../lib/candidacy-text';
import type { LabelFor } from '../../../lib/catalogs-context';
import type { CandidacyDetail } from '../../../types/api';

const maxPiece = 220;

function field(name: string, value: string | null | undefined): string {
  return `${name}: ${sentence(value?.trim() || missingText)}`;
}

function sentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}

function list(values: readonly string[]): string | null {
  return values.length > 0 ? values.join('; ') : null;
}

// What the "Escuchar" control reads, section by section, in the order of the
// profile. Links and file names are left out: they do not read well aloud.
export function speechPieces(c: CandidacyDetail, label: LabelFor): string[] {
  const contact = c.contact;
  const parts = [
    `${c.name}.`,
    'Datos generales.',
    field('Partido, coalición o candidatura', actorName(c.actor)),
    field('Cargo', officeText(label, c)),
    field('Ámbito', c.area.label),
    field('Calidad en la fórmula', roleLabel(label, c.role, c.sex)),
    field('Sexo', label('sex', c.sex)),
    field('Edad', ageText(c.age)),
    field('Acción afirmativa', affirmativeActionText(c)),
    'Contacto de campaña.',
    field('Teléfonos', list(contact.phones)),
    field('Correos electrónicos', list(contact.emails)),
    'Formación académica.',
    field('Grado máximo de estudios', educationLevelText(label, c.education)),
    field('Estatus', educationStatusText(label, c.education)),
    field('Otros estudios', list(c.education.otherStudies)),
    ...textSections.flatMap(({ key, title }) => [`${title}.`, text(c[key])]),
    'Propuestas.',
    ...proposalSlots(c.proposals).map((p, i) => field(`Propuesta ${i + 1}`, p)),
    `${genderProposalTitle}.`,
    text(c.genderProposal),
    'Cuestionario de identidad.',
    ...(c.identity.length === 0
      ? ['No hay respuestas publicadas.']
      : sortedIdentity(c.identity).map((a) =>
          field(a.questionText, identityAnswerText(a)),
        )),
  ];
  return parts.flatMap(split);
}

function text(value: string | null): string {
  return sentence(value?.trim() || missingText);
}

// Cuts long text at sentence ends, then at spaces, into short pieces.
export function split(text: string): string[] {
  const sentences = text.replace(/\s+/g, ' ').match(/[^.!?]+[.!?]*\s*/g) ?? [];
  const pieces: string[] = [];
  for (const sentence of sentences) {
    let rest = sentence.trim();
    while (rest.length > maxPiece) {
      const cut = rest.lastIndexOf(' ', maxPiece);
      const at = cut > 0 ? cut : maxPiece;
      pieces.push(rest.slice(0, at));
      rest = rest.slice(at).trim();
    }
    if (rest) pieces.push(rest);
  }
  return pieces;
}
