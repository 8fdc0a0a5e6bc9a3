import { setTimeout as sleep } from 'node:timers/promises';
import {
  RespondentSessionDocument,
  SendRespondentMessageDocument,
  StartInterviewDocument,
  type RespondentSessionQuery,
} from './gql/graphql.js';
import { GraphqlError, isRetryable, type GraphqlClient } from './graphql-client.js';
import type { RespondentModel, TranscriptTurn } from './offline-respondent.js';
import { personaFor } from './personas.js';
import type { Candidate } from './waves.js';

export interface InterviewRun {
  client: GraphqlClient;
  respondent: RespondentModel;
  /** Safety cap: an interview that has not completed after this many answers fails. */
  maxAnswers: number;
  /** Attempts per request on retryable errors (network, 5xx, INTERVIEW_UNAVAILABLE, RATE_LIMITED after its retryAfter). */
  attempts: number;
  /** First backoff delay; doubles each attempt up to 5 s. */
  backoffMs: number;
  /** How long to wait for a moderator turn that is being written (the opening, a resumed reply). */
  moderatorWaitMs: number;
  onAnswer: () => void;
}

export type InterviewOutcome = 'completed' | 'already-completed';

type View = RespondentSessionQuery['respondentSession'];
type ViewTurn = View['turns'][number];

const OPEN: View['status'][] = ['INVITED', 'ACTIVE'];

/** Retries a request on transient errors with exponential backoff; the request itself is replayed unchanged. */
export async function withRetry<T>(run: RunLike, request: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await request();
    } catch (error) {
      if (!isRetryable(error) || attempt >= run.attempts) throw error;
      const backoff = Math.min(5_000, run.backoffMs * 2 ** (attempt - 1)) * (0.75 + Math.random() * 0.5);
      // Rate limited: the API says when the window reopens; waiting less would only be refused again.
      const told = error instanceof GraphqlError && error.retryAfter !== undefined ? error.retryAfter * 1000 : 0;
      await sleep(Math.max(backoff, told));
    }
  }
}
type RunLike = Pick<InterviewRun, 'attempts' | 'backoffMs'>;

/**
 * One respondent's interview through the public API, as their browser would do it: start (or
 * resume: an open interview gets a new link and goes on from its last turn), then answer each
 * moderator question until the session completes. Each answer carries a client message id made
 * of the session and the answer's sequence number, so a retried send (even by a rerun of the
 * simulator) is applied once.
 */
export async function runInterview(run: InterviewRun, candidate: Candidate): Promise<InterviewOutcome> {
  const persona = personaFor(candidate);
  let token: string;
  try {
    const started = await withRetry(run, () => run.client.request(StartInterviewDocument, { respondentId: candidate.id }));
    token = started.startInterview.respondentToken;
  } catch (error) {
    if (error instanceof GraphqlError && error.code === 'INTERVIEW_ALREADY_COMPLETED') return 'already-completed';
    throw error;
  }
  const view = () =>
    withRetry(run, async () => (await run.client.request(RespondentSessionDocument, { token }, { anonymous: true })).respondentSession);

  for (let answers = 0; ;) {
    const current = await untilModeratorTurn(run, view);
    if (current.status === 'COMPLETED') return 'completed';
    if (answers >= run.maxAnswers)
      throw new GraphqlError('ANSWER_CAP', `not completed after ${answers} answers (status ${current.status})`);
    const transcript = current.turns.map(toTranscriptTurn);
    const text = await run.respondent.answer(persona, transcript);
    const seq = transcript.at(-1)!.seq + 1;
    try {
      const clientMessageId = `sim-${current.sessionId}-${seq}`;
      await withRetry(run, () => run.client.request(SendRespondentMessageDocument, { token, text, clientMessageId }, { anonymous: true }));
    } catch (error) {
      // Closed meanwhile (e.g. completed by a retried send that did get through): the next view tells.
      if (!(error instanceof GraphqlError && error.code === 'SESSION_CLOSED')) throw error;
    }
    answers++;
    run.onAnswer();
  }
}

/** The session once it is closed or its last turn is a moderator question to answer. */
async function untilModeratorTurn(run: InterviewRun, view: () => Promise<View>): Promise<View> {
  const deadline = Date.now() + run.moderatorWaitMs;
  // Polls back off from 200 ms to 1 s, so a slow moderator does not spend the link's rate limit.
  for (let polls = 0; ; polls++) {
    const current = await view();
    if (current.status === 'COMPLETED') return current;
    if (!OPEN.includes(current.status))
      throw new GraphqlError(`SESSION_${current.status}`, `the interview is ${current.status.toLowerCase()}`);
    if (current.turns.at(-1)?.role === 'MODERATOR') return current;
    if (Date.now() > deadline) throw new GraphqlError('MODERATOR_TIMEOUT', `no moderator turn within ${run.moderatorWaitMs / 1000} s`);
    await sleep(Math.min(1000, 200 * 1.5 ** polls));
  }
}

const toTranscriptTurn = (turn: ViewTurn): TranscriptTurn => ({
  seq: turn.seq,
  role: turn.role === 'MODERATOR' ? 'moderator' : 'respondent',
  text: turn.text,
  phase: turn.phase,
  ladderLevel: turn.ladderLevel,
});
