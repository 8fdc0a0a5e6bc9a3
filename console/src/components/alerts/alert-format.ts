import type { ChartData, ChartOptions } from 'chart.js';
import { GraphQLRequestError, messageFor } from '../../api/client';
import type { AlertDirection, AlertFieldsFragment, AlertMetric, AlertStatus } from '../../gql/graphql';

export type AlertRow = AlertFieldsFragment;
export type StatusFilter = AlertStatus | 'ALL';

export const STATUS_FILTERS: readonly { value: StatusFilter; label: string }[] = [
  { value: 'FIRING', label: 'Firing' },
  { value: 'RESOLVED', label: 'Resolved' },
  { value: 'ALL', label: 'All' },
];
export const METRIC_LABELS: Record<AlertMetric, string> = { NPS: 'NPS', DETRACTOR_SHARE: 'Detractor share' };
export const DIRECTION_LABELS: Record<AlertDirection, string> = {
  WORSE: 'gets worse (NPS down, detractor share up)',
  BETTER: 'gets better',
  EITHER: 'changes either way',
};

/** Both metrics are in points: NPS from −100 to 100, detractor share as a percentage. */
const unit = (metric: AlertMetric): string => (metric === 'NPS' ? '' : '%');
const round1 = (x: number): string => (Math.round(x * 10) / 10).toFixed(Math.abs(x) >= 10 || Number.isInteger(x) ? 0 : 1);

export const formatMetric = (x: number, metric: AlertMetric): string => `${x < 0 ? '−' : ''}${round1(Math.abs(x))}${unit(metric)}`;
export const formatDelta = (x: number): string => `${x > 0 ? '+' : x < 0 ? '−' : '±'}${round1(Math.abs(x))} pts`;
export const formatInterval = (low: number, high: number): string => `${formatDelta(low)} to ${formatDelta(high)}`;

export function formatP(p: number): string {
  if (p < 0.001) return '< 0.001';
  return p < 0.01 ? p.toFixed(3) : p.toFixed(2);
}

const DATE_TIME = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
export const formatWhen = (iso: string | null | undefined, none = '—'): string => (iso ? DATE_TIME.format(new Date(iso)) : none);

/** The status filter as the `alerts` query's argument: null asks for every status. */
export const statusVariable = (filter: StatusFilter): AlertStatus | null => (filter === 'ALL' ? null : filter);
export const matchesFilter = (alert: Pick<AlertRow, 'status'>, filter: StatusFilter): boolean =>
  filter === 'ALL' || alert.status === filter;

/** A live alert merged into the list: replaces the same id in place, else goes on top (newest first). */
export function mergeAlert(list: readonly AlertRow[], alert: AlertRow): AlertRow[] {
  return list.some((a) => a.id === alert.id) ? list.map((a) => (a.id === alert.id ? alert : a)) : [alert, ...list];
}

/**
 * Who acknowledged, for a person: the API answers `api-key:<id>`; the key's name when the console
 * may list keys (admins), else the id's start.
 */
export function acknowledgedByLabel(by: string, keyNames: ReadonlyMap<string, string>): string {
  const id = /^api-key:(.+)$/.exec(by)?.[1];
  if (!id) return by;
  return keyNames.get(id) ?? `API key ${id.slice(0, 8)}…`;
}

export const VIEWER_CANNOT_WRITE =
  'Your API key can read alerts but not change them (viewer keys are read-only). ' +
  'Sign in with an analyst or admin key to acknowledge alerts and edit rules.';

export const isForbidden = (e: unknown): boolean => e instanceof GraphQLRequestError && e.code === 'FORBIDDEN';
export const alertError = (e: unknown): string => (isForbidden(e) ? VIEWER_CANNOT_WRITE : messageFor(e));

export interface OwnerProblem {
  /** Shown next to the address field: the API refused the address (BAD_USER_INPUT). */
  field?: string;
  /** Shown above the form: anything else, a viewer key's FORBIDDEN as for Acknowledge. */
  form?: string;
}

/** An assignment's error, by its code: a refused address goes by the field, the rest above it. */
export function ownerProblem(e: unknown): OwnerProblem {
  if (e instanceof GraphQLRequestError && e.code === 'BAD_USER_INPUT') return { field: e.message };
  return { form: alertError(e) };
}

type WhiskerData = ChartData<'bar' | 'line', (number | [number, number] | null)[], string>;
const ACCENT = '#3554d1';
const ACCENT_LIGHT = '#aebcf0';
const BASELINE = '#8a94a6';

/**
 * The segment's window against its baseline as a dot-and-whisker chart: a dot per side, and on the
 * window's row the 95% interval of the change laid on the baseline (baseline + [ciLow, ciHigh]),
 * so a whisker that does not reach the baseline's dot is a change the test trusts.
 */
export function alertChartData(alert: Pick<AlertRow, 'current' | 'baseline' | 'ciLow' | 'ciHigh' | 'n' | 'baselineN'>): WhiskerData {
  const interval: [number, number] = [alert.baseline + alert.ciLow, alert.baseline + alert.ciHigh];
  return {
    labels: [`Baseline (n=${alert.baselineN})`, `Current window (n=${alert.n})`],
    datasets: [
      {
        type: 'bar',
        label: '95% interval of the change',
        data: [null, interval],
        backgroundColor: ACCENT_LIGHT,
        barPercentage: 0.35,
        order: 2,
      },
      {
        type: 'line',
        label: 'Value',
        data: [alert.baseline, alert.current],
        showLine: false,
        pointRadius: 7,
        pointHoverRadius: 8,
        pointStyle: 'rectRot',
        pointBackgroundColor: [BASELINE, ACCENT],
        backgroundColor: ACCENT,
        borderColor: ACCENT,
        pointBorderColor: '#fff',
        indexAxis: 'y',
        order: 1,
      },
    ],
  };
}

export function alertChartOptions(metric: AlertMetric): ChartOptions<'bar'> {
  const nps = metric === 'NPS';
  return {
    indexAxis: 'y',
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    scales: {
      x: { min: nps ? -100 : 0, max: 100, title: { display: true, text: nps ? 'NPS (−100 to 100)' : 'Detractor share (%)' } },
    },
    plugins: { legend: { position: 'bottom' } },
  };
}
