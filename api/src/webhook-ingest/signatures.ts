import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Signature schemes of inbound webhooks. Both are HMAC-SHA256 over the raw request bytes, checked
 * before the body is parsed and compared in constant time. The signature is checked before the
 * timestamp, so a caller without the secret only ever learns "invalid signature".
 */

/** Standard Webhooks allows this much clock difference either way (its reference libraries use 5 minutes). */
export const TIMESTAMP_TOLERANCE_MS = 5 * 60_000;

const STANDARD_PREFIX = 'whsec_';
const DIGEST_BYTES = 32;

export type SignatureCheck = { ok: true } | { ok: false; reason: 'signature' | 'timestamp' };

/** `whsec_<base64 of 32 random bytes>`: the secret format Standard Webhooks libraries accept as is. */
export function generateStandardSecret(): string {
  return STANDARD_PREFIX + randomBytes(DIGEST_BYTES).toString('base64');
}

/** Typeform takes any string as a webhook secret and uses its bytes as the HMAC key; 32 random bytes, URL-safe. */
export function generateTypeformSecret(): string {
  return randomBytes(DIGEST_BYTES).toString('base64url');
}

/** Compares a received base64 digest with the expected one in constant time (length first: timingSafeEqual needs equal lengths). */
function sameDigest(receivedBase64: string, expected: Buffer): boolean {
  const received = Buffer.from(receivedBase64, 'base64');
  return received.length === expected.length && timingSafeEqual(received, expected);
}

export interface StandardHeaders {
  id: string | undefined;
  timestamp: string | undefined;
  signature: string | undefined;
}

/**
 * Standard Webhooks: `webhook-signature` holds one or more space-separated `v1,<base64>` values
 * (several while the sender rotates keys), each an HMAC-SHA256 keyed with the base64-decoded
 * secret over `<webhook-id>.<webhook-timestamp>.<raw body>`. The timestamp (Unix seconds) must be
 * within 5 minutes of now, either way.
 */
export function verifyStandardWebhook(secret: string, headers: StandardHeaders, body: Buffer, now = Date.now()): SignatureCheck {
  const { id, timestamp, signature } = headers;
  if (!id || !timestamp || !signature || !/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'signature' };
  const key = Buffer.from(secret.startsWith(STANDARD_PREFIX) ? secret.slice(STANDARD_PREFIX.length) : secret, 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.`).update(body).digest();
  const matches = signature
    .split(' ')
    .map((candidate) => candidate.split(','))
    .some(([version, value]) => version === 'v1' && value !== undefined && sameDigest(value, expected));
  if (!matches) return { ok: false, reason: 'signature' };
  return isFresh(Number(timestamp) * 1000, now, TIMESTAMP_TOLERANCE_MS) ? { ok: true } : { ok: false, reason: 'timestamp' };
}

/** Typeform: `Typeform-Signature: sha256=<base64 HMAC-SHA256(secret, raw body)>`, the secret's UTF-8 bytes as key. */
export function verifyTypeformSignature(secret: string, header: string | undefined, body: Buffer): boolean {
  if (!header?.startsWith('sha256=')) return false;
  const expected = createHmac('sha256', secret).update(body).digest();
  return sameDigest(header.slice('sha256='.length), expected);
}

/** True when `at` is at most `maxAgeMs` in the past and at most the tolerance in the future (clock skew). */
export function isFresh(at: number, now: number, maxAgeMs: number): boolean {
  return Number.isFinite(at) && now - at <= maxAgeMs && at - now <= TIMESTAMP_TOLERANCE_MS;
}
