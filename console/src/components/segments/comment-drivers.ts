import type { ChartData, ChartOptions, TooltipItem } from 'chart.js';
import type { CommentDriversQuery } from '../../gql/graphql';
import { GREY, pct } from '../insights/format';

export type CommentDriverSummary = CommentDriversQuery['commentDrivers'];
export type CommentDriver = CommentDriverSummary['drivers'][number];
type DriverChartData = ChartData<'bar', (number | [number, number])[], string>;

const ACCENT_LIGHT = '#aebcf0';
const INK = '#1d2433';

export const driverLabel = (d: CommentDriver): string => `${d.driver.label} (n=${d.count})`;

/**
 * Each driver's share of the coded comments as a horizontal bar, with its 95% Wilson interval drawn
 * over it as a thin floating bar (both in % of coded comments). Not grouped, so the interval sits on
 * its share's bar instead of beside it. A small sample greys the bars, as on the segment chart.
 */
export function driverChartData(summary: CommentDriverSummary): DriverChartData {
  const { drivers, smallSample } = summary;
  return {
    labels: drivers.map(driverLabel),
    datasets: [
      {
        label: 'Share of coded comments',
        data: drivers.map((d) => d.share * 100),
        backgroundColor: smallSample ? GREY : ACCENT_LIGHT,
        grouped: false,
        barPercentage: 0.6,
        // Drawn first (higher order): the interval lies on top of it.
        order: 2,
      },
      {
        label: '95% interval',
        data: drivers.map((d) => [d.ciLow * 100, d.ciHigh * 100]),
        backgroundColor: INK,
        grouped: false,
        barPercentage: 0.12,
        order: 1,
      },
    ],
  };
}

/** The axis ends at the next 10% above the widest interval: small shares stay readable, 100% is the limit. */
export const shareAxisMax = (drivers: readonly CommentDriver[]): number =>
  Math.min(100, Math.ceil(Math.max(0, ...drivers.map((d) => d.ciHigh * 100)) / 10) * 10 || 10);

/** The tooltip of a driver names its share, interval and negative comments, whichever bar is hovered. */
const tooltipLabel = (drivers: readonly CommentDriver[]) => (item: TooltipItem<'bar'>) => {
  const d = drivers[item.dataIndex];
  return d ? `${pct(d.share, 1)} (95%: ${pct(d.ciLow, 1)} to ${pct(d.ciHigh, 1)}), ${d.negative} of ${d.count} negative` : '';
};

export function driverChartOptions(drivers: readonly CommentDriver[]): ChartOptions<'bar'> {
  return {
    indexAxis: 'y',
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    scales: { x: { min: 0, max: shareAxisMax(drivers), title: { display: true, text: '% of coded comments' } } },
    plugins: {
      legend: { position: 'bottom' },
      // One line per hovered row (both bars of a driver share it), wherever along the row the pointer is.
      tooltip: {
        mode: 'index',
        axis: 'y',
        intersect: false,
        filter: (item) => item.datasetIndex === 0,
        callbacks: { label: tooltipLabel(drivers) },
      },
    },
  };
}

/** One line for the figures above the chart: how much of the selection the drivers rest on. */
export function codedSummary(s: CommentDriverSummary): string {
  const pending = s.commented - s.coded;
  const parts = [`${s.coded} of ${s.commented} comment${s.commented === 1 ? '' : 's'} coded`];
  if (pending > 0) parts.push(`${pending} waiting for the coder`);
  if (s.withoutDriver > 0) parts.push(`${s.withoutDriver} name no driver`);
  return parts.join(' · ');
}
