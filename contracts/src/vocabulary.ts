/**
 * The domain vocabulary every package speaks: string literal tuples (the stored values) and the
 * types read from them. The API's GraphQL enums carry the same values (a test in the API checks
 * each one against its tuple here); the SQL side of the band rule lives in the migrations, with a
 * test that the two agree.
 */

export const BANDS = ['detractor', 'passive', 'promoter'] as const;
/** NPS band: detractor 0-6, passive 7-8, promoter 9-10. */
export type Band = (typeof BANDS)[number];

/** The one TypeScript statement of the NPS cut-offs (the SQL one: the respondent's generated `band` column). */
export function bandOf(score: number): Band {
  return score <= 6 ? 'detractor' : score <= 8 ? 'passive' : 'promoter';
}

export const WAVE_STATUSES = ['draft', 'fielding', 'closed'] as const;
export type WaveStatus = (typeof WAVE_STATUSES)[number];

export const SESSION_STATUSES = ['invited', 'active', 'completed', 'abandoned', 'expired'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export const TURN_ROLES = ['moderator', 'respondent'] as const;
export type TurnRole = (typeof TURN_ROLES)[number];

export const PHASE_KEYS = ['context', 'surface', 'laddering', 'comparative', 'close'] as const;
/** The five interview phases, in order. */
export type PhaseKey = (typeof PHASE_KEYS)[number];

export const MODERATOR_KINDS = ['offline', 'mistral'] as const;
export type ModeratorKind = (typeof MODERATOR_KINDS)[number];

export const TURN_AUTHORS = ['respondent', 'offline', 'mistral', 'offline_fallback'] as const;
/** Who wrote a turn: the respondent, the offline moderator, Mistral, or the offline moderator standing in after Mistral failed. */
export type TurnAuthor = (typeof TURN_AUTHORS)[number];

export const MODERATOR_ACTIONS = ['open', 'probe', 'clarify', 'advance', 'close'] as const;
export type ModeratorAction = (typeof MODERATOR_ACTIONS)[number];

export const LANGUAGE_SOURCES = ['attribute', 'detected', 'default'] as const;
export type LanguageSource = (typeof LANGUAGE_SOURCES)[number];

export const ESCALATION_REASONS = ['competitor_evaluation', 'churn_risk', 'unresolved_incident', 'legal_or_safety', 'distress'] as const;
/** Why an interview needs a human now. */
export type EscalationReason = (typeof ESCALATION_REASONS)[number];

export const ESCALATION_STATUSES = ['open', 'in_progress', 'resolved', 'dismissed'] as const;
export type EscalationStatus = (typeof ESCALATION_STATUSES)[number];

export const ANALYSIS_STATUSES = ['running', 'completed', 'failed'] as const;
export type AnalysisStatus = (typeof ANALYSIS_STATUSES)[number];

export const CODER_KINDS = ['offline', 'mistral'] as const;
export type CoderKind = (typeof CODER_KINDS)[number];

export const EXCERPT_ROLES = ['stated', 'root', 'supporting'] as const;
/** Whether an excerpt is the reason the respondent gave first, the root reached by laddering, or support for either. */
export type ExcerptRole = (typeof EXCERPT_ROLES)[number];

export const SENTIMENTS = ['negative', 'neutral', 'positive'] as const;
export type Sentiment = (typeof SENTIMENTS)[number];

export const THEME_SCOPES = ['cross-band', ...BANDS] as const;
/** A theme of one band, or across bands. */
export type ThemeScope = (typeof THEME_SCOPES)[number];
