import type { ChartData, ChartOptions } from 'chart.js';
import type { WaveInterviewQualityQuery } from '../../gql/graphql';
import { minutes } from '../fielding/fielding-format';
import { pct } from '../insights/format';
import { cssColor } from '../charts/palette';

export type WaveQuality = NonNullable<WaveInterviewQualityQuery['study']>['waves'][number]['interviewQuality'];

export interface QualityFigure {
  key: Exclude<keyof WaveQuality, 'depthDistribution' | '__typename'>;
  label: string;
  value: string;
  hint: string;
}

/** A median depth as "4 levels" (one decimal when it falls between two interviews); a dash over no interview. */
export function levels(x: number | null | undefined): string {
  if (x == null) return '—';
  const shown = Number.isInteger(x) ? String(x) : x.toFixed(1);
  return `${shown} ${x === 1 ? 'level' : 'levels'}`;
}

/** An interview's length: seconds under a minute, one decimal under ten minutes, then whole minutes and hours. */
export function interviewLength(x: number | null | undefined): string {
  if (x == null) return '—';
  if (x < 1) return `${Math.round(x * 60)} s`;
  if (x < 10) return `${x.toFixed(1)} min`;
  return minutes(x);
}

/** US dollars: cents under a dollar get four decimals (LLM costs are fractions of a cent), a dash over no interview. */
export function usd(x: number | null | undefined): string {
  if (x == null) return '—';
  return x > 0 && x < 1 ? `$${x.toFixed(4)}` : `$${x.toFixed(2)}`;
}

/** The wave's quality figures in reading order, with units and what each one means. */
export function qualityFigures(q: WaveQuality): QualityFigure[] {
  return [
    {
      key: 'interviews',
      label: 'Interviews',
      value: q.interviews.toLocaleString(),
      hint: 'Completed interviews of the wave (previews left out)',
    },
    {
      key: 'medianDepth',
      label: 'Median ladder depth',
      value: levels(q.medianDepth),
      hint: 'Median of the deepest ladder level each respondent revealed',
    },
    {
      key: 'shareDepthAtLeast5',
      label: 'Depth 5 or more',
      value: pct(q.shareDepthAtLeast5),
      hint: 'Share of interviews that reached ladder level 5 or deeper',
    },
    {
      key: 'probesReusingWordsShare',
      label: 'Probes in their words',
      value: pct(q.probesReusingWordsShare),
      hint: "Share of all probes that reuse the respondent's own words",
    },
    {
      key: 'leadingCaught',
      label: 'Leading questions caught',
      value: q.leadingCaught.toLocaleString(),
      hint: 'Leading questions the guard caught and rewrote before the respondent saw them, all interviews together',
    },
    {
      key: 'medianMinutes',
      label: 'Median length',
      value: interviewLength(q.medianMinutes),
      hint: 'Median time from the first turn to the last',
    },
    {
      key: 'costPerInterview',
      label: 'Cost per interview',
      value: usd(q.costPerInterview),
      hint: 'Mean LLM moderation cost per interview, in US dollars ($0 with the offline moderator)',
    },
  ];
}

/** One bar per ladder depth (the API fills every depth from 0 to the deepest with counts, zeros included). */
export function depthChartData(q: WaveQuality): ChartData<'bar', number[], string> {
  return {
    labels: q.depthDistribution.map((d) => String(d.depth)),
    datasets: [
      {
        label: 'Interviews',
        data: q.depthDistribution.map((d) => d.interviews),
        backgroundColor: q.depthDistribution.map((d) => (d.depth >= 5 ? cssColor('--promoter') : '#5b77d6')),
        maxBarThickness: 40,
      },
    ],
  };
}

export const depthChartOptions: ChartOptions<'bar'> = {
  responsive: true,
  maintainAspectRatio: false,
  animation: false,
  scales: {
    x: { title: { display: true, text: 'Ladder depth reached' } },
    y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'Interviews' } },
  },
  plugins: { legend: { display: false } },
};
