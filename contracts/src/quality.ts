import type { PhaseKey } from './vocabulary.js';

/**
 * `interview_session.quality` as the worker writes it (recomputed from the turns in SQL whenever a
 * turn is stored) and the API reads it. Every field is always present.
 */
export interface SessionQualityRow {
  /** Deepest ladder level the respondent's answers revealed (0 stated reason, 1 impact, 2 consequence, 3+ root motivation). */
  ladderDepth: number;
  /** Deepest ladder level the moderator asked at. */
  probeDepth: number;
  phasesCovered: PhaseKey[];
  leadingQuestionsCaught: number;
  /** Moderator turns that probe or clarify. */
  probes: number;
  probesReusingWords: number;
  moderatorTurns: number;
  respondentTurns: number;
  /** Moderator turns the offline moderator wrote because the LLM kept failing. */
  fallbackTurns: number;
  durationSeconds: number;
  promptTokens: number;
  completionTokens: number;
  costUsd: number;
}

/** The keys of the stored object, in the order the worker's SQL builds it (checked by the worker's tests). */
export const SESSION_QUALITY_KEYS = [
  'ladderDepth',
  'probeDepth',
  'phasesCovered',
  'leadingQuestionsCaught',
  'probes',
  'probesReusingWords',
  'moderatorTurns',
  'respondentTurns',
  'fallbackTurns',
  'durationSeconds',
  'promptTokens',
  'completionTokens',
  'costUsd',
] as const satisfies readonly (keyof SessionQualityRow)[];
