import { createHash, createHmac, randomBytes } from 'node:crypto';

/** Chat link tokens are this long: 192 bits of an HMAC, as strong as the API's random 24-byte tokens. */
const LINK_TOKEN_LENGTH = 32;

/**
 * The respondent's chat token for a session, derived rather than stored: the worker can mail the
 * same link again (the reminder) while the database keeps only its hash. Anyone holding the secret
 * can mint links, so it is a secret like a signing key.
 */
export const linkToken = (secret: string, sessionId: string): string =>
  createHmac('sha256', secret).update(`link:${sessionId}`, 'utf8').digest('base64url').slice(0, LINK_TOKEN_LENGTH);

/** What `interview_session.token_hash` and `email_delivery.unsubscribe_token_hash` hold: the API hashes the same way. */
export const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

/** One-click unsubscribe tokens are random and single-purpose: only their hash is stored, on the delivery row. */
export const newUnsubscribeToken = (): string => randomBytes(24).toString('base64url');

export const chatUrl = (publicUrl: string, token: string): string => `${publicUrl.replace(/\/$/, '')}/i/${token}`;
export const unsubscribeUrl = (apiUrl: string, token: string): string => `${apiUrl.replace(/\/$/, '')}/unsubscribe/${token}`;
