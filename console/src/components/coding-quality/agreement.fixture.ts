import type { AgreementRun } from './agreement-chart';

/** Specs only: an agreement run with three drivers (one under the threshold, one whose kappa is undefined). */
export const agreementRun = (overrides: Partial<AgreementRun> = {}): AgreementRun => ({
  id: 'run-1',
  status: 'COMPLETED',
  trigger: 'MANUAL',
  coder: 'OFFLINE',
  model: null,
  promptVersion: 'offline-3',
  n: 12,
  percentAgreement: 0.95,
  kappa: 0.82,
  threshold: 0.7,
  belowThreshold: false,
  error: null,
  createdAt: '2026-12-06T10:00:00.000Z',
  finishedAt: '2026-12-06T10:00:05.000Z',
  taxonomyVersion: 1,
  drivers: [
    {
      driver: { key: 'pricing_value', label: 'Pricing and value' },
      kappa: 0.9,
      percentAgreement: 0.97,
      goldenCount: 4,
      recodeCount: 4,
      bothCount: 4,
    },
    { driver: { key: 'support', label: 'Support' }, kappa: 0.55, percentAgreement: 0.83, goldenCount: 3, recodeCount: 2, bothCount: 2 },
    { driver: { key: 'trust', label: 'Trust' }, kappa: null, percentAgreement: 1, goldenCount: 0, recodeCount: 0, bothCount: 0 },
  ],
  ...overrides,
});
