import { INTERVIEW_WORKFLOW, TASK_QUEUE, type InterviewTiming, type InterviewWorkflowInput } from '@ladder/contracts';
import { WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError, type WorkflowClient } from '@temporalio/client';
import { SessionStatus, type Band } from '../common/enums.js';
import { LadderError } from '../common/errors.js';
import type { InterviewSession } from './interview-session.entity.js';

/** The shortest time a respondent who opens an invitation at its last minute still gets to answer. */
const MIN_TIME_TO_ANSWER_MS = 60_000;

type SessionRef = Pick<InterviewSession, 'id' | 'workspaceId' | 'workflowId' | 'expiresAt'>;
interface RespondentRef {
  band: Band;
  language: string | null;
}

/** The interview's clocks, with what is left of the invitation's validity as the time to answer. */
export function remainingTiming(timing: InterviewTiming, expiresAt: Date | null, now = Date.now()): InterviewTiming {
  const left = (expiresAt?.getTime() ?? now + timing.invitationTtlMs) - now;
  return { ...timing, invitationTtlMs: Math.max(MIN_TIME_TO_ANSWER_MS, left) };
}

/**
 * Starts a session's interview workflow. Its id is the session's, so a workflow that already
 * has it (a second tab, a retried request, the worker's orphan sweep) counts as started: the
 * caller goes on as if this call had started it. Any other failure is INTERVIEW_UNAVAILABLE.
 * `REJECT_DUPLICATE` keeps a finished interview from being started again under its id.
 */
export async function startInterviewWorkflow(
  workflows: WorkflowClient,
  session: SessionRef,
  respondent: RespondentRef,
  timing: InterviewTiming,
  options: { rejectDuplicate?: boolean } = {},
): Promise<'started' | 'already-started'> {
  const input: InterviewWorkflowInput = {
    sessionId: session.id,
    workspaceId: session.workspaceId,
    band: respondent.band,
    language: respondent.language,
    timing,
  };
  try {
    await workflows.start(INTERVIEW_WORKFLOW, {
      taskQueue: TASK_QUEUE,
      workflowId: session.workflowId,
      args: [input],
      ...(options.rejectDuplicate ? { workflowIdReusePolicy: 'REJECT_DUPLICATE' as const } : {}),
    });
    return 'started';
  } catch (error) {
    if (error instanceof WorkflowExecutionAlreadyStartedError) return 'already-started';
    throw new LadderError('INTERVIEW_UNAVAILABLE', 'The interview service is unavailable; please try again shortly', undefined, error);
  }
}

/**
 * Re-issuing a link checks that the interview it leads to runs: an invited session whose
 * workflow Temporal does not know (its start was lost) gets it started, with what is left of the
 * invitation's validity. A session already answered cannot be resumed by a new workflow (the
 * transcript is in the database, the moderator's state was in the lost one): the worker's orphan
 * sweep closes it as abandoned, like the workflow closes an idle one. Returns what it found.
 */
export async function ensureInterviewWorkflow(
  workflows: WorkflowClient,
  session: SessionRef & Pick<InterviewSession, 'status'>,
  respondent: RespondentRef,
  timing: InterviewTiming,
): Promise<'running' | 'closed' | 'started' | 'missing'> {
  try {
    const described = await workflows.getHandle(session.workflowId).describe();
    return described.status.name === 'RUNNING' ? 'running' : 'closed';
  } catch (error) {
    if (!(error instanceof WorkflowNotFoundError)) {
      throw new LadderError('INTERVIEW_UNAVAILABLE', 'The interview service is unavailable; please try again shortly', undefined, error);
    }
  }
  if (session.status !== SessionStatus.INVITED) return 'missing';
  await startInterviewWorkflow(workflows, session, respondent, remainingTiming(timing, session.expiresAt), { rejectDuplicate: true });
  return 'started';
}
