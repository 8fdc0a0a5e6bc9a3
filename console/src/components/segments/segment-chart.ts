import type { ChartData, ChartOptions } from 'chart.js';
import type { SegmentNpsFieldsFragment } from '../../gql/graphql';
import { GREY } from '../insights/format';
import { seriesColor } from '../charts/palette';

export type Segment = SegmentNpsFieldsFragment;
type IntervalData = ChartData<'bar' | 'line', (number | [number, number] | null)[], string>;

const ACCENT = '#3554d1';
const ACCENT_LIGHT = '#aebcf0';

export const segmentKey = (s: Pick<Segment, 'key'>): string => s.key.map((k) => `${k.attribute}=${k.value ?? ''}`).join('&');
export const segmentLabel = (s: Pick<Segment, 'label' | 'n'>): string => `${s.label} (n=${s.n})`;

/**
 * NPS per segment as a horizontal interval chart: a floating bar from the 95% interval's low to
 * high end and a point at the NPS. Small samples are drawn grey so the eye does not trust them.
 */
export function intervalChartData(segments: readonly Segment[]): IntervalData {
  return {
    labels: segments.map(segmentLabel),
    datasets: [
      {
        type: 'bar',
        label: '95% interval',
        data: segments.map((s) => (s.ciLow == null || s.ciHigh == null ? null : [s.ciLow, s.ciHigh])),
        backgroundColor: segments.map((s) => (s.smallSample ? GREY : ACCENT_LIGHT)),
        barPercentage: 0.45,
        order: 2,
      },
      {
        type: 'line',
        label: 'NPS',
        data: segments.map((s) => s.nps),
        showLine: false,
        pointRadius: 6,
        pointHoverRadius: 7,
        pointStyle: 'rectRot',
        pointBackgroundColor: segments.map((s) => (s.smallSample ? '#8a94a6' : ACCENT)),
        backgroundColor: ACCENT,
        borderColor: ACCENT,
        pointBorderColor: '#fff',
        indexAxis: 'y',
        order: 1,
      },
    ],
  };
}

export const intervalChartOptions: ChartOptions<'bar'> = {
  indexAxis: 'y',
  responsive: true,
  maintainAspectRatio: false,
  animation: false,
  scales: { x: { min: -100, max: 100, title: { display: true, text: 'NPS (−100 to 100)' } } },
  plugins: { legend: { position: 'bottom' } },
};

/** Pixels for a chart of `rows` categories: readable bars, never a huge or tiny canvas. */
export const chartHeight = (rows: number): number => Math.min(640, 70 + rows * 34);

const share = (count: number, n: number) => (n ? Math.round((count / n) * 1000) / 10 : 0);

/** Segments side by side: each band's share of the segment, one bar per segment and band. */
export function compareChartData(segments: readonly Segment[]): ChartData<'bar', number[], string> {
  return {
    labels: ['Promoters', 'Passives', 'Detractors'],
    datasets: segments.map((s, i) => ({
      label: `${segmentLabel(s)}${s.smallSample ? ' · small sample' : ''}`,
      data: [share(s.promoters, s.n), share(s.passives, s.n), share(s.detractors, s.n)],
      backgroundColor: s.smallSample ? GREY : seriesColor(i),
      borderColor: seriesColor(i),
      borderWidth: s.smallSample ? 2 : 0,
    })),
  };
}

export const compareChartOptions: ChartOptions<'bar'> = {
  responsive: true,
  maintainAspectRatio: false,
  animation: false,
  scales: { y: { beginAtZero: true, max: 100, title: { display: true, text: '% of the segment' } } },
  plugins: { legend: { position: 'bottom' } },
};

/** Attribute names and their values, from respondents' attributes (the values sorted, at most 50 per attribute). */
export function attributeOptions(rows: readonly { attributes: Record<string, string> }[]): { name: string; values: string[] }[] {
  const byName = new Map<string, Set<string>>();
  for (const { attributes } of rows) {
    for (const [name, value] of Object.entries(attributes)) {
      if (name === 'preview') continue;
      const values = byName.get(name) ?? new Set<string>();
      values.add(value);
      byName.set(name, values);
    }
  }
  return [...byName.entries()]
    .map(([name, values]) => ({ name, values: [...values].sort((a, b) => a.localeCompare(b, undefined, { numeric: true })).slice(0, 50) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
