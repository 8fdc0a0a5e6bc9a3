/**
 * The GraphQL enums: the one place TS enums are used. Their values are the stored strings, the same
 * as the vocabulary tuples in @ladder/contracts (enums.test.ts checks each pair). This module only
 * declares them, so anything may import it; schema/register-enums.ts registers them with
 * type-graphql when the schema is built.
 */
export enum Band {
  DETRACTOR = 'detractor',
  PASSIVE = 'passive',
  PROMOTER = 'promoter',
}
export enum WaveStatus {
  DRAFT = 'draft',
  FIELDING = 'fielding',
  CLOSED = 'closed',
}
export enum SessionStatus {
  INVITED = 'invited',
  ACTIVE = 'active',
  COMPLETED = 'completed',
  ABANDONED = 'abandoned',
  EXPIRED = 'expired',
}
export enum TurnRole {
  MODERATOR = 'moderator',
  RESPONDENT = 'respondent',
}
export enum ModeratorKind {
  OFFLINE = 'offline',
  MISTRAL = 'mistral',
}
export enum PhaseKey {
  CONTEXT = 'context',
  SURFACE = 'surface',
  LADDERING = 'laddering',
  COMPARATIVE = 'comparative',
  CLOSE = 'close',
}
export enum ModeratorAction {
  OPEN = 'open',
  PROBE = 'probe',
  CLARIFY = 'clarify',
  ADVANCE = 'advance',
  CLOSE = 'close',
}
export enum TurnAuthor {
  RESPONDENT = 'respondent',
  OFFLINE = 'offline',
  MISTRAL = 'mistral',
  OFFLINE_FALLBACK = 'offline_fallback',
}
export enum LanguageSource {
  ATTRIBUTE = 'attribute',
  DETECTED = 'detected',
  DEFAULT = 'default',
}
export enum EscalationReason {
  COMPETITOR_EVALUATION = 'competitor_evaluation',
  CHURN_RISK = 'churn_risk',
  UNRESOLVED_INCIDENT = 'unresolved_incident',
  LEGAL_OR_SAFETY = 'legal_or_safety',
  DISTRESS = 'distress',
}
export enum EscalationStatus {
  OPEN = 'open',
  IN_PROGRESS = 'in_progress',
  RESOLVED = 'resolved',
  DISMISSED = 'dismissed',
}
export enum ApiKeyRole {
  ADMIN = 'admin',
  ANALYST = 'analyst',
  VIEWER = 'viewer',
  INGEST = 'ingest',
}

/** A person's role in a workspace: the key roles without ingest (people do not import by machine). */
export enum MemberRole {
  ADMIN = 'admin',
  ANALYST = 'analyst',
  VIEWER = 'viewer',
}

// Insights: analyses, themes, trends
export enum AnalysisStatus {
  RUNNING = 'running',
  COMPLETED = 'completed',
  FAILED = 'failed',
}
export enum CoderKind {
  OFFLINE = 'offline',
  MISTRAL = 'mistral',
}
export enum ThemeScope {
  CROSS_BAND = 'cross-band',
  DETRACTOR = 'detractor',
  PASSIVE = 'passive',
  PROMOTER = 'promoter',
}
export enum ExcerptRole {
  STATED = 'stated',
  ROOT = 'root',
  SUPPORTING = 'supporting',
}
export enum Sentiment {
  NEGATIVE = 'negative',
  NEUTRAL = 'neutral',
  POSITIVE = 'positive',
}

export enum ProportionTestKind {
  TWO_PROPORTION_Z = 'two-proportion-z',
  FISHER_EXACT = 'fisher-exact',
}
export enum ThemeMatch {
  KEY = 'key',
  TOP_DRIVER = 'top-driver',
  NONE = 'none',
}

export enum RollingStep {
  DAY = 'day',
  WEEK = 'week',
}

// Fielding: the email outbox and the suppression list. DeliveryStatus has no SENDING: a row the
// dispatcher has claimed shows as QUEUED until the send is recorded (fielding/delivery-status.ts).
export enum DeliveryStatus {
  QUEUED = 'queued',
  SENT = 'sent',
  FAILED = 'failed',
  BOUNCED = 'bounced',
  SUPPRESSED = 'suppressed',
}
export enum DeliveryKind {
  INVITATION = 'invitation',
  REMINDER = 'reminder',
}
export enum DeliveryTrigger {
  AUTO = 'auto',
  MANUAL = 'manual',
  WORKFLOW = 'workflow',
}
export enum SuppressionReason {
  UNSUBSCRIBED = 'unsubscribed',
  BOUNCED = 'bounced',
  COMPLAINED = 'complained',
  MANUAL = 'manual',
}
export enum FieldingBucket {
  HOUR = 'hour',
  DAY = 'day',
}

// Fielding: survey tools posting responses by webhook (values: INGEST_SOURCES)
export enum IngestSourceKind {
  GENERIC = 'generic',
  TYPEFORM = 'typeform',
}

// The audit log: what an event records (audit_event.action)
export enum AuditAction {
  MUTATION = 'mutation',
  EXPORT = 'export',
  TRANSCRIPT_READ = 'transcript_read',
  ERASURE = 'erasure',
}

/** What a webhook endpoint subscribes to; the values are the payloads' `type` (contracts' WEBHOOK_EVENT_TYPES). */
export enum WebhookEventKind {
  RESPONSE_INGESTED = 'response.ingested',
  INTERVIEW_STARTED = 'interview.started',
  INTERVIEW_COMPLETED = 'interview.completed',
  ESCALATION_RAISED = 'escalation.raised',
  ESCALATION_UPDATED = 'escalation.updated',
  ANALYSIS_COMPLETED = 'analysis.completed',
  ALERT_FIRED = 'alert.fired',
  ALERT_RESOLVED = 'alert.resolved',
  CODING_AGREEMENT_DROPPED = 'coding.agreement_dropped',
}

export enum WebhookDeliveryState {
  PENDING = 'pending',
  DELIVERED = 'delivered',
  FAILED = 'failed',
}

export enum WebhookDisabledReason {
  MANUAL = 'manual',
  FAILING = 'failing',
}
export enum AlertMetric {
  NPS = 'nps',
  DETRACTOR_SHARE = 'detractor_share',
}
export enum AlertDirection {
  WORSE = 'worse',
  BETTER = 'better',
  EITHER = 'either',
}
export enum AlertStatus {
  FIRING = 'firing',
  RESOLVED = 'resolved',
}
export enum NotificationDigest {
  NONE = 'none',
  DAILY = 'daily',
}
export enum DriverRole {
  STATED = 'stated',
  ROOT = 'root',
  EITHER = 'either',
}

/** Coding agreement (coding-quality): how a golden coding came about, why a run was made, where it stands. */
export enum GoldenSource {
  CORRECTED = 'corrected',
  CONFIRMED = 'confirmed',
}
export enum AgreementTriggerKind {
  MANUAL = 'manual',
  SCHEDULE = 'schedule',
  CHANGE = 'change',
}
export enum AgreementRunStatus {
  RUNNING = 'running',
  COMPLETED = 'completed',
  FAILED = 'failed',
}
