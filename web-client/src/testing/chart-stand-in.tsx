// jsdom has no canvas. Page tests put this in the place of react-chartjs-2's
// Bar: it renders the chart's role and label and keeps the data it was given.
export type StandInData = {
  labels: string[];
  datasets: { label: string; data: unknown[] }[];
};

type Props = { data: StandInData; role?: string; 'aria-label'?: string };

export function Bar(props: Props) {
  return (
    <canvas
      role={props.role}
      aria-label={props['aria-label']}
      data-chart={JSON.stringify(props.data)}
    />
  );
}

export function chartData(chart: HTMLElement): StandInData {
  return JSON.parse(chart.getAttribute('data-chart') ?? '{}') as StandInData;
}
