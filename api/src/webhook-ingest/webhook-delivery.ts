import type { IncomingHttpHeaders } from 'node:http';
import { parseGenericPayload } from './generic-payload.js';
import type { IngestMapping, TypeformMapping } from './ingest-mapping.js';
import { isFresh, TIMESTAMP_TOLERANCE_MS, verifyStandardWebhook, verifyTypeformSignature } from './signatures.js';
import { mapTypeformResponse, parseTypeformPayload } from './typeform-payload.js';
import { WebhookFailure } from './webhook-errors.js';
import type { IngestResponse } from '../ingest/ingest-response.js';

/** A delivery whose signature was checked. */
export interface AuthenticDelivery {
  /**
   * Parses and maps the body: the responses and the delivery id, the replay guard's key
   * (webhook-id, or Typeform's event_id). Throws INVALID_PAYLOAD or, for Typeform, STALE_TIMESTAMP.
   */
  read(): { deliveryId: string; responses: IngestResponse[] };
}

const header = (headers: IncomingHttpHeaders, name: string): string | undefined => {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
};

const invalidSignature = () => new WebhookFailure('INVALID_SIGNATURE', 'The signature does not match this URL’s secret and the body');
const stale = (what: string) =>
  new WebhookFailure('STALE_TIMESTAMP', `${what} is more than the allowed minutes away from now; re-send it with a fresh signature`);

/** Strict UTF-8 (a BOM is dropped): invalid bytes are refused rather than stored as U+FFFD. */
function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
  } catch {
    throw new WebhookFailure('INVALID_PAYLOAD', 'The body is not valid JSON in UTF-8');
  }
}

function genericDelivery(secret: string, headers: IncomingHttpHeaders, body: Buffer, now: number): AuthenticDelivery {
  const id = header(headers, 'webhook-id');
  const check = verifyStandardWebhook(
    secret,
    { id, timestamp: header(headers, 'webhook-timestamp'), signature: header(headers, 'webhook-signature') },
    body,
    now,
  );
  if (!check.ok) throw check.reason === 'timestamp' ? stale('webhook-timestamp') : invalidSignature();
  return {
    read() {
      if (id!.length > 200) throw new WebhookFailure('INVALID_PAYLOAD', 'webhook-id is longer than 200 characters');
      const parsed = parseGenericPayload(parseJson(body));
      if (!parsed.ok) throw new WebhookFailure('INVALID_PAYLOAD', parsed.message, parsed.items);
      return { deliveryId: id!, responses: parsed.responses };
    },
  };
}

/**
 * Typeform signs no timestamp header; the freshness rule applies to the signed
 * `form_response.submitted_at` instead: at most `toleranceMinutes` (default 5) old, at most 5
 * minutes ahead. Typeform's retries keep `submitted_at`, so a retry after a longer outage is
 * refused unless the wave's mapping allows more (docs/ingest-webhooks.md).
 */
function typeformDelivery(
  secret: string,
  mapping: TypeformMapping,
  headers: IncomingHttpHeaders,
  body: Buffer,
  now: number,
): AuthenticDelivery {
  if (!verifyTypeformSignature(secret, header(headers, 'typeform-signature'), body)) throw invalidSignature();
  return {
    read() {
      const parsed = parseTypeformPayload(parseJson(body));
      if (!parsed.ok) throw new WebhookFailure('INVALID_PAYLOAD', parsed.message);
      const maxAge = (mapping.toleranceMinutes ?? TIMESTAMP_TOLERANCE_MS / 60_000) * 60_000;
      if (!isFresh(Date.parse(parsed.payload.form_response.submitted_at), now, maxAge)) throw stale('form_response.submitted_at');
      const mapped = mapTypeformResponse(parsed.payload, mapping);
      if (!mapped.ok) throw new WebhookFailure('INVALID_PAYLOAD', 'The response cannot be ingested; nothing was written', mapped.items);
      return { deliveryId: parsed.payload.event_id, responses: [mapped.response] };
    },
  };
}

/** Checks the signature over the raw body, before anything of the body is parsed. */
export function authenticate(
  target: IngestMapping & { secret: string },
  headers: IncomingHttpHeaders,
  body: Buffer,
  now: number,
): AuthenticDelivery {
  return target.source === 'generic'
    ? genericDelivery(target.secret, headers, body, now)
    : typeformDelivery(target.secret, target.mapping, headers, body, now);
}
