import type { LabelFor } from './catalogs-context';
import type {
  Actor,
  CandidacyDetail,
  CandidacyListItem,
  Education,
  IdentityAnswer,
} from '../types/api';

const ownerBySex: Record<string, string | undefined> = {
  woman: 'Propietaria',
  man: 'Propietario',
};

// Spanish genders the owner's role; the catalogue's label is neutral.
export function roleLabel(
  label: LabelFor,
  role: string,
  sex: string,
): string | null {
  const gendered = ownerBySex[sex];
  if (role === 'owner' && gendered) return gendered;
  return label('role', role);
}

// Some names already carry their abbreviation ("Movimiento Ciudadano (MC)")
// or are one ("PAN-PRI"): it is added only when it says something new.
export function actorName({ name, abbreviation }: Actor): string {
  const short = abbreviation?.trim();
  return short && !containsWord(name, short) ? `${name} (${short})` : name;
}

// As a whole word, so "VER" is not found inside "Verde".
function containsWord(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(
    `(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`,
    'iu',
  ).test(text);
}

export function officeText(
  label: LabelFor,
  item: Pick<CandidacyListItem, 'office' | 'principle'>,
): string {
  return [label('office', item.office), label('principle', item.principle)]
    .filter(Boolean)
    .join(', ');
}

export function ageText(age: number | null): string | null {
  return age === null ? null : `${age} años`;
}

export function affirmativeActionText(
  candidacy: Pick<
    CandidacyDetail,
    'affirmativeAction' | 'affirmativeActionGroup'
  >,
): string | null {
  if (candidacy.affirmativeAction === null) return null;
  if (!candidacy.affirmativeAction) return 'No';
  const group = candidacy.affirmativeActionGroup;
  return group ? `Sí: ${group}` : 'Sí';
}

export function educationLevelText(
  label: LabelFor,
  education: Education,
): string | null {
  if (education.level === 'unmapped') return education.levelAsPublished;
  return label('education', education.level) ?? education.levelAsPublished;
}

export function educationStatusText(
  label: LabelFor,
  education: Education,
): string | null {
  return (
    label('educationStatus', education.status) ?? education.statusAsPublished
  );
}

export function identityAnswerText({
  answer,
  detail,
}: IdentityAnswer): string | null {
  if (!answer) return detail;
  return detail ? `${answer}: ${detail}` : answer;
}

export function sortedIdentity(answers: IdentityAnswer[]): IdentityAnswer[] {
  return [...answers].sort((a, b) => a.question - b.question);
}

export function candidacyPath(id: string): string {
  return `/candidaturas/${encodeURIComponent(id)}`;
}

export function comparePath(ids: readonly string[]): string {
  return `/comparar?ids=${ids.map(encodeURIComponent).join(',')}`;
}

// Free-text sections of the curricular questionnaire, in published order.
export const textSections = [
  {
    key: 'professionalHistory',
    title: 'Trayectoria profesional y laboral',
  },
  {
    key: 'politicalTrajectory',
    title: 'Trayectoria política y participación social',
  },
  { key: 'motivation', title: '¿Por qué quiero ocupar un cargo público?' },
] as const;

export const genderProposalTitle =
  'Propuesta en materia de género o del grupo en situación de ' +
  'discriminación que represento';

export const expectedProposals = 2;

// Always the expected number of slots, so a missing proposal shows as such.
export function proposalSlots(proposals: string[]): (string | null)[] {
  return Array.from(
    { length: Math.max(expectedProposals, proposals.length) },
    (_, index) => proposals[index]?.trim() || null,
  );
}
