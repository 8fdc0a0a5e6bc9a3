/**
 * The interview workflow's wire contract: task queue, workflow name and id, its Update and Query,
 * and their message shapes. `defineUpdate`/`defineQuery` only build descriptors, so importing them
 * outside a workflow is safe.
 */
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { Band, ModeratorAction, ModeratorKind, SessionStatus, TurnAuthor, TurnRole } from './vocabulary.js';

export const TASK_QUEUE = 'ladder-interviews';
export const INTERVIEW_WORKFLOW = 'interviewWorkflow';
export const interviewWorkflowId = (sessionId: string) => `interview-${sessionId}`;

/**
 * Repairs open interviews whose workflow is gone (started by the API, then lost: the process
 * stopped between the session's commit and the start, or Temporal lost it): run by a Temporal
 * schedule the worker creates at start (once per namespace).
 */
export const ORPHAN_SWEEP_WORKFLOW = 'orphanSweepWorkflow';
export const ORPHAN_SWEEP_SCHEDULE_ID = 'ladder-orphan-sweep';

/** Durations in milliseconds. The idle clock restarts with every respondent message. */
export interface InterviewTiming {
  /** An invitation nobody answers expires after this long (status `expired`). */
  invitationTtlMs: number;
  /** After this long without a message, one reminder is queued (session_notification). */
  idleReminderMs: number;
  /** After this long without a message, the interview is abandoned (status `abandoned`, transcript kept). */
  abandonAfterMs: number;
}

const HOUR = 3_600_000;
export const DEFAULT_TIMING: InterviewTiming = { invitationTtlMs: 14 * 24 * HOUR, idleReminderMs: 24 * HOUR, abandonAfterMs: 72 * HOUR };

export interface InterviewWorkflowInput {
  sessionId: string;
  workspaceId: string;
  band: Band;
  /** The respondent's language when known; the worker detects it from the first answer otherwise. */
  language: string | null;
  timing?: InterviewTiming;
}

/** The longest respondent message the workflow accepts, in characters (after trimming). */
export const MAX_MESSAGE_LENGTH = 4000;

export interface RespondInput {
  text: string;
}

export interface TurnView {
  id: string;
  seq: number;
  role: TurnRole;
  text: string;
  phase: string;
  ladderLevel: number;
  /** Moderator turns: what the turn does; null for respondent turns. */
  action: ModeratorAction | null;
  author: TurnAuthor | null;
  createdAt: string;
}

export interface RespondResult {
  turn: TurnView;
  status: SessionStatus;
}

export interface InterviewState {
  status: SessionStatus;
  phase: string;
  ladderLevel: number;
  respondentTurns: number;
  moderator?: ModeratorKind;
  /** Moderator turns written by the offline moderator because the LLM kept failing. */
  fallbacks?: number;
  reminded?: boolean;
}

/**
 * A respondent message. Returns the moderator's reply once it is stored. The API passes the
 * client's message id as the Update id (`executeUpdate(respondUpdate, { args, updateId })`), so a
 * retried send is applied once and returns the same reply. Rejected by the validator (nothing
 * stored) when the text is empty or longer than MAX_MESSAGE_LENGTH, or the interview is closed.
 * Messages are handled one at a time, in arrival order.
 */
export const respondUpdate = defineUpdate<RespondResult, [RespondInput]>('respond');
export const stateQuery = defineQuery<InterviewState>('state');
