import type { ChartData, ChartOptions } from 'chart.js';
import type { FieldingBucket } from '../../gql/graphql';
import { bucketLabel, type FieldingPoint } from './fielding-format';
import { cssColor } from '../charts/palette';

/** Each series' colour is a token of the styles (charts/palette.ts reads it when the chart is drawn). */
const SERIES: { key: keyof Omit<FieldingPoint, 'at'>; label: string; color: `--${string}` }[] = [
  { key: 'invited', label: 'Invited', color: '--small-sample' },
  { key: 'sent', label: 'Sent', color: '--series-1' },
  { key: 'started', label: 'Started', color: '--passive' },
  { key: 'completed', label: 'Completed', color: '--promoter' },
];

/** One bar per series and bucket (the API fills empty buckets with zeros, so the axis has no holes). */
export function timelineData(points: readonly FieldingPoint[], bucket: FieldingBucket): ChartData<'bar', number[], string> {
  return {
    labels: points.map((p) => bucketLabel(p.at, bucket)),
    datasets: SERIES.map((s) => ({
      label: s.label,
      data: points.map((p) => p[s.key]),
      backgroundColor: cssColor(s.color),
      maxBarThickness: 40,
    })),
  };
}

export const timelineOptions: ChartOptions<'bar'> = {
  responsive: true,
  maintainAspectRatio: false,
  // Redrawn every 5 s by the polling: an animation each time would only distract.
  animation: false,
  scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
  plugins: { legend: { position: 'bottom' } },
};
