import { formatNumber } from '../../lib/format';
import type { Breakdown, IdentityGroup } from '../../types/api';
import { BarChart } from './bar-chart';
import { BreakdownTable, denominatorText } from './breakdown-table';
import { IdentityTable } from './identity-table';
import { breakdownRows, pairedRows, share } from './rows';
import { StatBlock } from './stat-block';

type BreakdownProps = {
  id: string;
  title: string;
  categoryHeader: string;
  breakdown: Breakdown;
  threshold: number;
};

export function BreakdownBlock(props: BreakdownProps) {
  const { id, title, breakdown, threshold } = props;
  const rows = breakdownRows(breakdown);
  const below = `(menos de ${formatNumber(threshold)})`;
  return (
    <StatBlock id={id} title={title}>
      <p className="hint">
        Sobre {denominatorText(breakdown)}; sin respuesta:{' '}
        {formatNumber(breakdown.noAnswer)}.
      </p>
      <BarChart
        title={title}
        unit="count"
        categories={rows.map((r) =>
          r.count === null ? `${r.label} ${below}` : r.label,
        )}
        series={[{ label: 'Candidaturas', values: rows.map((r) => r.count) }]}
      />
      <BreakdownTable {...props} />
    </StatBlock>
  );
}

type GroupProps = { group: IdentityGroup; threshold: number };

export function IdentityBlock({ group, threshold }: GroupProps) {
  const rows = pairedRows(group);
  const all = group.candidacies.denominator;
  const respondents = group.respondents.denominator;
  const below = `(menos de ${formatNumber(threshold)})`;
  return (
    <StatBlock id={group.code} title={group.label}>
      <p className="hint">
        Pregunta {group.question}. Sin respuesta:{' '}
        {formatNumber(group.candidacies.noAnswer)} de {formatNumber(all)}{' '}
        candidaturas publicadas y {formatNumber(group.respondents.noAnswer)} de{' '}
        {formatNumber(respondents)} que respondieron el cuestionario.
      </p>
      <BarChart
        title={group.label}
        unit="share"
        categories={rows.map((r) =>
          r.all === null || r.respondents === null
            ? `${r.label} ${below}`
            : r.label,
        )}
        series={[
          {
            label: 'Todas las publicadas',
            values: rows.map((r) => share(r.all, all)),
          },
          {
            label: 'Las que respondieron',
            values: rows.map((r) => share(r.respondents, respondents)),
          },
        ]}
      />
      <IdentityTable group={group} threshold={threshold} />
    </StatBlock>
  );
}
