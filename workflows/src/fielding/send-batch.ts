import type { InterviewTiming } from '@ladder/contracts';
import { composeMessage, firstNameOf } from '../mail/compose.js';
import { chatUrl, unsubscribeUrl } from '../mail/links.js';
import { classifySmtpError, type SmtpFailure } from '../mail/smtp-failure.js';
import type { Mailer } from '../mail/transport.js';
import { limiter } from './concurrency.js';
import { backoffMs, retriesExhausted, type DispatchTuning, type MailSettings } from './dispatch-config.js';
import type { Outcome } from './delivery-outcomes.js';
import type { ReadyEmail } from './prepare-sessions.js';

export interface SendDeps {
  mailer: Mailer;
  settings: MailSettings;
  tuning: DispatchTuning;
  timing: InterviewTiming;
  now: () => Date;
  heartbeat: () => void;
  /** Writes outcomes; called every few emails, so a crash resends only what was in flight (see RECORD_EVERY). */
  record(outcomes: Outcome[]): Promise<void>;
}

/**
 * Outcomes are written in groups of this many as emails go out: a worker killed mid-batch leaves
 * at most this many sent-but-unrecorded rows (plus those in flight) to be sent again, not the batch.
 */
const RECORD_EVERY = 25;

const DAY_MS = 86_400_000;

/** A temporary failure goes back to the queue with a longer wait each time, until the retries add up to giveUpAfterMs. */
function retryOutcome(email: ReadyEmail, failure: SmtpFailure, deps: SendDeps): Outcome {
  const d = email.ctx.delivery;
  const attempts = d.attempts + 1;
  if (retriesExhausted(attempts, deps.tuning)) {
    return { id: d.id, status: 'failed', attempted: true, error: `gave up after ${attempts} attempts: ${failure.detail}` };
  }
  const dueAt = new Date(deps.now().getTime() + backoffMs(attempts, deps.tuning));
  return { id: d.id, status: 'queued', attempted: true, dueAt, error: failure.detail };
}

/**
 * Sends every ready email, a few at a time (an invitation's interview workflow starts when its
 * link is opened: see the API's open-invitation.ts). Each row gets its own outcome, so one refused
 * address never holds up the others; but once the server cannot be reached at all, the rest of the batch is not tried (each would wait for
 * its own connection timeout) and goes back to the queue with the same error. Returns every
 * outcome, all of them recorded.
 */
export async function sendBatch(ready: ReadyEmail[], deps: SendDeps): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  let pending: Outcome[] = [];
  let writes = Promise.resolve();
  // One write at a time, in order; a failed write fails the batch (its rows stay leased and are retried).
  const flush = () => {
    const chunk = pending;
    pending = [];
    if (chunk.length) writes = writes.then(() => deps.record(chunk));
    return writes;
  };
  const settle = async (outcome: Outcome) => {
    outcomes.push(outcome);
    pending.push(outcome);
    if (pending.length >= RECORD_EVERY) await flush();
  };
  const sendGate = limiter(deps.tuning.sendConcurrency);

  let unreachable: SmtpFailure | null = null;
  const deliver = async (email: ReadyEmail): Promise<Outcome> => {
    const d = email.ctx.delivery;
    if (unreachable) return retryOutcome(email, unreachable, deps);
    const message = composeMessage(
      {
        deliveryId: d.id,
        kind: d.kind,
        to: d.email,
        language: email.session.language ?? email.ctx.respondentLanguage,
        studyName: email.ctx.studyName,
        firstName: firstNameOf(email.ctx.attributes),
        chatUrl: chatUrl(deps.settings.publicUrl, email.chatToken),
        unsubscribeUrl: unsubscribeUrl(deps.settings.apiUrl, email.unsubscribeToken),
        validDays: Math.max(1, Math.round(deps.timing.invitationTtlMs / DAY_MS)),
        fromName: email.ctx.fromName,
        replyTo: email.ctx.replyTo,
      },
      deps.settings.from,
    );
    try {
      await deps.mailer.send(message);
      return { id: d.id, status: 'sent', messageId: String(message.messageId) };
    } catch (error) {
      const failure = classifySmtpError(error);
      if (failure.kind === 'bounced')
        return { id: d.id, status: 'bounced', error: failure.detail, workspaceId: d.workspaceId, email: d.email };
      if (failure.kind === 'failed') return { id: d.id, status: 'failed', attempted: true, error: failure.detail };
      if ((error as { responseCode?: number }).responseCode === undefined) unreachable = failure;
      return retryOutcome(email, failure, deps);
    }
  };

  await Promise.all(
    ready.map(async (email) => {
      const outcome = await sendGate(() => deliver(email));
      // Temporal throttles heartbeats itself; one per email keeps a slow batch visibly alive.
      deps.heartbeat();
      await settle(outcome);
    }),
  );
  await flush();
  return outcomes;
}
