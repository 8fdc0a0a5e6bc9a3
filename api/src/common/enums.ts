import { registerEnumType } from 'type-graphql';

// GraphQL enums are the one place TS enums are used: their values are the stored strings.
export enum Band { DETRACTOR = 'detractor', PASSIVE = 'passive', PROMOTER = 'promoter' }
export enum WaveStatus { DRAFT = 'draft', FIELDING = 'fielding', CLOSED = 'closed' }
export enum SessionStatus {
  INVITED = 'invited', ACTIVE = 'active', COMPLETED = 'completed', ABANDONED = 'abandoned', EXPIRED = 'expired',
}
export enum TurnRole { MODERATOR = 'moderator', RESPONDENT = 'respondent' }
export enum ModeratorKind { OFFLINE = 'offline', MISTRAL = 'mistral' }
export enum PhaseKey { CONTEXT = 'context', SURFACE = 'surface', LADDERING = 'laddering', COMPARATIVE = 'comparative', CLOSE = 'close' }
export enum ModeratorAction { OPEN = 'open', PROBE = 'probe', CLARIFY = 'clarify', ADVANCE = 'advance', CLOSE = 'close' }
export enum TurnAuthor { RESPONDENT = 'respondent', OFFLINE = 'offline', MISTRAL = 'mistral', OFFLINE_FALLBACK = 'offline_fallback' }
export enum LanguageSource { ATTRIBUTE = 'attribute', DETECTED = 'detected', DEFAULT = 'default' }
export enum EscalationReason {
  COMPETITOR_EVALUATION = 'competitor_evaluation', CHURN_RISK = 'churn_risk', UNRESOLVED_INCIDENT = 'unresolved_incident',
  LEGAL_OR_SAFETY = 'legal_or_safety', DISTRESS = 'distress',
}
export enum EscalationStatus { OPEN = 'open', IN_PROGRESS = 'in_progress', RESOLVED = 'resolved', DISMISSED = 'dismissed' }
export enum ApiKeyRole { ADMIN = 'admin', ANALYST = 'analyst', VIEWER = 'viewer', INGEST = 'ingest' }

registerEnumType(Band, { name: 'Band', description: 'NPS band: detractor 0-6, passive 7-8, promoter 9-10' });
registerEnumType(WaveStatus, { name: 'WaveStatus' });
registerEnumType(SessionStatus, { name: 'SessionStatus' });
registerEnumType(TurnRole, { name: 'TurnRole' });
registerEnumType(ModeratorKind, { name: 'ModeratorKind', description: 'OFFLINE: the built-in deterministic moderator' });
registerEnumType(ApiKeyRole, { name: 'ApiKeyRole' });
registerEnumType(PhaseKey, { name: 'PhaseKey', description: 'The five interview phases, in order' });
registerEnumType(ModeratorAction, {
  name: 'ModeratorAction',
  description: 'OPEN first question; PROBE one ladder level deeper (or more within a phase); CLARIFY same level after a thin answer; ADVANCE next phase; CLOSE final thanks',
});
registerEnumType(TurnAuthor, { name: 'TurnAuthor', description: 'OFFLINE_FALLBACK: the offline moderator stood in because the LLM kept failing' });
registerEnumType(LanguageSource, { name: 'LanguageSource', description: 'ATTRIBUTE from the import; DETECTED from the first answer; DEFAULT English, not yet detected' });
registerEnumType(EscalationReason, { name: 'EscalationReason' });
registerEnumType(EscalationStatus, { name: 'EscalationStatus' });

// Insights: analyses, themes, trends
export enum AnalysisStatus { RUNNING = 'running', COMPLETED = 'completed', FAILED = 'failed' }
export enum CoderKind { OFFLINE = 'offline', MISTRAL = 'mistral' }
export enum ThemeScope { CROSS_BAND = 'cross-band', DETRACTOR = 'detractor', PASSIVE = 'passive', PROMOTER = 'promoter' }
export enum ExcerptRole { STATED = 'stated', ROOT = 'root', SUPPORTING = 'supporting' }
export enum Sentiment { NEGATIVE = 'negative', NEUTRAL = 'neutral', POSITIVE = 'positive' }

registerEnumType(AnalysisStatus, { name: 'AnalysisStatus' });
registerEnumType(CoderKind, { name: 'CoderKind', description: 'OFFLINE: the built-in deterministic coder and theme synthesizer; MISTRAL: the LLM' });
registerEnumType(ThemeScope, { name: 'ThemeScope', description: 'A theme of one band, or across bands' });
registerEnumType(ExcerptRole, { name: 'ExcerptRole', description: 'STATED: the reason given first; ROOT: the driver laddering reached; SUPPORTING: evidence for either' });
registerEnumType(Sentiment, { name: 'Sentiment' });
export enum ProportionTestKind { TWO_PROPORTION_Z = 'two-proportion-z', FISHER_EXACT = 'fisher-exact' }
export enum ThemeMatch { KEY = 'key', TOP_DRIVER = 'top-driver', NONE = 'none' }

registerEnumType(ProportionTestKind, {
  name: 'ProportionTestKind', description: 'TWO_PROPORTION_Z: pooled z-test; FISHER_EXACT: Fisher\'s exact test, used when an expected cell count is below 5',
});
registerEnumType(ThemeMatch, {
  name: 'ThemeMatch',
  description: 'How a theme was found in the other wave: KEY (same key), TOP_DRIVER (same top driver after translating taxonomy versions), NONE (not found)',
});
export enum RollingStep { DAY = 'day', WEEK = 'week' }
registerEnumType(RollingStep, { name: 'RollingStep', description: 'Distance between successive window ends' });

export function bandOf(score: number): Band {
  return score <= 6 ? Band.DETRACTOR : score <= 8 ? Band.PASSIVE : Band.PROMOTER;
}
