import type { QueueEscalationFragment } from '../../gql/graphql';

/** Specs only: one queued escalation, raised 30 s ago. */
export const escalation = (overrides: Partial<QueueEscalationFragment> = {}): QueueEscalationFragment => ({
  id: 'e1',
  reason: 'CHURN_RISK',
  quote: 'We will not renew in March.',
  status: 'OPEN',
  owner: null,
  ownerEmail: null,
  detectedBy: 'offline',
  createdAt: new Date(Date.now() - 30_000).toISOString(),
  updatedAt: new Date().toISOString(),
  sessionId: 's1',
  session: { id: 's1', status: 'ACTIVE', respondent: { id: 'r1', externalId: 'R-1001', score: 2, band: 'DETRACTOR', attributes: {} } },
  ...overrides,
});
