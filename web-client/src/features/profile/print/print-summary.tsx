import { missingText } from '../../../components/missing-value';
import {
  actorName,
  ageText,
  educationLevelText,
  educationStatusText,
  officeText,
  proposalSlots,
  roleLabel,
} from '../../../lib/candidacy-text';
import { useLabels } from '../../../lib/catalogs-context';
import { formatDateTime } from '../../../lib/format';
import type { CandidacyDetail } from '../../../types/api';

type Props = { candidacy: CandidacyDetail; timeZone?: string };

const proposalLength = 420;

// Shown only on paper: one sheet with what a voter needs at the booth.
// The full profile stays on screen; its address is printed at the foot.
export function PrintSummary({ candidacy: c, timeZone }: Props) {
  const label = useLabels();
  const education = [
    educationLevelText(label, c.education),
    educationStatusText(label, c.education),
  ]
    .filter(Boolean)
    .join(', ');
  const updated = formatDateTime(c.updatedAt, timeZone);
  const contact = [...c.contact.phones, ...c.contact.emails];
  if (c.contact.website) contact.push(c.contact.website);
  const rows: [string, string | null][] = [
    ['Partido, coalición o candidatura', actorName(c.actor)],
    ['Cargo', officeText(label, c)],
    ['Ámbito', c.area.label],
    ['Calidad en la fórmula', roleLabel(label, c.role, c.sex)],
    ['Fórmula', c.ticketPartner?.name ?? null],
    ['Edad', ageText(c.age)],
    ['Estudios', education],
    ['Contacto', contact.join(' · ')],
  ];
  return (
    <div className="print-summary print-only" data-testid="print-summary">
      <p className="print-summary-title">Resumen para imprimir</p>
      <dl className="print-fields">
        {rows.map(([name, value]) => (
          <div key={name}>
            <dt>{name}</dt>
            <dd>{value || missingText}</dd>
          </div>
        ))}
      </dl>
      <p className="print-summary-title">Propuestas</p>
      <ol className="print-proposals">
        {proposalSlots(c.proposals).map((text, index) => (
          <li key={index}>{text ? shorten(text) : missingText}</li>
        ))}
      </ol>
      <p className="print-foot">
        {sentence(`Fuente: ${c.source.publisher ?? missingText}`)}{' '}
        {sentence(`Última actualización: ${updated ?? missingText}`)} Perfil
        completo: <span className="breakable">{window.location.href}</span>
      </p>
    </div>
  );
}

function sentence(text: string): string {
  return text.endsWith('.') ? text : `${text}.`;
}

export function shorten(text: string, max = proposalLength): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.lastIndexOf(' ', max);
  return `${flat.slice(0, cut > 0 ? cut : max)}…`;
}
