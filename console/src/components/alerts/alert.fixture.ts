import type { AlertRow } from './alert-format';
import type { AlertRuleRow } from './rule-form';

/** Specs only: an alert as the API answers it. */
export const alertRow = (over: Partial<AlertRow> = {}): AlertRow => ({
  id: 'a1',
  ruleId: 'r1',
  rule: { id: 'r1', name: 'Region NPS drop', direction: 'WORSE' },
  segment: {
    key: [{ attribute: 'region', value: 'EMEA' }],
    label: 'region=EMEA',
  },
  metric: 'NPS',
  status: 'FIRING',
  current: -12.5,
  baseline: 20,
  delta: -32.5,
  ciLow: -48.2,
  ciHigh: -16.8,
  pValue: 0.0004,
  n: 48,
  baselineN: 120,
  windowStart: '2026-11-30T09:00:00.000Z',
  windowEnd: '2026-12-07T09:00:00.000Z',
  baselineStart: '2026-11-02T09:00:00.000Z',
  baselineEnd: '2026-11-30T09:00:00.000Z',
  firedAt: '2026-12-07T08:00:00.000Z',
  resolvedAt: null,
  acknowledgedAt: null,
  acknowledgedBy: null,
  ownerEmail: null,
  ...over,
});

export const ruleRow = (over: Partial<AlertRuleRow> = {}): AlertRuleRow => ({
  id: 'r1',
  name: 'Region NPS drop',
  metric: 'NPS',
  direction: 'WORSE',
  groupBy: ['region'],
  window: { days: 7 },
  baseline: { days: 28, previousWave: false },
  minN: 30,
  minDelta: 10,
  level: 0.05,
  enabled: true,
  lastEvaluatedAt: null,
  ownerEmail: null,
  ...over,
});
