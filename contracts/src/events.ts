/**
 * Live events: what any process (worker or API) publishes on one PostgreSQL LISTEN/NOTIFY channel,
 * and every API instance turns into subscription updates.
 */
import type { AlertChangedEvent } from './alerts.js';
import type { SessionStatus } from './vocabulary.js';

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

/**
 * An API key was revoked (published by the API in the revoking transaction): every API process
 * forgets the key and closes its WebSocket and SSE streams.
 */
export interface ApiKeyRevokedEvent {
  type: 'api-key.revoked';
  workspaceId: string;
  keyId: string;
}

export type SessionEvent =
  SessionUpdatedEvent | EscalationRaisedEvent | AnalysisProgressEvent | InsightsChangedEvent | ApiKeyRevokedEvent | AlertChangedEvent;
