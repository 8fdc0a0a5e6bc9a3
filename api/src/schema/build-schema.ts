import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type ResolverData } from 'type-graphql';
import { registerEnums } from './register-enums.js';
import { AuditResolver } from '../audit/audit.resolver.js';
import { AuditService } from '../audit/audit.service.js';
import { fieldAuthChecker } from '../common/context.js';
import { EscalationResolver, SessionEscalationsResolver } from '../escalation/escalation.resolver.js';
import type { EscalationService } from '../escalation/escalation.service.js';
import { GuideResolver, StudyGuidesResolver } from '../guide/guide.resolver.js';
import type { GuideService } from '../guide/guide.service.js';
import { TurnResolver } from '../interview/turn.resolver.js';
import type { WaveService } from '../wave/wave.service.js';
import type { CsvImportService } from '../respondent/import/csv-import.service.js';
import type { InterviewService } from '../interview/interview.service.js';
import { LiveInsightsResolver } from '../insights/live/live-insights.resolver.js';
import { createEventPubSub, type EventPubSub } from '../events/session-events.js';
import { RespondentSessionResolver, StudySessionsResolver } from '../interview/interview-relations.resolver.js';
import { InterviewResolver } from '../interview/interview.resolver.js';
import type { RespondentService } from '../respondent/respondent.service.js';
import { RespondentResolver } from '../respondent/respondent.resolver.js';
import { CommentResolver, RespondentCommentResolver } from '../comment/comment.resolver.js';
import type { CommentService } from '../comment/comment.service.js';
import { StudyCountsResolver, WaveCountsResolver } from '../segment/band-counts.resolver.js';
import { SegmentResolver } from '../segment/segment.resolver.js';
import type { SegmentService } from '../segment/segment.service.js';
import { StudyResolver } from '../study/study.resolver.js';
import type { StudyService } from '../study/study.service.js';
import { StudyWavesResolver, WaveResolver } from '../wave/wave.resolver.js';
import {
  AnalysisResolver,
  SessionCodingResolver,
  SummaryActionResolver,
  ThemeResolver,
  WaveAnalysisFieldResolver,
} from '../analysis/analysis.resolver.js';
import type { AnalysisService } from '../analysis/analysis.service.js';
import { StudyTaxonomyResolver, TaxonomyResolver } from '../taxonomy/taxonomy.resolver.js';
import type { TaxonomyService } from '../taxonomy/taxonomy.service.js';
import { InsightTrendResolver } from '../trends/insight-trend.resolver.js';
import type { InsightTrendService } from '../trends/insight-trend.service.js';
import { NpsTrendResolver } from '../trends/nps-trend.resolver.js';
import type { NpsTrendService } from '../trends/nps-trend.service.js';
import { IngestSourceResolver, WaveIngestSourcesResolver } from '../webhook-ingest/ingest-source.resolver.js';
import type { IngestSourceService } from '../webhook-ingest/ingest-source.service.js';
import { IngestResolver } from '../ingest/ingest.resolver.js';
import type { IngestService } from '../ingest/ingest.service.js';
import { FieldingResolver } from '../fielding/fielding.resolver.js';
import {
  EmailDeliveryResolver,
  RespondentInvitationResolver,
  SessionDeliveryResolver,
  WaveFieldingResolver,
} from '../fielding/fielding-relations.resolver.js';
import type { FieldingService } from '../fielding/fielding.service.js';
import { ErasureResolver } from '../erasure/erasure.resolver.js';
import type { ErasureService } from '../erasure/erasure.service.js';
import { WorkspaceSettingsResolver } from '../workspace-settings/workspace-settings.resolver.js';
import type { WorkspaceSettingsService } from '../workspace-settings/workspace-settings.service.js';
import { ApiKeyResolver } from '../api-key/api-key.resolver.js';
import { WebhookOutResolver } from '../webhook-out/webhook-out.resolver.js';
import type { WebhookDeliveryService } from '../webhook-out/webhook-delivery.service.js';
import type { WebhookEndpointService } from '../webhook-out/webhook-endpoint.service.js';
import { AlertResolver } from '../alert/alert.resolver.js';
import { CompetitorQuotesResolver, FindingsResolver } from '../findings/findings.resolver.js';
import type { FindingsService } from '../findings/findings.service.js';
import { NotificationPreferenceResolver } from '../owner/notification-preference.resolver.js';
import type { NotificationPreferenceService } from '../owner/notification-preference.service.js';
import type { AlertService } from '../alert/alert.service.js';
import type { ApiKeyService } from '../api-key/api-key.service.js';
import { AccountResolver } from '../account/account.resolver.js';
import type { MemberService } from '../account/member.service.js';
import { SsoResolver } from '../account/sso.resolver.js';
import type { SsoService } from '../account/sso.service.js';
import {
  CodingAgreementResolver,
  CodingCorrectionResolver,
  TranscriptCodingCorrectionResolver,
} from '../coding-quality/coding-quality.resolver.js';
import type { CodingAgreementService } from '../coding-quality/coding-agreement.service.js';
import type { CodingCorrectionService } from '../coding-quality/coding-correction.service.js';

export interface Services {
  studies: StudyService;
  segments: SegmentService;
  respondents: RespondentService;
  imports: CsvImportService;
  interviews: InterviewService;
  guides: GuideService;
  waves: WaveService;
  escalations: EscalationService;
  taxonomies: TaxonomyService;
  analyses: AnalysisService;
  insightTrends: InsightTrendService;
  npsTrends: NpsTrendService;
  ingestSources: IngestSourceService;
  ingest: IngestService;
  fielding: FieldingService;
  comments: CommentService;
  erasure: ErasureService;
  workspaceSettings: WorkspaceSettingsService;
  apiKeys: ApiKeyService;
  webhookEndpoints: WebhookEndpointService;
  webhookDeliveries: WebhookDeliveryService;
  alerts: AlertService;
  findings: FindingsService;
  notificationPreferences: NotificationPreferenceService;
  members: MemberService;
  sso: SsoService;
  codingCorrections: CodingCorrectionService;
  codingAgreement: CodingAgreementService;
}

const resolvers = [
  StudyResolver,
  WaveResolver,
  StudyWavesResolver,
  RespondentResolver,
  SegmentResolver,
  StudyCountsResolver,
  WaveCountsResolver,
  InterviewResolver,
  StudySessionsResolver,
  RespondentSessionResolver,
  TurnResolver,
  GuideResolver,
  StudyGuidesResolver,
  EscalationResolver,
  SessionEscalationsResolver,
  TaxonomyResolver,
  StudyTaxonomyResolver,
  AnalysisResolver,
  ThemeResolver,
  SummaryActionResolver,
  WaveAnalysisFieldResolver,
  SessionCodingResolver,
  InsightTrendResolver,
  NpsTrendResolver,
  LiveInsightsResolver,
  IngestSourceResolver,
  WaveIngestSourcesResolver,
  IngestResolver,
  FieldingResolver,
  WaveFieldingResolver,
  RespondentInvitationResolver,
  SessionDeliveryResolver,
  EmailDeliveryResolver,
  CommentResolver,
  RespondentCommentResolver,
  AuditResolver,
  ErasureResolver,
  WorkspaceSettingsResolver,
  ApiKeyResolver,
  WebhookOutResolver,
  AlertResolver,
  FindingsResolver,
  CompetitorQuotesResolver,
  NotificationPreferenceResolver,
  AccountResolver,
  SsoResolver,
  CodingCorrectionResolver,
  CodingAgreementResolver,
  TranscriptCodingCorrectionResolver,
] as const;

/** Resolvers are built once over the services; type-graphql asks this container for them. */
function container(s: Services) {
  const instances = new Map<unknown, unknown>([
    [StudyResolver, new StudyResolver(s.studies)],
    [WaveResolver, new WaveResolver(s.waves)],
    [StudyWavesResolver, new StudyWavesResolver()],
    [StudyCountsResolver, new StudyCountsResolver()],
    [WaveCountsResolver, new WaveCountsResolver()],
    [StudySessionsResolver, new StudySessionsResolver()],
    [RespondentSessionResolver, new RespondentSessionResolver()],
    [StudyGuidesResolver, new StudyGuidesResolver()],
    [SessionEscalationsResolver, new SessionEscalationsResolver()],
    [RespondentResolver, new RespondentResolver(s.respondents, s.imports)],
    [SegmentResolver, new SegmentResolver(s.segments)],
    [InterviewResolver, new InterviewResolver(s.interviews)],
    [TurnResolver, new TurnResolver()],
    [GuideResolver, new GuideResolver(s.guides)],
    [EscalationResolver, new EscalationResolver(s.escalations)],
    [TaxonomyResolver, new TaxonomyResolver(s.taxonomies)],
    [StudyTaxonomyResolver, new StudyTaxonomyResolver()],
    [AnalysisResolver, new AnalysisResolver(s.analyses)],
    [ThemeResolver, new ThemeResolver()],
    [SummaryActionResolver, new SummaryActionResolver()],
    [WaveAnalysisFieldResolver, new WaveAnalysisFieldResolver()],
    [SessionCodingResolver, new SessionCodingResolver()],
    [InsightTrendResolver, new InsightTrendResolver(s.insightTrends)],
    [NpsTrendResolver, new NpsTrendResolver(s.npsTrends)],
    [LiveInsightsResolver, new LiveInsightsResolver()],
    [IngestSourceResolver, new IngestSourceResolver(s.ingestSources)],
    [WaveIngestSourcesResolver, new WaveIngestSourcesResolver(s.ingestSources)],
    [IngestResolver, new IngestResolver(s.ingest)],
    [FieldingResolver, new FieldingResolver(s.fielding)],
    [WaveFieldingResolver, new WaveFieldingResolver(s.fielding)],
    [RespondentInvitationResolver, new RespondentInvitationResolver()],
    [SessionDeliveryResolver, new SessionDeliveryResolver()],
    [EmailDeliveryResolver, new EmailDeliveryResolver()],
    [CommentResolver, new CommentResolver(s.comments)],
    [RespondentCommentResolver, new RespondentCommentResolver()],
    [AuditResolver, new AuditResolver(new AuditService())],
    [ErasureResolver, new ErasureResolver(s.erasure)],
    [WorkspaceSettingsResolver, new WorkspaceSettingsResolver(s.workspaceSettings)],
    [ApiKeyResolver, new ApiKeyResolver(s.apiKeys)],
    [WebhookOutResolver, new WebhookOutResolver(s.webhookEndpoints, s.webhookDeliveries)],
    [AlertResolver, new AlertResolver(s.alerts)],
    [FindingsResolver, new FindingsResolver(s.findings)],
    [CompetitorQuotesResolver, new CompetitorQuotesResolver()],
    [NotificationPreferenceResolver, new NotificationPreferenceResolver(s.notificationPreferences)],
    [AccountResolver, new AccountResolver(s.members)],
    [SsoResolver, new SsoResolver(s.sso)],
    [CodingCorrectionResolver, new CodingCorrectionResolver(s.codingCorrections)],
    [CodingAgreementResolver, new CodingAgreementResolver(s.codingAgreement)],
    [TranscriptCodingCorrectionResolver, new TranscriptCodingCorrectionResolver()],
  ]);
  return { get: (cls: unknown, _data: ResolverData) => instances.get(cls) };
}

/**
 * The executable schema. Without services (SDL emission) resolvers are never called.
 * Subscription resolvers read the event stream from the request context (`ctx.events`), which
 * is this same pubSub; type-graphql requires it here as well.
 */
export function buildLadderSchema(services?: Services, pubSub: EventPubSub = createEventPubSub()): Promise<GraphQLSchema> {
  registerEnums();
  return buildSchema({
    resolvers,
    pubSub,
    container: services ? container(services) : undefined,
    // Fields holding personal data carry @Authorized<Permission>(...); the checker throws FORBIDDEN itself.
    authChecker: fieldAuthChecker,
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  });
}
