import { Context } from '@temporalio/activity';
import type { InterviewTiming } from '@ladder/contracts';
import type pg from 'pg';
import type { Mailer } from '../mail/transport.js';
import type { DispatchTuning, MailSettings } from './dispatch-config.js';
import { createDispatcher, type DispatchResult } from './dispatcher.js';
import { sendDueOwnerNotifications, type OwnerMailResult } from '../owners/owner-mail.js';

/** The fielding dispatcher's email activity (survey comments are coded by comment-activities.ts). */
export interface FieldingActivities {
  /** Sends up to `limit` due emails; `more` when a full batch was due, `waitMs` until the next one falls due. */
  dispatchDueEmails(input: { limit: number }): Promise<DispatchResult>;
  /** Sends the owners' due alert and escalation emails (one per recipient), up to `limit` recipients. */
  sendOwnerNotifications(input: { limit: number }): Promise<OwnerMailResult>;
}

export interface FieldingActivityDeps {
  pool: pg.Pool;
  mailer: Mailer;
  settings: MailSettings;
  tuning: DispatchTuning;
  /** The clocks of the interviews invitations start. */
  timing: InterviewTiming;
}

export function createFieldingActivities(deps: FieldingActivityDeps): FieldingActivities {
  const dispatch = createDispatcher({
    ...deps,
    // A long batch reports progress, so a worker that dies mid-batch is noticed by its heartbeat timeout, not the whole timeout.
    heartbeat: () => Context.current().heartbeat(),
  });
  return {
    dispatchDueEmails: ({ limit }) => dispatch(limit),
    sendOwnerNotifications: ({ limit }) =>
      sendDueOwnerNotifications({ pool: deps.pool, mailer: deps.mailer, settings: deps.settings, leaseMs: deps.tuning.leaseMs }, limit),
  };
}
