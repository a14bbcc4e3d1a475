import { formatNumber } from '../../lib/format';
import type { IdentityGroup } from '../../types/api';
import { pairedRows } from './rows';
import { CountCell, ShareCell, ShareHeader } from './stat-cells';
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
                <CountCell count={row.all} threshold={threshold} />
                <ShareCell count={row.all} denominator={all} />
                <CountCell count={row.respondents} threshold={threshold} />
                <ShareCell count={row.respondents} denominator={respondents} />
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total (denominador)</th>
              <CountCell count={all} threshold={threshold} />
              <ShareCell count={all} denominator={all} />
              <CountCell count={respondents} threshold={threshold} />
              <ShareCell count={respondents} denominator={respondents} />
            </tr>
          </tfoot>
        </table>
      </TableScroll>
      {suppressed && <SuppressionNote threshold={threshold} />}
    </>
  );
}
