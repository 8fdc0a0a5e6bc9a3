import {
  ActivityFailure,
  ApplicationFailure,
  allHandlersFinished,
  condition,
  patched,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
} from '@temporalio/workflow';
import type { AnalysisActivities } from '../activities/analysis-activities.js';
import type { Activities, ModeratorDraft, ModeratorReply } from '../activities/index.js';
import {
  DEFAULT_TIMING,
  MAX_MESSAGE_LENGTH,
  respondUpdate,
  stateQuery,
  type InterviewState,
  type InterviewWorkflowInput,
  type RespondInput,
  type RespondResult,
} from '@ladder/contracts';
import { interviewWorkflowV1 } from './interview-v1.workflow.js';

/** Marker of the guided moderator (policy, LLM with offline fallback, timers). */
export const GUIDED_MODERATOR_PATCH = 'guided-moderator';
/**
 * Marker of turns in fewer local activities: offline, the answer and the question in one
 * (answerOffline); with the LLM, drafting and storing the question in one (draftAndStore). Each
 * local activity costs a workflow activation, a history marker and its payloads encrypted and
 * decrypted (bench:interviews, docs/benchmarks.md). Interviews started before keep their steps.
 */
export const FEWER_STEPS_PATCH = 'turn-in-fewer-steps';

/**
 * Local activities: they run in the worker that runs the workflow task, without a round trip
 * through the Temporal server per step, which keeps the time a respondent waits for a reply
 * close to the time spent in the database and the LLM (see `npm run bench:interviews`). They are
 * idempotent, so re-running them after a worker crash is safe.
 */
const { beginInterview, recordAnswer, storeModeratorTurn, answerOffline, completeSession, endSession, remindRespondent } =
  proxyLocalActivities<Activities>({
    startToCloseTimeout: '30 seconds',
    retry: { initialInterval: '500 milliseconds', backoffCoefficient: 2, maximumInterval: '10 seconds' },
  });

/**
 * Coding the finished transcript: a regular activity, so the workflow task that answers the last
 * message completes (and the respondent gets the thank-you) before coding starts, and coding with
 * an LLM has room to take minutes. A failure never fails the interview: the wave analysis codes
 * whatever is missing.
 */
const { codeSession } = proxyActivities<AnalysisActivities>({
  startToCloseTimeout: '10 minutes',
  retry: { initialInterval: '2 seconds', backoffCoefficient: 2, maximumAttempts: 3 },
});

/**
 * The LLM is given a few quick attempts (429, 5xx, timeouts and invalid output are retryable);
 * after that the turn falls back to the offline moderator so the respondent is not kept waiting.
 * Auth and bad-request failures are not retried at all.
 */
const { draftWithLlm, draftAndStore } = proxyLocalActivities<Activities>({
  startToCloseTimeout: '45 seconds',
  retry: {
    initialInterval: '300 milliseconds',
    backoffCoefficient: 2,
    maximumInterval: '2 seconds',
    maximumAttempts: 3,
    nonRetryableErrorTypes: ['LLM_AUTH', 'LLM_BAD_REQUEST', 'LLM_NOT_CONFIGURED'],
  },
});

function failureReason(error: unknown): string {
  const cause = error instanceof ActivityFailure ? error.cause : error;
  if (cause instanceof ApplicationFailure) return `${cause.type ?? 'ERROR'}: ${cause.message}`;
  return cause instanceof Error ? cause.message : String(cause);
}

/**
 * One interview, from invitation to its end. The moderator's opening question is written first;
 * each `respond` Update stores the answer, drafts the next question (Mistral when the worker has
 * it, with the offline moderator standing in when it keeps failing), stores it and returns it.
 * Updates are handled one at a time, in arrival order, so sequence numbers (assigned here,
 * deterministically) never interleave. What to ask is decided in activities from the pinned
 * guide and the transcript; this function only orders the steps and keeps the clocks:
 * invitation expiry, one idle reminder, abandonment.
 */
export async function interviewWorkflow(input: InterviewWorkflowInput): Promise<InterviewState> {
  if (!patched(GUIDED_MODERATOR_PATCH)) return interviewWorkflowV1(input);
  const timing = input.timing ?? DEFAULT_TIMING;
  const state: InterviewState = {
    status: 'invited',
    phase: 'context',
    ladderLevel: 0,
    respondentTurns: 0,
    moderator: 'offline',
    fallbacks: 0,
    reminded: false,
  };
  const { sessionId } = input;
  let closed = false;
  let nextSeq = 1;
  let inFlight = 0;
  let activity = 0;
  let queue: Promise<unknown> = beginInterview({ sessionId }).then((begun) => {
    state.moderator = begun.moderator;
  });

  async function respond({ text }: RespondInput): Promise<RespondResult> {
    if (closed) throw ApplicationFailure.create({ message: 'The interview is closed', type: 'SESSION_CLOSED', nonRetryable: true });
    const seq = nextSeq;
    nextSeq += 2;
    const answer = { sessionId, seq, text: text.trim(), phase: state.phase, ladderLevel: state.ladderLevel };
    let reply: ModeratorReply;
    if (patched(FEWER_STEPS_PATCH)) {
      if (state.moderator === 'mistral') {
        await recordAnswer(answer);
        state.status = 'active';
        state.respondentTurns++;
        try {
          reply = await draftAndStore({ sessionId, seq: seq + 1 });
        } catch (error) {
          state.fallbacks = (state.fallbacks ?? 0) + 1;
          reply = await storeModeratorTurn({ sessionId, seq: seq + 1, draft: null, fallbackReason: failureReason(error) });
        }
      } else {
        reply = await answerOffline(answer);
        state.status = 'active';
        state.respondentTurns++;
      }
    } else {
      await recordAnswer(answer);
      state.status = 'active';
      state.respondentTurns++;
      let draft: ModeratorDraft | null = null;
      let fallbackReason: string | null = null;
      if (state.moderator === 'mistral') {
        try {
          draft = await draftWithLlm({ sessionId, seq: seq + 1 });
        } catch (error) {
          fallbackReason = failureReason(error);
          state.fallbacks = (state.fallbacks ?? 0) + 1;
        }
      }
      reply = await storeModeratorTurn({ sessionId, seq: seq + 1, draft, fallbackReason });
    }
    state.phase = reply.turn.phase;
    state.ladderLevel = reply.turn.ladderLevel;
    if (reply.closes && !closed) {
      closed = true;
      await completeSession({ sessionId });
      state.status = 'completed';
    }
    return { turn: reply.turn, status: state.status };
  }

  setHandler(stateQuery, () => state);
  setHandler(
    respondUpdate,
    (message) => {
      inFlight++;
      activity++;
      const run = queue
        .then(() => respond(message))
        .finally(() => {
          inFlight--;
          activity++;
        });
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

  // Nobody answered the invitation in time: it expires.
  const began = await condition(() => closed || activity > 0, timing.invitationTtlMs);
  if (!began) {
    closed = true;
    await endSession({ sessionId, status: 'expired' });
    state.status = 'expired';
    return state;
  }

  // The idle clock: one reminder, then abandonment; any message restarts it.
  while (!closed) {
    const seen = activity;
    const quiet = (ms: number) => condition(() => closed || activity !== seen, ms).then((moved) => !moved);
    if (!state.reminded) {
      if (!(await quiet(timing.idleReminderMs)) || inFlight > 0) continue;
      await remindRespondent({ sessionId });
      state.reminded = true;
      if (!(await quiet(Math.max(1, timing.abandonAfterMs - timing.idleReminderMs))) || inFlight > 0) continue;
    } else if (!(await quiet(timing.abandonAfterMs)) || inFlight > 0) {
      continue;
    }
    closed = true;
    await endSession({ sessionId, status: 'abandoned' });
    state.status = 'abandoned';
  }

  await condition(allHandlersFinished);
  if (state.status === 'completed' || (state.status === 'abandoned' && state.respondentTurns >= 3)) {
    try {
      await codeSession({ sessionId });
    } catch {
      // Left for the wave analysis.
    }
  }
  return state;
}
