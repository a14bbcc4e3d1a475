import { formatNumber } from '../../lib/format';
import type { Breakdown } from '../../types/api';
import { breakdownRows, hasSuppressed } from './rows';
import { CountShareCells, ShareHeader } from './stat-cells';
import { SuppressionNote } from './suppression-note';
import { TableScroll } from '../../components/table-scroll';

type Props = {
  title: string;
  categoryHeader: string;
  breakdown: Breakdown;
  threshold: number;
};

export function denominatorText(breakdown: Breakdown): string {
  const n = formatNumber(breakdown.denominator);
  return breakdown.denominatorKind === 'respondents'
    ? `${n} candidaturas que respondieron el cuestionario de identidad`
    : `${n} candidaturas publicadas`;
}

export function BreakdownTable(props: Props) {
  const { title, categoryHeader, breakdown, threshold } = props;
  const rows = breakdownRows(breakdown);
  const { denominator } = breakdown;
  return (
    <>
      <TableScroll label={title}>
        <table className="stat-table">
          <caption>
            {title}. Denominador: {denominatorText(breakdown)}.
          </caption>
          <thead>
            <tr>
              <th scope="col">{categoryHeader}</th>
              <th scope="col" className="stat-head-number">
                Candidaturas
              </th>
              <ShareHeader />
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} className={`stat-row-${row.kind}`}>
                <th scope="row">{row.label}</th>
                <CountShareCells
                  count={row.count}
                  denominator={denominator}
                  threshold={threshold}
                />
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total (denominador)</th>
              <CountShareCells
                count={denominator}
                denominator={denominator}
                threshold={threshold}
              />
            </tr>
          </tfoot>
        </table>
      </TableScroll>
      {hasSuppressed(rows) && <SuppressionNote threshold={threshold} />}
    </>
  );
}
