import { Context } from '@temporalio/activity';
import type { InterviewTiming } from '@ladder/contracts';
import type pg from 'pg';
import type { Mailer } from '../mail/transport.js';
import type { DispatchTuning, MailSettings } from './dispatch-config.js';
import { createDispatcher, type DispatchResult } from './dispatcher.js';

/** The fielding dispatcher's email activity (survey comments are coded by comment-activities.ts). */
export interface FieldingActivities {
  /** Sends up to `limit` due emails; `more` when a full batch was due, `waitMs` until the next one falls due. */
  dispatchDueEmails(input: { limit: number }): Promise<DispatchResult>;
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
  };
}
