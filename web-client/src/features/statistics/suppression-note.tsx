import { formatNumber } from '../../lib/format';
import { suppressedTotalLabel } from './rows';

export function SuppressionNote({ threshold }: { threshold: number }) {
  return (
    <p className="hint">
      «Menos de {formatNumber(threshold)}»: la cifra exacta no se publica para
      que nadie pueda deducir la respuesta de una persona. La fila «
      {suppressedTotalLabel}» da la suma de esas celdas.
    </p>
  );
}
