import { INTERVIEW_WORKFLOW, TASK_QUEUE, type InterviewTiming, type InterviewWorkflowInput } from '@ladder/contracts';
import { WorkflowExecutionAlreadyStartedError, type WorkflowClient } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { SessionStatus } from '../common/enums.js';
import { LadderError } from '../common/errors.js';
import { Respondent } from '../respondent/respondent.entity.js';
import { InterviewSession } from './interview-session.entity.js';

/** The shortest time a respondent who opens an invitation at its last minute still gets to answer. */
const MIN_TIME_TO_ANSWER_MS = 60_000;

/**
 * A mailed invitation's interview starts when its link is first opened, not when the email goes
 * out (most invitations are never opened; see the lazy-interviews migration). Called whenever a
 * link is used: starts the workflow once (its id is the session's, so two tabs opening together
 * start one), with what is left of the invitation's validity as the time to answer, and records
 * it. A link opened after the invitation lapsed reads as expired (the worker's fielding dispatcher
 * writes the status). Sessions started by `startInterview` already run: returned as they are.
 */
export async function openInvitation(
  db: DataSource,
  workflows: WorkflowClient,
  timing: InterviewTiming,
  session: InterviewSession,
): Promise<InterviewSession> {
  if (session.workflowStartedAt || session.status !== SessionStatus.INVITED) return session;
  const now = Date.now();
  const expiresAt = session.expiresAt?.getTime() ?? now + timing.invitationTtlMs;
  if (expiresAt <= now) return Object.assign(new InterviewSession(), session, { status: SessionStatus.EXPIRED });
  const respondent = await db.getRepository(Respondent).findOneByOrFail({ id: session.respondentId, workspaceId: session.workspaceId });
  const input: InterviewWorkflowInput = {
    sessionId: session.id,
    workspaceId: session.workspaceId,
    band: respondent.band,
    language: respondent.language,
    timing: { ...timing, invitationTtlMs: Math.max(MIN_TIME_TO_ANSWER_MS, expiresAt - now) },
  };
  try {
    await workflows.start(INTERVIEW_WORKFLOW, {
      taskQueue: TASK_QUEUE,
      workflowId: session.workflowId,
      args: [input],
      // A finished interview is never started again under its id.
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
    });
  } catch (error) {
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) {
      throw new LadderError('INTERVIEW_UNAVAILABLE', 'The interview service is unavailable; please try again shortly', undefined, error);
    }
  }
  await db.query(`UPDATE interview_session SET workflow_started_at = now() WHERE id = $1 AND workflow_started_at IS NULL`, [session.id]);
  return Object.assign(new InterviewSession(), session, { workflowStartedAt: new Date() });
}
