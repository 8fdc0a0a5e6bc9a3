/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

/** QUEUED waiting or being sent; SENT accepted by the SMTP server; FAILED refused for good or retries exhausted; BOUNCED hard bounce (the address is suppressed); SUPPRESSED never sent, the address is on the suppression list */
export type DeliveryStatus =
  | 'BOUNCED'
  | 'FAILED'
  | 'QUEUED'
  | 'SENT'
  | 'SUPPRESSED';

export type EscalationReason =
  | 'CHURN_RISK'
  | 'COMPETITOR_EVALUATION'
  | 'DISTRESS'
  | 'LEGAL_OR_SAFETY'
  | 'UNRESOLVED_INCIDENT';

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

/** OPEN first question; PROBE one ladder level deeper (or more within a phase); CLARIFY same level after a thin answer; ADVANCE next phase; CLOSE final thanks */
export type ModeratorAction =
  | 'ADVANCE'
  | 'CLARIFY'
  | 'CLOSE'
  | 'OPEN'
  | 'PROBE';

/** OFFLINE: the built-in deterministic moderator */
export type ModeratorKind =
  | 'MISTRAL'
  | 'OFFLINE';

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

/** A daily window in which automatic invitations wait instead of going out */
export type QuietHoursInput = {
  /** End, "HH:MM"; a window may cross midnight (22:00 to 07:00) */
  end: string;
  /** Start, "HH:MM" (24 h), in the time zone below */
  start: string;
  /** IANA time zone name, e.g. Europe/Paris */
  timezone: string;
};

export type RespondentFilter = {
  attributes?: Array<AttributeFilter> | null | undefined;
  bands?: Array<Band> | null | undefined;
  /** Only respondents last written by this import batch (lineage) */
  importBatchId?: string | number | null | undefined;
  /** Only respondents from this source: csv, api, seed, preview or webhook:<tool> */
  source?: string | null | undefined;
};

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

/** OFFLINE_FALLBACK: the offline moderator stood in because the LLM kept failing */
export type TurnAuthor =
  | 'MISTRAL'
  | 'OFFLINE'
  | 'OFFLINE_FALLBACK'
  | 'RESPONDENT';

export type TurnRole =
  | 'MODERATOR'
  | 'RESPONDENT';

export type UpdateGuideInput = {
  band: Band;
  /** The version this edit starts from; the edit fails with GUIDE_VERSION_CONFLICT when a newer one exists */
  baseVersion: number;
  content: GuideContentInput;
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

export type WaveStatus =
  | 'CLOSED'
  | 'DRAFT'
  | 'FIELDING';

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

export type AccountsInviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type AccountsInviteMemberMutation = { inviteMember: { role: MemberRole, user: { id: string, email: string } } };

export type AccountsMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountsMembersQuery = { workspaceMembers: { items: Array<{ role: MemberRole, user: { id: string, email: string } }> } };

export type AlertsCreateRuleMutationVariables = Exact<{
  input: CreateAlertRuleInput;
}>;


export type AlertsCreateRuleMutation = { createAlertRule: { id: string } };

export type AlertsCreateEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type AlertsCreateEndpointMutation = { createWebhookEndpoint: { secret: string, endpoint: { id: string } } };

export type AlertsIngestMutationVariables = Exact<{
  input: IngestResponsesInput;
}>;


export type AlertsIngestMutation = { ingestResponses: { inserted: number, errors: Array<{ message: string }> } };

export type AlertsOfStudyQueryVariables = Exact<{
  studyId: string | number;
}>;


export type AlertsOfStudyQuery = { alerts: Array<{ id: string, status: AlertStatus, current: number, baseline: number, delta: number, pValue: number, n: number, baselineN: number, segment: { label: string }, responses: { totalCount: number } }> };

export type AlertsRaisedSubscriptionVariables = Exact<{
  studyId: string | number;
}>;


export type AlertsRaisedSubscription = { alertRaised: { id: string, metric: AlertMetric, delta: number, segment: { label: string } } };

export type BenchConfigureIngestSourceMutationVariables = Exact<{
  input: ConfigureIngestSourceInput;
}>;


export type BenchConfigureIngestSourceMutation = { configureIngestSource: { url: string, secret: string | null } };

export type BenchIngestResponsesMutationVariables = Exact<{
  input: IngestResponsesInput;
}>;


export type BenchIngestResponsesMutation = { ingestResponses: { ok: boolean, inserted: number, updated: number, unchanged: number, errors: Array<{ index: number, field: string | null, code: string, message: string }> } };

export type BenchInviteRespondentsMutationVariables = Exact<{
  input: InviteRespondentsInput;
}>;


export type BenchInviteRespondentsMutation = { inviteRespondents: { queued: number, alreadyInvited: number, withoutEmail: number, suppressed: number } };

export type BenchOverallNpsChangedSubscriptionVariables = Exact<{
  studyId: string | number;
}>;


export type BenchOverallNpsChangedSubscription = { segmentNpsChanged: { overall: { n: number } } };

export type BenchWaveFieldingQueryVariables = Exact<{
  studyId: string | number;
}>;


export type BenchWaveFieldingQuery = { study: { waves: Array<{ id: string, fielding: { responses: number, invited: number, sent: number, failed: number, suppressed: number } }> } | null };

export type CommentDriversQueryVariables = Exact<{
  waveId: string | number;
}>;


export type CommentDriversQuery = { commentDrivers: { commented: number, coded: number, drivers: Array<{ count: number, driver: { key: string } }> } };

export type CompletedSessionsQueryVariables = Exact<{
  studyId: string | number;
}>;


export type CompletedSessionsQuery = { interviewSessions: Array<{ id: string, quality: { ladderDepth: number } | null }> };

export type ConsoleAlertAcknowledgedQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleAlertAcknowledgedQuery = { alert: { id: string, status: AlertStatus, acknowledgedAt: string | null, acknowledgedBy: string | null } };

export type CreateStudyMutationVariables = Exact<{
  input: CreateStudyInput;
}>;


export type CreateStudyMutation = { createStudy: { id: string } };

export type CreateWaveMutationVariables = Exact<{
  input: CreateWaveInput;
}>;


export type CreateWaveMutation = { createWave: { id: string } };

export type DashboardCompareWavesQueryVariables = Exact<{
  studyId: string | number;
  baseWaveId: string | number;
  waveId: string | number;
}>;


export type DashboardCompareWavesQuery = { compareWaves: { nps: { difference: number | null, pValue: number | null, flag: string }, themes: Array<{ key: string, band: Band, pValue: number | null, flag: string }> } };

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


export type DashboardThemeTrendQuery = { themeTrend: { waves: Array<{ name: string }>, themes: Array<{ key: string, points: Array<{ band: Band, estimate: { share: number | null } }> }> } };

export type DashboardWaveAnalysisQueryVariables = Exact<{
  id: string | number;
}>;


export type DashboardWaveAnalysisQuery = { waveAnalysis: { status: AnalysisStatus, progress: number, summary: string | null, themes: Array<{ key: string, label: string, drivers: Array<{ key: string }>, prevalence: Array<{ band: Band, share: number | null, low: number, high: number }>, quotes: Array<{ quote: string }> }>, actions: Array<{ rank: number, title: string, impactPoints: number }> } | null };

export type EmbedRevokeLinkMutationVariables = Exact<{
  sessionId: string | number;
}>;


export type EmbedRevokeLinkMutation = { revokeInterviewLink: { id: string, linkRevokedAt: string | null } };

export type EraseRespondentMutationVariables = Exact<{
  id: string | number;
}>;


export type EraseRespondentMutation = { eraseRespondent: { id: string, erasedAt: string } };

export type EvalInterviewCodingQueryVariables = Exact<{
  id: string | number;
}>;


export type EvalInterviewCodingQuery = { interviewSession: { status: SessionStatus, coding: { coder: CoderKind, rootNote: string | null, competitors: Array<string>, competitorMentioned: boolean, statedDriver: { key: string } | null, rootDriver: { key: string } | null } | null } | null };

export type EvalInterviewSessionQueryVariables = Exact<{
  id: string | number;
}>;


export type EvalInterviewSessionQuery = { interviewSession: { status: SessionStatus, moderator: ModeratorKind, language: string | null, turns: Array<{ seq: number, role: TurnRole, phase: string, action: ModeratorAction | null, author: TurnAuthor | null, ladderLevel: number, text: string, moderation: { leadingCaught: number, leadingFindings: Array<string>, reusedWords: boolean | null } | null }>, quality: { ladderDepth: number, probes: number, probesReusingWordsShare: number | null, leadingQuestionsCaught: number, moderatorTurns: number, respondentTurns: number } | null, escalations: Array<{ reason: EscalationReason, quote: string }> } | null };

export type EvalSummaryQueryVariables = Exact<{
  id: string | number;
}>;


export type EvalSummaryQuery = { waveAnalysis: { status: AnalysisStatus, coded: number, synthesizer: CoderKind, summary: string | null, themes: Array<{ key: string, label: string, quotes: Array<{ quote: string }> }>, actions: Array<{ rank: number, title: string, action: string | null, evidence: string | null, writer: string | null, impactPoints: number, impactLow: number | null, impactHigh: number | null, impactN: number | null, smallSample: boolean | null, impactExplanation: string }> } | null };

export type FieldingIngestMutationVariables = Exact<{
  input: IngestResponsesInput;
}>;


export type FieldingIngestMutation = { ingestResponses: { ok: boolean, inserted: number, errors: Array<{ index: number, code: string, message: string }> } };

export type FieldingInvitationsQueryVariables = Exact<{
  waveId: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type FieldingInvitationsQuery = { respondents: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { externalId: string, email: string | null, invitation: { status: DeliveryStatus, attempts: number, sentAt: string | null, sessionId: string | null, lastError: string | null } | null } }> } };

export type FieldingUpdateRulesMutationVariables = Exact<{
  input: UpdateWaveFieldingInput;
}>;


export type FieldingUpdateRulesMutation = { updateWaveFielding: { id: string, fieldingRules: { autoInvite: { bands: Array<Band> } | null } | null } };

export type GuideConfigureIngestSourceMutationVariables = Exact<{
  input: ConfigureIngestSourceInput;
}>;


export type GuideConfigureIngestSourceMutation = { configureIngestSource: { url: string, secret: string | null } };

export type GuideCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type GuideCreateApiKeyMutation = { createApiKey: { secret: string, key: { id: string, role: ApiKeyRole, prefix: string } } };

export type GuideVersionsQueryVariables = Exact<{
  studyId: string | number;
  band: Band;
}>;


export type GuideVersionsQuery = { guideVersions: Array<{ id: string, version: number, content: { topicsToAvoid: Array<string>, ladderTargetDepth: { min: number, max: number }, phases: Array<{ key: PhaseKey, objective: string, probeInstructions: string, budget: { turns: number, minutes: number }, openingQuestions: Array<{ language: string, questions: Array<string> }> }> } }> };

export type ImportRespondentsMutationVariables = Exact<{
  input: ImportRespondentsInput;
}>;


export type ImportRespondentsMutation = { importRespondents: { ok: boolean, importedCount: number, errorCount: number, errors: Array<{ message: string }> } };

export type InterviewSessionQueryVariables = Exact<{
  id: string | number;
}>;


export type InterviewSessionQuery = { interviewSession: { status: SessionStatus, turns: Array<{ seq: number, role: TurnRole, phase: string, ladderLevel: number, text: string }> } | null };

export type LatestSessionsQueryVariables = Exact<{
  waveId: string | number;
  after?: string | null | undefined;
}>;


export type LatestSessionsQuery = { respondents: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, latestSession: { id: string, status: SessionStatus } | null } }> } };

export type LaunchWaveMutationVariables = Exact<{
  id: string | number;
}>;


export type LaunchWaveMutation = { launchWave: { id: string, status: WaveStatus } };

export type ReportFiguresQueryVariables = Exact<{
  studyId: string | number;
  waveId: string | number;
  analysisId: string | number;
}>;


export type ReportFiguresQuery = { segmentNps: { overall: { n: number, nps: number | null, ciLow: number | null, ciHigh: number | null, promoters: number, passives: number, detractors: number } }, waveAnalysis: { summary: string | null, coded: number, actions: Array<{ rank: number, title: string, action: string | null, impactLow: number | null }>, themes: Array<{ key: string, rank: number, label: string }> } | null, competitors: { competitors: Array<{ name: string, byWave: Array<{ waveId: string, count: number }> }> } };

export type RespondentSessionQueryVariables = Exact<{
  token: string;
}>;


export type RespondentSessionQuery = { respondentSession: { sessionId: string, status: SessionStatus, moderator: ModeratorKind, turns: Array<{ seq: number, role: TurnRole, text: string, phase: string }> } };

export type RespondentsQueryVariables = Exact<{
  waveId: string | number;
  first: number;
  filter?: RespondentFilter | null | undefined;
}>;


export type RespondentsQuery = { respondents: { edges: Array<{ node: { id: string, externalId: string, band: Band } }> } };

export type SegmentNpsQueryVariables = Exact<{
  studyId: string | number;
  waveId?: string | number | null | undefined;
  groupBy: Array<string> | string;
  filter?: SegmentFilter | null | undefined;
}>;


export type SegmentNpsQuery = { segmentNps: { overall: { n: number, nps: number | null, ciLow: number | null, ciHigh: number | null }, segments: Array<{ label: string, n: number, promoters: number, passives: number, detractors: number, nps: number | null, ciLow: number | null, ciHigh: number | null, smallSample: boolean, key: Array<{ attribute: string, value: string | null }> }> } };

export type SegmentNpsChangedSubscriptionVariables = Exact<{
  studyId: string | number;
}>;


export type SegmentNpsChangedSubscription = { segmentNpsChanged: { overall: { n: number, nps: number | null, ciLow: number | null, ciHigh: number | null }, segments: Array<{ label: string, n: number, nps: number | null, ciLow: number | null, ciHigh: number | null, smallSample: boolean }> } };

export type SendRespondentMessageMutationVariables = Exact<{
  token: string;
  text: string;
  clientMessageId: string;
}>;


export type SendRespondentMessageMutation = { sendRespondentMessage: { id: string, seq: number, role: TurnRole, text: string, phase: string, ladderLevel: number, author: TurnAuthor | null } };

export type SessionUpdatedSubscriptionVariables = Exact<{
  sessionId: string | number;
}>;


export type SessionUpdatedSubscription = { sessionUpdated: { session: { status: SessionStatus }, turn: { seq: number, role: TurnRole, text: string } | null } };

export type StartGuidePreviewMutationVariables = Exact<{
  input: StartGuidePreviewInput;
}>;


export type StartGuidePreviewMutation = { startGuidePreview: { chatPath: string } };

export type StartInterviewMutationVariables = Exact<{
  respondentId: string | number;
}>;


export type StartInterviewMutation = { startInterview: { respondentToken: string, chatPath: string, session: { id: string, status: SessionStatus, moderator: ModeratorKind } } };

export type StartWaveAnalysisMutationVariables = Exact<{
  waveId: string | number;
}>;


export type StartWaveAnalysisMutation = { startWaveAnalysis: { id: string, status: AnalysisStatus } };

export type StudiesQueryVariables = Exact<{ [key: string]: never; }>;


export type StudiesQuery = { studies: Array<{ id: string, name: string, waves: Array<{ id: string, status: WaveStatus, respondentCount: number }> }> };

export type UpdateGuideMutationVariables = Exact<{
  input: UpdateGuideInput;
}>;


export type UpdateGuideMutation = { updateGuide: { id: string } };

export type WaveAnalysisOutcomeQueryVariables = Exact<{
  id: string | number;
}>;


export type WaveAnalysisOutcomeQuery = { waveAnalysis: { status: AnalysisStatus, coded: number, total: number, synthesizer: CoderKind, themes: Array<{ key: string }> } | null };

export type WaveAnalysisStatusQueryVariables = Exact<{
  id: string | number;
}>;


export type WaveAnalysisStatusQuery = { waveAnalysis: { status: AnalysisStatus, error: string | null } | null };

export type WaveInterviewQualityQueryVariables = Exact<{
  studyId: string | number;
}>;


export type WaveInterviewQualityQuery = { study: { waves: Array<{ id: string, interviewQuality: { interviews: number, medianDepth: number | null, shareDepthAtLeast5: number | null, leadingCaught: number, probesReusingWordsShare: number | null, medianMinutes: number | null, costPerInterview: number | null, depthDistribution: Array<{ depth: number, interviews: number }> } }> } | null };

export type WorkspaceAuditEventsQueryVariables = Exact<{
  filter?: AuditEventFilter | null | undefined;
  first: number;
}>;


export type WorkspaceAuditEventsQuery = { auditEvents: { edges: Array<{ node: { id: string, action: AuditAction, name: string, keyId: string | null, outcome: string } }> } };

export type WorkspaceRetentionQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkspaceRetentionQuery = { workspaceSettings: { transcriptRetentionDays: number | null } };

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

export const AccountsInviteMemberDocument = new TypedDocumentString(`
    mutation AccountsInviteMember($input: InviteMemberInput!) {
  inviteMember(input: $input) {
    user {
      id
      email
    }
    role
  }
}
    `) as unknown as TypedDocumentString<AccountsInviteMemberMutation, AccountsInviteMemberMutationVariables>;
export const AccountsMembersDocument = new TypedDocumentString(`
    query AccountsMembers {
  workspaceMembers {
    items {
      user {
        id
        email
      }
      role
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsMembersQuery, AccountsMembersQueryVariables>;
export const AlertsCreateRuleDocument = new TypedDocumentString(`
    mutation AlertsCreateRule($input: CreateAlertRuleInput!) {
  createAlertRule(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AlertsCreateRuleMutation, AlertsCreateRuleMutationVariables>;
export const AlertsCreateEndpointDocument = new TypedDocumentString(`
    mutation AlertsCreateEndpoint($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) {
    secret
    endpoint {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AlertsCreateEndpointMutation, AlertsCreateEndpointMutationVariables>;
export const AlertsIngestDocument = new TypedDocumentString(`
    mutation AlertsIngest($input: IngestResponsesInput!) {
  ingestResponses(input: $input) {
    inserted
    errors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AlertsIngestMutation, AlertsIngestMutationVariables>;
export const AlertsOfStudyDocument = new TypedDocumentString(`
    query AlertsOfStudy($studyId: ID!) {
  alerts(studyId: $studyId) {
    id
    status
    segment {
      label
    }
    current
    baseline
    delta
    pValue
    n
    baselineN
    responses(first: 5) {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<AlertsOfStudyQuery, AlertsOfStudyQueryVariables>;
export const AlertsRaisedDocument = new TypedDocumentString(`
    subscription AlertsRaised($studyId: ID!) {
  alertRaised(studyId: $studyId) {
    id
    segment {
      label
    }
    metric
    delta
  }
}
    `) as unknown as TypedDocumentString<AlertsRaisedSubscription, AlertsRaisedSubscriptionVariables>;
export const BenchConfigureIngestSourceDocument = new TypedDocumentString(`
    mutation BenchConfigureIngestSource($input: ConfigureIngestSourceInput!) {
  configureIngestSource(input: $input) {
    url
    secret
  }
}
    `) as unknown as TypedDocumentString<BenchConfigureIngestSourceMutation, BenchConfigureIngestSourceMutationVariables>;
export const BenchIngestResponsesDocument = new TypedDocumentString(`
    mutation BenchIngestResponses($input: IngestResponsesInput!) {
  ingestResponses(input: $input) {
    ok
    inserted
    updated
    unchanged
    errors {
      index
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<BenchIngestResponsesMutation, BenchIngestResponsesMutationVariables>;
export const BenchInviteRespondentsDocument = new TypedDocumentString(`
    mutation BenchInviteRespondents($input: InviteRespondentsInput!) {
  inviteRespondents(input: $input) {
    queued
    alreadyInvited
    withoutEmail
    suppressed
  }
}
    `) as unknown as TypedDocumentString<BenchInviteRespondentsMutation, BenchInviteRespondentsMutationVariables>;
export const BenchOverallNpsChangedDocument = new TypedDocumentString(`
    subscription BenchOverallNpsChanged($studyId: ID!) {
  segmentNpsChanged(studyId: $studyId, groupBy: []) {
    overall {
      n
    }
  }
}
    `) as unknown as TypedDocumentString<BenchOverallNpsChangedSubscription, BenchOverallNpsChangedSubscriptionVariables>;
export const BenchWaveFieldingDocument = new TypedDocumentString(`
    query BenchWaveFielding($studyId: ID!) {
  study(id: $studyId) {
    waves {
      id
      fielding {
        responses
        invited
        sent
        failed
        suppressed
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BenchWaveFieldingQuery, BenchWaveFieldingQueryVariables>;
export const CommentDriversDocument = new TypedDocumentString(`
    query CommentDrivers($waveId: ID!) {
  commentDrivers(waveId: $waveId) {
    commented
    coded
    drivers {
      driver {
        key
      }
      count
    }
  }
}
    `) as unknown as TypedDocumentString<CommentDriversQuery, CommentDriversQueryVariables>;
export const CompletedSessionsDocument = new TypedDocumentString(`
    query CompletedSessions($studyId: ID!) {
  interviewSessions(studyId: $studyId, status: [COMPLETED], first: 200) {
    id
    quality {
      ladderDepth
    }
  }
}
    `) as unknown as TypedDocumentString<CompletedSessionsQuery, CompletedSessionsQueryVariables>;
export const ConsoleAlertAcknowledgedDocument = new TypedDocumentString(`
    query ConsoleAlertAcknowledged($id: ID!) {
  alert(id: $id) {
    id
    status
    acknowledgedAt
    acknowledgedBy
  }
}
    `) as unknown as TypedDocumentString<ConsoleAlertAcknowledgedQuery, ConsoleAlertAcknowledgedQueryVariables>;
export const CreateStudyDocument = new TypedDocumentString(`
    mutation CreateStudy($input: CreateStudyInput!) {
  createStudy(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateStudyMutation, CreateStudyMutationVariables>;
export const CreateWaveDocument = new TypedDocumentString(`
    mutation CreateWave($input: CreateWaveInput!) {
  createWave(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateWaveMutation, CreateWaveMutationVariables>;
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
      pValue
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
    summary
    themes {
      key
      label
      drivers {
        key
      }
      prevalence {
        band
        share
        low
        high
      }
      quotes {
        quote
      }
    }
    actions {
      rank
      title
      impactPoints
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardWaveAnalysisQuery, DashboardWaveAnalysisQueryVariables>;
export const EmbedRevokeLinkDocument = new TypedDocumentString(`
    mutation EmbedRevokeLink($sessionId: ID!) {
  revokeInterviewLink(sessionId: $sessionId) {
    id
    linkRevokedAt
  }
}
    `) as unknown as TypedDocumentString<EmbedRevokeLinkMutation, EmbedRevokeLinkMutationVariables>;
export const EraseRespondentDocument = new TypedDocumentString(`
    mutation EraseRespondent($id: ID!) {
  eraseRespondent(id: $id) {
    id
    erasedAt
  }
}
    `) as unknown as TypedDocumentString<EraseRespondentMutation, EraseRespondentMutationVariables>;
export const EvalInterviewCodingDocument = new TypedDocumentString(`
    query EvalInterviewCoding($id: ID!) {
  interviewSession(id: $id) {
    status
    coding {
      coder
      statedDriver {
        key
      }
      rootDriver {
        key
      }
      rootNote
      competitors
      competitorMentioned
    }
  }
}
    `) as unknown as TypedDocumentString<EvalInterviewCodingQuery, EvalInterviewCodingQueryVariables>;
export const EvalInterviewSessionDocument = new TypedDocumentString(`
    query EvalInterviewSession($id: ID!) {
  interviewSession(id: $id) {
    status
    moderator
    language
    turns {
      seq
      role
      phase
      action
      author
      ladderLevel
      text
      moderation {
        leadingCaught
        leadingFindings
        reusedWords
      }
    }
    quality {
      ladderDepth
      probes
      probesReusingWordsShare
      leadingQuestionsCaught
      moderatorTurns
      respondentTurns
    }
    escalations {
      reason
      quote
    }
  }
}
    `) as unknown as TypedDocumentString<EvalInterviewSessionQuery, EvalInterviewSessionQueryVariables>;
export const EvalSummaryDocument = new TypedDocumentString(`
    query EvalSummary($id: ID!) {
  waveAnalysis(id: $id) {
    status
    coded
    synthesizer
    summary
    themes {
      key
      label
      quotes {
        quote
      }
    }
    actions {
      rank
      title
      action
      evidence
      writer
      impactPoints
      impactLow
      impactHigh
      impactN
      smallSample
      impactExplanation
    }
  }
}
    `) as unknown as TypedDocumentString<EvalSummaryQuery, EvalSummaryQueryVariables>;
export const FieldingIngestDocument = new TypedDocumentString(`
    mutation FieldingIngest($input: IngestResponsesInput!) {
  ingestResponses(input: $input) {
    ok
    inserted
    errors {
      index
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<FieldingIngestMutation, FieldingIngestMutationVariables>;
export const FieldingInvitationsDocument = new TypedDocumentString(`
    query FieldingInvitations($waveId: ID!, $first: Int!, $after: String) {
  respondents(waveId: $waveId, first: $first, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        externalId
        email
        invitation {
          status
          attempts
          sentAt
          sessionId
          lastError
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FieldingInvitationsQuery, FieldingInvitationsQueryVariables>;
export const FieldingUpdateRulesDocument = new TypedDocumentString(`
    mutation FieldingUpdateRules($input: UpdateWaveFieldingInput!) {
  updateWaveFielding(input: $input) {
    id
    fieldingRules {
      autoInvite {
        bands
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FieldingUpdateRulesMutation, FieldingUpdateRulesMutationVariables>;
export const GuideConfigureIngestSourceDocument = new TypedDocumentString(`
    mutation GuideConfigureIngestSource($input: ConfigureIngestSourceInput!) {
  configureIngestSource(input: $input) {
    url
    secret
  }
}
    `) as unknown as TypedDocumentString<GuideConfigureIngestSourceMutation, GuideConfigureIngestSourceMutationVariables>;
export const GuideCreateApiKeyDocument = new TypedDocumentString(`
    mutation GuideCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    key {
      id
      role
      prefix
    }
    secret
  }
}
    `) as unknown as TypedDocumentString<GuideCreateApiKeyMutation, GuideCreateApiKeyMutationVariables>;
export const GuideVersionsDocument = new TypedDocumentString(`
    query GuideVersions($studyId: ID!, $band: Band!) {
  guideVersions(studyId: $studyId, band: $band) {
    id
    version
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
}
    `) as unknown as TypedDocumentString<GuideVersionsQuery, GuideVersionsQueryVariables>;
export const ImportRespondentsDocument = new TypedDocumentString(`
    mutation ImportRespondents($input: ImportRespondentsInput!) {
  importRespondents(input: $input) {
    ok
    importedCount
    errorCount
    errors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ImportRespondentsMutation, ImportRespondentsMutationVariables>;
export const InterviewSessionDocument = new TypedDocumentString(`
    query InterviewSession($id: ID!) {
  interviewSession(id: $id) {
    status
    turns {
      seq
      role
      phase
      ladderLevel
      text
    }
  }
}
    `) as unknown as TypedDocumentString<InterviewSessionQuery, InterviewSessionQueryVariables>;
export const LatestSessionsDocument = new TypedDocumentString(`
    query LatestSessions($waveId: ID!, $after: String) {
  respondents(waveId: $waveId, first: 100, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        latestSession {
          id
          status
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LatestSessionsQuery, LatestSessionsQueryVariables>;
export const LaunchWaveDocument = new TypedDocumentString(`
    mutation LaunchWave($id: ID!) {
  launchWave(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<LaunchWaveMutation, LaunchWaveMutationVariables>;
export const ReportFiguresDocument = new TypedDocumentString(`
    query ReportFigures($studyId: ID!, $waveId: ID!, $analysisId: ID!) {
  segmentNps(studyId: $studyId, waveId: $waveId, groupBy: []) {
    overall {
      n
      nps
      ciLow
      ciHigh
      promoters
      passives
      detractors
    }
  }
  waveAnalysis(id: $analysisId) {
    summary
    coded
    actions {
      rank
      title
      action
      impactLow
    }
    themes {
      key
      rank
      label
    }
  }
  competitors(studyId: $studyId, groupBy: ["band"], first: 20) {
    competitors {
      name
      byWave {
        waveId
        count
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReportFiguresQuery, ReportFiguresQueryVariables>;
export const RespondentSessionDocument = new TypedDocumentString(`
    query RespondentSession($token: String!) {
  respondentSession(token: $token) {
    sessionId
    status
    moderator
    turns {
      seq
      role
      text
      phase
    }
  }
}
    `) as unknown as TypedDocumentString<RespondentSessionQuery, RespondentSessionQueryVariables>;
export const RespondentsDocument = new TypedDocumentString(`
    query Respondents($waveId: ID!, $first: Int!, $filter: RespondentFilter) {
  respondents(waveId: $waveId, first: $first, filter: $filter) {
    edges {
      node {
        id
        externalId
        band
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RespondentsQuery, RespondentsQueryVariables>;
export const SegmentNpsDocument = new TypedDocumentString(`
    query SegmentNps($studyId: ID!, $waveId: ID, $groupBy: [String!]!, $filter: SegmentFilter) {
  segmentNps(
    studyId: $studyId
    waveId: $waveId
    groupBy: $groupBy
    filter: $filter
  ) {
    overall {
      n
      nps
      ciLow
      ciHigh
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
    subscription SegmentNpsChanged($studyId: ID!) {
  segmentNpsChanged(studyId: $studyId, groupBy: ["tier", "region"]) {
    overall {
      n
      nps
      ciLow
      ciHigh
    }
    segments {
      label
      n
      nps
      ciLow
      ciHigh
      smallSample
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
    seq
    role
    text
    phase
    ladderLevel
    author
  }
}
    `) as unknown as TypedDocumentString<SendRespondentMessageMutation, SendRespondentMessageMutationVariables>;
export const SessionUpdatedDocument = new TypedDocumentString(`
    subscription SessionUpdated($sessionId: ID!) {
  sessionUpdated(sessionId: $sessionId) {
    session {
      status
    }
    turn {
      seq
      role
      text
    }
  }
}
    `) as unknown as TypedDocumentString<SessionUpdatedSubscription, SessionUpdatedSubscriptionVariables>;
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
    session {
      id
      status
      moderator
    }
  }
}
    `) as unknown as TypedDocumentString<StartInterviewMutation, StartInterviewMutationVariables>;
export const StartWaveAnalysisDocument = new TypedDocumentString(`
    mutation StartWaveAnalysis($waveId: ID!) {
  startWaveAnalysis(waveId: $waveId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<StartWaveAnalysisMutation, StartWaveAnalysisMutationVariables>;
export const StudiesDocument = new TypedDocumentString(`
    query Studies {
  studies {
    id
    name
    waves {
      id
      status
      respondentCount
    }
  }
}
    `) as unknown as TypedDocumentString<StudiesQuery, StudiesQueryVariables>;
export const UpdateGuideDocument = new TypedDocumentString(`
    mutation UpdateGuide($input: UpdateGuideInput!) {
  updateGuide(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateGuideMutation, UpdateGuideMutationVariables>;
export const WaveAnalysisOutcomeDocument = new TypedDocumentString(`
    query WaveAnalysisOutcome($id: ID!) {
  waveAnalysis(id: $id) {
    status
    coded
    total
    synthesizer
    themes {
      key
    }
  }
}
    `) as unknown as TypedDocumentString<WaveAnalysisOutcomeQuery, WaveAnalysisOutcomeQueryVariables>;
export const WaveAnalysisStatusDocument = new TypedDocumentString(`
    query WaveAnalysisStatus($id: ID!) {
  waveAnalysis(id: $id) {
    status
    error
  }
}
    `) as unknown as TypedDocumentString<WaveAnalysisStatusQuery, WaveAnalysisStatusQueryVariables>;
export const WaveInterviewQualityDocument = new TypedDocumentString(`
    query WaveInterviewQuality($studyId: ID!) {
  study(id: $studyId) {
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
    `) as unknown as TypedDocumentString<WaveInterviewQualityQuery, WaveInterviewQualityQueryVariables>;
export const WorkspaceAuditEventsDocument = new TypedDocumentString(`
    query WorkspaceAuditEvents($filter: AuditEventFilter, $first: Int!) {
  auditEvents(filter: $filter, first: $first) {
    edges {
      node {
        id
        action
        name
        keyId
        outcome
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkspaceAuditEventsQuery, WorkspaceAuditEventsQueryVariables>;
export const WorkspaceRetentionDocument = new TypedDocumentString(`
    query WorkspaceRetention {
  workspaceSettings {
    transcriptRetentionDays
  }
}
    `) as unknown as TypedDocumentString<WorkspaceRetentionQuery, WorkspaceRetentionQueryVariables>;