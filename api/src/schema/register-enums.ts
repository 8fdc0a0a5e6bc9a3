import { registerEnumType } from 'type-graphql';
import {
  AlertDirection,
  AlertMetric,
  AlertStatus,
  AnalysisStatus,
  ApiKeyRole,
  MemberRole,
  AuditAction,
  Band,
  CoderKind,
  DeliveryKind,
  DeliveryStatus,
  DeliveryTrigger,
  DriverRole,
  EscalationReason,
  EscalationStatus,
  ExcerptRole,
  FieldingBucket,
  IngestSourceKind,
  LanguageSource,
  ModeratorAction,
  ModeratorKind,
  NotificationDigest,
  PhaseKey,
  ProportionTestKind,
  RollingStep,
  Sentiment,
  SessionStatus,
  SuppressionReason,
  ThemeMatch,
  ThemeScope,
  TurnAuthor,
  TurnRole,
  WaveStatus,
} from '../common/enums.js';

let registered = false;

/** Names and describes the GraphQL enums, once per process, before the schema is built. */
export function registerEnums(): void {
  if (registered) return;
  registered = true;
  registerEnumType(Band, { name: 'Band', description: 'NPS band: detractor 0-6, passive 7-8, promoter 9-10' });
  registerEnumType(WaveStatus, { name: 'WaveStatus' });
  registerEnumType(SessionStatus, { name: 'SessionStatus' });
  registerEnumType(TurnRole, { name: 'TurnRole' });
  registerEnumType(ModeratorKind, { name: 'ModeratorKind', description: 'OFFLINE: the built-in deterministic moderator' });
  registerEnumType(ApiKeyRole, { name: 'ApiKeyRole' });
  registerEnumType(MemberRole, {
    name: 'MemberRole',
    description: 'ADMIN manages members, keys and settings; ANALYST reads and writes; VIEWER reads',
  });
  registerEnumType(PhaseKey, { name: 'PhaseKey', description: 'The five interview phases, in order' });
  registerEnumType(ModeratorAction, {
    name: 'ModeratorAction',
    description:
      'OPEN first question; PROBE one ladder level deeper (or more within a phase); CLARIFY same level after a thin answer; ' +
      'ADVANCE next phase; CLOSE final thanks',
  });
  registerEnumType(TurnAuthor, {
    name: 'TurnAuthor',
    description: 'OFFLINE_FALLBACK: the offline moderator stood in because the LLM kept failing',
  });
  registerEnumType(LanguageSource, {
    name: 'LanguageSource',
    description: 'ATTRIBUTE from the import; DETECTED from the first answer; DEFAULT English, not yet detected',
  });
  registerEnumType(EscalationReason, { name: 'EscalationReason' });
  registerEnumType(EscalationStatus, { name: 'EscalationStatus' });
  registerEnumType(AnalysisStatus, { name: 'AnalysisStatus' });
  registerEnumType(CoderKind, {
    name: 'CoderKind',
    description: 'OFFLINE: the built-in deterministic coder and theme synthesizer; MISTRAL: the LLM',
  });
  registerEnumType(ThemeScope, { name: 'ThemeScope', description: 'A theme of one band, or across bands' });
  registerEnumType(ExcerptRole, {
    name: 'ExcerptRole',
    description: 'STATED: the reason given first; ROOT: the driver laddering reached; SUPPORTING: evidence for either',
  });
  registerEnumType(Sentiment, { name: 'Sentiment' });
  registerEnumType(ProportionTestKind, {
    name: 'ProportionTestKind',
    description: "TWO_PROPORTION_Z: pooled z-test; FISHER_EXACT: Fisher's exact test, used when an expected cell count is below 5",
  });
  registerEnumType(ThemeMatch, {
    name: 'ThemeMatch',
    description:
      'How a theme was found in the other wave: KEY (same key), TOP_DRIVER (same top driver after translating taxonomy versions), ' +
      'NONE (not found)',
  });
  registerEnumType(RollingStep, { name: 'RollingStep', description: 'Distance between successive window ends' });
  registerEnumType(IngestSourceKind, { name: 'IngestSourceKind', description: 'GENERIC: our own JSON, Standard Webhooks signatures' });
  registerEnumType(DeliveryStatus, {
    name: 'DeliveryStatus',
    description:
      'QUEUED waiting or being sent; SENT accepted by the SMTP server; FAILED refused for good or retries exhausted; ' +
      'BOUNCED hard bounce (the address is suppressed); SUPPRESSED never sent, the address is on the suppression list',
  });
  registerEnumType(DeliveryKind, { name: 'DeliveryKind' });
  registerEnumType(DeliveryTrigger, { name: 'DeliveryTrigger' });
  registerEnumType(SuppressionReason, { name: 'SuppressionReason' });
  registerEnumType(FieldingBucket, { name: 'FieldingBucket', description: 'UTC hours or days' });
  registerEnumType(AuditAction, {
    name: 'AuditAction',
    description:
      'MUTATION: any mutation by name; EXPORT: a CSV export; TRANSCRIPT_READ: turns read through a session; ERASURE: eraseRespondent',
  });
  registerEnumType(AlertMetric, {
    name: 'AlertMetric',
    description: 'NPS: the segment NPS in points (-100..100); DETRACTOR_SHARE: the share of detractors in percent (0..100)',
  });
  registerEnumType(AlertDirection, {
    name: 'AlertDirection',
    description: 'Which changes alert: WORSE (NPS down, detractor share up), BETTER, or EITHER',
  });
  registerEnumType(AlertStatus, { name: 'AlertStatus', description: 'FIRING until the change no longer holds; then RESOLVED' });
  registerEnumType(NotificationDigest, { name: 'NotificationDigest', description: 'NONE: each email at once; DAILY: one digest a day' });
  registerEnumType(DriverRole, { name: 'DriverRole', description: "Which of a coding's drivers counts: the stated, the root, or either" });
}
