import { createHmac } from 'node:crypto';

/**
 * The Standard Webhooks signature of one request: HMAC-SHA256 over "id.timestamp.body" keyed by
 * the secret's bytes (the base64 after `whsec_`), sent as `webhook-signature: v1,<base64>`.
 */
export function signWebhook(secret: string, id: string, timestampSeconds: number, body: string): string {
  const key = Buffer.from(secret.startsWith('whsec_') ? secret.slice('whsec_'.length) : secret, 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestampSeconds}.${body}`, 'utf8').digest('base64')}`;
}

/** The headers of one attempt: the message id stays the event's on every retry and replay, so receivers can drop duplicates. */
export function webhookHeaders(secret: string, id: string, timestampSeconds: number, body: string): Record<string, string> {
  return {
    'content-type': 'application/json',
    'user-agent': 'Ladder-Webhooks/1',
    'webhook-id': id,
    'webhook-timestamp': String(timestampSeconds),
    'webhook-signature': signWebhook(secret, id, timestampSeconds, body),
  };
}
