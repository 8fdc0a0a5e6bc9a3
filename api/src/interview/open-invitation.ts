import type { InterviewTiming } from '@ladder/contracts';
import type { WorkflowClient } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { SessionStatus } from '../common/enums.js';
import { Respondent } from '../respondent/respondent.entity.js';
import { InterviewSession } from './interview-session.entity.js';
import { remainingTiming, startInterviewWorkflow } from './interview-workflow.js';
import { enqueueInterviewStarted } from '../webhook-out/webhook-events.js';

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
  if ((session.expiresAt?.getTime() ?? Infinity) <= now)
    return Object.assign(new InterviewSession(), session, { status: SessionStatus.EXPIRED });
  const respondent = await db.getRepository(Respondent).findOneByOrFail({ id: session.respondentId, workspaceId: session.workspaceId });
  // A finished interview is never started again under its id.
  await startInterviewWorkflow(workflows, session, respondent, remainingTiming(timing, session.expiresAt, now), { rejectDuplicate: true });
  await db.transaction(async (em) => {
    const [, started]: [unknown, number] = await em.query(
      `UPDATE interview_session SET workflow_started_at = now() WHERE id = $1 AND workflow_started_at IS NULL`,
      [session.id],
    );
    // Once per interview, whichever tab recorded the start.
    if (started) await enqueueInterviewStarted(em, session.id, 'invitation');
  });
  return Object.assign(new InterviewSession(), session, { workflowStartedAt: new Date() });
}
