import type { ChartData, ChartOptions, Plugin } from 'chart.js';
import type { Band, NpsTrendQuery, ThemeTrendQuery } from '../../gql/graphql';
import { BAND_LABELS, pct, pValue } from '../insights/format';
import { seriesColor } from '../charts/palette';

export type NpsTrend = NpsTrendQuery['npsTrend'];
export type ThemeTrend = ThemeTrendQuery['themeTrend'];
type Point = ThemeTrend['themes'][number]['points'][number];

const ACCENT = '#3554d1';
const WAVE_COLORS = ['#b8c2d6', '#8ea0d8', '#5b77d6', '#3554d1', '#22368a'];

/**
 * NPS per wave with its 95% interval as a shaded band (the upper bound filled down to the lower
 * one), and optionally one line per segment, matched across waves by label.
 */
export function npsTrendData(trend: NpsTrend): ChartData<'line', (number | null)[], string> {
  const labels = trend.waves.map((w) => w.waveName);
  const segmentLabels = [...new Set(trend.waves.flatMap((w) => w.segments.map((s) => s.label)))];
  return {
    labels,
    datasets: [
      {
        label: '95% interval',
        data: trend.waves.map((w) => w.overall.ciHigh),
        fill: '+1',
        backgroundColor: 'rgba(53, 84, 209, 0.15)',
        borderColor: 'transparent',
        pointRadius: 0,
      },
      { label: 'Lower bound', data: trend.waves.map((w) => w.overall.ciLow), fill: false, borderColor: 'transparent', pointRadius: 0 },
      {
        label: 'NPS, everyone',
        data: trend.waves.map((w) => w.overall.nps),
        borderColor: ACCENT,
        backgroundColor: ACCENT,
        borderWidth: 3,
        pointRadius: 5,
      },
      ...segmentLabels.map((label, i) => ({
        label,
        data: trend.waves.map((w) => w.segments.find((s) => s.label === label)?.nps ?? null),
        borderColor: seriesColor(i + 1),
        backgroundColor: seriesColor(i + 1),
        borderDash: [5, 4],
        pointRadius: 3,
        spanGaps: true,
      })),
    ],
  };
}

export const npsTrendOptions: ChartOptions<'line'> = {
  responsive: true,
  maintainAspectRatio: false,
  animation: false,
  scales: { y: { min: -100, max: 100, title: { display: true, text: 'NPS' } } },
  plugins: { legend: { position: 'bottom', labels: { filter: (item) => item.text !== 'Lower bound' } } },
};

/** The themes with a point in the band, most prevalent in their latest wave first, at most `limit`. */
export function themesInBand(trend: ThemeTrend, band: Band, limit = 8): ThemeTrend['themes'] {
  const latestShare = (t: ThemeTrend['themes'][number]) => {
    const points = t.points.filter((p) => p.band === band);
    return points.at(-1)?.estimate.share ?? 0;
  };
  return trend.themes
    .filter((t) => t.points.some((p) => p.band === band && p.estimate.count > 0))
    .sort((a, b) => latestShare(b) - latestShare(a))
    .slice(0, limit);
}

const pointAt = (theme: ThemeTrend['themes'][number], waveId: string, band: Band): Point | undefined =>
  theme.points.find((p) => p.waveId === waveId && p.band === band);

export interface ThemeTrendChart {
  data: ChartData<'bar', (number | null)[], string>;
  flags: string[][];
}

/** Prevalence per theme (groups) and wave (bars) in one band, with the significance stars of each change from the previous wave. */
export function themeTrendData(trend: ThemeTrend, band: Band, limit = 8): ThemeTrendChart {
  const themes = themesInBand(trend, band, limit);
  return {
    data: {
      labels: themes.map((t) => t.label),
      datasets: trend.waves.map((w, i) => ({
        label: w.name,
        data: themes.map((t) => {
          const share = pointAt(t, w.id, band)?.estimate.share;
          return share == null ? null : Math.round(share * 1000) / 10;
        }),
        backgroundColor: WAVE_COLORS[Math.max(0, WAVE_COLORS.length - trend.waves.length + i)] ?? ACCENT,
      })),
    },
    flags: trend.waves.map((w) => themes.map((t) => pointAt(t, w.id, band)?.vsPrevious?.flag ?? '')),
  };
}

export const themeTrendOptions: ChartOptions<'bar'> = {
  responsive: true,
  maintainAspectRatio: false,
  animation: false,
  layout: { padding: { top: 18 } },
  scales: { y: { beginAtZero: true, title: { display: true, text: "% of the band's coded interviews" } } },
  plugins: { legend: { position: 'bottom' } },
};

/** Draws each bar's significance stars above it (chart.js has no labels of its own). */
export function starsPlugin(flags: () => string[][]): Plugin<'bar'> {
  return {
    id: 'significanceStars',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.fillStyle = '#1d2433';
      ctx.font = 'bold 13px system-ui, sans-serif';
      ctx.textAlign = 'center';
      flags().forEach((row, d) => {
        const meta = chart.getDatasetMeta(d);
        if (meta.hidden) return;
        row.forEach((flag, i) => {
          const bar = meta.data[i];
          if (flag && bar) ctx.fillText(flag, bar.x, bar.y - 4);
        });
      });
      ctx.restore();
    },
  };
}

export interface SignificantChange {
  key: string;
  label: string;
  from: string;
  to: string;
  text: string;
  flag: string;
}

/** "Slow dashboards: 12% of detractors in Q1 → 28% in Q3, p < 0.01 (adjusted)", for every flagged change in the band. */
export function significantChanges(trend: ThemeTrend, band: Band): SignificantChange[] {
  const names = new Map(trend.waves.map((w) => [w.id, w.name]));
  const order = new Map(trend.waves.map((w, i) => [w.id, i]));
  const changes: SignificantChange[] = [];
  for (const theme of trend.themes) {
    const points = theme.points.filter((p) => p.band === band).sort((a, b) => (order.get(a.waveId) ?? 0) - (order.get(b.waveId) ?? 0));
    points.forEach((p, i) => {
      const change = p.vsPrevious;
      const previous = points[i - 1];
      if (!change?.flag || !previous) return;
      const from = names.get(previous.waveId) ?? '';
      const to = names.get(p.waveId) ?? '';
      changes.push({
        key: `${theme.key}-${p.waveId}`,
        label: theme.label,
        from,
        to,
        flag: change.flag,
        text:
          `${theme.label}: ${pct(previous.estimate.share)} of ${BAND_LABELS[band].toLowerCase()} in ${from} → ` +
          `${pct(p.estimate.share)} in ${to}, ${pValue(change.adjustedPValue)} (adjusted)`,
      });
    });
  }
  return changes;
}
