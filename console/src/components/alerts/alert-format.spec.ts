import { describe, expect, it } from 'vitest';
import { alertRow } from './alert.fixture';
import {
  acknowledgedByLabel,
  alertChartData,
  alertChartOptions,
  formatDelta,
  formatInterval,
  formatMetric,
  formatP,
  matchesFilter,
  mergeAlert,
  statusVariable,
} from './alert-format';

describe('alert figures', () => {
  it('writes changes signed, in points, and metrics in their unit', () => {
    expect(formatDelta(-32.54)).toBe('−33 pts');
    expect(formatDelta(4.26)).toBe('+4.3 pts');
    expect(formatDelta(0)).toBe('±0 pts');
    expect(formatInterval(-48.2, -16.8)).toBe('−48 pts to −17 pts');
    expect(formatMetric(-12.5, 'NPS')).toBe('−13');
    expect(formatMetric(4.44, 'NPS')).toBe('4.4');
    expect(formatMetric(31.25, 'DETRACTOR_SHARE')).toBe('31%');
    expect(formatP(0.0004)).toBe('< 0.001');
    expect(formatP(0.0042)).toBe('0.004');
    expect(formatP(0.2)).toBe('0.20');
  });

  it('filters by status, null meaning every status', () => {
    expect(statusVariable('ALL')).toBeNull();
    expect(statusVariable('FIRING')).toBe('FIRING');
    expect(matchesFilter(alertRow({ status: 'RESOLVED' }), 'FIRING')).toBe(false);
    expect(matchesFilter(alertRow({ status: 'RESOLVED' }), 'ALL')).toBe(true);
  });

  it('puts a new live alert on top and replaces a known one in place', () => {
    const list = [alertRow({ id: 'a1' }), alertRow({ id: 'a2' })];
    expect(mergeAlert(list, alertRow({ id: 'a3' })).map((a) => a.id)).toEqual(['a3', 'a1', 'a2']);
    const merged = mergeAlert(list, alertRow({ id: 'a2', acknowledgedBy: 'Ops' }));
    expect(merged.map((a) => [a.id, a.acknowledgedBy])).toEqual([
      ['a1', null],
      ['a2', 'Ops'],
    ]);
  });

  it('names who acknowledged by the key name when known, else the id start', () => {
    const names = new Map([['0f5c2a7e-1111-2222-3333-444455556666', 'Ops lead']]);
    expect(acknowledgedByLabel('api-key:0f5c2a7e-1111-2222-3333-444455556666', names)).toBe('Ops lead');
    expect(acknowledgedByLabel('api-key:9a9b9c9d-1111-2222-3333-444455556666', names)).toBe('API key 9a9b9c9d…');
    expect(acknowledgedByLabel('someone', names)).toBe('someone');
  });

  it("draws the change's interval on the window's row, laid on the baseline", () => {
    const data = alertChartData(alertRow({ baseline: 20, current: -12.5, ciLow: -48, ciHigh: -17, n: 48, baselineN: 120 }));
    expect(data.labels).toEqual(['Baseline (n=120)', 'Current window (n=48)']);
    expect(data.datasets[0].data).toEqual([null, [-28, 3]]);
    expect(data.datasets[1].data).toEqual([20, -12.5]);
    expect(alertChartOptions('NPS').scales?.x?.min).toBe(-100);
    expect(alertChartOptions('DETRACTOR_SHARE').scales?.x?.min).toBe(0);
  });
});
