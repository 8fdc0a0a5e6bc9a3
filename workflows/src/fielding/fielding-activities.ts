import { Context } from '@temporalio/activity';
import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import { INTERVIEW_WORKFLOW, interviewWorkflowId, type InterviewTiming, type InterviewWorkflowInput } from '@ladder/contracts';
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
  /** Starts interview workflows for the sessions invitations create. */
  client: Client;
  /** The client shares this worker's connection, so interviews can start on it eagerly. */
  eagerStart?: boolean;
  taskQueue: string;
  settings: MailSettings;
  tuning: DispatchTuning;
  /** The clocks of the interviews invitations start. */
  timing: InterviewTiming;
}

/**
 * Starting an interview twice is harmless: the workflow id is the session's, so the second start
 * finds the first. A closed workflow is never started again under that id (REJECT_DUPLICATE): a
 * finished interview stays finished.
 */
export function interviewStarter(client: Client, taskQueue: string, eager = false) {
  return async (input: InterviewWorkflowInput): Promise<void> => {
    try {
      await client.workflow.start(INTERVIEW_WORKFLOW, {
        taskQueue,
        workflowId: interviewWorkflowId(input.sessionId),
        args: [input],
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
        // The server hands the interview's first task straight back to this worker: no round trip through
        // the task queue, which is most of what a start costs when thousands of invitations go out.
        requestEagerStart: eager,
      });
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    }
  };
}

export function createFieldingActivities(deps: FieldingActivityDeps): FieldingActivities {
  const dispatch = createDispatcher({
    ...deps,
    startInterview: interviewStarter(deps.client, deps.taskQueue, deps.eagerStart),
    // A long batch reports progress, so a worker that dies mid-batch is noticed by its heartbeat timeout, not the whole timeout.
    heartbeat: () => Context.current().heartbeat(),
  });
  return {
    dispatchDueEmails: ({ limit }) => dispatch(limit),
  };
}
