import { randomBytes } from 'node:crypto';
import type { InterviewTiming } from '@ladder/contracts';
import type pg from 'pg';
import type { Mailer } from '../mail/transport.js';
import { applySendWindows } from './apply-windows.js';
import type { DispatchTuning, MailSettings } from './dispatch-config.js';
import { countOutcomes, recordOutcomes, type Outcome, type OutcomeCounts } from './delivery-outcomes.js';
import { claimDue, loadContexts, nextDueAt } from './delivery-store.js';
import { expireUnopenedInvitations } from './expire-unopened.js';
import { prepareSessions } from './prepare-sessions.js';
import { sendBatch, type SendDeps } from './send-batch.js';

export interface DispatcherDeps extends Omit<SendDeps, 'now' | 'heartbeat' | 'record'> {
  pool: pg.Pool;
  mailer: Mailer;
  settings: MailSettings;
  tuning: DispatchTuning;
  timing: InterviewTiming;
  now?: () => Date;
  heartbeat?: () => void;
}

export interface DispatchResult extends OutcomeCounts {
  claimed: number;
  /** A full batch was claimed: more may be due right now. */
  more: boolean;
  /** How long the dispatcher may sleep before something falls due (capped by pollMaxMs). */
  waitMs: number;
}

/** The shortest sleep between passes when nothing was claimed, so rows locked by another transaction are not polled in a hot loop. */
const MIN_WAIT_MS = 500;

/**
 * One dispatch pass over the email outbox: expire mailed invitations nobody opened in time, claim due rows (with a lease), drop suppressed
 * addresses, hold automatic invitations outside their send window, create or reuse interview
 * sessions, send, and write every row's outcome (in groups, as the emails go out).
 */
export function createDispatcher(deps: DispatcherDeps) {
  const { pool, tuning } = deps;
  const now = deps.now ?? (() => new Date());
  const heartbeat = deps.heartbeat ?? (() => {});
  // Without a configured secret a reminder can only repeat the invitation's link when this process sent both.
  const linkSecret = deps.settings.linkSecret ?? randomBytes(32).toString('base64url');

  async function waitMs(): Promise<number> {
    const next = await nextDueAt(pool);
    if (!next) return tuning.pollMaxMs;
    return Math.min(tuning.pollMaxMs, Math.max(MIN_WAIT_MS, next.getTime() - now().getTime()));
  }

  return async function dispatch(limit: number): Promise<DispatchResult> {
    await expireUnopenedInvitations(pool);
    const claimed = await claimDue(pool, limit, tuning.leaseMs);
    let outcomes: Outcome[] = [];
    if (claimed.length) {
      let sending = false;
      try {
        const contexts = await loadContexts(pool, claimed);
        const suppressed: Outcome[] = contexts.filter((c) => c.suppressed).map((c) => ({ id: c.delivery.id, status: 'suppressed' }));
        const { allowed, deferred } = await applySendWindows(
          pool,
          contexts.filter((c) => !c.suppressed),
          now(),
        );
        const { ready, failed } = await prepareSessions(pool, allowed, { linkSecret, invitationTtlMs: deps.timing.invitationTtlMs });
        outcomes = [...suppressed, ...deferred, ...failed];
        await recordOutcomes(pool, outcomes);
        heartbeat();
        sending = true;
        const record = (chunk: Outcome[]) => recordOutcomes(pool, chunk);
        outcomes.push(...(await sendBatch(ready, { ...deps, now, heartbeat, record })));
      } catch (error) {
        // Nothing went out yet: hand the rows straight back rather than leaving them to their lease.
        if (!sending)
          await release(
            pool,
            claimed.map((c) => c.id),
          ).catch(() => undefined);
        throw error;
      }
    }
    return {
      claimed: claimed.length,
      ...countOutcomes(outcomes),
      more: claimed.length === limit,
      waitMs: claimed.length === limit ? 0 : await waitMs(),
    };
  };
}

async function release(pool: pg.Pool, ids: string[]): Promise<void> {
  await pool.query(`UPDATE email_delivery SET status = 'queued', lease_until = NULL WHERE id = ANY($1::uuid[]) AND status = 'sending'`, [
    ids,
  ]);
}
