import type { StatusRow } from '../../types/api';
import { BarChart } from './bar-chart';
import { StatBlock } from './stat-block';
import { StatusTable } from './status-table';

type Props = {
  id: string;
  title: string;
  header: string;
  rows: StatusRow[];
  total: StatusRow;
};

export function StatusBlock({ id, title, header, rows, total }: Props) {
  return (
    <StatBlock id={id} title={title}>
      <BarChart
        title={title}
        unit="count"
        categories={rows.map((r) => r.label)}
        series={[
          { label: 'Registradas', values: rows.map((r) => r.registered) },
          { label: 'Capturadas', values: rows.map((r) => r.captured) },
          { label: 'Publicadas', values: rows.map((r) => r.published) },
        ]}
      />
      <StatusTable title={title} header={header} rows={rows} total={total} />
    </StatBlock>
  );
}
