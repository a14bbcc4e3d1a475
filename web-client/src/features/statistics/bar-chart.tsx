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
          // Full labels are in the table; a phone keeps room for the bars.
          callback(value) {
            const room = this.chart.width < 480 ? 16 : 30;
            return shorten(this.getLabelForValue(Number(value)), room);
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
  const rows = categories.length * Math.max(series.length, 1);
  const height = 72 + rows * 22 + (series.length > 1 ? 28 : 0);
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

function shorten(label: string, room: number): string {
  return label.length > room ? `${label.slice(0, room - 1).trimEnd()}…` : label;
}
