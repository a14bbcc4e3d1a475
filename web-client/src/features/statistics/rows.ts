import type { Breakdown, IdentityGroup } from '../../types/api';

export type RowKind = 'cell' | 'suppressed-total' | 'no-answer';

// One line of a breakdown's table. `count` is null for a suppressed cell.
export type BreakdownRow = {
  key: string;
  label: string;
  kind: RowKind;
  count: number | null;
};

// A line of an identity table: the same answer over all published
// candidacies and over those that answered. `undefined`: the line does not
// exist in that breakdown (no suppressed cells there).
export type PairedRow = {
  key: string;
  label: string;
  kind: RowKind;
  all: number | null | undefined;
  respondents: number | null | undefined;
};

export const suppressedTotalLabel = 'Suma de las celdas suprimidas';
export const noAnswerLabel = 'Sin respuesta';

// The shown cells, the sum of the suppressed ones and the "no answer" count
// add up to the denominator.
export function breakdownRows(breakdown: Breakdown): BreakdownRow[] {
  const rows: BreakdownRow[] = breakdown.cells.map((cell) => ({
    key: cell.code,
    label: cell.label,
    kind: 'cell',
    count: cell.suppressed ? null : cell.count,
  }));
  if (breakdown.suppressedTotal !== null) {
    rows.push({
      key: 'suppressed-total',
      label: suppressedTotalLabel,
      kind: 'suppressed-total',
      count: breakdown.suppressedTotal,
    });
  }
  rows.push({
    key: 'no-answer',
    label: noAnswerLabel,
    kind: 'no-answer',
    count: breakdown.noAnswer,
  });
  return rows;
}

export function pairedRows(group: IdentityGroup): PairedRow[] {
  const all = breakdownRows(group.candidacies);
  const respondents = breakdownRows(group.respondents);
  const keys = [
    ...all.map((row) => row.key),
    ...respondents
      .map((row) => row.key)
      .filter((key) => !all.some((row) => row.key === key)),
  ];
  return keys.map((key) => {
    const a = all.find((row) => row.key === key);
    const r = respondents.find((row) => row.key === key);
    const base = (a ?? r) as BreakdownRow;
    return {
      key,
      label: base.label,
      kind: base.kind,
      all: a ? a.count : undefined,
      respondents: r ? r.count : undefined,
    };
  });
}

export function share(
  count: number | null | undefined,
  denominator: number,
): number | null {
  if (count === null || count === undefined || denominator <= 0) return null;
  return count / denominator;
}

export function hasSuppressed(rows: readonly { count: number | null }[]) {
  return rows.some((row) => row.count === null);
}
