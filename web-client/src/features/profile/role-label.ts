import type { LabelFor } from '../../lib/catalogs-context';

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
