import { useProcesses } from '../lib/processes-context';

type Props = { processKey?: string | null };

// With a process in view, the banner follows that process; elsewhere it shows
// when any published process holds fictitious data.
export function DemoBanner({ processKey }: Props) {
  const processes = useProcesses();
  if (processes.status !== 'success') return null;
  const relevant = processKey
    ? processes.data.filter((p) => p.key === processKey || p.id === processKey)
    : processes.data;
  if (!relevant.some((p) => p.isDemo)) return null;
  return (
    <div className="demo-banner" role="note">
      <strong>Datos ficticios de demostración.</strong> Las personas y los datos
      de este sitio son inventados; no corresponden a candidaturas reales.
    </div>
  );
}
