import type { WebhookDeliveryRow, WebhookEndpointRow } from './webhook-format';

/** Specs only: an endpoint and a delivery as the API lists them. */
export const endpoint = (over: Partial<WebhookEndpointRow> = {}): WebhookEndpointRow => ({
  id: 'e1',
  url: 'https://crm.example.com/hooks/ladder',
  description: 'CRM sync',
  events: ['INTERVIEW_COMPLETED', 'ALERT_FIRED'],
  enabled: true,
  disabledReason: null,
  disabledAt: null,
  failingSince: null,
  createdAt: '2026-12-07T08:00:00.000Z',
  ...over,
});

export const delivery = (over: Partial<WebhookDeliveryRow> = {}): WebhookDeliveryRow => ({
  id: 'd1',
  eventId: 'evt-1',
  eventType: 'ALERT_FIRED',
  status: 'DELIVERED',
  attempts: 1,
  nextAttemptAt: null,
  lastAttemptAt: '2026-12-07T09:00:00.000Z',
  statusCode: 200,
  latencyMs: 42,
  responseBody: '{"ok":true}',
  error: null,
  deliveredAt: '2026-12-07T09:00:00.000Z',
  replayOf: null,
  createdAt: '2026-12-07T09:00:00.000Z',
  ...over,
});
