import { ApplicationFailure, allHandlersFinished, condition, proxyActivities, setHandler } from '@temporalio/workflow';
import type { LegacyActivities } from '../activities/index.js';
import {
  MAX_MESSAGE_LENGTH,
  respondUpdate,
  stateQuery,
  type InterviewState,
  type InterviewWorkflowInput,
  type RespondInput,
  type RespondResult,
} from '@ladder/contracts';

const { openInterview, recordTurn, nextModeratorTurn, completeSession } = proxyActivities<LegacyActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '500 milliseconds', backoffCoefficient: 2, maximumInterval: '10 seconds' },
});

/**
 * Version 1 of the interview (the foundation's fixed six-answer plan), kept so interviews started
 * before the guided moderator replay and finish unchanged. `interviewWorkflow` runs it when its
 * history carries no `guided-moderator` patch marker. Do not change it; delete it once no v1
 * interview can still be open (invitations expire after 14 days).
 *
 * One interview. The opening question is written first; each `respond` Update then stores the
 * answer and the moderator's reply and returns the reply. Updates are handled one at a time, in
 * arrival order, so sequence numbers (assigned here, deterministically) never interleave.
 */
export async function interviewWorkflowV1(input: InterviewWorkflowInput): Promise<InterviewState> {
  const state: InterviewState = { status: 'invited', phase: 'context', ladderLevel: 0, respondentTurns: 0 };
  let closed = false;
  let nextSeq = 1;
  let queue: Promise<unknown> = openInterview({ sessionId: input.sessionId });

  async function respond({ text }: RespondInput): Promise<RespondResult> {
    if (closed) throw ApplicationFailure.create({ message: 'The interview is closed', type: 'SESSION_CLOSED', nonRetryable: true });
    const seq = nextSeq;
    nextSeq += 2;
    await recordTurn({
      sessionId: input.sessionId,
      turn: { seq, role: 'respondent', text: text.trim(), phase: state.phase, ladderLevel: state.ladderLevel },
    });
    state.status = 'active';
    state.respondentTurns++;
    const reply = await nextModeratorTurn({ sessionId: input.sessionId, seq: seq + 1 });
    state.phase = reply.turn.phase;
    state.ladderLevel = reply.turn.ladderLevel;
    if (reply.closes) {
      closed = true;
      await completeSession({ sessionId: input.sessionId });
      state.status = 'completed';
    }
    return { turn: reply.turn, status: state.status };
  }

  setHandler(stateQuery, () => state);
  setHandler(
    respondUpdate,
    (message) => {
      const run = queue.then(() => respond(message));
      queue = run.catch(() => undefined);
      return run;
    },
    {
      validator: (message) => {
        if (closed) throw new Error('The interview is closed');
        const text = typeof message?.text === 'string' ? message.text.trim() : '';
        if (!text) throw new Error('The message is empty');
        if (text.length > MAX_MESSAGE_LENGTH) throw new Error(`A message can hold at most ${MAX_MESSAGE_LENGTH} characters`);
      },
    },
  );

  await queue;
  await condition(() => closed);
  await condition(allHandlersFinished);
  return state;
}
