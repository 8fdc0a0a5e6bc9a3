import {
  ALERT_DIRECTIONS,
  ALERT_METRICS,
  ALERT_STATUSES,
  ANALYSIS_STATUSES,
  BANDS,
  CODER_KINDS,
  ESCALATION_REASONS,
  ESCALATION_STATUSES,
  EXCERPT_ROLES,
  LANGUAGE_SOURCES,
  MODERATOR_ACTIONS,
  MODERATOR_KINDS,
  NOTIFICATION_DIGESTS,
  PHASE_KEYS,
  SENTIMENTS,
  SESSION_STATUSES,
  THEME_SCOPES,
  TURN_AUTHORS,
  TURN_ROLES,
  WAVE_STATUSES,
} from '@ladder/contracts';
import { describe, expect, it } from 'vitest';
import {
  AlertDirection,
  AlertMetric,
  AlertStatus,
  AnalysisStatus,
  Band,
  CoderKind,
  EscalationReason,
  EscalationStatus,
  ExcerptRole,
  LanguageSource,
  ModeratorAction,
  ModeratorKind,
  NotificationDigest,
  PhaseKey,
  Sentiment,
  SessionStatus,
  ThemeScope,
  TurnAuthor,
  TurnRole,
  WaveStatus,
} from './enums.js';

// Each GraphQL enum stores exactly the values the worker and the migrations use, in the same order.
const pairs: [string, Record<string, string>, readonly string[]][] = [
  ['Band', Band, BANDS],
  ['WaveStatus', WaveStatus, WAVE_STATUSES],
  ['SessionStatus', SessionStatus, SESSION_STATUSES],
  ['TurnRole', TurnRole, TURN_ROLES],
  ['ModeratorKind', ModeratorKind, MODERATOR_KINDS],
  ['PhaseKey', PhaseKey, PHASE_KEYS],
  ['ModeratorAction', ModeratorAction, MODERATOR_ACTIONS],
  ['TurnAuthor', TurnAuthor, TURN_AUTHORS],
  ['LanguageSource', LanguageSource, LANGUAGE_SOURCES],
  ['EscalationReason', EscalationReason, ESCALATION_REASONS],
  ['EscalationStatus', EscalationStatus, ESCALATION_STATUSES],
  ['AnalysisStatus', AnalysisStatus, ANALYSIS_STATUSES],
  ['CoderKind', CoderKind, CODER_KINDS],
  ['ThemeScope', ThemeScope, THEME_SCOPES],
  ['ExcerptRole', ExcerptRole, EXCERPT_ROLES],
  ['Sentiment', Sentiment, SENTIMENTS],
  ['AlertMetric', AlertMetric, ALERT_METRICS],
  ['AlertDirection', AlertDirection, ALERT_DIRECTIONS],
  ['AlertStatus', AlertStatus, ALERT_STATUSES],
  ['NotificationDigest', NotificationDigest, NOTIFICATION_DIGESTS],
];

describe('GraphQL enums and the contracts vocabulary', () => {
  it.each(pairs)("%s has the vocabulary's values", (_name, graphqlEnum, vocabulary) => {
    expect(Object.values(graphqlEnum)).toEqual([...vocabulary]);
  });
});
