/**
 * What a failed SMTP send means for the delivery row:
 * - `retry`: the server could not be reached or said "not now" (connection refused or lost,
 *   timeouts, 4xx, and 503 "bad sequence", which a new connection clears);
 * - `bounced`: the recipient does not exist (550/551/553, or any enhanced status 5.1.x): the
 *   address is suppressed for the workspace;
 * - `failed`: any other permanent refusal (5xx, e.g. 552 message too large, 554 or 5.7.x policy),
 *   or an error that retrying cannot fix (a message nodemailer cannot build).
 */
export type SmtpFailureKind = 'retry' | 'bounced' | 'failed';

export interface SmtpFailure {
  kind: SmtpFailureKind;
  /** The server's reply when there is one, else the client's error; stored as `last_error`. */
  detail: string;
}

interface SmtpErrorLike {
  code?: string;
  responseCode?: number;
  response?: string;
  message?: string;
}

const BOUNCE_CODES = new Set([550, 551, 553]);
/** Errors raised before any SMTP reply that retrying the same message cannot fix. */
const CLIENT_PERMANENT = new Set(['EMESSAGE', 'ESTREAM', 'ECONFIG', 'EENVELOPE', 'EMAXRECIPIENTS', 'EFILEACCESS', 'EURLACCESS']);

export function classifySmtpError(error: unknown): SmtpFailure {
  const e = (typeof error === 'object' && error !== null ? error : { message: String(error) }) as SmtpErrorLike;
  const detail = (e.response ?? e.message ?? 'unknown SMTP error').replace(/\s+/g, ' ').trim().slice(0, 500);
  const code = e.responseCode;
  if (code === undefined) return { kind: e.code && CLIENT_PERMANENT.has(e.code) ? 'failed' : 'retry', detail };
  if (code < 500 || code === 503) return { kind: 'retry', detail };
  // An enhanced status code (RFC 3463) is more precise than the basic one: 550 5.7.1 is a policy refusal, not a bounce.
  const enhanced = /^\d{3}[ -]([245])\.(\d{1,3})\.(\d{1,3})\b/.exec(e.response ?? '');
  if (enhanced) return { kind: enhanced[1] === '5' && enhanced[2] === '1' ? 'bounced' : 'failed', detail };
  return { kind: BOUNCE_CODES.has(code) ? 'bounced' : 'failed', detail };
}
