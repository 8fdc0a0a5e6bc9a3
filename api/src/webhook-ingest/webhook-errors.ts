import type { Response } from 'express';
import { LadderError, type ErrorCode } from '../common/errors.js';
import type { IngestItemError } from '../ingest/ingest-response.js';

/** Every code `POST /ingest/<source>/<waveId>` answers with, and its HTTP status. */
const STATUS = {
  INVALID_PAYLOAD: 400,
  INVALID_SIGNATURE: 401,
  STALE_TIMESTAMP: 401,
  INGEST_TARGET_NOT_FOUND: 404,
  INGEST_REPLAYED: 409,
  WAVE_CLOSED: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL_SERVER_ERROR: 500,
} as const satisfies Partial<Record<ErrorCode, number>>;
export type WebhookCode = keyof typeof STATUS;

/** A refused delivery: nothing was written. */
export class WebhookFailure extends Error {
  constructor(
    readonly code: WebhookCode,
    message: string,
    readonly items?: IngestItemError[],
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'WebhookFailure';
  }
}

/** Unknown wave, a wave of no one this secret belongs to, a source not configured: one answer, so waves cannot be probed. */
export const targetNotFound = () => new WebhookFailure('INGEST_TARGET_NOT_FOUND', 'No webhook source is configured at this URL');

/** The ingest service's domain errors as the route's codes; anything else is ours (500, logged). */
function asFailure(error: unknown): WebhookFailure {
  if (error instanceof WebhookFailure) return error;
  if (error instanceof LadderError) {
    switch (error.code) {
      case 'WAVE_NOT_FOUND': // deleted between the lookup and the write
        return targetNotFound();
      case 'WAVE_CLOSED':
      case 'INGEST_REPLAYED':
        return new WebhookFailure(error.code, error.message);
      case 'INGEST_BATCH_TOO_LARGE':
      case 'BAD_USER_INPUT':
        return new WebhookFailure('INVALID_PAYLOAD', error.message);
    }
  }
  console.error('webhook ingest failed: %s', error instanceof Error ? error.stack : error);
  return new WebhookFailure('INTERNAL_SERVER_ERROR', 'Internal server error');
}

/** `{ error: { code, message, items? } }` with the code's status (and Retry-After when rate limited). */
export function sendFailure(res: Response, error: unknown): void {
  const failure = asFailure(error);
  if (failure.retryAfterSeconds !== undefined) res.set('Retry-After', String(failure.retryAfterSeconds));
  const body = { code: failure.code, message: failure.message, ...(failure.items?.length ? { items: failure.items } : {}) };
  res.status(STATUS[failure.code]).set('cache-control', 'no-store').json({ error: body });
}
