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

export interface InterviewWorkflowInput {
  sessionId: string;
  workspaceId: string;
  band: Band;
  language: string;
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

export interface SessionEvent {
  type: 'session.updated';
  workspaceId: string;
  sessionId: string;
  turnId: string | null;
  seq: number | null;
  status: SessionStatus;
}
