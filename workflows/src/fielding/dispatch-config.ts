import type { MailAddress } from '../mail/compose.js';

/** The worker's mail settings (config.ts reads them from the environment). */
export interface MailSettings {
  /** `smtp://user:pass@host:port` or `smtps://…`; Mailpit on 127.0.0.1:1025 by default. */
  smtpUrl: string;
  /** Envelope and From address; a wave's sender name replaces the name only. */
  from: MailAddress;
  /** Base of chat links (`<publicUrl>/i/<token>`), the console's URL as the API uses it. */
  publicUrl: string;
  /** Base of one-click unsubscribe links (`<apiUrl>/unsubscribe/<token>`). */
  apiUrl: string;
  /**
   * Derives chat links, so a reminder repeats the invitation's link. Null: a random secret per
   * worker process, and a reminder sent by another process (or after a restart) re-issues the link.
   */
  linkSecret: string | null;
  /** SMTP connect, greeting and socket limits. */
  smtpTimeoutMs: number;
}

/** How the dispatcher paces itself; tests shorten the clocks. */
export interface DispatchTuning {
  /** Emails in flight at once (also the SMTP pool's connections). */
  sendConcurrency: number;
  /**
   * A claimed row nobody finished (a killed worker) is claimable again after this long. Only the
   * dispatcher workflow's one activity claims rows, and a live activity heartbeats (a dead one is
   * retried after 30 s), so the lease only has to outlast a dead worker's last batch.
   */
  leaseMs: number;
  /** Temporary SMTP failures wait retryBaseMs × 2^(attempts-1), at most retryMaxMs... */
  retryBaseMs: number;
  retryMaxMs: number;
  /** ...until the waits add up to this much: then the row is `failed`. */
  giveUpAfterMs: number;
  /** The longest the dispatcher sleeps when nothing is due (the API's wake signal usually comes first). */
  pollMaxMs: number;
}

export const DEFAULT_TUNING: DispatchTuning = {
  sendConcurrency: 8,
  leaseMs: 60_000,
  retryBaseMs: 1_000,
  retryMaxMs: 60_000,
  giveUpAfterMs: 24 * 3_600_000,
  pollMaxMs: 30_000,
};

type RetryTuning = Pick<DispatchTuning, 'retryBaseMs' | 'retryMaxMs' | 'giveUpAfterMs'>;

/** The wait after the `attempts`-th failed attempt (1 = the first). */
export const backoffMs = (attempts: number, t: RetryTuning): number =>
  Math.min(t.retryMaxMs, t.retryBaseMs * 2 ** Math.min(Math.max(attempts - 1, 0), 30));

/**
 * Whether a row has been retried long enough to give up. Measured as the sum of the waits its
 * attempts earned rather than from a timestamp: the row keeps no first-attempt time, and its
 * created_at can be days before its first attempt (a delayed or quiet-hours invitation).
 */
export function retriesExhausted(attempts: number, t: RetryTuning): boolean {
  let waited = 0;
  for (let k = 1; k <= attempts; k++) {
    const wait = backoffMs(k, t);
    if (wait === t.retryMaxMs) return waited + (attempts - k + 1) * wait >= t.giveUpAfterMs;
    waited += wait;
    if (waited >= t.giveUpAfterMs) return true;
  }
  return waited >= t.giveUpAfterMs;
}
