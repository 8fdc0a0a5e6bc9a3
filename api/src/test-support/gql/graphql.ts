/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AgreementRunStatus =
  | 'COMPLETED'
  | 'FAILED'
  | 'RUNNING';

/** MANUAL: runCodingAgreement; SCHEDULE: the daily run; CHANGE: the coder, model, prompt or taxonomy version changed */
export type AgreementTrigger =
  | 'CHANGE'
  | 'MANUAL'
  | 'SCHEDULE';

/** Exactly one: days (the days just before the window) or previousWave: true */
export type AlertBaselineInput = {
  days?: number | null | undefined;
  previousWave?: boolean | null | undefined;
};

/** Which changes alert: WORSE (NPS down, detractor share up), BETTER, or EITHER */
export type AlertDirection =
  | 'BETTER'
  | 'EITHER'
  | 'WORSE';

/** NPS: the segment NPS in points (-100..100); DETRACTOR_SHARE: the share of detractors in percent (0..100) */
export type AlertMetric =
  | 'DETRACTOR_SHARE'
  | 'NPS';

/** FIRING until the change no longer holds; then RESOLVED */
export type AlertStatus =
  | 'FIRING'
  | 'RESOLVED';

export type AlertWindowInput = {
  days: number;
};

export type AnalysisStatus =
  | 'COMPLETED'
  | 'FAILED'
  | 'RUNNING';

export type ApiKeyRole =
  | 'ADMIN'
  | 'ANALYST'
  | 'INGEST'
  | 'VIEWER';

export type AttributeFilter = {
  attribute: string;
  values: Array<string>;
};

/** MUTATION: any mutation by name; EXPORT: a CSV export; TRANSCRIPT_READ: turns read through a session; ERASURE: eraseRespondent */
export type AuditAction =
  | 'ERASURE'
  | 'EXPORT'
  | 'MUTATION'
  | 'TRANSCRIPT_READ';

export type AuditEventFilter = {
  action?: AuditAction | null | undefined;
  keyId?: string | number | null | undefined;
  /** At or after */
  since?: string | null | undefined;
  /** Before */
  until?: string | null | undefined;
  userId?: string | number | null | undefined;
};

export type AutoInviteInput = {
  /** Respondents of these bands are invited */
  bands: Array<Band>;
  /** Minutes between the response arriving and the invitation, 0 to 43200 (30 days) */
  delayMinutes: number;
  /** At most this many automatic invitations a day (in the quiet-hours time zone) */
  maxPerDay?: number | null | undefined;
  quietHours?: QuietHoursInput | null | undefined;
  /** Share invited, 0 < x <= 1; a deterministic sample by respondent id */
  sampleRate: number;
};

/** NPS band: detractor 0-6, passive 7-8, promoter 9-10 */
export type Band =
  | 'DETRACTOR'
  | 'PASSIVE'
  | 'PROMOTER';

/** OFFLINE: the built-in deterministic coder and theme synthesizer; MISTRAL: the LLM */
export type CoderKind =
  | 'MISTRAL'
  | 'OFFLINE';

export type ConfigureIngestSourceInput = {
  /** Typeform: which answer or hidden field gives each value; null: the defaults */
  mapping?: Record<string, string> | null | undefined;
  source: IngestSourceKind;
  waveId: string | number;
};

export type ConfigureWorkspaceSsoInput = {
  /** Email domains, e.g. ["example.com"]; 1 to 50 */
  allowedDomains: Array<string>;
  clientId: string;
  /** Required the first time; omitted or null keeps the stored one */
  clientSecret?: string | null | undefined;
  enabled?: boolean;
  /** https URL of the OpenID provider (its issuer identifier) */
  issuer: string;
};

/** What an analyst says the coding is; a field left out keeps what the machine coding says */
export type CorrectCodingInput = {
  /** Replaces the machine coding's excerpts */
  excerpts?: Array<CorrectedExcerptInput> | null | undefined;
  /** true: no root driver (the respondent reached none the taxonomy has) */
  noRootDriver?: boolean | null | undefined;
  note?: string | null | undefined;
  rootDriver?: string | null | undefined;
  sessionId: string | number;
  statedDriver?: string | null | undefined;
  /** A taxonomy version's id; by default the version of the session's newest coding */
  taxonomyVersionId?: string | number | null | undefined;
};

export type CorrectedExcerptInput = {
  driverKey: string;
  end: number;
  role: ExcerptRole;
  start: number;
  /** A respondent turn's seq */
  turnSeq: number;
};

export type CreateAlertRuleInput = {
  baseline: AlertBaselineInput;
  direction?: AlertDirection;
  enabled?: boolean;
  filter?: SegmentFilter | null | undefined;
  /** Attribute names or "band", at most four */
  groupBy: Array<string>;
  level?: number;
  metric?: AlertMetric;
  minDelta?: number;
  minN?: number;
  name: string;
  /** Owns the alerts and is emailed when one fires */
  ownerEmail?: string | null | undefined;
  studyId: string | number;
  window: AlertWindowInput;
};

export type CreateApiKeyInput = {
  /** 1 to 100 characters, e.g. "CRM sync" or "Alice (console)" */
  name: string;
  /** ADMIN manages keys; ANALYST reads and writes; VIEWER reads; INGEST only imports and starts interviews */
  role: ApiKeyRole;
};

export type CreateStudyInput = {
  description?: string | null | undefined;
  name: string;
};

export type CreateWaveInput = {
  name: string;
  studyId: string | number;
};

export type CreateWebhookEndpointInput = {
  description?: string | null | undefined;
  events: Array<WebhookEventType>;
  /** https; it must resolve to public addresses only (LADDER_WEBHOOK_ALLOW_PRIVATE lifts both) */
  url: string;
};

export type CrosswalkEntryInput = {
  /** A driver key of the base version */
  from: string;
  /** Driver keys of the new content; empty when the driver is retired */
  to: Array<string>;
};

export type DeliveryKind =
  | 'INVITATION'
  | 'REMINDER';

/** QUEUED waiting or being sent; SENT accepted by the SMTP server; FAILED refused for good or retries exhausted; BOUNCED hard bounce (the address is suppressed); SUPPRESSED never sent, the address is on the suppression list */
export type DeliveryStatus =
  | 'BOUNCED'
  | 'FAILED'
  | 'QUEUED'
  | 'SENT'
  | 'SUPPRESSED';

export type DeliveryTrigger =
  | 'AUTO'
  | 'MANUAL'
  | 'WORKFLOW';

/** Which of a coding's drivers counts: the stated, the root, or either */
export type DriverRole =
  | 'EITHER'
  | 'ROOT'
  | 'STATED';

export type EscalationReason =
  | 'CHURN_RISK'
  | 'COMPETITOR_EVALUATION'
  | 'DISTRESS'
  | 'LEGAL_OR_SAFETY'
  | 'UNRESOLVED_INCIDENT';

export type EscalationStatus =
  | 'DISMISSED'
  | 'IN_PROGRESS'
  | 'OPEN'
  | 'RESOLVED';

/** STATED: the reason given first; ROOT: the driver laddering reached; SUPPORTING: evidence for either */
export type ExcerptRole =
  | 'ROOT'
  | 'STATED'
  | 'SUPPORTING';

/** UTC hours or days */
export type FieldingBucket =
  | 'DAY'
  | 'HOUR';

/** CORRECTED: the analyst's own coding; CONFIRMED: the machine coding an analyst approved (kept as it was then) */
export type GoldenSource =
  | 'CONFIRMED'
  | 'CORRECTED';

export type GuideContentInput = {
  ladderTargetDepth: LadderDepthInput;
  phases: Array<GuidePhaseInput>;
  topicsToAvoid: Array<string>;
};

export type GuidePhaseInput = {
  budget: PhaseBudgetInput;
  key: PhaseKey;
  objective: string;
  openingQuestions: Array<LocalizedQuestionsInput>;
  probeInstructions: string;
};

export type ImportRespondentsInput = {
  /** CSV with a header row: id, score, optional email, language, responded_at and comment; any other column becomes an attribute */
  csv: string;
  /** Check every row (ids already in the wave included) and write nothing; importedCount says how many would be imported */
  dryRun?: boolean;
  waveId: string | number;
};

/** One survey response. On update, an absent field keeps its stored value and null clears it */
export type IngestResponseInput = {
  /** Segment attributes (tier, region...), kept as text; numbers and booleans are written out, empty values left out */
  attributes?: Record<string, string> | null | undefined;
  /** The survey's free-text answer, at most 5,000 characters */
  comment?: string | null | undefined;
  /** Contact detail, stored apart from attributes */
  email?: string | null | undefined;
  /** The respondent's id in the survey tool or CRM; unique within the wave */
  externalId: string;
  /** A language code such as en, fr or pt-br */
  language?: string | null | undefined;
  /** When the NPS answer was given (at most a day ahead of the call); absent on a new respondent: when received. Null keeps it */
  respondedAt?: string | null | undefined;
  /** 0 to 10 */
  score: number;
};

export type IngestResponsesInput = {
  /** At most 1000 (INGEST_BATCH_TOO_LARGE) */
  responses: Array<IngestResponseInput>;
  waveId: string | number;
};

/** GENERIC: our own JSON, Standard Webhooks signatures */
export type IngestSourceKind =
  | 'GENERIC'
  | 'TYPEFORM';

export type InviteFilter = {
  /** Only these bands; every band when absent */
  bands?: Array<Band> | null | undefined;
  /** true: respondents already invited (or already interviewed) are left out before counting; false: they are counted in alreadyInvited. Nobody is invited twice either way. */
  notInvitedOnly?: boolean;
};

export type InviteMemberInput = {
  /** Their address: they sign in with it (a magic link, or SSO later) */
  email: string;
  role: MemberRole;
};

/** Exactly one of respondentIds and filter */
export type InviteRespondentsInput = {
  filter?: InviteFilter | null | undefined;
  /** Respondents of the wave, at most 10000 */
  respondentIds?: Array<string | number> | null | undefined;
  waveId: string | number;
};

export type LadderDepthInput = {
  max: number;
  min: number;
};

export type LocalizedQuestionsInput = {
  language: string;
  questions: Array<string>;
};

/** ADMIN manages members, keys and settings; ANALYST reads and writes; VIEWER reads */
export type MemberRole =
  | 'ADMIN'
  | 'ANALYST'
  | 'VIEWER';

/** NONE: each email at once; DAILY: one digest a day */
export type NotificationDigest =
  | 'DAILY'
  | 'NONE';

export type NotificationPreferenceInput = {
  digest: NotificationDigest;
  /** 0-23, default 8 */
  digestHourUtc?: number | null | undefined;
  email: string;
};

export type PhaseBudgetInput = {
  minutes: number;
  turns: number;
};

/** The five interview phases, in order */
export type PhaseKey =
  | 'CLOSE'
  | 'COMPARATIVE'
  | 'CONTEXT'
  | 'LADDERING'
  | 'SURFACE';

/** TWO_PROPORTION_Z: pooled z-test; FISHER_EXACT: Fisher's exact test, used when an expected cell count is below 5 */
export type ProportionTestKind =
  | 'FISHER_EXACT'
  | 'TWO_PROPORTION_Z';

/** A daily window in which automatic invitations wait instead of going out */
export type QuietHoursInput = {
  /** End, "HH:MM"; a window may cross midnight (22:00 to 07:00) */
  end: string;
  /** Start, "HH:MM" (24 h), in the time zone below */
  start: string;
  /** IANA time zone name, e.g. Europe/Paris */
  timezone: string;
};

export type RecodeStudyInput = {
  studyId: string | number;
  /** The taxonomy version to code under; the latest when absent */
  taxonomyVersion?: number | null | undefined;
  /** Waves to re-code; every wave of the study when absent */
  waveIds?: Array<string | number> | null | undefined;
};

export type RespondentFilter = {
  attributes?: Array<AttributeFilter> | null | undefined;
  bands?: Array<Band> | null | undefined;
  /** Only respondents last written by this import batch (lineage) */
  importBatchId?: string | number | null | undefined;
  /** Only respondents from this source: csv, api, seed, preview or webhook:<tool> */
  source?: string | null | undefined;
};

/** Distance between successive window ends */
export type RollingStep =
  | 'DAY'
  | 'WEEK';

/** Respondents kept: any of the bands, and for each attribute any of its values */
export type SegmentFilter = {
  attributes?: Array<AttributeFilter> | null | undefined;
  bands?: Array<Band> | null | undefined;
};

export type SenderInput = {
  /** Display name of the sender, at most 100 characters */
  fromName?: string | null | undefined;
  /** Address replies go to */
  replyTo?: string | null | undefined;
};

export type Sentiment =
  | 'NEGATIVE'
  | 'NEUTRAL'
  | 'POSITIVE';

export type SessionStatus =
  | 'ABANDONED'
  | 'ACTIVE'
  | 'COMPLETED'
  | 'EXPIRED'
  | 'INVITED';

export type StartGuidePreviewInput = {
  band: Band;
  /** A version of this study and band; the latest when absent */
  guideId?: string | number | null | undefined;
  /** Language to interview in; detected from the first answer when absent */
  language?: string | null | undefined;
  studyId: string | number;
};

export type SuppressionReason =
  | 'BOUNCED'
  | 'COMPLAINED'
  | 'MANUAL'
  | 'UNSUBSCRIBED';

export type TaxonomyCategoryInput = {
  drivers: Array<TaxonomyDriverInput>;
  key: string;
  label: string;
};

export type TaxonomyContentInput = {
  categories: Array<TaxonomyCategoryInput>;
};

export type TaxonomyDriverInput = {
  description?: string;
  examples?: Array<string>;
  key: string;
  label: string;
};

/** How a theme was found in the other wave: KEY (same key), TOP_DRIVER (same top driver after translating taxonomy versions), NONE (not found) */
export type ThemeMatch =
  | 'KEY'
  | 'NONE'
  | 'TOP_DRIVER';

/** A theme of one band, or across bands */
export type ThemeScope =
  | 'CROSS_BAND'
  | 'DETRACTOR'
  | 'PASSIVE'
  | 'PROMOTER';

export type TurnRole =
  | 'MODERATOR'
  | 'RESPONDENT';

/** Only the fields given change */
export type UpdateAlertRuleInput = {
  baseline?: AlertBaselineInput | null | undefined;
  direction?: AlertDirection | null | undefined;
  enabled?: boolean | null | undefined;
  /** null clears the filter */
  filter?: SegmentFilter | null | undefined;
  groupBy?: Array<string> | null | undefined;
  id: string | number;
  level?: number | null | undefined;
  metric?: AlertMetric | null | undefined;
  minDelta?: number | null | undefined;
  minN?: number | null | undefined;
  name?: string | null | undefined;
  /** An empty string clears it */
  ownerEmail?: string | null | undefined;
  window?: AlertWindowInput | null | undefined;
};

export type UpdateCodingAgreementSettingsInput = {
  kappaThreshold?: number | null | undefined;
  /** An empty string clears it */
  ownerEmail?: string | null | undefined;
};

export type UpdateEscalationInput = {
  id: string | number;
  /** Who handles it; an empty string clears it */
  owner?: string | null | undefined;
  /** Assigns it to this address, which is emailed; an empty string clears it */
  ownerEmail?: string | null | undefined;
  status?: EscalationStatus | null | undefined;
};

export type UpdateGuideInput = {
  band: Band;
  /** The version this edit starts from; the edit fails with GUIDE_VERSION_CONFLICT when a newer one exists */
  baseVersion: number;
  content: GuideContentInput;
  note?: string | null | undefined;
  studyId: string | number;
};

export type UpdateMemberRoleInput = {
  role: MemberRole;
  userId: string | number;
};

export type UpdateTaxonomyInput = {
  /** The version this edit starts from; the edit fails with TAXONOMY_VERSION_CONFLICT when a newer one exists */
  baseVersion: number;
  content: TaxonomyContentInput;
  /** How drivers of the base version map to the new ones (merges, splits, renames); unnamed keys keep their key */
  crosswalk?: Array<CrosswalkEntryInput>;
  note?: string | null | undefined;
  studyId: string | number;
};

/** The whole fielding rule set of a wave: what is left out is reset */
export type UpdateWaveFieldingInput = {
  /** Null turns automatic invitations off */
  autoInvite?: AutoInviteInput | null | undefined;
  sender?: SenderInput | null | undefined;
  waveId: string | number;
};

export type UpdateWebhookEndpointInput = {
  /** An empty string clears it */
  description?: string | null | undefined;
  /** true also clears a FAILING disable (its failing clock starts again) */
  enabled?: boolean | null | undefined;
  events?: Array<WebhookEventType> | null | undefined;
  id: string | number;
  url?: string | null | undefined;
};

export type UpdateWorkspaceSettingsInput = {
  /** 1 to 36500; null keeps interviews; absent leaves it unchanged */
  transcriptRetentionDays?: number | null | undefined;
};

export type WaveStatus =
  | 'CLOSED'
  | 'DRAFT'
  | 'FIELDING';

/** PENDING: waiting for its attempt (or for older deliveries of its endpoint); DELIVERED: a 2xx came; FAILED: retries used up */
export type WebhookDeliveryStatus =
  | 'DELIVERED'
  | 'FAILED'
  | 'PENDING';

/** MANUAL: updateWebhookEndpoint(enabled: false); FAILING: its deliveries failed for 5 days */
export type WebhookDisabledReason =
  | 'FAILING'
  | 'MANUAL';

/** What happened; the payload's "type" is the value in lower case with a dot (RESPONSE_INGESTED: "response.ingested") */
export type WebhookEventType =
  | 'ALERT_FIRED'
  | 'ALERT_RESOLVED'
  | 'ANALYSIS_COMPLETED'
  | 'CODING_AGREEMENT_DROPPED'
  | 'ESCALATION_RAISED'
  | 'ESCALATION_UPDATED'
  | 'INTERVIEW_COMPLETED'
  | 'INTERVIEW_STARTED'
  | 'RESPONSE_INGESTED';

export type AlertRuleFieldsFragment = { id: string, studyId: string, name: string, metric: AlertMetric, direction: AlertDirection, groupBy: Array<string>, minN: number, minDelta: number, level: number, enabled: boolean, ownerEmail: string | null, lastEvaluatedAt: string | null, filter: { bands: Array<Band> | null, attributes: Array<{ attribute: string, values: Array<string> }> | null } | null, window: { days: number }, baseline: { days: number | null, previousWave: boolean } };

export type AlertRulesQueryVariables = Exact<{
  studyId: string | number;
}>;


export type AlertRulesQuery = { alertRules: Array<{ id: string, studyId: string, name: string, metric: AlertMetric, direction: AlertDirection, groupBy: Array<string>, minN: number, minDelta: number, level: number, enabled: boolean, ownerEmail: string | null, lastEvaluatedAt: string | null, filter: { bands: Array<Band> | null, attributes: Array<{ attribute: string, values: Array<string> }> | null } | null, window: { days: number }, baseline: { days: number | null, previousWave: boolean } }> };

export type CreateAlertRuleMutationVariables = Exact<{
  input: CreateAlertRuleInput;
}>;


export type CreateAlertRuleMutation = { createAlertRule: { id: string, studyId: string, name: string, metric: AlertMetric, direction: AlertDirection, groupBy: Array<string>, minN: number, minDelta: number, level: number, enabled: boolean, ownerEmail: string | null, lastEvaluatedAt: string | null, filter: { bands: Array<Band> | null, attributes: Array<{ attribute: string, values: Array<string> }> | null } | null, window: { days: number }, baseline: { days: number | null, previousWave: boolean } } };

export type UpdateAlertRuleMutationVariables = Exact<{
  input: UpdateAlertRuleInput;
}>;


export type UpdateAlertRuleMutation = { updateAlertRule: { id: string, studyId: string, name: string, metric: AlertMetric, direction: AlertDirection, groupBy: Array<string>, minN: number, minDelta: number, level: number, enabled: boolean, ownerEmail: string | null, lastEvaluatedAt: string | null, filter: { bands: Array<Band> | null, attributes: Array<{ attribute: string, values: Array<string> }> | null } | null, window: { days: number }, baseline: { days: number | null, previousWave: boolean } } };

export type DeleteAlertRuleMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteAlertRuleMutation = { deleteAlertRule: string };

export type AlertFieldsFragment = { id: string, studyId: string, ruleId: string, metric: AlertMetric, status: AlertStatus, current: number, baseline: number, delta: number, ciLow: number, ciHigh: number, pValue: number, n: number, baselineN: number, firedAt: string, resolvedAt: string | null, acknowledgedAt: string | null, acknowledgedBy: string | null, ownerEmail: string | null, segment: { label: string, key: Array<{ attribute: string, value: string | null }> } };

export type AlertsQueryVariables = Exact<{
  studyId: string | number;
  status?: AlertStatus | null | undefined;
  first?: number | null | undefined;
}>;


export type AlertsQuery = { alerts: Array<{ id: string, studyId: string, ruleId: string, metric: AlertMetric, status: AlertStatus, current: number, baseline: number, delta: number, ciLow: number, ciHigh: number, pValue: number, n: number, baselineN: number, firedAt: string, resolvedAt: string | null, acknowledgedAt: string | null, acknowledgedBy: string | null, ownerEmail: string | null, rule: { name: string }, segment: { label: string, key: Array<{ attribute: string, value: string | null }> } }> };

export type AlertDetailQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AlertDetailQuery = { alert: { id: string, studyId: string, ruleId: string, metric: AlertMetric, status: AlertStatus, current: number, baseline: number, delta: number, ciLow: number, ciHigh: number, pValue: number, n: number, baselineN: number, firedAt: string, resolvedAt: string | null, acknowledgedAt: string | null, acknowledgedBy: string | null, ownerEmail: string | null, responses: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { externalId: string, score: number, attributes: Record<string, string> } }> }, detractorThemes: Array<{ themeId: string, label: string, count: number, n: number, share: number }>, segment: { label: string, key: Array<{ attribute: string, value: string | null }> } } };

export type AcknowledgeAlertMutationVariables = Exact<{
  id: string | number;
}>;


export type AcknowledgeAlertMutation = { acknowledgeAlert: { id: string, studyId: string, ruleId: string, metric: AlertMetric, status: AlertStatus, current: number, baseline: number, delta: number, ciLow: number, ciHigh: number, pValue: number, n: number, baselineN: number, firedAt: string, resolvedAt: string | null, acknowledgedAt: string | null, acknowledgedBy: string | null, ownerEmail: string | null, segment: { label: string, key: Array<{ attribute: string, value: string | null }> } } };

export type AlertRaisedSubscriptionVariables = Exact<{
  studyId: string | number;
}>;


export type AlertRaisedSubscription = { alertRaised: { id: string, studyId: string, ruleId: string, metric: AlertMetric, status: AlertStatus, current: number, baseline: number, delta: number, ciLow: number, ciHigh: number, pValue: number, n: number, baselineN: number, firedAt: string, resolvedAt: string | null, acknowledgedAt: string | null, acknowledgedBy: string | null, ownerEmail: string | null, segment: { label: string, key: Array<{ attribute: string, value: string | null }> } } };

export type AnalysisCostQueryVariables = Exact<{
  id: string | number;
}>;


export type AnalysisCostQuery = { waveAnalysis: { cost: { interviews: number, moderationUsd: number, codingUsd: number, synthesisUsd: number, totalUsd: number, perInterviewUsd: number | null, synthesisModel: string | null, synthesisPromptVersion: string | null } } | null };

export type CodingProvenanceQueryVariables = Exact<{
  id: string | number;
}>;


export type CodingProvenanceQuery = { interviewSession: { coding: { provenance: { coder: CoderKind, model: string | null, promptVersion: string, taxonomyVersion: number, calls: number, promptTokens: number, completionTokens: number, costUsd: number } } | null } | null };

export type ApiKeysQueryVariables = Exact<{
  first?: number | null | undefined;
  includeRevoked?: boolean | null | undefined;
}>;


export type ApiKeysQuery = { apiKeys: { totalCount: number, items: Array<{ id: string, name: string, role: ApiKeyRole, prefix: string, createdAt: string, createdBy: string | null, lastUsedAt: string | null, revokedAt: string | null, revokedBy: string | null, bootstrap: boolean }> } };

export type AuditEventsQueryVariables = Exact<{
  filter?: AuditEventFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditEventsQuery = { auditEvents: { edges: Array<{ cursor: string, node: { id: string, keyId: string | null, action: AuditAction, name: string, target: Record<string, string>, outcome: string, errorCode: string | null, at: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CodingAgreementQueryVariables = Exact<{
  taxonomyVersionId: string | number;
  coder: CoderKind;
}>;


export type CodingAgreementQuery = { codingAgreement: { id: string, coder: CoderKind, model: string | null, promptVersion: string | null, trigger: AgreementTrigger, status: AgreementRunStatus, n: number, percentAgreement: number | null, kappa: number | null, threshold: number, belowThreshold: boolean, drivers: Array<{ goldenCount: number, recodeCount: number, bothCount: number, percentAgreement: number | null, kappa: number | null, driver: { key: string, label: string } }> } | null };

export type CodingAgreementHistoryQueryVariables = Exact<{
  taxonomyVersionId: string | number;
  coder?: CoderKind | null | undefined;
  first?: number | null | undefined;
}>;


export type CodingAgreementHistoryQuery = { codingAgreementHistory: Array<{ id: string, coder: CoderKind, trigger: AgreementTrigger, status: AgreementRunStatus, n: number, kappa: number | null, belowThreshold: boolean, error: string | null, createdAt: string }> };

export type CodingAgreementSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type CodingAgreementSettingsQuery = { codingAgreementSettings: { kappaThreshold: number, ownerEmail: string | null } };

export type CommentDriversQueryVariables = Exact<{
  waveId: string | number;
  filter?: SegmentFilter | null | undefined;
}>;


export type CommentDriversQuery = { commentDrivers: { waveId: string, commented: number, coded: number, withoutDriver: number, smallSample: boolean, drivers: Array<{ count: number, share: number, ciLow: number, ciHigh: number, negative: number, driver: { key: string, label: string } }> } };

export type CompareWavesQueryVariables = Exact<{
  studyId: string | number;
  baseWaveId: string | number;
  waveId: string | number;
  band?: Band | null | undefined;
}>;


export type CompareWavesQuery = { compareWaves: { baseWave: { name: string, analysisId: string | null }, currentWave: { name: string, analysisId: string | null }, nps: { difference: number | null, low: number | null, high: number | null, pValue: number | null, significant: boolean, flag: string, smallSample: boolean, base: { nps: number | null, n: number }, current: { nps: number | null, n: number } }, themes: Array<{ key: string, label: string, scope: ThemeScope, band: Band, matchedBy: ThemeMatch, difference: number | null, low: number | null, high: number | null, pValue: number | null, adjustedPValue: number | null, test: ProportionTestKind | null, flag: string, smallSample: boolean, base: { count: number, n: number, share: number | null, low: number, high: number, smallSample: boolean } | null, current: { count: number, n: number, share: number | null, low: number, high: number, smallSample: boolean } | null }> } };

export type ConfigureIngestSourceMutationVariables = Exact<{
  input: ConfigureIngestSourceInput;
}>;


export type ConfigureIngestSourceMutation = { configureIngestSource: { source: IngestSourceKind, url: string, secret: string | null, mapping: Record<string, string>, createdAt: string, rotatedAt: string } };

export type ConfigureWorkspaceSsoMutationVariables = Exact<{
  input: ConfigureWorkspaceSsoInput;
}>;


export type ConfigureWorkspaceSsoMutation = { configureWorkspaceSso: { issuer: string, clientId: string, clientSecretSet: boolean, allowedDomains: Array<string>, enabled: boolean, redirectUri: string, startPath: string } };

export type ConfirmCodingMutationVariables = Exact<{
  sessionId: string | number;
  taxonomyVersionId?: string | number | null | undefined;
}>;


export type ConfirmCodingMutation = { confirmCoding: { id: string, source: GoldenSource, inGoldenSet: boolean, statedDriver: { key: string } | null, rootDriver: { key: string } | null, excerpts: Array<{ quote: string, driverKey: string, role: ExcerptRole }> } };

export type CorrectCodingMutationVariables = Exact<{
  input: CorrectCodingInput;
}>;


export type CorrectCodingMutation = { correctCoding: { id: string, sessionId: string, waveId: string, taxonomyVersionId: string, taxonomyVersion: number, source: GoldenSource, inGoldenSet: boolean, note: string | null, byKeyId: string | null, by: string | null, statedDriver: { key: string, label: string } | null, rootDriver: { key: string, label: string } | null, excerpts: Array<{ turnSeq: number, start: number, end: number, quote: string, driverKey: string, driverLabel: string, categoryKey: string, role: ExcerptRole }> } };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { createApiKey: { secret: string, key: { id: string, name: string, role: ApiKeyRole, prefix: string, createdAt: string, createdBy: string | null, lastUsedAt: string | null, revokedAt: string | null, bootstrap: boolean } } };

export type CreateStudyMutationVariables = Exact<{
  input: CreateStudyInput;
}>;


export type CreateStudyMutation = { createStudy: { id: string, name: string } };

export type CreateWaveMutationVariables = Exact<{
  input: CreateWaveInput;
}>;


export type CreateWaveMutation = { createWave: { id: string, name: string, status: WaveStatus } };

export type CreateWebhookEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type CreateWebhookEndpointMutation = { createWebhookEndpoint: { secret: string, endpoint: { id: string, url: string, description: string | null, events: Array<WebhookEventType>, enabled: boolean, disabledReason: WebhookDisabledReason | null, disabledAt: string | null, failingSince: string | null, createdAt: string, updatedAt: string } } };

export type DashboardCompareWavesQueryVariables = Exact<{
  studyId: string | number;
  baseWaveId: string | number;
  waveId: string | number;
}>;


export type DashboardCompareWavesQuery = { compareWaves: { nps: { difference: number | null, pValue: number | null, flag: string }, themes: Array<{ key: string, band: Band, matchedBy: ThemeMatch, pValue: number | null, adjustedPValue: number | null, flag: string, base: { share: number | null } | null, current: { share: number | null } | null }> } };

export type DashboardNpsTrendQueryVariables = Exact<{
  studyId: string | number;
}>;


export type DashboardNpsTrendQuery = { npsTrend: { waves: Array<{ overall: { nps: number | null }, segments: Array<{ nps: number | null }>, vsPrevious: { flag: string } | null }> } };

export type DashboardRollingNpsQueryVariables = Exact<{
  studyId: string | number;
}>;


export type DashboardRollingNpsQuery = { rollingNps: { overall: { windows: Array<{ nps: number | null }> }, segments: Array<{ windows: Array<{ nps: number | null }> }> } };

export type DashboardSegmentNpsQueryVariables = Exact<{
  studyId: string | number;
  waveId: string | number;
}>;


export type DashboardSegmentNpsQuery = { segmentNps: { overall: { nps: number | null, n: number }, segments: Array<{ label: string, nps: number | null, ciLow: number | null, ciHigh: number | null, smallSample: boolean }> } };

export type DashboardStudiesQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardStudiesQuery = { studies: Array<{ name: string, nps: { nps: number | null }, bandCounts: { total: number }, waves: Array<{ name: string, bandCounts: { total: number } }> }> };

export type DashboardStudyQueryVariables = Exact<{
  id: string | number;
}>;


export type DashboardStudyQuery = { study: { name: string, respondentCount: number, nps: { nps: number | null, ciLow: number | null, ciHigh: number | null, smallSample: boolean }, bandCounts: { detractors: number, passives: number, promoters: number, total: number }, waves: Array<{ name: string, status: WaveStatus, respondentCount: number, bandCounts: { detractors: number, passives: number, promoters: number, total: number } }> } | null };

export type DashboardThemeTrendQueryVariables = Exact<{
  studyId: string | number;
}>;


export type DashboardThemeTrendQuery = { themeTrend: { waves: Array<{ name: string }>, themes: Array<{ key: string, points: Array<{ band: Band, estimate: { share: number | null }, vsPrevious: { flag: string } | null }> }>, drivers: Array<{ key: string, label: string, points: Array<{ estimate: { share: number | null } }> }> } };

export type DashboardWaveAnalysisQueryVariables = Exact<{
  id: string | number;
}>;


export type DashboardWaveAnalysisQuery = { waveAnalysis: { status: AnalysisStatus, progress: number, taxonomyVersion: number, summary: string | null, themes: Array<{ key: string, label: string, drivers: Array<{ key: string, label: string }>, prevalence: Array<{ band: Band, share: number | null, low: number, high: number }>, quotes: Array<{ quote: string, sessionId: string, turnSeq: number, start: number, end: number }> }>, actions: Array<{ rank: number, title: string, impactPoints: number, themes: Array<{ key: string }>, quotes: Array<{ quote: string }> }> } | null };

export type DeleteWebhookEndpointMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteWebhookEndpointMutation = { deleteWebhookEndpoint: { id: string, url: string } };

export type DeliveriesQueryVariables = Exact<{
  waveId: string | number;
  status?: Array<DeliveryStatus> | DeliveryStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DeliveriesQuery = { deliveries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, kind: DeliveryKind, trigger: DeliveryTrigger, status: DeliveryStatus, attempts: number, lastError: string | null, dueAt: string, sentAt: string | null, updatedAt: string, respondent: { externalId: string } | null } }> } };

export type EmailSuppressionsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type EmailSuppressionsQuery = { emailSuppressions: { totalCount: number, items: Array<{ email: string, reason: SuppressionReason, detail: string | null, createdAt: string }> } };

export type EmbedOriginsQueryVariables = Exact<{ [key: string]: never; }>;


export type EmbedOriginsQuery = { workspaceSettings: { embedOrigins: Array<string> } };

export type EraseRespondentMutationVariables = Exact<{
  id: string | number;
}>;


export type EraseRespondentMutation = { eraseRespondent: { id: string, erasedAt: string } };

export type EscalationRaisedSubscriptionVariables = Exact<{
  studyId: string | number;
}>;


export type EscalationRaisedSubscription = { escalationRaised: { reason: EscalationReason, quote: string, status: EscalationStatus, session: { id: string } } };

export type EscalationsQueryVariables = Exact<{
  studyId: string | number;
  status?: Array<EscalationStatus> | EscalationStatus | null | undefined;
}>;


export type EscalationsQuery = { escalations: Array<{ id: string, reason: EscalationReason, owner: string | null }> };

export type FindingsFieldsFragment = { analysisId: string | null, taxonomyVersion: number | null, groupBy: Array<string>, n: number, segments: Array<{ label: string, n: number, key: Array<{ attribute: string, value: string | null }>, cells: Array<{ key: string, label: string, count: number, n: number, share: number | null, low: number, high: number, smallSample: boolean, versusRest: { difference: number | null, low: number | null, high: number | null, pValue: number | null, adjustedP: number | null, flag: string, significant: boolean } }> }> };

export type ThemePrevalenceQueryVariables = Exact<{
  waveId: string | number;
  groupBy: Array<string> | string;
  filter?: SegmentFilter | null | undefined;
}>;


export type ThemePrevalenceQuery = { themePrevalence: { analysisId: string | null, taxonomyVersion: number | null, groupBy: Array<string>, n: number, segments: Array<{ label: string, n: number, key: Array<{ attribute: string, value: string | null }>, cells: Array<{ key: string, label: string, count: number, n: number, share: number | null, low: number, high: number, smallSample: boolean, versusRest: { difference: number | null, low: number | null, high: number | null, pValue: number | null, adjustedP: number | null, flag: string, significant: boolean } }> }> } };

export type DriverPrevalenceQueryVariables = Exact<{
  waveId: string | number;
  groupBy: Array<string> | string;
  role: DriverRole;
}>;


export type DriverPrevalenceQuery = { driverPrevalence: { analysisId: string | null, taxonomyVersion: number | null, groupBy: Array<string>, n: number, segments: Array<{ label: string, n: number, key: Array<{ attribute: string, value: string | null }>, cells: Array<{ key: string, label: string, count: number, n: number, share: number | null, low: number, high: number, smallSample: boolean, versusRest: { difference: number | null, low: number | null, high: number | null, pValue: number | null, adjustedP: number | null, flag: string, significant: boolean } }> }> } };

export type StatedToRootQueryVariables = Exact<{
  waveId: string | number;
  groupBy: Array<string> | string;
}>;


export type StatedToRootQuery = { statedToRoot: { analysisId: string | null, segments: Array<{ label: string, n: number, withBoth: number, differShare: number | null, cells: Array<{ stated: string | null, statedLabel: string | null, root: string | null, rootLabel: string | null, count: number, share: number }> }> } };

export type CompetitorsQueryVariables = Exact<{
  studyId: string | number;
  groupBy: Array<string> | string;
}>;


export type CompetitorsQuery = { competitors: { groupBy: Array<string>, unnamedMentions: Array<{ waveId: string, waveName: string, count: number, n: number, share: number | null }>, competitors: Array<{ name: string, total: number, byWave: Array<{ waveId: string, waveName: string, count: number, n: number, share: number | null }>, bySegment: Array<{ label: string, count: number, n: number, share: number | null }>, quotes: Array<{ sessionId: string, waveId: string, band: Band, quote: string, turnSeq: number, start: number, end: number }> }> } };

export type GoldenSetQueryVariables = Exact<{
  taxonomyVersionId: string | number;
}>;


export type GoldenSetQuery = { goldenSet: Array<{ id: string, sessionId: string, source: GoldenSource, inGoldenSet: boolean, by: string | null, statedDriver: { key: string } | null, rootDriver: { key: string } | null, excerpts: Array<{ quote: string }> }> };

export type GuideQueryVariables = Exact<{
  id: string | number;
}>;


export type GuideQuery = { guide: { id: string } | null };

export type GuideVersionFieldsFragment = { id: string, band: Band, version: number, note: string | null, createdAt: string, content: { topicsToAvoid: Array<string>, ladderTargetDepth: { min: number, max: number }, phases: Array<{ key: PhaseKey, objective: string, probeInstructions: string, budget: { turns: number, minutes: number }, openingQuestions: Array<{ language: string, questions: Array<string> }> }> } };

export type GuideVersionsQueryVariables = Exact<{
  studyId: string | number;
  band: Band;
}>;


export type GuideVersionsQuery = { guideVersions: Array<{ id: string, band: Band, version: number, note: string | null, createdAt: string, content: { topicsToAvoid: Array<string>, ladderTargetDepth: { min: number, max: number }, phases: Array<{ key: PhaseKey, objective: string, probeInstructions: string, budget: { turns: number, minutes: number }, openingQuestions: Array<{ language: string, questions: Array<string> }> }> } }> };

export type ImportBatchesQueryVariables = Exact<{
  waveId: string | number;
  first?: number | null | undefined;
}>;


export type ImportBatchesQuery = { importBatches: Array<{ id: string, source: string, receivedAt: string, inserted: number, updated: number, unchanged: number, deliveryId: string | null }> };

export type ImportRespondentsMutationVariables = Exact<{
  input: ImportRespondentsInput;
}>;


export type ImportRespondentsMutation = { importRespondents: { ok: boolean, importedCount: number, errorCount: number, errors: Array<{ row: number, column: string | null, code: string, message: string }> } };

export type IngestResponsesMutationVariables = Exact<{
  input: IngestResponsesInput;
}>;


export type IngestResponsesMutation = { ingestResponses: { ok: boolean, inserted: number, updated: number, unchanged: number, batchId: string | null, errors: Array<{ index: number, field: string | null, code: string, message: string }> } };

export type InterviewSessionCodingQueryVariables = Exact<{
  id: string | number;
}>;


export type InterviewSessionCodingQuery = { interviewSession: { coding: { coder: CoderKind, taxonomyVersion: number, rootNote: string | null, sentimentScore: number, competitors: Array<string>, competitorMentioned: boolean, statedDriver: { key: string, label: string } | null, rootDriver: { key: string, label: string } | null, excerpts: Array<{ driverKey: string, driverLabel: string, categoryKey: string, quote: string, turnSeq: number, start: number, end: number, role: ExcerptRole, sentiment: Sentiment, sentimentScore: number }> } | null } | null };

export type InterviewSessionCorrectionQueryVariables = Exact<{
  id: string | number;
}>;


export type InterviewSessionCorrectionQuery = { interviewSession: { coding: { id: string, inGoldenSet: boolean, statedDriver: { key: string } | null, rootDriver: { key: string } | null, correction: { id: string, statedDriver: { key: string } | null, rootDriver: { key: string } | null, excerpts: Array<{ quote: string, driverKey: string }> } | null } | null } | null };

export type InterviewSessionEscalationsQueryVariables = Exact<{
  id: string | number;
}>;


export type InterviewSessionEscalationsQuery = { interviewSession: { escalations: Array<{ reason: EscalationReason, owner: string | null, status: EscalationStatus }> } | null };

export type InterviewSessionsQueryVariables = Exact<{
  studyId: string | number;
  waveId?: string | number | null | undefined;
}>;


export type InterviewSessionsQuery = { interviewSessions: Array<{ id: string, coding: { taxonomyVersion: number } | null }> };

export type InviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type InviteMemberMutation = { inviteMember: { role: MemberRole, invitedByUserId: string | null, invitedByKeyId: string | null, user: { id: string, email: string } } };

export type InviteRespondentsMutationVariables = Exact<{
  input: InviteRespondentsInput;
}>;


export type InviteRespondentsMutation = { inviteRespondents: { queued: number, alreadyInvited: number, withoutEmail: number, suppressed: number } };

export type LaunchWaveMutationVariables = Exact<{
  id: string | number;
}>;


export type LaunchWaveMutation = { launchWave: { id: string, status: WaveStatus, launchedAt: string | null, guides: Array<{ band: Band, version: number }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { kind: string, apiKeyId: string | null, workspaceId: string, role: ApiKeyRole, user: { id: string, email: string, name: string | null } | null, memberships: Array<{ workspaceId: string, workspaceName: string, role: MemberRole }> } };

export type NpsTrendQueryVariables = Exact<{
  studyId: string | number;
  groupBy?: Array<string> | string | null | undefined;
}>;


export type NpsTrendQuery = { npsTrend: { groupBy: Array<string>, waves: Array<{ waveName: string, overall: { nps: number | null, n: number, smallSample: boolean }, segments: Array<{ label: string, n: number, nps: number | null }>, vsPrevious: { difference: number | null, pValue: number | null, flag: string } | null }> } };

export type NpsTrendCountsQueryVariables = Exact<{
  studyId: string | number;
  filter?: SegmentFilter | null | undefined;
}>;


export type NpsTrendCountsQuery = { npsTrend: { waves: Array<{ overall: { n: number }, segments: Array<{ n: number }> }> } };

export type OverallNpsChangedSubscriptionVariables = Exact<{
  studyId: string | number;
  groupBy: Array<string> | string;
}>;


export type OverallNpsChangedSubscription = { segmentNpsChanged: { overall: { n: number, nps: number | null } } };

export type AssignEscalationMutationVariables = Exact<{
  input: UpdateEscalationInput;
}>;


export type AssignEscalationMutation = { updateEscalation: { id: string, owner: string | null, ownerEmail: string | null } };

export type AssignAlertMutationVariables = Exact<{
  id: string | number;
  ownerEmail: string;
}>;


export type AssignAlertMutation = { assignAlert: { id: string, ownerEmail: string | null } };

export type NotificationPreferenceQueryVariables = Exact<{
  email: string;
}>;


export type NotificationPreferenceQuery = { notificationPreference: { email: string, digest: NotificationDigest, digestHourUtc: number } };

export type SetNotificationPreferenceMutationVariables = Exact<{
  input: NotificationPreferenceInput;
}>;


export type SetNotificationPreferenceMutation = { setNotificationPreference: { email: string, digest: NotificationDigest, digestHourUtc: number } };

export type RecodeStudyMutationVariables = Exact<{
  input: RecodeStudyInput;
}>;


export type RecodeStudyMutation = { recodeStudy: Array<{ id: string, waveId: string, status: AnalysisStatus, taxonomyVersion: number, synthesizer: CoderKind }> };

export type RemoveFromGoldenSetMutationVariables = Exact<{
  sessionId: string | number;
  taxonomyVersionId?: string | number | null | undefined;
}>;


export type RemoveFromGoldenSetMutation = { removeFromGoldenSet: boolean };

export type RemoveMemberMutationVariables = Exact<{
  userId: string | number;
}>;


export type RemoveMemberMutation = { removeMember: { role: MemberRole, user: { id: string, email: string } } };

export type RemoveWorkspaceSsoMutationVariables = Exact<{ [key: string]: never; }>;


export type RemoveWorkspaceSsoMutation = { removeWorkspaceSso: boolean };

export type ReplayWebhookDeliveryMutationVariables = Exact<{
  id: string | number;
}>;


export type ReplayWebhookDeliveryMutation = { replayWebhookDelivery: { id: string, endpointId: string, eventId: string, eventType: WebhookEventType, status: WebhookDeliveryStatus, attempts: number, nextAttemptAt: string | null, lastAttemptAt: string | null, statusCode: number | null, latencyMs: number | null, responseBody: string | null, error: string | null, deliveredAt: string | null, replayOf: string | null, createdAt: string } };

export type RespondentCommentsQueryVariables = Exact<{
  waveId: string | number;
}>;


export type RespondentCommentsQuery = { respondents: { edges: Array<{ node: { externalId: string, commentCoding: { sentiment: Sentiment, quote: string | null, coder: CoderKind, codedAt: string, driver: { key: string, label: string } | null } | null } }> } };

export type RespondentInvitationsQueryVariables = Exact<{
  waveId: string | number;
  first?: number | null | undefined;
}>;


export type RespondentInvitationsQuery = { respondents: { edges: Array<{ node: { externalId: string, invitation: { kind: DeliveryKind, trigger: DeliveryTrigger, status: DeliveryStatus, attempts: number, lastError: string | null, sentAt: string | null } | null } }> } };

export type RespondentLineageQueryVariables = Exact<{
  waveId: string | number;
  filter?: RespondentFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type RespondentLineageQuery = { respondents: { totalCount: number, edges: Array<{ node: { externalId: string, score: number, band: Band, email: string | null, language: string | null, attributes: Record<string, string>, comment: string | null, source: string, importBatchId: string | null, respondedAt: string, receivedAt: string, updatedAt: string } }> } };

export type RespondentSessionQueryVariables = Exact<{
  token: string;
}>;


export type RespondentSessionQuery = { respondentSession: { sessionId: string, turns: Array<{ text: string }> } };

export type RespondentsQueryVariables = Exact<{
  waveId: string | number;
  first?: number | null | undefined;
}>;


export type RespondentsQuery = { respondents: { totalCount: number, edges: Array<{ node: { externalId: string, respondedAt: string } }> } };

export type RevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiKeyMutation = { revokeApiKey: { id: string, revokedAt: string | null, revokedBy: string | null } };

export type RollingNpsQueryVariables = Exact<{
  studyId: string | number;
  days?: number | null | undefined;
  step?: RollingStep | null | undefined;
  groupBy?: Array<string> | string | null | undefined;
}>;


export type RollingNpsQuery = { rollingNps: { days: number, step: RollingStep, overall: { windows: Array<{ start: string, end: string, n: number, nps: number | null, smallSample: boolean }> }, segments: Array<{ label: string, windows: Array<{ end: string, n: number }> }> } };

export type RotateIngestSecretMutationVariables = Exact<{
  waveId: string | number;
  source: IngestSourceKind;
}>;


export type RotateIngestSecretMutation = { rotateIngestSecret: { source: IngestSourceKind, url: string, secret: string | null, rotatedAt: string } };

export type RunCodingAgreementMutationVariables = Exact<{
  taxonomyVersionId: string | number;
  coder: CoderKind;
}>;


export type RunCodingAgreementMutation = { runCodingAgreement: { id: string, status: AgreementRunStatus, trigger: AgreementTrigger, coder: CoderKind, taxonomyVersion: number, threshold: number } };

export type SchemaQueryTypeQueryVariables = Exact<{ [key: string]: never; }>;


export type SchemaQueryTypeQuery = { __schema: { queryType: { name: string | null } } };

export type SchemaRootFieldsQueryVariables = Exact<{ [key: string]: never; }>;


export type SchemaRootFieldsQuery = { __schema: { queryType: { fields: Array<{ name: string }> | null }, mutationType: { fields: Array<{ name: string }> | null } | null, subscriptionType: { fields: Array<{ name: string }> | null } | null } };

export type SegmentIntervalsChangedSubscriptionVariables = Exact<{
  studyId: string | number;
  groupBy: Array<string> | string;
}>;


export type SegmentIntervalsChangedSubscription = { segmentNpsChanged: { overall: { n: number, nps: number | null }, segments: Array<{ label: string, n: number, nps: number | null, ciLow: number | null, ciHigh: number | null }> } };

export type SegmentNpsQueryVariables = Exact<{
  studyId: string | number;
  waveId?: string | number | null | undefined;
  groupBy: Array<string> | string;
  filter?: SegmentFilter | null | undefined;
}>;


export type SegmentNpsQuery = { segmentNps: { groupBy: Array<string>, overall: { n: number, nps: number | null, ciLow: number | null, ciHigh: number | null, smallSample: boolean }, segments: Array<{ label: string, n: number, promoters: number, passives: number, detractors: number, nps: number | null, ciLow: number | null, ciHigh: number | null, smallSample: boolean, key: Array<{ attribute: string, value: string | null }> }> } };

export type SegmentNpsChangedSubscriptionVariables = Exact<{
  studyId: string | number;
  groupBy: Array<string> | string;
}>;


export type SegmentNpsChangedSubscription = { segmentNpsChanged: { groupBy: Array<string>, overall: { n: number, promoters: number, nps: number | null }, segments: Array<{ label: string, n: number }> } };

export type SendRespondentMessageMutationVariables = Exact<{
  token: string;
  text: string;
  clientMessageId: string;
}>;


export type SendRespondentMessageMutation = { sendRespondentMessage: { id: string } };

export type SessionDeliveriesQueryVariables = Exact<{
  studyId: string | number;
  waveId?: string | number | null | undefined;
}>;


export type SessionDeliveriesQuery = { interviewSessions: Array<{ id: string, delivery: { id: string, status: DeliveryStatus, sessionId: string | null } | null }> };

export type SessionTranscriptQueryVariables = Exact<{
  id: string | number;
}>;


export type SessionTranscriptQuery = { interviewSession: { id: string, turns: Array<{ seq: number, text: string }> } | null };

export type SessionUpdatedSubscriptionVariables = Exact<{
  sessionId: string | number;
}>;


export type SessionUpdatedSubscription = { sessionUpdated: { session: { id: string, status: SessionStatus }, turn: { id: string, seq: number, text: string, role: TurnRole } | null } };

export type SetStudyEscalationOwnerMutationVariables = Exact<{
  studyId: string | number;
  ownerEmail: string;
}>;


export type SetStudyEscalationOwnerMutation = { setStudyEscalationOwner: { id: string, escalationOwnerEmail: string | null } };

export type ShareFieldsFragment = { count: number, n: number, share: number | null, low: number, high: number, smallSample: boolean };

export type SignOutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutEverywhereMutation = { signOutEverywhere: number };

export type StartGuidePreviewMutationVariables = Exact<{
  input: StartGuidePreviewInput;
}>;


export type StartGuidePreviewMutation = { startGuidePreview: { chatPath: string } };

export type StartInterviewMutationVariables = Exact<{
  respondentId: string | number;
}>;


export type StartInterviewMutation = { startInterview: { respondentToken: string, chatPath: string } };

export type StartWaveAnalysisMutationVariables = Exact<{
  waveId: string | number;
}>;


export type StartWaveAnalysisMutation = { startWaveAnalysis: { id: string, status: AnalysisStatus, progress: number } };

export type StudiesQueryVariables = Exact<{ [key: string]: never; }>;


export type StudiesQuery = { studies: Array<{ id: string }> };

export type StudyQueryVariables = Exact<{
  id: string | number;
}>;


export type StudyQuery = { study: { id: string } | null };

export type StudyGuidesQueryVariables = Exact<{
  id: string | number;
}>;


export type StudyGuidesQuery = { study: { guides: Array<{ band: Band, version: number, content: { ladderTargetDepth: { min: number, max: number }, phases: Array<{ key: PhaseKey, budget: { turns: number, minutes: number }, openingQuestions: Array<{ language: string, questions: Array<string> }> }> } }> } | null };

export type StudyLatestAnalysesQueryVariables = Exact<{
  id: string | number;
}>;


export type StudyLatestAnalysesQuery = { study: { waves: Array<{ name: string, latestAnalysis: { id: string, status: AnalysisStatus, progress: number, total: number, coded: number, finishedAt: string | null } | null }> } | null };

export type StudySessionCountsQueryVariables = Exact<{
  id: string | number;
}>;


export type StudySessionCountsQuery = { study: { sessionCounts: { invited: number, active: number, completed: number, total: number } } | null };

export type StudySessionUpdatedSubscriptionVariables = Exact<{
  studyId: string | number;
}>;


export type StudySessionUpdatedSubscription = { studySessionUpdated: { session: { id: string, quality: { respondentTurns: number } | null, turns: Array<{ seq: number }> }, turn: { seq: number } | null } };

export type StudyTaxonomyQueryVariables = Exact<{
  id: string | number;
}>;


export type StudyTaxonomyQuery = { study: { taxonomy: { version: number, crosswalk: Array<{ from: string }>, categories: Array<{ key: string, drivers: Array<{ key: string, label: string }> }> } | null } | null };

export type StudyWaveFieldingQueryVariables = Exact<{
  id: string | number;
}>;


export type StudyWaveFieldingQuery = { study: { waves: Array<{ id: string, fieldingRules: { autoInvite: { bands: Array<Band> } | null } | null, fielding: { responses: number, invited: number, sent: number, failed: number, suppressed: number, started: number, completed: number, responseRate: number | null, completionRate: number | null, medianMinutesToComplete: number | null } }> } | null };

export type StudyWaveFieldingTimelineQueryVariables = Exact<{
  id: string | number;
  bucket?: FieldingBucket | null | undefined;
}>;


export type StudyWaveFieldingTimelineQuery = { study: { waves: Array<{ id: string, fieldingTimeline: Array<{ at: string, invited: number, sent: number, started: number, completed: number }> }> } | null };

export type StudyWaveGuidesQueryVariables = Exact<{
  id: string | number;
}>;


export type StudyWaveGuidesQuery = { study: { waves: Array<{ guides: Array<{ band: Band, version: number }> }> } | null };

export type StudyWaveIngestSourcesQueryVariables = Exact<{
  id: string | number;
}>;


export type StudyWaveIngestSourcesQuery = { study: { waves: Array<{ id: string, ingestSources: Array<{ source: IngestSourceKind, url: string, mapping: Record<string, string>, createdAt: string, rotatedAt: string }> }> } | null };

export type StudyWaveInterviewQualityQueryVariables = Exact<{
  id: string | number;
}>;


export type StudyWaveInterviewQualityQuery = { study: { waves: Array<{ id: string, interviewQuality: { interviews: number, medianDepth: number | null, shareDepthAtLeast5: number | null, leadingCaught: number, probesReusingWordsShare: number | null, medianMinutes: number | null, costPerInterview: number | null, depthDistribution: Array<{ depth: number, interviews: number }> } }> } | null };

export type SuppressEmailMutationVariables = Exact<{
  email: string;
}>;


export type SuppressEmailMutation = { suppressEmail: { email: string, reason: SuppressionReason } };

export type SwitchWorkspaceMutationVariables = Exact<{
  workspaceId: string | number;
}>;


export type SwitchWorkspaceMutation = { switchWorkspace: { kind: string, workspaceId: string, role: ApiKeyRole, memberships: Array<{ workspaceId: string, workspaceName: string, role: MemberRole }> } };

export type TaxonomyFieldsFragment = { id: string, version: number, note: string | null, createdBy: string | null, categories: Array<{ key: string, label: string, drivers: Array<{ key: string, label: string, description: string, examples: Array<string> }> }>, crosswalk: Array<{ from: string, to: Array<string> }> };

export type TaxonomyVersionsQueryVariables = Exact<{
  studyId: string | number;
}>;


export type TaxonomyVersionsQuery = { taxonomyVersions: Array<{ id: string, version: number, note: string | null, createdBy: string | null, categories: Array<{ key: string, label: string, drivers: Array<{ key: string, label: string, description: string, examples: Array<string> }> }>, crosswalk: Array<{ from: string, to: Array<string> }> }> };

export type ThemeTrendQueryVariables = Exact<{
  studyId: string | number;
}>;


export type ThemeTrendQuery = { themeTrend: { waves: Array<{ name: string, analysisId: string | null }>, themes: Array<{ key: string, label: string, scope: ThemeScope, driverKeys: Array<string>, points: Array<{ waveId: string, band: Band, matchedBy: ThemeMatch, estimate: { count: number, n: number }, vsPrevious: { difference: number, pValue: number, adjustedPValue: number, test: ProportionTestKind, flag: string } | null }> }>, drivers: Array<{ key: string, label: string, points: Array<{ waveId: string, band: Band, estimate: { count: number, n: number, share: number | null }, vsPrevious: { pValue: number, adjustedPValue: number } | null }> }> } };

export type ThemeTrendsSubscriptionVariables = Exact<{
  studyId: string | number;
}>;


export type ThemeTrendsSubscription = { themeTrends: { studyId: string, waves: Array<{ waveId: string, analysisId: string, status: AnalysisStatus, themeCount: number, finishedAt: string | null }> } };

export type UnsuppressEmailMutationVariables = Exact<{
  email: string;
}>;


export type UnsuppressEmailMutation = { unsuppressEmail: boolean };

export type UpdateCodingAgreementSettingsMutationVariables = Exact<{
  input: UpdateCodingAgreementSettingsInput;
}>;


export type UpdateCodingAgreementSettingsMutation = { updateCodingAgreementSettings: { kappaThreshold: number, ownerEmail: string | null } };

export type UpdateEmbedOriginsMutationVariables = Exact<{
  origins: Array<string> | string;
}>;


export type UpdateEmbedOriginsMutation = { updateEmbedOrigins: { embedOrigins: Array<string> } };

export type UpdateEscalationMutationVariables = Exact<{
  input: UpdateEscalationInput;
}>;


export type UpdateEscalationMutation = { updateEscalation: { status: EscalationStatus, owner: string | null } };

export type UpdateGuideMutationVariables = Exact<{
  input: UpdateGuideInput;
}>;


export type UpdateGuideMutation = { updateGuide: { id: string, band: Band, version: number, note: string | null, createdAt: string, content: { topicsToAvoid: Array<string>, ladderTargetDepth: { min: number, max: number }, phases: Array<{ key: PhaseKey, objective: string, probeInstructions: string, budget: { turns: number, minutes: number }, openingQuestions: Array<{ language: string, questions: Array<string> }> }> } } };

export type UpdateMemberRoleMutationVariables = Exact<{
  input: UpdateMemberRoleInput;
}>;


export type UpdateMemberRoleMutation = { updateMemberRole: { role: MemberRole, user: { id: string } } };

export type UpdateTaxonomyMutationVariables = Exact<{
  input: UpdateTaxonomyInput;
}>;


export type UpdateTaxonomyMutation = { updateTaxonomy: { id: string, version: number, note: string | null, createdBy: string | null, categories: Array<{ key: string, label: string, drivers: Array<{ key: string, label: string, description: string, examples: Array<string> }> }>, crosswalk: Array<{ from: string, to: Array<string> }> } };

export type UpdateWaveFieldingMutationVariables = Exact<{
  input: UpdateWaveFieldingInput;
}>;


export type UpdateWaveFieldingMutation = { updateWaveFielding: { id: string, fieldingRules: { updatedAt: string, autoInvite: { bands: Array<Band>, sampleRate: number, maxPerDay: number | null, delayMinutes: number, quietHours: { start: string, end: string, timezone: string } | null } | null, sender: { fromName: string | null, replyTo: string | null } | null } | null } };

export type UpdateWebhookEndpointMutationVariables = Exact<{
  input: UpdateWebhookEndpointInput;
}>;


export type UpdateWebhookEndpointMutation = { updateWebhookEndpoint: { id: string, url: string, description: string | null, events: Array<WebhookEventType>, enabled: boolean, disabledReason: WebhookDisabledReason | null, disabledAt: string | null, failingSince: string | null, createdAt: string, updatedAt: string } };

export type UpdateWorkspaceSettingsMutationVariables = Exact<{
  input: UpdateWorkspaceSettingsInput;
}>;


export type UpdateWorkspaceSettingsMutation = { updateWorkspaceSettings: { transcriptRetentionDays: number | null } };

export type WaveAnalysisQueryVariables = Exact<{
  id: string | number;
}>;


export type WaveAnalysisQuery = { waveAnalysis: { id: string, status: AnalysisStatus, total: number, coded: number, progress: number, taxonomyVersion: number, synthesizer: CoderKind, summary: string | null, finishedAt: string | null, error: string | null, themes: Array<{ key: string, label: string, scope: ThemeScope, driverKeys: Array<string>, rank: number, drivers: Array<{ key: string, label: string }>, prevalence: Array<{ band: Band, count: number, n: number, share: number | null, low: number, high: number, smallSample: boolean }>, quotes: Array<{ quote: string, sessionId: string, turnSeq: number, start: number, end: number, band: Band }> }>, actions: Array<{ rank: number, title: string, rationale: string, impactPoints: number, impactLow: number | null, impactHigh: number | null, impactN: number | null, smallSample: boolean | null, action: string | null, evidence: string | null, writer: string | null, impactExplanation: string, themes: Array<{ key: string }>, quotes: Array<{ quote: string }> }> } | null };

export type WaveAnalysisProgressSubscriptionVariables = Exact<{
  waveId: string | number;
}>;


export type WaveAnalysisProgressSubscription = { waveAnalysisProgress: { waveId: string, analysisId: string, status: AnalysisStatus, total: number, coded: number, progress: number } };

export type WaveAnalysisThemeFiltersQueryVariables = Exact<{
  id: string | number;
}>;


export type WaveAnalysisThemeFiltersQuery = { waveAnalysis: { passive: Array<{ key: string }>, detractorScope: Array<{ key: string }> } | null };

export type WebhookDeliveriesQueryVariables = Exact<{
  endpointId: string | number;
  status?: WebhookDeliveryStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WebhookDeliveriesQuery = { webhookDeliveries: { edges: Array<{ cursor: string, node: { id: string, endpointId: string, eventId: string, eventType: WebhookEventType, status: WebhookDeliveryStatus, attempts: number, nextAttemptAt: string | null, lastAttemptAt: string | null, statusCode: number | null, latencyMs: number | null, responseBody: string | null, error: string | null, deliveredAt: string | null, replayOf: string | null, createdAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type WebhookDeliveryFieldsFragment = { id: string, endpointId: string, eventId: string, eventType: WebhookEventType, status: WebhookDeliveryStatus, attempts: number, nextAttemptAt: string | null, lastAttemptAt: string | null, statusCode: number | null, latencyMs: number | null, responseBody: string | null, error: string | null, deliveredAt: string | null, replayOf: string | null, createdAt: string };

export type WebhookEndpointFieldsFragment = { id: string, url: string, description: string | null, events: Array<WebhookEventType>, enabled: boolean, disabledReason: WebhookDisabledReason | null, disabledAt: string | null, failingSince: string | null, createdAt: string, updatedAt: string };

export type WebhookEndpointsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhookEndpointsQuery = { webhookEndpoints: Array<{ id: string, url: string, description: string | null, events: Array<WebhookEventType>, enabled: boolean, disabledReason: WebhookDisabledReason | null, disabledAt: string | null, failingSince: string | null, createdAt: string, updatedAt: string }> };

export type WorkspaceMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkspaceMembersQuery = { workspaceMembers: { totalCount: number, items: Array<{ role: MemberRole, invitedByUserId: string | null, invitedByKeyId: string | null, user: { id: string, email: string } }> } };

export type WorkspaceSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkspaceSettingsQuery = { workspaceSettings: { transcriptRetentionDays: number | null } };

export type WorkspaceSsoQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkspaceSsoQuery = { workspaceSso: { issuer: string, clientId: string, clientSecretSet: boolean, allowedDomains: Array<string>, enabled: boolean, redirectUri: string, startPath: string, updatedAt: string } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AlertRuleFieldsFragmentDoc = new TypedDocumentString(`
    fragment AlertRuleFields on AlertRule {
  id
  studyId
  name
  metric
  direction
  groupBy
  filter {
    bands
    attributes {
      attribute
      values
    }
  }
  window {
    days
  }
  baseline {
    days
    previousWave
  }
  minN
  minDelta
  level
  enabled
  ownerEmail
  lastEvaluatedAt
}
    `, {"fragmentName":"AlertRuleFields"}) as unknown as TypedDocumentString<AlertRuleFieldsFragment, unknown>;
export const AlertFieldsFragmentDoc = new TypedDocumentString(`
    fragment AlertFields on Alert {
  id
  studyId
  ruleId
  segment {
    key {
      attribute
      value
    }
    label
  }
  metric
  status
  current
  baseline
  delta
  ciLow
  ciHigh
  pValue
  n
  baselineN
  firedAt
  resolvedAt
  acknowledgedAt
  acknowledgedBy
  ownerEmail
}
    `, {"fragmentName":"AlertFields"}) as unknown as TypedDocumentString<AlertFieldsFragment, unknown>;
export const FindingsFieldsFragmentDoc = new TypedDocumentString(`
    fragment FindingsFields on FindingsBySegment {
  analysisId
  taxonomyVersion
  groupBy
  n
  segments {
    key {
      attribute
      value
    }
    label
    n
    cells {
      key
      label
      count
      n
      share
      low
      high
      smallSample
      versusRest {
        difference
        low
        high
        pValue
        adjustedP
        flag
        significant
      }
    }
  }
}
    `, {"fragmentName":"FindingsFields"}) as unknown as TypedDocumentString<FindingsFieldsFragment, unknown>;
export const GuideVersionFieldsFragmentDoc = new TypedDocumentString(`
    fragment GuideVersionFields on InterviewGuide {
  id
  band
  version
  note
  createdAt
  content {
    ladderTargetDepth {
      min
      max
    }
    topicsToAvoid
    phases {
      key
      objective
      probeInstructions
      budget {
        turns
        minutes
      }
      openingQuestions {
        language
        questions
      }
    }
  }
}
    `, {"fragmentName":"GuideVersionFields"}) as unknown as TypedDocumentString<GuideVersionFieldsFragment, unknown>;
export const ShareFieldsFragmentDoc = new TypedDocumentString(`
    fragment ShareFields on ShareEstimate {
  count
  n
  share
  low
  high
  smallSample
}
    `, {"fragmentName":"ShareFields"}) as unknown as TypedDocumentString<ShareFieldsFragment, unknown>;
export const TaxonomyFieldsFragmentDoc = new TypedDocumentString(`
    fragment TaxonomyFields on DriverTaxonomy {
  id
  version
  note
  createdBy
  categories {
    key
    label
    drivers {
      key
      label
      description
      examples
    }
  }
  crosswalk {
    from
    to
  }
}
    `, {"fragmentName":"TaxonomyFields"}) as unknown as TypedDocumentString<TaxonomyFieldsFragment, unknown>;
export const WebhookDeliveryFieldsFragmentDoc = new TypedDocumentString(`
    fragment WebhookDeliveryFields on WebhookDelivery {
  id
  endpointId
  eventId
  eventType
  status
  attempts
  nextAttemptAt
  lastAttemptAt
  statusCode
  latencyMs
  responseBody
  error
  deliveredAt
  replayOf
  createdAt
}
    `, {"fragmentName":"WebhookDeliveryFields"}) as unknown as TypedDocumentString<WebhookDeliveryFieldsFragment, unknown>;
export const WebhookEndpointFieldsFragmentDoc = new TypedDocumentString(`
    fragment WebhookEndpointFields on WebhookEndpoint {
  id
  url
  description
  events
  enabled
  disabledReason
  disabledAt
  failingSince
  createdAt
  updatedAt
}
    `, {"fragmentName":"WebhookEndpointFields"}) as unknown as TypedDocumentString<WebhookEndpointFieldsFragment, unknown>;
export const AlertRulesDocument = new TypedDocumentString(`
    query AlertRules($studyId: ID!) {
  alertRules(studyId: $studyId) {
    ...AlertRuleFields
  }
}
    fragment AlertRuleFields on AlertRule {
  id
  studyId
  name
  metric
  direction
  groupBy
  filter {
    bands
    attributes {
      attribute
      values
    }
  }
  window {
    days
  }
  baseline {
    days
    previousWave
  }
  minN
  minDelta
  level
  enabled
  ownerEmail
  lastEvaluatedAt
}`) as unknown as TypedDocumentString<AlertRulesQuery, AlertRulesQueryVariables>;
export const CreateAlertRuleDocument = new TypedDocumentString(`
    mutation CreateAlertRule($input: CreateAlertRuleInput!) {
  createAlertRule(input: $input) {
    ...AlertRuleFields
  }
}
    fragment AlertRuleFields on AlertRule {
  id
  studyId
  name
  metric
  direction
  groupBy
  filter {
    bands
    attributes {
      attribute
      values
    }
  }
  window {
    days
  }
  baseline {
    days
    previousWave
  }
  minN
  minDelta
  level
  enabled
  ownerEmail
  lastEvaluatedAt
}`) as unknown as TypedDocumentString<CreateAlertRuleMutation, CreateAlertRuleMutationVariables>;
export const UpdateAlertRuleDocument = new TypedDocumentString(`
    mutation UpdateAlertRule($input: UpdateAlertRuleInput!) {
  updateAlertRule(input: $input) {
    ...AlertRuleFields
  }
}
    fragment AlertRuleFields on AlertRule {
  id
  studyId
  name
  metric
  direction
  groupBy
  filter {
    bands
    attributes {
      attribute
      values
    }
  }
  window {
    days
  }
  baseline {
    days
    previousWave
  }
  minN
  minDelta
  level
  enabled
  ownerEmail
  lastEvaluatedAt
}`) as unknown as TypedDocumentString<UpdateAlertRuleMutation, UpdateAlertRuleMutationVariables>;
export const DeleteAlertRuleDocument = new TypedDocumentString(`
    mutation DeleteAlertRule($id: ID!) {
  deleteAlertRule(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteAlertRuleMutation, DeleteAlertRuleMutationVariables>;
export const AlertsDocument = new TypedDocumentString(`
    query Alerts($studyId: ID!, $status: AlertStatus, $first: Int) {
  alerts(studyId: $studyId, status: $status, first: $first) {
    ...AlertFields
    rule {
      name
    }
  }
}
    fragment AlertFields on Alert {
  id
  studyId
  ruleId
  segment {
    key {
      attribute
      value
    }
    label
  }
  metric
  status
  current
  baseline
  delta
  ciLow
  ciHigh
  pValue
  n
  baselineN
  firedAt
  resolvedAt
  acknowledgedAt
  acknowledgedBy
  ownerEmail
}`) as unknown as TypedDocumentString<AlertsQuery, AlertsQueryVariables>;
export const AlertDetailDocument = new TypedDocumentString(`
    query AlertDetail($id: ID!, $first: Int, $after: String) {
  alert(id: $id) {
    ...AlertFields
    responses(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          externalId
          score
          attributes
        }
      }
    }
    detractorThemes {
      themeId
      label
      count
      n
      share
    }
  }
}
    fragment AlertFields on Alert {
  id
  studyId
  ruleId
  segment {
    key {
      attribute
      value
    }
    label
  }
  metric
  status
  current
  baseline
  delta
  ciLow
  ciHigh
  pValue
  n
  baselineN
  firedAt
  resolvedAt
  acknowledgedAt
  acknowledgedBy
  ownerEmail
}`) as unknown as TypedDocumentString<AlertDetailQuery, AlertDetailQueryVariables>;
export const AcknowledgeAlertDocument = new TypedDocumentString(`
    mutation AcknowledgeAlert($id: ID!) {
  acknowledgeAlert(id: $id) {
    ...AlertFields
  }
}
    fragment AlertFields on Alert {
  id
  studyId
  ruleId
  segment {
    key {
      attribute
      value
    }
    label
  }
  metric
  status
  current
  baseline
  delta
  ciLow
  ciHigh
  pValue
  n
  baselineN
  firedAt
  resolvedAt
  acknowledgedAt
  acknowledgedBy
  ownerEmail
}`) as unknown as TypedDocumentString<AcknowledgeAlertMutation, AcknowledgeAlertMutationVariables>;
export const AlertRaisedDocument = new TypedDocumentString(`
    subscription AlertRaised($studyId: ID!) {
  alertRaised(studyId: $studyId) {
    ...AlertFields
  }
}
    fragment AlertFields on Alert {
  id
  studyId
  ruleId
  segment {
    key {
      attribute
      value
    }
    label
  }
  metric
  status
  current
  baseline
  delta
  ciLow
  ciHigh
  pValue
  n
  baselineN
  firedAt
  resolvedAt
  acknowledgedAt
  acknowledgedBy
  ownerEmail
}`) as unknown as TypedDocumentString<AlertRaisedSubscription, AlertRaisedSubscriptionVariables>;
export const AnalysisCostDocument = new TypedDocumentString(`
    query AnalysisCost($id: ID!) {
  waveAnalysis(id: $id) {
    cost {
      interviews
      moderationUsd
      codingUsd
      synthesisUsd
      totalUsd
      perInterviewUsd
      synthesisModel
      synthesisPromptVersion
    }
  }
}
    `) as unknown as TypedDocumentString<AnalysisCostQuery, AnalysisCostQueryVariables>;
export const CodingProvenanceDocument = new TypedDocumentString(`
    query CodingProvenance($id: ID!) {
  interviewSession(id: $id) {
    coding {
      provenance {
        coder
        model
        promptVersion
        taxonomyVersion
        calls
        promptTokens
        completionTokens
        costUsd
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CodingProvenanceQuery, CodingProvenanceQueryVariables>;
export const ApiKeysDocument = new TypedDocumentString(`
    query ApiKeys($first: Int, $includeRevoked: Boolean) {
  apiKeys(first: $first, includeRevoked: $includeRevoked) {
    totalCount
    items {
      id
      name
      role
      prefix
      createdAt
      createdBy
      lastUsedAt
      revokedAt
      revokedBy
      bootstrap
    }
  }
}
    `) as unknown as TypedDocumentString<ApiKeysQuery, ApiKeysQueryVariables>;
export const AuditEventsDocument = new TypedDocumentString(`
    query AuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) {
    edges {
      cursor
      node {
        id
        keyId
        action
        name
        target
        outcome
        errorCode
        at
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<AuditEventsQuery, AuditEventsQueryVariables>;
export const CodingAgreementDocument = new TypedDocumentString(`
    query CodingAgreement($taxonomyVersionId: ID!, $coder: CoderKind!) {
  codingAgreement(taxonomyVersionId: $taxonomyVersionId, coder: $coder) {
    id
    coder
    model
    promptVersion
    trigger
    status
    n
    percentAgreement
    kappa
    threshold
    belowThreshold
    drivers {
      driver {
        key
        label
      }
      goldenCount
      recodeCount
      bothCount
      percentAgreement
      kappa
    }
  }
}
    `) as unknown as TypedDocumentString<CodingAgreementQuery, CodingAgreementQueryVariables>;
export const CodingAgreementHistoryDocument = new TypedDocumentString(`
    query CodingAgreementHistory($taxonomyVersionId: ID!, $coder: CoderKind, $first: Int) {
  codingAgreementHistory(
    taxonomyVersionId: $taxonomyVersionId
    coder: $coder
    first: $first
  ) {
    id
    coder
    trigger
    status
    n
    kappa
    belowThreshold
    error
    createdAt
  }
}
    `) as unknown as TypedDocumentString<CodingAgreementHistoryQuery, CodingAgreementHistoryQueryVariables>;
export const CodingAgreementSettingsDocument = new TypedDocumentString(`
    query CodingAgreementSettings {
  codingAgreementSettings {
    kappaThreshold
    ownerEmail
  }
}
    `) as unknown as TypedDocumentString<CodingAgreementSettingsQuery, CodingAgreementSettingsQueryVariables>;
export const CommentDriversDocument = new TypedDocumentString(`
    query CommentDrivers($waveId: ID!, $filter: SegmentFilter) {
  commentDrivers(waveId: $waveId, filter: $filter) {
    waveId
    commented
    coded
    withoutDriver
    smallSample
    drivers {
      driver {
        key
        label
      }
      count
      share
      ciLow
      ciHigh
      negative
    }
  }
}
    `) as unknown as TypedDocumentString<CommentDriversQuery, CommentDriversQueryVariables>;
export const CompareWavesDocument = new TypedDocumentString(`
    query CompareWaves($studyId: ID!, $baseWaveId: ID!, $waveId: ID!, $band: Band) {
  compareWaves(
    studyId: $studyId
    baseWaveId: $baseWaveId
    waveId: $waveId
    band: $band
  ) {
    baseWave {
      name
      analysisId
    }
    currentWave {
      name
      analysisId
    }
    nps {
      base {
        nps
        n
      }
      current {
        nps
        n
      }
      difference
      low
      high
      pValue
      significant
      flag
      smallSample
    }
    themes {
      key
      label
      scope
      band
      matchedBy
      base {
        ...ShareFields
      }
      current {
        ...ShareFields
      }
      difference
      low
      high
      pValue
      adjustedPValue
      test
      flag
      smallSample
    }
  }
}
    fragment ShareFields on ShareEstimate {
  count
  n
  share
  low
  high
  smallSample
}`) as unknown as TypedDocumentString<CompareWavesQuery, CompareWavesQueryVariables>;
export const ConfigureIngestSourceDocument = new TypedDocumentString(`
    mutation ConfigureIngestSource($input: ConfigureIngestSourceInput!) {
  configureIngestSource(input: $input) {
    source
    url
    secret
    mapping
    createdAt
    rotatedAt
  }
}
    `) as unknown as TypedDocumentString<ConfigureIngestSourceMutation, ConfigureIngestSourceMutationVariables>;
export const ConfigureWorkspaceSsoDocument = new TypedDocumentString(`
    mutation ConfigureWorkspaceSso($input: ConfigureWorkspaceSsoInput!) {
  configureWorkspaceSso(input: $input) {
    issuer
    clientId
    clientSecretSet
    allowedDomains
    enabled
    redirectUri
    startPath
  }
}
    `) as unknown as TypedDocumentString<ConfigureWorkspaceSsoMutation, ConfigureWorkspaceSsoMutationVariables>;
export const ConfirmCodingDocument = new TypedDocumentString(`
    mutation ConfirmCoding($sessionId: ID!, $taxonomyVersionId: ID) {
  confirmCoding(sessionId: $sessionId, taxonomyVersionId: $taxonomyVersionId) {
    id
    source
    inGoldenSet
    statedDriver {
      key
    }
    rootDriver {
      key
    }
    excerpts {
      quote
      driverKey
      role
    }
  }
}
    `) as unknown as TypedDocumentString<ConfirmCodingMutation, ConfirmCodingMutationVariables>;
export const CorrectCodingDocument = new TypedDocumentString(`
    mutation CorrectCoding($input: CorrectCodingInput!) {
  correctCoding(input: $input) {
    id
    sessionId
    waveId
    taxonomyVersionId
    taxonomyVersion
    source
    inGoldenSet
    statedDriver {
      key
      label
    }
    rootDriver {
      key
      label
    }
    excerpts {
      turnSeq
      start
      end
      quote
      driverKey
      driverLabel
      categoryKey
      role
    }
    note
    byKeyId
    by
  }
}
    `) as unknown as TypedDocumentString<CorrectCodingMutation, CorrectCodingMutationVariables>;
export const CreateApiKeyDocument = new TypedDocumentString(`
    mutation CreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    secret
    key {
      id
      name
      role
      prefix
      createdAt
      createdBy
      lastUsedAt
      revokedAt
      bootstrap
    }
  }
}
    `) as unknown as TypedDocumentString<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const CreateStudyDocument = new TypedDocumentString(`
    mutation CreateStudy($input: CreateStudyInput!) {
  createStudy(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CreateStudyMutation, CreateStudyMutationVariables>;
export const CreateWaveDocument = new TypedDocumentString(`
    mutation CreateWave($input: CreateWaveInput!) {
  createWave(input: $input) {
    id
    name
    status
  }
}
    `) as unknown as TypedDocumentString<CreateWaveMutation, CreateWaveMutationVariables>;
export const CreateWebhookEndpointDocument = new TypedDocumentString(`
    mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) {
    secret
    endpoint {
      ...WebhookEndpointFields
    }
  }
}
    fragment WebhookEndpointFields on WebhookEndpoint {
  id
  url
  description
  events
  enabled
  disabledReason
  disabledAt
  failingSince
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<CreateWebhookEndpointMutation, CreateWebhookEndpointMutationVariables>;
export const DashboardCompareWavesDocument = new TypedDocumentString(`
    query DashboardCompareWaves($studyId: ID!, $baseWaveId: ID!, $waveId: ID!) {
  compareWaves(studyId: $studyId, baseWaveId: $baseWaveId, waveId: $waveId) {
    nps {
      difference
      pValue
      flag
    }
    themes {
      key
      band
      matchedBy
      base {
        share
      }
      current {
        share
      }
      pValue
      adjustedPValue
      flag
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardCompareWavesQuery, DashboardCompareWavesQueryVariables>;
export const DashboardNpsTrendDocument = new TypedDocumentString(`
    query DashboardNpsTrend($studyId: ID!) {
  npsTrend(studyId: $studyId, groupBy: ["tier", "region"]) {
    waves {
      overall {
        nps
      }
      segments {
        nps
      }
      vsPrevious {
        flag
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardNpsTrendQuery, DashboardNpsTrendQueryVariables>;
export const DashboardRollingNpsDocument = new TypedDocumentString(`
    query DashboardRollingNps($studyId: ID!) {
  rollingNps(studyId: $studyId, groupBy: ["tier"]) {
    overall {
      windows {
        nps
      }
    }
    segments {
      windows {
        nps
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardRollingNpsQuery, DashboardRollingNpsQueryVariables>;
export const DashboardSegmentNpsDocument = new TypedDocumentString(`
    query DashboardSegmentNps($studyId: ID!, $waveId: ID!) {
  segmentNps(studyId: $studyId, waveId: $waveId, groupBy: ["tier", "region"]) {
    overall {
      nps
      n
    }
    segments {
      label
      nps
      ciLow
      ciHigh
      smallSample
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardSegmentNpsQuery, DashboardSegmentNpsQueryVariables>;
export const DashboardStudiesDocument = new TypedDocumentString(`
    query DashboardStudies {
  studies {
    name
    nps {
      nps
    }
    bandCounts {
      total
    }
    waves {
      name
      bandCounts {
        total
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardStudiesQuery, DashboardStudiesQueryVariables>;
export const DashboardStudyDocument = new TypedDocumentString(`
    query DashboardStudy($id: ID!) {
  study(id: $id) {
    name
    respondentCount
    nps {
      nps
      ciLow
      ciHigh
      smallSample
    }
    bandCounts {
      detractors
      passives
      promoters
      total
    }
    waves {
      name
      status
      respondentCount
      bandCounts {
        detractors
        passives
        promoters
        total
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardStudyQuery, DashboardStudyQueryVariables>;
export const DashboardThemeTrendDocument = new TypedDocumentString(`
    query DashboardThemeTrend($studyId: ID!) {
  themeTrend(studyId: $studyId) {
    waves {
      name
    }
    themes {
      key
      points {
        band
        estimate {
          share
        }
        vsPrevious {
          flag
        }
      }
    }
    drivers {
      key
      label
      points {
        estimate {
          share
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardThemeTrendQuery, DashboardThemeTrendQueryVariables>;
export const DashboardWaveAnalysisDocument = new TypedDocumentString(`
    query DashboardWaveAnalysis($id: ID!) {
  waveAnalysis(id: $id) {
    status
    progress
    taxonomyVersion
    summary
    themes {
      key
      label
      drivers {
        key
        label
      }
      prevalence {
        band
        share
        low
        high
      }
      quotes {
        quote
        sessionId
        turnSeq
        start
        end
      }
    }
    actions {
      rank
      title
      impactPoints
      themes {
        key
      }
      quotes {
        quote
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardWaveAnalysisQuery, DashboardWaveAnalysisQueryVariables>;
export const DeleteWebhookEndpointDocument = new TypedDocumentString(`
    mutation DeleteWebhookEndpoint($id: ID!) {
  deleteWebhookEndpoint(id: $id) {
    id
    url
  }
}
    `) as unknown as TypedDocumentString<DeleteWebhookEndpointMutation, DeleteWebhookEndpointMutationVariables>;
export const DeliveriesDocument = new TypedDocumentString(`
    query Deliveries($waveId: ID!, $status: [DeliveryStatus!], $first: Int, $after: String) {
  deliveries(waveId: $waveId, status: $status, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        kind
        trigger
        status
        attempts
        lastError
        dueAt
        sentAt
        updatedAt
        respondent {
          externalId
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeliveriesQuery, DeliveriesQueryVariables>;
export const EmailSuppressionsDocument = new TypedDocumentString(`
    query EmailSuppressions($first: Int) {
  emailSuppressions(first: $first) {
    totalCount
    items {
      email
      reason
      detail
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<EmailSuppressionsQuery, EmailSuppressionsQueryVariables>;
export const EmbedOriginsDocument = new TypedDocumentString(`
    query EmbedOrigins {
  workspaceSettings {
    embedOrigins
  }
}
    `) as unknown as TypedDocumentString<EmbedOriginsQuery, EmbedOriginsQueryVariables>;
export const EraseRespondentDocument = new TypedDocumentString(`
    mutation EraseRespondent($id: ID!) {
  eraseRespondent(id: $id) {
    id
    erasedAt
  }
}
    `) as unknown as TypedDocumentString<EraseRespondentMutation, EraseRespondentMutationVariables>;
export const EscalationRaisedDocument = new TypedDocumentString(`
    subscription EscalationRaised($studyId: ID!) {
  escalationRaised(studyId: $studyId) {
    reason
    quote
    status
    session {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<EscalationRaisedSubscription, EscalationRaisedSubscriptionVariables>;
export const EscalationsDocument = new TypedDocumentString(`
    query Escalations($studyId: ID!, $status: [EscalationStatus!]) {
  escalations(studyId: $studyId, status: $status) {
    id
    reason
    owner
  }
}
    `) as unknown as TypedDocumentString<EscalationsQuery, EscalationsQueryVariables>;
export const ThemePrevalenceDocument = new TypedDocumentString(`
    query ThemePrevalence($waveId: ID!, $groupBy: [String!]!, $filter: SegmentFilter) {
  themePrevalence(waveId: $waveId, groupBy: $groupBy, filter: $filter) {
    ...FindingsFields
  }
}
    fragment FindingsFields on FindingsBySegment {
  analysisId
  taxonomyVersion
  groupBy
  n
  segments {
    key {
      attribute
      value
    }
    label
    n
    cells {
      key
      label
      count
      n
      share
      low
      high
      smallSample
      versusRest {
        difference
        low
        high
        pValue
        adjustedP
        flag
        significant
      }
    }
  }
}`) as unknown as TypedDocumentString<ThemePrevalenceQuery, ThemePrevalenceQueryVariables>;
export const DriverPrevalenceDocument = new TypedDocumentString(`
    query DriverPrevalence($waveId: ID!, $groupBy: [String!]!, $role: DriverRole!) {
  driverPrevalence(waveId: $waveId, groupBy: $groupBy, role: $role) {
    ...FindingsFields
  }
}
    fragment FindingsFields on FindingsBySegment {
  analysisId
  taxonomyVersion
  groupBy
  n
  segments {
    key {
      attribute
      value
    }
    label
    n
    cells {
      key
      label
      count
      n
      share
      low
      high
      smallSample
      versusRest {
        difference
        low
        high
        pValue
        adjustedP
        flag
        significant
      }
    }
  }
}`) as unknown as TypedDocumentString<DriverPrevalenceQuery, DriverPrevalenceQueryVariables>;
export const StatedToRootDocument = new TypedDocumentString(`
    query StatedToRoot($waveId: ID!, $groupBy: [String!]!) {
  statedToRoot(waveId: $waveId, groupBy: $groupBy) {
    analysisId
    segments {
      label
      n
      withBoth
      differShare
      cells {
        stated
        statedLabel
        root
        rootLabel
        count
        share
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StatedToRootQuery, StatedToRootQueryVariables>;
export const CompetitorsDocument = new TypedDocumentString(`
    query Competitors($studyId: ID!, $groupBy: [String!]!) {
  competitors(studyId: $studyId, groupBy: $groupBy) {
    groupBy
    unnamedMentions {
      waveId
      waveName
      count
      n
      share
    }
    competitors {
      name
      total
      byWave {
        waveId
        waveName
        count
        n
        share
      }
      bySegment {
        label
        count
        n
        share
      }
      quotes {
        sessionId
        waveId
        band
        quote
        turnSeq
        start
        end
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompetitorsQuery, CompetitorsQueryVariables>;
export const GoldenSetDocument = new TypedDocumentString(`
    query GoldenSet($taxonomyVersionId: ID!) {
  goldenSet(taxonomyVersionId: $taxonomyVersionId) {
    id
    sessionId
    source
    inGoldenSet
    statedDriver {
      key
    }
    rootDriver {
      key
    }
    excerpts {
      quote
    }
    by
  }
}
    `) as unknown as TypedDocumentString<GoldenSetQuery, GoldenSetQueryVariables>;
export const GuideDocument = new TypedDocumentString(`
    query Guide($id: ID!) {
  guide(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<GuideQuery, GuideQueryVariables>;
export const GuideVersionsDocument = new TypedDocumentString(`
    query GuideVersions($studyId: ID!, $band: Band!) {
  guideVersions(studyId: $studyId, band: $band) {
    ...GuideVersionFields
  }
}
    fragment GuideVersionFields on InterviewGuide {
  id
  band
  version
  note
  createdAt
  content {
    ladderTargetDepth {
      min
      max
    }
    topicsToAvoid
    phases {
      key
      objective
      probeInstructions
      budget {
        turns
        minutes
      }
      openingQuestions {
        language
        questions
      }
    }
  }
}`) as unknown as TypedDocumentString<GuideVersionsQuery, GuideVersionsQueryVariables>;
export const ImportBatchesDocument = new TypedDocumentString(`
    query ImportBatches($waveId: ID!, $first: Int) {
  importBatches(waveId: $waveId, first: $first) {
    id
    source
    receivedAt
    inserted
    updated
    unchanged
    deliveryId
  }
}
    `) as unknown as TypedDocumentString<ImportBatchesQuery, ImportBatchesQueryVariables>;
export const ImportRespondentsDocument = new TypedDocumentString(`
    mutation ImportRespondents($input: ImportRespondentsInput!) {
  importRespondents(input: $input) {
    ok
    importedCount
    errorCount
    errors {
      row
      column
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ImportRespondentsMutation, ImportRespondentsMutationVariables>;
export const IngestResponsesDocument = new TypedDocumentString(`
    mutation IngestResponses($input: IngestResponsesInput!) {
  ingestResponses(input: $input) {
    ok
    inserted
    updated
    unchanged
    batchId
    errors {
      index
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<IngestResponsesMutation, IngestResponsesMutationVariables>;
export const InterviewSessionCodingDocument = new TypedDocumentString(`
    query InterviewSessionCoding($id: ID!) {
  interviewSession(id: $id) {
    coding {
      coder
      taxonomyVersion
      statedDriver {
        key
        label
      }
      rootDriver {
        key
        label
      }
      rootNote
      sentimentScore
      competitors
      competitorMentioned
      excerpts {
        driverKey
        driverLabel
        categoryKey
        quote
        turnSeq
        start
        end
        role
        sentiment
        sentimentScore
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InterviewSessionCodingQuery, InterviewSessionCodingQueryVariables>;
export const InterviewSessionCorrectionDocument = new TypedDocumentString(`
    query InterviewSessionCorrection($id: ID!) {
  interviewSession(id: $id) {
    coding {
      id
      statedDriver {
        key
      }
      rootDriver {
        key
      }
      inGoldenSet
      correction {
        id
        statedDriver {
          key
        }
        rootDriver {
          key
        }
        excerpts {
          quote
          driverKey
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InterviewSessionCorrectionQuery, InterviewSessionCorrectionQueryVariables>;
export const InterviewSessionEscalationsDocument = new TypedDocumentString(`
    query InterviewSessionEscalations($id: ID!) {
  interviewSession(id: $id) {
    escalations {
      reason
      owner
      status
    }
  }
}
    `) as unknown as TypedDocumentString<InterviewSessionEscalationsQuery, InterviewSessionEscalationsQueryVariables>;
export const InterviewSessionsDocument = new TypedDocumentString(`
    query InterviewSessions($studyId: ID!, $waveId: ID) {
  interviewSessions(studyId: $studyId, waveId: $waveId) {
    id
    coding {
      taxonomyVersion
    }
  }
}
    `) as unknown as TypedDocumentString<InterviewSessionsQuery, InterviewSessionsQueryVariables>;
export const InviteMemberDocument = new TypedDocumentString(`
    mutation InviteMember($input: InviteMemberInput!) {
  inviteMember(input: $input) {
    user {
      id
      email
    }
    role
    invitedByUserId
    invitedByKeyId
  }
}
    `) as unknown as TypedDocumentString<InviteMemberMutation, InviteMemberMutationVariables>;
export const InviteRespondentsDocument = new TypedDocumentString(`
    mutation InviteRespondents($input: InviteRespondentsInput!) {
  inviteRespondents(input: $input) {
    queued
    alreadyInvited
    withoutEmail
    suppressed
  }
}
    `) as unknown as TypedDocumentString<InviteRespondentsMutation, InviteRespondentsMutationVariables>;
export const LaunchWaveDocument = new TypedDocumentString(`
    mutation LaunchWave($id: ID!) {
  launchWave(id: $id) {
    id
    status
    launchedAt
    guides {
      band
      version
    }
  }
}
    `) as unknown as TypedDocumentString<LaunchWaveMutation, LaunchWaveMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    kind
    apiKeyId
    workspaceId
    role
    user {
      id
      email
      name
    }
    memberships {
      workspaceId
      workspaceName
      role
    }
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const NpsTrendDocument = new TypedDocumentString(`
    query NpsTrend($studyId: ID!, $groupBy: [String!]) {
  npsTrend(studyId: $studyId, groupBy: $groupBy) {
    groupBy
    waves {
      waveName
      overall {
        nps
        n
        smallSample
      }
      segments {
        label
        n
        nps
      }
      vsPrevious {
        difference
        pValue
        flag
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NpsTrendQuery, NpsTrendQueryVariables>;
export const NpsTrendCountsDocument = new TypedDocumentString(`
    query NpsTrendCounts($studyId: ID!, $filter: SegmentFilter) {
  npsTrend(studyId: $studyId, filter: $filter) {
    waves {
      overall {
        n
      }
      segments {
        n
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NpsTrendCountsQuery, NpsTrendCountsQueryVariables>;
export const OverallNpsChangedDocument = new TypedDocumentString(`
    subscription OverallNpsChanged($studyId: ID!, $groupBy: [String!]!) {
  segmentNpsChanged(studyId: $studyId, groupBy: $groupBy) {
    overall {
      n
      nps
    }
  }
}
    `) as unknown as TypedDocumentString<OverallNpsChangedSubscription, OverallNpsChangedSubscriptionVariables>;
export const AssignEscalationDocument = new TypedDocumentString(`
    mutation AssignEscalation($input: UpdateEscalationInput!) {
  updateEscalation(input: $input) {
    id
    owner
    ownerEmail
  }
}
    `) as unknown as TypedDocumentString<AssignEscalationMutation, AssignEscalationMutationVariables>;
export const AssignAlertDocument = new TypedDocumentString(`
    mutation AssignAlert($id: ID!, $ownerEmail: String!) {
  assignAlert(id: $id, ownerEmail: $ownerEmail) {
    id
    ownerEmail
  }
}
    `) as unknown as TypedDocumentString<AssignAlertMutation, AssignAlertMutationVariables>;
export const NotificationPreferenceDocument = new TypedDocumentString(`
    query NotificationPreference($email: String!) {
  notificationPreference(email: $email) {
    email
    digest
    digestHourUtc
  }
}
    `) as unknown as TypedDocumentString<NotificationPreferenceQuery, NotificationPreferenceQueryVariables>;
export const SetNotificationPreferenceDocument = new TypedDocumentString(`
    mutation SetNotificationPreference($input: NotificationPreferenceInput!) {
  setNotificationPreference(input: $input) {
    email
    digest
    digestHourUtc
  }
}
    `) as unknown as TypedDocumentString<SetNotificationPreferenceMutation, SetNotificationPreferenceMutationVariables>;
export const RecodeStudyDocument = new TypedDocumentString(`
    mutation RecodeStudy($input: RecodeStudyInput!) {
  recodeStudy(input: $input) {
    id
    waveId
    status
    taxonomyVersion
    synthesizer
  }
}
    `) as unknown as TypedDocumentString<RecodeStudyMutation, RecodeStudyMutationVariables>;
export const RemoveFromGoldenSetDocument = new TypedDocumentString(`
    mutation RemoveFromGoldenSet($sessionId: ID!, $taxonomyVersionId: ID) {
  removeFromGoldenSet(
    sessionId: $sessionId
    taxonomyVersionId: $taxonomyVersionId
  )
}
    `) as unknown as TypedDocumentString<RemoveFromGoldenSetMutation, RemoveFromGoldenSetMutationVariables>;
export const RemoveMemberDocument = new TypedDocumentString(`
    mutation RemoveMember($userId: ID!) {
  removeMember(userId: $userId) {
    user {
      id
      email
    }
    role
  }
}
    `) as unknown as TypedDocumentString<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const RemoveWorkspaceSsoDocument = new TypedDocumentString(`
    mutation RemoveWorkspaceSso {
  removeWorkspaceSso
}
    `) as unknown as TypedDocumentString<RemoveWorkspaceSsoMutation, RemoveWorkspaceSsoMutationVariables>;
export const ReplayWebhookDeliveryDocument = new TypedDocumentString(`
    mutation ReplayWebhookDelivery($id: ID!) {
  replayWebhookDelivery(id: $id) {
    ...WebhookDeliveryFields
  }
}
    fragment WebhookDeliveryFields on WebhookDelivery {
  id
  endpointId
  eventId
  eventType
  status
  attempts
  nextAttemptAt
  lastAttemptAt
  statusCode
  latencyMs
  responseBody
  error
  deliveredAt
  replayOf
  createdAt
}`) as unknown as TypedDocumentString<ReplayWebhookDeliveryMutation, ReplayWebhookDeliveryMutationVariables>;
export const RespondentCommentsDocument = new TypedDocumentString(`
    query RespondentComments($waveId: ID!) {
  respondents(waveId: $waveId, first: 20) {
    edges {
      node {
        externalId
        commentCoding {
          driver {
            key
            label
          }
          sentiment
          quote
          coder
          codedAt
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RespondentCommentsQuery, RespondentCommentsQueryVariables>;
export const RespondentInvitationsDocument = new TypedDocumentString(`
    query RespondentInvitations($waveId: ID!, $first: Int) {
  respondents(waveId: $waveId, first: $first) {
    edges {
      node {
        externalId
        invitation {
          kind
          trigger
          status
          attempts
          lastError
          sentAt
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RespondentInvitationsQuery, RespondentInvitationsQueryVariables>;
export const RespondentLineageDocument = new TypedDocumentString(`
    query RespondentLineage($waveId: ID!, $filter: RespondentFilter, $first: Int) {
  respondents(waveId: $waveId, filter: $filter, first: $first) {
    totalCount
    edges {
      node {
        externalId
        score
        band
        email
        language
        attributes
        comment
        source
        importBatchId
        respondedAt
        receivedAt
        updatedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RespondentLineageQuery, RespondentLineageQueryVariables>;
export const RespondentSessionDocument = new TypedDocumentString(`
    query RespondentSession($token: String!) {
  respondentSession(token: $token) {
    sessionId
    turns {
      text
    }
  }
}
    `) as unknown as TypedDocumentString<RespondentSessionQuery, RespondentSessionQueryVariables>;
export const RespondentsDocument = new TypedDocumentString(`
    query Respondents($waveId: ID!, $first: Int) {
  respondents(waveId: $waveId, first: $first) {
    totalCount
    edges {
      node {
        externalId
        respondedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RespondentsQuery, RespondentsQueryVariables>;
export const RevokeApiKeyDocument = new TypedDocumentString(`
    mutation RevokeApiKey($id: ID!) {
  revokeApiKey(id: $id) {
    id
    revokedAt
    revokedBy
  }
}
    `) as unknown as TypedDocumentString<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const RollingNpsDocument = new TypedDocumentString(`
    query RollingNps($studyId: ID!, $days: Int, $step: RollingStep, $groupBy: [String!]) {
  rollingNps(studyId: $studyId, days: $days, step: $step, groupBy: $groupBy) {
    days
    step
    overall {
      windows {
        start
        end
        n
        nps
        smallSample
      }
    }
    segments {
      label
      windows {
        end
        n
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RollingNpsQuery, RollingNpsQueryVariables>;
export const RotateIngestSecretDocument = new TypedDocumentString(`
    mutation RotateIngestSecret($waveId: ID!, $source: IngestSourceKind!) {
  rotateIngestSecret(waveId: $waveId, source: $source) {
    source
    url
    secret
    rotatedAt
  }
}
    `) as unknown as TypedDocumentString<RotateIngestSecretMutation, RotateIngestSecretMutationVariables>;
export const RunCodingAgreementDocument = new TypedDocumentString(`
    mutation RunCodingAgreement($taxonomyVersionId: ID!, $coder: CoderKind!) {
  runCodingAgreement(taxonomyVersionId: $taxonomyVersionId, coder: $coder) {
    id
    status
    trigger
    coder
    taxonomyVersion
    threshold
  }
}
    `) as unknown as TypedDocumentString<RunCodingAgreementMutation, RunCodingAgreementMutationVariables>;
export const SchemaQueryTypeDocument = new TypedDocumentString(`
    query SchemaQueryType {
  __schema {
    queryType {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<SchemaQueryTypeQuery, SchemaQueryTypeQueryVariables>;
export const SchemaRootFieldsDocument = new TypedDocumentString(`
    query SchemaRootFields {
  __schema {
    queryType {
      fields {
        name
      }
    }
    mutationType {
      fields {
        name
      }
    }
    subscriptionType {
      fields {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SchemaRootFieldsQuery, SchemaRootFieldsQueryVariables>;
export const SegmentIntervalsChangedDocument = new TypedDocumentString(`
    subscription SegmentIntervalsChanged($studyId: ID!, $groupBy: [String!]!) {
  segmentNpsChanged(studyId: $studyId, groupBy: $groupBy) {
    overall {
      n
      nps
    }
    segments {
      label
      n
      nps
      ciLow
      ciHigh
    }
  }
}
    `) as unknown as TypedDocumentString<SegmentIntervalsChangedSubscription, SegmentIntervalsChangedSubscriptionVariables>;
export const SegmentNpsDocument = new TypedDocumentString(`
    query SegmentNps($studyId: ID!, $waveId: ID, $groupBy: [String!]!, $filter: SegmentFilter) {
  segmentNps(
    studyId: $studyId
    waveId: $waveId
    groupBy: $groupBy
    filter: $filter
  ) {
    groupBy
    overall {
      n
      nps
      ciLow
      ciHigh
      smallSample
    }
    segments {
      key {
        attribute
        value
      }
      label
      n
      promoters
      passives
      detractors
      nps
      ciLow
      ciHigh
      smallSample
    }
  }
}
    `) as unknown as TypedDocumentString<SegmentNpsQuery, SegmentNpsQueryVariables>;
export const SegmentNpsChangedDocument = new TypedDocumentString(`
    subscription SegmentNpsChanged($studyId: ID!, $groupBy: [String!]!) {
  segmentNpsChanged(studyId: $studyId, groupBy: $groupBy) {
    groupBy
    overall {
      n
      promoters
      nps
    }
    segments {
      label
      n
    }
  }
}
    `) as unknown as TypedDocumentString<SegmentNpsChangedSubscription, SegmentNpsChangedSubscriptionVariables>;
export const SendRespondentMessageDocument = new TypedDocumentString(`
    mutation SendRespondentMessage($token: String!, $text: String!, $clientMessageId: String!) {
  sendRespondentMessage(
    token: $token
    text: $text
    clientMessageId: $clientMessageId
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<SendRespondentMessageMutation, SendRespondentMessageMutationVariables>;
export const SessionDeliveriesDocument = new TypedDocumentString(`
    query SessionDeliveries($studyId: ID!, $waveId: ID) {
  interviewSessions(studyId: $studyId, waveId: $waveId) {
    id
    delivery {
      id
      status
      sessionId
    }
  }
}
    `) as unknown as TypedDocumentString<SessionDeliveriesQuery, SessionDeliveriesQueryVariables>;
export const SessionTranscriptDocument = new TypedDocumentString(`
    query SessionTranscript($id: ID!) {
  interviewSession(id: $id) {
    id
    turns {
      seq
      text
    }
  }
}
    `) as unknown as TypedDocumentString<SessionTranscriptQuery, SessionTranscriptQueryVariables>;
export const SessionUpdatedDocument = new TypedDocumentString(`
    subscription SessionUpdated($sessionId: ID!) {
  sessionUpdated(sessionId: $sessionId) {
    session {
      id
      status
    }
    turn {
      id
      seq
      text
      role
    }
  }
}
    `) as unknown as TypedDocumentString<SessionUpdatedSubscription, SessionUpdatedSubscriptionVariables>;
export const SetStudyEscalationOwnerDocument = new TypedDocumentString(`
    mutation SetStudyEscalationOwner($studyId: ID!, $ownerEmail: String!) {
  setStudyEscalationOwner(studyId: $studyId, ownerEmail: $ownerEmail) {
    id
    escalationOwnerEmail
  }
}
    `) as unknown as TypedDocumentString<SetStudyEscalationOwnerMutation, SetStudyEscalationOwnerMutationVariables>;
export const SignOutEverywhereDocument = new TypedDocumentString(`
    mutation SignOutEverywhere {
  signOutEverywhere
}
    `) as unknown as TypedDocumentString<SignOutEverywhereMutation, SignOutEverywhereMutationVariables>;
export const StartGuidePreviewDocument = new TypedDocumentString(`
    mutation StartGuidePreview($input: StartGuidePreviewInput!) {
  startGuidePreview(input: $input) {
    chatPath
  }
}
    `) as unknown as TypedDocumentString<StartGuidePreviewMutation, StartGuidePreviewMutationVariables>;
export const StartInterviewDocument = new TypedDocumentString(`
    mutation StartInterview($respondentId: ID!) {
  startInterview(respondentId: $respondentId) {
    respondentToken
    chatPath
  }
}
    `) as unknown as TypedDocumentString<StartInterviewMutation, StartInterviewMutationVariables>;
export const StartWaveAnalysisDocument = new TypedDocumentString(`
    mutation StartWaveAnalysis($waveId: ID!) {
  startWaveAnalysis(waveId: $waveId) {
    id
    status
    progress
  }
}
    `) as unknown as TypedDocumentString<StartWaveAnalysisMutation, StartWaveAnalysisMutationVariables>;
export const StudiesDocument = new TypedDocumentString(`
    query Studies {
  studies {
    id
  }
}
    `) as unknown as TypedDocumentString<StudiesQuery, StudiesQueryVariables>;
export const StudyDocument = new TypedDocumentString(`
    query Study($id: ID!) {
  study(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<StudyQuery, StudyQueryVariables>;
export const StudyGuidesDocument = new TypedDocumentString(`
    query StudyGuides($id: ID!) {
  study(id: $id) {
    guides {
      band
      version
      content {
        ladderTargetDepth {
          min
          max
        }
        phases {
          key
          budget {
            turns
            minutes
          }
          openingQuestions {
            language
            questions
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StudyGuidesQuery, StudyGuidesQueryVariables>;
export const StudyLatestAnalysesDocument = new TypedDocumentString(`
    query StudyLatestAnalyses($id: ID!) {
  study(id: $id) {
    waves {
      name
      latestAnalysis {
        id
        status
        progress
        total
        coded
        finishedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StudyLatestAnalysesQuery, StudyLatestAnalysesQueryVariables>;
export const StudySessionCountsDocument = new TypedDocumentString(`
    query StudySessionCounts($id: ID!) {
  study(id: $id) {
    sessionCounts {
      invited
      active
      completed
      total
    }
  }
}
    `) as unknown as TypedDocumentString<StudySessionCountsQuery, StudySessionCountsQueryVariables>;
export const StudySessionUpdatedDocument = new TypedDocumentString(`
    subscription StudySessionUpdated($studyId: ID!) {
  studySessionUpdated(studyId: $studyId) {
    session {
      id
      quality {
        respondentTurns
      }
      turns {
        seq
      }
    }
    turn {
      seq
    }
  }
}
    `) as unknown as TypedDocumentString<StudySessionUpdatedSubscription, StudySessionUpdatedSubscriptionVariables>;
export const StudyTaxonomyDocument = new TypedDocumentString(`
    query StudyTaxonomy($id: ID!) {
  study(id: $id) {
    taxonomy {
      version
      crosswalk {
        from
      }
      categories {
        key
        drivers {
          key
          label
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StudyTaxonomyQuery, StudyTaxonomyQueryVariables>;
export const StudyWaveFieldingDocument = new TypedDocumentString(`
    query StudyWaveFielding($id: ID!) {
  study(id: $id) {
    waves {
      id
      fieldingRules {
        autoInvite {
          bands
        }
      }
      fielding {
        responses
        invited
        sent
        failed
        suppressed
        started
        completed
        responseRate
        completionRate
        medianMinutesToComplete
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StudyWaveFieldingQuery, StudyWaveFieldingQueryVariables>;
export const StudyWaveFieldingTimelineDocument = new TypedDocumentString(`
    query StudyWaveFieldingTimeline($id: ID!, $bucket: FieldingBucket) {
  study(id: $id) {
    waves {
      id
      fieldingTimeline(bucket: $bucket) {
        at
        invited
        sent
        started
        completed
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StudyWaveFieldingTimelineQuery, StudyWaveFieldingTimelineQueryVariables>;
export const StudyWaveGuidesDocument = new TypedDocumentString(`
    query StudyWaveGuides($id: ID!) {
  study(id: $id) {
    waves {
      guides {
        band
        version
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StudyWaveGuidesQuery, StudyWaveGuidesQueryVariables>;
export const StudyWaveIngestSourcesDocument = new TypedDocumentString(`
    query StudyWaveIngestSources($id: ID!) {
  study(id: $id) {
    waves {
      id
      ingestSources {
        source
        url
        mapping
        createdAt
        rotatedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StudyWaveIngestSourcesQuery, StudyWaveIngestSourcesQueryVariables>;
export const StudyWaveInterviewQualityDocument = new TypedDocumentString(`
    query StudyWaveInterviewQuality($id: ID!) {
  study(id: $id) {
    waves {
      id
      interviewQuality {
        interviews
        medianDepth
        shareDepthAtLeast5
        leadingCaught
        probesReusingWordsShare
        medianMinutes
        costPerInterview
        depthDistribution {
          depth
          interviews
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StudyWaveInterviewQualityQuery, StudyWaveInterviewQualityQueryVariables>;
export const SuppressEmailDocument = new TypedDocumentString(`
    mutation SuppressEmail($email: String!) {
  suppressEmail(email: $email) {
    email
    reason
  }
}
    `) as unknown as TypedDocumentString<SuppressEmailMutation, SuppressEmailMutationVariables>;
export const SwitchWorkspaceDocument = new TypedDocumentString(`
    mutation SwitchWorkspace($workspaceId: ID!) {
  switchWorkspace(workspaceId: $workspaceId) {
    kind
    workspaceId
    role
    memberships {
      workspaceId
      workspaceName
      role
    }
  }
}
    `) as unknown as TypedDocumentString<SwitchWorkspaceMutation, SwitchWorkspaceMutationVariables>;
export const TaxonomyVersionsDocument = new TypedDocumentString(`
    query TaxonomyVersions($studyId: ID!) {
  taxonomyVersions(studyId: $studyId) {
    ...TaxonomyFields
  }
}
    fragment TaxonomyFields on DriverTaxonomy {
  id
  version
  note
  createdBy
  categories {
    key
    label
    drivers {
      key
      label
      description
      examples
    }
  }
  crosswalk {
    from
    to
  }
}`) as unknown as TypedDocumentString<TaxonomyVersionsQuery, TaxonomyVersionsQueryVariables>;
export const ThemeTrendDocument = new TypedDocumentString(`
    query ThemeTrend($studyId: ID!) {
  themeTrend(studyId: $studyId) {
    waves {
      name
      analysisId
    }
    themes {
      key
      label
      scope
      driverKeys
      points {
        waveId
        band
        matchedBy
        estimate {
          count
          n
        }
        vsPrevious {
          difference
          pValue
          adjustedPValue
          test
          flag
        }
      }
    }
    drivers {
      key
      label
      points {
        waveId
        band
        estimate {
          count
          n
          share
        }
        vsPrevious {
          pValue
          adjustedPValue
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ThemeTrendQuery, ThemeTrendQueryVariables>;
export const ThemeTrendsDocument = new TypedDocumentString(`
    subscription ThemeTrends($studyId: ID!) {
  themeTrends(studyId: $studyId) {
    studyId
    waves {
      waveId
      analysisId
      status
      themeCount
      finishedAt
    }
  }
}
    `) as unknown as TypedDocumentString<ThemeTrendsSubscription, ThemeTrendsSubscriptionVariables>;
export const UnsuppressEmailDocument = new TypedDocumentString(`
    mutation UnsuppressEmail($email: String!) {
  unsuppressEmail(email: $email)
}
    `) as unknown as TypedDocumentString<UnsuppressEmailMutation, UnsuppressEmailMutationVariables>;
export const UpdateCodingAgreementSettingsDocument = new TypedDocumentString(`
    mutation UpdateCodingAgreementSettings($input: UpdateCodingAgreementSettingsInput!) {
  updateCodingAgreementSettings(input: $input) {
    kappaThreshold
    ownerEmail
  }
}
    `) as unknown as TypedDocumentString<UpdateCodingAgreementSettingsMutation, UpdateCodingAgreementSettingsMutationVariables>;
export const UpdateEmbedOriginsDocument = new TypedDocumentString(`
    mutation UpdateEmbedOrigins($origins: [String!]!) {
  updateEmbedOrigins(origins: $origins) {
    embedOrigins
  }
}
    `) as unknown as TypedDocumentString<UpdateEmbedOriginsMutation, UpdateEmbedOriginsMutationVariables>;
export const UpdateEscalationDocument = new TypedDocumentString(`
    mutation UpdateEscalation($input: UpdateEscalationInput!) {
  updateEscalation(input: $input) {
    status
    owner
  }
}
    `) as unknown as TypedDocumentString<UpdateEscalationMutation, UpdateEscalationMutationVariables>;
export const UpdateGuideDocument = new TypedDocumentString(`
    mutation UpdateGuide($input: UpdateGuideInput!) {
  updateGuide(input: $input) {
    ...GuideVersionFields
  }
}
    fragment GuideVersionFields on InterviewGuide {
  id
  band
  version
  note
  createdAt
  content {
    ladderTargetDepth {
      min
      max
    }
    topicsToAvoid
    phases {
      key
      objective
      probeInstructions
      budget {
        turns
        minutes
      }
      openingQuestions {
        language
        questions
      }
    }
  }
}`) as unknown as TypedDocumentString<UpdateGuideMutation, UpdateGuideMutationVariables>;
export const UpdateMemberRoleDocument = new TypedDocumentString(`
    mutation UpdateMemberRole($input: UpdateMemberRoleInput!) {
  updateMemberRole(input: $input) {
    user {
      id
    }
    role
  }
}
    `) as unknown as TypedDocumentString<UpdateMemberRoleMutation, UpdateMemberRoleMutationVariables>;
export const UpdateTaxonomyDocument = new TypedDocumentString(`
    mutation UpdateTaxonomy($input: UpdateTaxonomyInput!) {
  updateTaxonomy(input: $input) {
    ...TaxonomyFields
  }
}
    fragment TaxonomyFields on DriverTaxonomy {
  id
  version
  note
  createdBy
  categories {
    key
    label
    drivers {
      key
      label
      description
      examples
    }
  }
  crosswalk {
    from
    to
  }
}`) as unknown as TypedDocumentString<UpdateTaxonomyMutation, UpdateTaxonomyMutationVariables>;
export const UpdateWaveFieldingDocument = new TypedDocumentString(`
    mutation UpdateWaveFielding($input: UpdateWaveFieldingInput!) {
  updateWaveFielding(input: $input) {
    id
    fieldingRules {
      autoInvite {
        bands
        sampleRate
        maxPerDay
        delayMinutes
        quietHours {
          start
          end
          timezone
        }
      }
      sender {
        fromName
        replyTo
      }
      updatedAt
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateWaveFieldingMutation, UpdateWaveFieldingMutationVariables>;
export const UpdateWebhookEndpointDocument = new TypedDocumentString(`
    mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {
  updateWebhookEndpoint(input: $input) {
    ...WebhookEndpointFields
  }
}
    fragment WebhookEndpointFields on WebhookEndpoint {
  id
  url
  description
  events
  enabled
  disabledReason
  disabledAt
  failingSince
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<UpdateWebhookEndpointMutation, UpdateWebhookEndpointMutationVariables>;
export const UpdateWorkspaceSettingsDocument = new TypedDocumentString(`
    mutation UpdateWorkspaceSettings($input: UpdateWorkspaceSettingsInput!) {
  updateWorkspaceSettings(input: $input) {
    transcriptRetentionDays
  }
}
    `) as unknown as TypedDocumentString<UpdateWorkspaceSettingsMutation, UpdateWorkspaceSettingsMutationVariables>;
export const WaveAnalysisDocument = new TypedDocumentString(`
    query WaveAnalysis($id: ID!) {
  waveAnalysis(id: $id) {
    id
    status
    total
    coded
    progress
    taxonomyVersion
    synthesizer
    summary
    finishedAt
    error
    themes {
      key
      label
      scope
      driverKeys
      drivers {
        key
        label
      }
      rank
      prevalence {
        band
        count
        n
        share
        low
        high
        smallSample
      }
      quotes {
        quote
        sessionId
        turnSeq
        start
        end
        band
      }
    }
    actions {
      rank
      title
      rationale
      impactPoints
      impactLow
      impactHigh
      impactN
      smallSample
      action
      evidence
      writer
      impactExplanation
      themes {
        key
      }
      quotes {
        quote
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WaveAnalysisQuery, WaveAnalysisQueryVariables>;
export const WaveAnalysisProgressDocument = new TypedDocumentString(`
    subscription WaveAnalysisProgress($waveId: ID!) {
  waveAnalysisProgress(waveId: $waveId) {
    waveId
    analysisId
    status
    total
    coded
    progress
  }
}
    `) as unknown as TypedDocumentString<WaveAnalysisProgressSubscription, WaveAnalysisProgressSubscriptionVariables>;
export const WaveAnalysisThemeFiltersDocument = new TypedDocumentString(`
    query WaveAnalysisThemeFilters($id: ID!) {
  waveAnalysis(id: $id) {
    passive: themes(band: PASSIVE) {
      key
    }
    detractorScope: themes(scope: DETRACTOR) {
      key
    }
  }
}
    `) as unknown as TypedDocumentString<WaveAnalysisThemeFiltersQuery, WaveAnalysisThemeFiltersQueryVariables>;
export const WebhookDeliveriesDocument = new TypedDocumentString(`
    query WebhookDeliveries($endpointId: ID!, $status: WebhookDeliveryStatus, $first: Int, $after: String) {
  webhookDeliveries(
    endpointId: $endpointId
    status: $status
    first: $first
    after: $after
  ) {
    edges {
      cursor
      node {
        ...WebhookDeliveryFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment WebhookDeliveryFields on WebhookDelivery {
  id
  endpointId
  eventId
  eventType
  status
  attempts
  nextAttemptAt
  lastAttemptAt
  statusCode
  latencyMs
  responseBody
  error
  deliveredAt
  replayOf
  createdAt
}`) as unknown as TypedDocumentString<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const WebhookEndpointsDocument = new TypedDocumentString(`
    query WebhookEndpoints {
  webhookEndpoints {
    ...WebhookEndpointFields
  }
}
    fragment WebhookEndpointFields on WebhookEndpoint {
  id
  url
  description
  events
  enabled
  disabledReason
  disabledAt
  failingSince
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<WebhookEndpointsQuery, WebhookEndpointsQueryVariables>;
export const WorkspaceMembersDocument = new TypedDocumentString(`
    query WorkspaceMembers {
  workspaceMembers {
    totalCount
    items {
      user {
        id
        email
      }
      role
      invitedByUserId
      invitedByKeyId
    }
  }
}
    `) as unknown as TypedDocumentString<WorkspaceMembersQuery, WorkspaceMembersQueryVariables>;
export const WorkspaceSettingsDocument = new TypedDocumentString(`
    query WorkspaceSettings {
  workspaceSettings {
    transcriptRetentionDays
  }
}
    `) as unknown as TypedDocumentString<WorkspaceSettingsQuery, WorkspaceSettingsQueryVariables>;
export const WorkspaceSsoDocument = new TypedDocumentString(`
    query WorkspaceSso {
  workspaceSso {
    issuer
    clientId
    clientSecretSet
    allowedDomains
    enabled
    redirectUri
    startPath
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<WorkspaceSsoQuery, WorkspaceSsoQueryVariables>;