import {
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  Legend,
  LinearScale,
  Tooltip,
  type ChartData,
  type ChartOptions,
} from 'chart.js';
import { Bar } from 'react-chartjs-2';
import { formatNumber, formatShare } from '../../lib/format';

ChartJS.register(BarElement, CategoryScale, LinearScale, Tooltip, Legend);

export type ChartSeries = { label: string; values: (number | null)[] };

type Props = {
  title: string;
  categories: string[];
  series: ChartSeries[];
  // 'share' values go from 0 to 1.
  unit: 'count' | 'share';
};

// Each colour has at least 3:1 contrast against the white background.
const colors = ['#5b2a86', '#1f6f8b', '#a35200'];
const textColor = '#1d1b20';
const tickFont = { size: 11 };

// Horizontal bars, so long party names fit on a phone. The chart is a
// picture of the table that follows it; the table is the accessible version.
export function BarChart({ title, categories, series, unit }: Props) {
  const data: ChartData<'bar', (number | null)[], string> = {
    labels: categories,
    datasets: series.map((s, index) => ({
      label: s.label,
      data: s.values,
      backgroundColor: colors[index % colors.length],
    })),
  };
  const format = (value: number) =>
    unit === 'share' ? formatShare(value) : formatNumber(value);
  const options: ChartOptions<'bar'> = {
    indexAxis: 'y',
    layout: { padding: { right: 12 } },
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    color: textColor,
    scales: {
      x: {
        beginAtZero: true,
        max: unit === 'share' ? 1 : undefined,
        ticks: {
          color: textColor,
          font: tickFont,
          callback: (v) => format(Number(v)),
        },
      },
      y: {
        ticks: {
          color: textColor,
          autoSkip: false,
          font: tickFont,
          // Long labels wrap, so a phone keeps room for the bars.
          callback(value) {
            const room = this.chart.width < 480 ? phoneRoom : 30;
            return wrapLabel(this.getLabelForValue(Number(value)), room);
          },
        },
      },
    },
    plugins: {
      legend: { display: series.length > 1, labels: { color: textColor } },
      tooltip: {
        callbacks: {
          label: (item) =>
            `${item.dataset.label}: ${format(Number(item.parsed.x))}`,
        },
      },
    },
  };
  const height = chartHeight(categories, series.length);
  const what = unit === 'share' ? 'porcentajes' : 'números';

  return (
    <div className="stat-chart" style={{ height }}>
      <Bar
        data={data}
        options={options}
        role="img"
        aria-label={
          `Gráfica de barras: ${title}. ` +
          `Los mismos ${what} están en la tabla que sigue.`
        }
        fallbackContent={<p>Los mismos datos están en la tabla que sigue.</p>}
      />
    </div>
  );
}

const phoneRoom = 16;
const maxLines = 4;

// Chart.js draws an array of strings as a label of several lines. Past
// four lines the label is cut; the table that follows has it whole.
export function wrapLabel(label: string, room: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= room) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else {
      lines.push(word);
    }
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
  return kept;
}

// Every category gets room for its bars and for the longest label as it
// wraps on a phone.
export function chartHeight(categories: string[], seriesCount: number) {
  const lines = Math.max(
    1,
    ...categories.map((c) => wrapLabel(c, phoneRoom).length),
  );
  const band = Math.max(Math.max(seriesCount, 1) * 22, lines * 14 + 8);
  return 72 + categories.length * band + (seriesCount > 1 ? 28 : 0);
}
