import type { StatusRow } from '../../types/api';
import { CountCell, CountShareCells, ShareHeader } from './stat-cells';
import { TableScroll } from '../../components/table-scroll';

type Props = {
  title: string;
  header: string;
  rows: StatusRow[];
  total: StatusRow;
};

// Status counts are public figures: never suppressed. Shares are of the
// registered candidacies of the same line.
export function StatusTable({ title, header, rows, total }: Props) {
  return (
    <TableScroll label={title}>
      <table className="stat-table">
        <caption>
          {title}. Los porcentajes son sobre las candidaturas registradas de
          cada fila.
        </caption>
        <thead>
          <tr>
            <th scope="col">{header}</th>
            <th scope="col" className="stat-head-number">
              Regis&shy;tradas
            </th>
            <th scope="col" className="stat-head-number">
              Captu&shy;radas
            </th>
            <ShareHeader of="capturadas" />
            <th scope="col" className="stat-head-number">
              Publi&shy;cadas
            </th>
            <ShareHeader of="publicadas" />
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <StatusLine key={row.code ?? row.label} row={row} />
          ))}
        </tbody>
        <tfoot>
          <StatusLine row={total} />
        </tfoot>
      </table>
    </TableScroll>
  );
}

function StatusLine({ row }: { row: StatusRow }) {
  return (
    <tr>
      <th scope="row">{row.label}</th>
      <CountCell count={row.registered} threshold={0} />
      <CountShareCells
        count={row.captured}
        denominator={row.registered}
        threshold={0}
      />
      <CountShareCells
        count={row.published}
        denominator={row.registered}
        threshold={0}
      />
    </tr>
  );
}
