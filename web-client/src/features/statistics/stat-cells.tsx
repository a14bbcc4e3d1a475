import { formatNumber, formatShare } from '../../lib/format';
import { share } from './rows';

// A suppressed cell says so in words: it is never shown as 0.
export function CountCell({
  count,
  threshold,
}: {
  count: number | null | undefined;
  threshold: number;
}) {
  if (count === undefined) return <NoValueCell />;
  if (count === null) {
    return (
      <td className="stat-suppressed">
        Menos de {formatNumber(threshold)}{' '}
        <span className="stat-note">(suprimido por privacidad)</span>
      </td>
    );
  }
  return <td className="stat-number">{formatNumber(count)}</td>;
}

export function ShareCell({
  count,
  denominator,
}: {
  count: number | null | undefined;
  denominator: number;
}) {
  if (count === null) return <td className="stat-suppressed">Suprimido</td>;
  const value = share(count, denominator);
  if (value === null) return <NoValueCell />;
  return <td className="stat-number">{formatShare(value)}</td>;
}

// A count and its share of the denominator, the two cells every table pairs.
export function CountShareCells({
  count,
  denominator,
  threshold,
}: {
  count: number | null | undefined;
  denominator: number;
  threshold: number;
}) {
  return (
    <>
      <CountCell count={count} threshold={threshold} />
      <ShareCell count={count} denominator={denominator} />
    </>
  );
}

function NoValueCell() {
  return (
    <td className="stat-number">
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">No aplica</span>
    </td>
  );
}

// A narrow "%" heading keeps the tables readable on a phone; screen readers
// hear the whole word.
export function ShareHeader({ of }: { of?: string }) {
  return (
    <th scope="col" className="stat-head-number">
      <span aria-hidden="true">%</span>
      <span className="visually-hidden">Porcentaje{of ? ` de ${of}` : ''}</span>
    </th>
  );
}
