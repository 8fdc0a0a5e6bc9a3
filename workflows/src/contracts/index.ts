/**
 * The contract between the API and the worker: names, message shapes and event payloads.
 * The API imports only this module, never workflow internals. `defineUpdate`/`defineQuery` only
 * build descriptors, so importing them outside a workflow is safe.
 */
import { defineQuery, defineUpdate } from '@temporalio/workflow';

export const TASK_QUEUE = 'ladder-interviews';
export const INTERVIEW_WORKFLOW = 'interviewWorkflow';
export const interviewWorkflowId = (sessionId: string) => `interview-${sessionId}`;

export type Band = 'detractor' | 'passive' | 'promoter';
export type SessionStatus = 'invited' | 'active' | 'completed' | 'abandoned' | 'expired';
export type TurnRole = 'moderator' | 'respondent';

export type ModeratorKind = 'offline' | 'mistral';
/** Who wrote a turn: the respondent, the offline moderator, Mistral, or the offline moderator standing in after Mistral failed. */
export type TurnAuthor = 'respondent' | 'offline' | 'mistral' | 'offline_fallback';
export type ModeratorAction = 'open' | 'probe' | 'clarify' | 'advance' | 'close';

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

/** PostgreSQL LISTEN/NOTIFY channel carrying events from any process to every API instance. */
export const EVENTS_CHANNEL = 'ladder_events';

export interface SessionUpdatedEvent {
  type: 'session.updated';
  workspaceId: string;
  studyId: string;
  sessionId: string;
  /** A guide-editor "try it" interview: never published to study-wide feeds. */
  preview?: boolean;
  turnId: string | null;
  seq: number | null;
  status: SessionStatus;
}

export interface EscalationRaisedEvent {
  type: 'escalation.raised';
  workspaceId: string;
  studyId: string;
  preview?: boolean;
  sessionId: string;
  escalationId: string;
}

/** A wave analysis moved on: more sessions coded, or it finished. */
export interface AnalysisProgressEvent {
  type: 'analysis.progress';
  workspaceId: string;
  studyId: string;
  waveId: string;
  analysisId: string;
}

/** Something that feeds a study's insights changed (a transcript coded, themes written, respondents imported). */
export interface InsightsChangedEvent {
  type: 'insights.changed';
  workspaceId: string;
  studyId: string;
  waveId: string;
  what: 'coding' | 'themes' | 'respondents';
}

export type SessionEvent = SessionUpdatedEvent | EscalationRaisedEvent | AnalysisProgressEvent | InsightsChangedEvent;

export const WAVE_ANALYSIS_WORKFLOW = 'waveAnalysisWorkflow';
export const waveAnalysisWorkflowId = (analysisId: string) => `wave-analysis-${analysisId}`;

export interface WaveAnalysisInput {
  analysisId: string;
  /** Continue-as-new carries the paging position. */
  after?: string | null;
}

/** Coding in bounded batches: at most BATCH_SIZE × PARALLEL_BATCHES sessions are pending at once. */
export const ANALYSIS_BATCH_SIZE = 25;
export const ANALYSIS_PARALLEL_BATCHES = 4;
