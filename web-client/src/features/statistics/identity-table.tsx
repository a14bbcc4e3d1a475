import { formatNumber } from '../../lib/format';
import type { IdentityGroup } from '../../types/api';
import { pairedRows } from './rows';
import { CountShareCells, ShareHeader } from './stat-cells';
import { SuppressionNote } from './suppression-note';
import { TableScroll } from '../../components/table-scroll';

type Props = { group: IdentityGroup; threshold: number };

// The answers over two denominators: every published candidacy, and those
// that answered the identity questionnaire.
export function IdentityTable({ group, threshold }: Props) {
  const rows = pairedRows(group);
  const all = group.candidacies.denominator;
  const respondents = group.respondents.denominator;
  const suppressed = rows.some(
    (row) => row.all === null || row.respondents === null,
  );
  return (
    <>
      <TableScroll label={group.label}>
        <table className="stat-table">
          <caption>
            {group.label} (pregunta {group.question}). Denominadores:{' '}
            {formatNumber(all)} candidaturas publicadas y{' '}
            {formatNumber(respondents)} que respondieron el cuestionario de
            identidad.
          </caption>
          <colgroup>
            <col />
          </colgroup>
          <colgroup span={2} />
          <colgroup span={2} />
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                Respuesta
              </th>
              <th scope="colgroup" colSpan={2}>
                Todas las publicadas
              </th>
              <th scope="colgroup" colSpan={2}>
                Las que respondieron
              </th>
            </tr>
            <tr>
              <th scope="col" className="stat-head-number">
                Número
              </th>
              <ShareHeader of="todas las publicadas" />
              <th scope="col" className="stat-head-number">
                Número
              </th>
              <ShareHeader of="las que respondieron" />
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} className={`stat-row-${row.kind}`}>
                <th scope="row">{row.label}</th>
                <CountShareCells
                  count={row.all}
                  denominator={all}
                  threshold={threshold}
                />
                <CountShareCells
                  count={row.respondents}
                  denominator={respondents}
                  threshold={threshold}
                />
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total (denominador)</th>
              <CountShareCells
                count={all}
                denominator={all}
                threshold={threshold}
              />
              <CountShareCells
                count={respondents}
                denominator={respondents}
                threshold={threshold}
              />
            </tr>
          </tfoot>
        </table>
      </TableScroll>
      {suppressed && <SuppressionNote threshold={threshold} />}
    </>
  );
}
