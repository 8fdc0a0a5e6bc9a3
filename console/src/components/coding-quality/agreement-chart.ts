import type { ChartData, ChartOptions } from 'chart.js';
import type { AgreementRunFieldsFragment } from '../../gql/graphql';
import { cssColor } from '../charts/palette';

export type AgreementRun = AgreementRunFieldsFragment;

export const kappaText = (k: number | null | undefined): string => (k === null || k === undefined ? 'undefined' : k.toFixed(2));
export const percentText = (p: number | null | undefined): string => (p === null || p === undefined ? '—' : `${Math.round(p * 100)}%`);

/** The newest completed run (the history comes newest first); null before any. */
export const lastCompleted = (runs: readonly AgreementRun[]): AgreementRun | null => runs.find((r) => r.status === 'COMPLETED') ?? null;

/** Drivers with a kappa first (lowest first: where the coder disagrees most), then those where it is undefined. */
export function driversByKappa(run: AgreementRun): AgreementRun['drivers'] {
  return [...run.drivers].sort((a, b) => (a.kappa ?? Infinity) - (b.kappa ?? Infinity) || a.driver.label.localeCompare(b.driver.label));
}

const round2 = (x: number | null) => (x === null ? null : Math.round(x * 100) / 100);

/**
 * Kappa per driver as horizontal bars, those below the threshold in the detractor colour, with the
 * threshold drawn as a dashed line across every driver (a dataset, so the table lists it too).
 */
export function driverKappaData(run: AgreementRun): ChartData<'bar' | 'line', (number | null)[], string> {
  const drivers = driversByKappa(run);
  const below = cssColor('--detractor');
  const above = cssColor('--series-1');
  return {
    labels: drivers.map((d) => d.driver.label),
    datasets: [
      {
        type: 'bar',
        label: "Cohen's kappa",
        data: drivers.map((d) => round2(d.kappa ?? null)),
        backgroundColor: drivers.map((d) => (d.kappa !== null && d.kappa !== undefined && d.kappa < run.threshold ? below : above)),
      },
      {
        type: 'line',
        label: `Threshold ${run.threshold}`,
        data: drivers.map(() => run.threshold),
        borderColor: cssColor('--ink'),
        borderDash: [6, 4],
        borderWidth: 2,
        pointRadius: 0,
      },
    ],
  };
}

export const driverKappaOptions: ChartOptions<'bar'> = {
  responsive: true,
  maintainAspectRatio: false,
  animation: false,
  indexAxis: 'y',
  scales: { x: { min: -0.2, max: 1, title: { display: true, text: "Cohen's kappa" } } },
  plugins: { legend: { position: 'bottom' } },
};

/** Height of the driver chart: room for every driver's bar. */
export const driverChartHeight = (drivers: number) => Math.max(180, 60 + drivers * 26);

/** The completed runs oldest first: overall kappa and percent agreement over time, with the threshold in force. */
export function historyData(runs: readonly AgreementRun[]): ChartData<'line', (number | null)[], string> {
  const done = runs.filter((r) => r.status === 'COMPLETED').reverse();
  return {
    labels: done.map((r) =>
      new Date(r.finishedAt ?? r.createdAt).toLocaleDateString(undefined, {
        month: 'short',
        day: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
      }),
    ),
    datasets: [
      {
        label: "Cohen's kappa",
        data: done.map((r) => round2(r.kappa ?? null)),
        borderColor: cssColor('--series-1'),
        backgroundColor: cssColor('--series-1'),
        borderWidth: 3,
        pointRadius: 4,
      },
      {
        label: 'Percent agreement',
        data: done.map((r) => round2(r.percentAgreement ?? null)),
        borderColor: cssColor('--series-3'),
        backgroundColor: cssColor('--series-3'),
        pointRadius: 3,
      },
      {
        label: 'Threshold',
        data: done.map((r) => r.threshold),
        borderColor: cssColor('--ink'),
        borderDash: [6, 4],
        borderWidth: 2,
        pointRadius: 0,
      },
    ],
  };
}

export const historyOptions: ChartOptions<'line'> = {
  responsive: true,
  maintainAspectRatio: false,
  animation: false,
  scales: { y: { min: 0, max: 1, title: { display: true, text: 'Agreement (kappa, share)' } } },
  plugins: { legend: { position: 'bottom' } },
};

/** The runs' status line while one is under way or after it ends. */
export function runStatusText(run: AgreementRun): string {
  if (run.status === 'RUNNING') return `Re-coding ${run.n} golden transcripts with the ${run.coder.toLowerCase()} coder…`;
  if (run.status === 'FAILED') return `The run failed${run.error ? `: ${run.error}` : ''}.`;
  return `Done: kappa ${kappaText(run.kappa)}, ${percentText(run.percentAgreement)} agreement on ${run.n} transcripts.`;
}
