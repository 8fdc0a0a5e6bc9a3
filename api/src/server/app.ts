import { createServer, type Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { WorkflowClient } from '@temporalio/client';
import cors from 'cors';
import express from 'express';
import type { DataSource } from 'typeorm';
import { ApiKeyService } from '../api-key/api-key.service.js';
import type { RequestContext } from '../common/context.js';
import { formatError } from '../common/format-error.js';
import type { ApiConfig, LiveLimits } from '../config.js';
import { EscalationService } from '../escalation/escalation.service.js';
import { createExportRouter } from '../export/export.router.js';
import { ExportService } from '../export/export.service.js';
import { DEFAULT_EXPORT_LIMITS, type ExportLimits } from '../export/export-limits.js';
import { createDataSource, type DatabaseLimits } from '../db/data-source.js';
import { GuideService } from '../guide/guide.service.js';
import { InterviewService } from '../interview/interview.service.js';
import { LiveInsightsService } from '../insights/live/live-insights.service.js';
import { WaveService } from '../wave/wave.service.js';
import { createEventPubSub, SessionEventListener, type ListenerOptions } from '../events/session-events.js';
import type { IngestHooks } from '../ingest/ingest-hooks.js';
import { IngestService } from '../ingest/ingest.service.js';
import { CsvImportService } from '../respondent/import/csv-import.service.js';
import { RespondentService } from '../respondent/respondent.service.js';
import { buildLadderSchema } from '../schema/build-schema.js';
import { SegmentService } from '../segment/segment.service.js';
import { StudyService } from '../study/study.service.js';
import { AnalysisService } from '../analysis/analysis.service.js';
import { CommentService } from '../comment/comment.service.js';
import { FieldingService } from '../fielding/fielding.service.js';
import { ErasureService } from '../erasure/erasure.service.js';
import { WorkspaceSettingsService } from '../workspace-settings/workspace-settings.service.js';
import { FieldingWaker } from '../fielding/fielding-waker.js';
import { AlertService } from '../alert/alert.service.js';
import { FindingsService } from '../findings/findings.service.js';
import { NotificationPreferenceService } from '../owner/notification-preference.service.js';
import { CodingAgreementService } from '../coding-quality/coding-agreement.service.js';
import { CodingCorrectionService } from '../coding-quality/coding-correction.service.js';
import { queueAutoInvitations } from '../fielding/auto-invite.js';
import { createUnsubscribeRouter } from '../fielding/unsubscribe.router.js';
import { createEmbedRouter } from '../embed/embed.router.js';
import { TaxonomyService } from '../taxonomy/taxonomy.service.js';
import { InsightTrendService } from '../trends/insight-trend.service.js';
import { NpsTrendService } from '../trends/nps-trend.service.js';
import { STUDY_DEFAULTS } from '../seed/study-defaults.js';
import { contextFor, principalFrom } from './context.js';
import { graphqlBodyParser, type BodyLimits } from './body-limit.js';
import { DEFAULT_RATE_LIMITS, GraphqlRateLimiter, type RateLimits } from './rate-limits.js';
import {
  HTTP_MAX_BODY,
  HTTP_MAX_IMPORT_BODY,
  isAllowedOrigin,
  PARSE_OPTIONS,
  validationRules,
  variableCostPlugin,
  type Limits,
} from './security.js';
import { LiveConnections, watchRevocations } from './live-connections.js';
import { createSseRouter } from './sse.js';
import { createHealthRouter } from './health.js';
import { createCodecRouter } from '../temporal-codec/codec.router.js';
import { DEFAULT_DOCS_DIR } from '../docs/docs-pages.js';
import { createDocsRouter } from '../docs/docs.router.js';
import type { PayloadKeyring } from '@ladder/contracts/payload-codec';
import { attachWebSocketServer } from './websocket.js';
import { TrustedDocuments, type TrustedDocumentsConfig } from './trusted-documents.js';
import { IngestSourceService } from '../webhook-ingest/ingest-source.service.js';
import { WebhookDeliveryService } from '../webhook-out/webhook-delivery.service.js';
import { WebhookEndpointService } from '../webhook-out/webhook-endpoint.service.js';
import { enqueueResponsesIngested } from '../webhook-out/webhook-events.js';
import { createWebhookIngestRouter } from '../webhook-ingest/webhook-ingest.router.js';
import { auditPlugin } from '../audit/audit.plugin.js';
import { auditExports } from '../audit/audit-export.js';
import type { IpRateLimit } from '../fielding/rate-limit.js';
import { createAccountMailer, type AccountMailer } from '../account/account-mailer.js';
import { createAuthRouter, DEFAULT_SIGN_IN_RATE_LIMITS } from '../account/auth.router.js';
import { MemberService } from '../account/member.service.js';
import { secureCookies } from '../account/session-cookies.js';
import { DEFAULT_SESSION_LIMITS, SessionService } from '../account/session.service.js';
import { SignInService } from '../account/sign-in.service.js';
import { SsoService, type SsoOptions } from '../account/sso.service.js';
import { Authenticator, preflighted } from './authenticator.js';

export interface ApiServer {
  httpServer: Server;
  listen(port: number): Promise<number>;
  stop(): Promise<void>;
}

type Config = Pick<ApiConfig, 'databaseUrl' | 'production' | 'allowedOrigins' | 'publicUrl'> & {
  limits?: Partial<Limits>;
  /** The keys of the Temporal client's codec, for the /codec endpoint; absent, that endpoint is not served. */
  payloadKeys?: PayloadKeyring;
  /** The Temporal UI's origin, allowed to call /codec from the browser; default http://localhost:8233. */
  temporalUiOrigin?: string;
  /** /codec requests per minute per address; default CODEC_RATE_PER_IP_PER_MINUTE. */
  codecRatePerIpPerMinute?: number;
  timing?: ApiConfig['timing'];
  /** Days a finished interview stays readable through its link; default 30. */
  transcriptLinkDays?: number;
  /** The API's public base URL for webhook URLs; default http://localhost:4000. */
  apiUrl?: string;
  ingestRateLimits?: ApiConfig['ingestRateLimits'];
  /** /graphql body sizes; default 256 kB, 64 MB for an authenticated import call. */
  bodyLimits?: Partial<BodyLimits>;
  /** /graphql requests per minute per address, respondent token and API key; default DEFAULT_RATE_LIMITS. */
  rateLimits?: Partial<RateLimits>;
  /** CSV exports' pool size, concurrent exports per key and write timeout; default DEFAULT_EXPORT_LIMITS. */
  exportLimits?: Partial<ExportLimits>;
  /** statement_timeout and acquire timeout of the exports' pool (the API's own pool is the caller's). */
  database?: Partial<DatabaseLimits>;
  /** WebSocket and SSE connections per key and ping interval; default DEFAULT_LIVE_LIMITS. */
  live?: Partial<LiveLimits>;
  /** How often open connections' keys are re-checked for a revocation missed by the listener; default 30 s. */
  revocationSweepMs?: number;
  /** The LISTEN connection's heartbeat, timeout, backoff and application_name; default DEFAULT_LISTENER_OPTIONS. */
  listener?: Partial<ListenerOptions>;
  /** /healthz probes per address; default HEALTH_RATE_LIMIT. */
  healthRateLimit?: IpRateLimit;
  /** LADDER_TRUSTED_DOCUMENTS and the manifest of registered documents; default `allowed` with the console's manifest. */
  trustedDocuments?: TrustedDocumentsConfig;
  /** /embed/frame-policy requests per address; default FRAME_POLICY_RATE_LIMIT. */
  embedRateLimit?: IpRateLimit;
  /** Webhook endpoints may be http and on private addresses (LADDER_WEBHOOK_ALLOW_PRIVATE); default false. */
  webhookAllowPrivate?: boolean;
  /** The partner guide served at /docs (LADDER_DOCS_DIR); default the repository's docs/api. */
  docsDir?: string;
  /** Console sessions' timeouts, magic-link rate limits and mail; defaults: 8 h idle, 30 days, Mailpit on 1025. */
  accounts?: Partial<Pick<ApiConfig, 'sessions' | 'signInRateLimits' | 'mail'>> & { mailer?: AccountMailer };
  /** Single sign-on's outbound calls (fetch, timeout, discovery attempts) and private issuers; default webhookAllowPrivate. */
  sso?: Partial<Pick<SsoOptions, 'fetch' | 'timeoutSeconds' | 'discoveryAttempts' | 'allowPrivateIssuers'>>;
};

export const DEFAULT_LIVE_LIMITS: LiveLimits = { connectionsPerKey: 50, pingIntervalMs: 15_000 };

/** Wires services, schema, HTTP (Apollo) and WebSocket (graphql-ws) on one http.Server. */
export async function createApiServer(config: Config, db: DataSource, workflows: WorkflowClient): Promise<ApiServer> {
  // First: a `required` API without its manifest stops here, before it opens any connection.
  const trustedDocuments = TrustedDocuments.load(config.trustedDocuments ?? { mode: 'allowed' });
  const events = new SessionEventListener(config.databaseUrl, createEventPubSub(), config.listener);
  await events.start();
  const apiKeys = new ApiKeyService(db);
  const sessions = new SessionService(db, config.accounts?.sessions ?? DEFAULT_SESSION_LIMITS);
  const auth = new Authenticator(apiKeys, sessions);
  const apiUrl = config.apiUrl ?? 'http://localhost:4000';
  const mailer =
    config.accounts?.mailer ??
    createAccountMailer(config.accounts?.mail ?? { smtpUrl: 'smtp://127.0.0.1:1025', from: 'Ladder <interviews@ladder.localhost>' });
  const signIn = new SignInService(db, sessions, mailer, `${apiUrl}/auth/magic-link/callback`);
  const sso = new SsoService(db, sessions, {
    keyring: config.payloadKeys,
    apiUrl,
    allowPrivateIssuers: config.webhookAllowPrivate ?? false,
    ...config.sso,
  });
  const liveLimits = { ...DEFAULT_LIVE_LIMITS, ...config.live };
  const liveConnections = new LiveConnections(liveLimits.connectionsPerKey);
  const revocations = watchRevocations({
    connections: liveConnections,
    pubSub: events.pubSub,
    apiKeys,
    sessions,
    db,
    sweepMs: config.revocationSweepMs,
  });
  const studies = new StudyService(STUDY_DEFAULTS);
  const segments = new SegmentService(studies);
  const live = new LiveInsightsService(db, events.pubSub, segments, (principal) => contextFor(principal, db, events.pubSub));
  live.start();
  const taxonomies = new TaxonomyService(studies);
  const waker = new FieldingWaker(workflows);
  // Every way responses arrive (CSV import, ingestResponses, webhooks) runs these hooks: the wave's
  // automatic invitations are queued in the ingest transaction, the dispatcher is woken after commit.
  const ingestHooks: IngestHooks = {
    queueInvitations: async (em, target) => {
      await queueAutoInvitations(em, target);
    },
    // Webhooks out: the new responses' events, in the same transaction.
    responsesInserted: (em, target) => enqueueResponsesIngested(em, target),
    afterCommit: () => waker.wake(),
  };
  const ingest = new IngestService(ingestHooks);
  const schema = await buildLadderSchema(
    {
      studies,
      segments,
      respondents: new RespondentService(),
      imports: new CsvImportService(ingestHooks),
      ingest,
      interviews: new InterviewService(workflows, config.publicUrl, studies, config.timing, config.transcriptLinkDays),
      guides: new GuideService(studies),
      waves: new WaveService(studies),
      escalations: new EscalationService(studies),
      taxonomies,
      analyses: new AnalysisService(workflows, studies, taxonomies),
      insightTrends: new InsightTrendService(),
      npsTrends: new NpsTrendService(),
      ingestSources: new IngestSourceService(config.apiUrl ?? 'http://localhost:4000'),
      comments: new CommentService(),
      fielding: new FieldingService(waker),
      erasure: new ErasureService(workflows),
      workspaceSettings: new WorkspaceSettingsService({ allowLoopbackHttp: !config.production }),
      apiKeys,
      webhookEndpoints: new WebhookEndpointService({ allowPrivate: config.webhookAllowPrivate ?? false }),
      webhookDeliveries: new WebhookDeliveryService(),
      alerts: new AlertService(studies),
      findings: new FindingsService(),
      notificationPreferences: new NotificationPreferenceService(),
      codingCorrections: new CodingCorrectionService(),
      codingAgreement: new CodingAgreementService(workflows),
      members: new MemberService(sessions, mailer, `${config.publicUrl}/sign-in`),
      sso,
    },
    events.pubSub,
  );
  const rules = validationRules({ production: config.production, limits: config.limits });
  const rateLimiter = new GraphqlRateLimiter(schema, { ...DEFAULT_RATE_LIMITS, ...config.rateLimits });
  const exportLimits = { ...DEFAULT_EXPORT_LIMITS, ...config.exportLimits };
  const exportPool = { poolSize: exportLimits.poolSize, limits: config.database ?? {} };
  const exportDb = await createDataSource(config.databaseUrl, exportPool).initialize();
  const app = express();
  app.disable('x-powered-by');
  // Respondent links carry their token in the URL: nothing this API serves passes a URL on as Referer.
  app.use((_req, res, next) => {
    res.setHeader('Referrer-Policy', 'no-referrer');
    next();
  });
  const httpServer = createServer(app);
  const ws = attachWebSocketServer({
    httpServer,
    schema,
    rules,
    allowedOrigins: config.allowedOrigins,
    auth,
    db,
    events: events.pubSub,
    production: config.production,
    live: liveConnections,
    pingIntervalMs: liveLimits.pingIntervalMs,
    rateLimiter,
    trustedDocuments,
  });
  const apollo = new ApolloServer<RequestContext>({
    schema,
    csrfPrevention: true,
    // Hashes are trusted-documents.ts's: it resolves them before Apollo, so Apollo keeps no APQ cache of its own.
    persistedQueries: false,
    allowBatchedHttpRequests: false,
    introspection: !config.production,
    hideSchemaDetailsFromClientErrors: config.production,
    includeStacktraceInErrorResponses: false,
    // main.ts owns signals: it stops the WebSocket server, Temporal connection and pool in order.
    stopOnTerminationSignals: false,
    validationRules: rules,
    parseOptions: PARSE_OPTIONS,
    formatError: (formatted, error) => formatError(formatted, error),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // No @cacheControl hints anywhere (every answer is private): Apollo's default plugin would still run a hook on
      // every resolved field, a cost answers with many objects feel (rollingNps: docs/benchmarks.md).
      ApolloServerPluginCacheControlDisabled(),
      rateLimiter.plugin(),
      variableCostPlugin(rules),
      auditPlugin(),
    ],
  });
  await apollo.start();
  const health = createHealthRouter({ db, workflows, listener: events, rateLimit: config.healthRateLimit });
  app.use('/healthz', health.router);
  // The partner guide (docs/api) as static pages: known files only, GET only, rate limited per address.
  app.use('/docs', createDocsRouter({ dir: config.docsDir ?? DEFAULT_DOCS_DIR }).router);
  const corsPolicy = cors({
    origin: (origin, done) => done(null, isAllowedOrigin(origin, config.allowedOrigins)),
    // The console's session cookie goes with its calls (allowed origins only).
    credentials: true,
    maxAge: 600,
    exposedHeaders: ['content-disposition'],
  });
  // Before /graphql, whose mount would otherwise take /graphql/stream as well.
  app.use(
    '/graphql/stream',
    corsPolicy,
    createSseRouter({
      schema,
      rules,
      auth,
      db,
      events: events.pubSub,
      production: config.production,
      live: liveConnections,
      pingIntervalMs: liveLimits.pingIntervalMs,
      rateLimiter,
      trustedDocuments,
    }),
  );
  // Records every export and its outcome once the response is done (audit log).
  app.use('/export', auditExports({ db, principalOf: (headers) => auth.principalOf(headers) }));
  app.use(
    '/export',
    corsPolicy,
    createExportRouter({
      contextOf: async (headers) => contextFor(await auth.principalOf(headers), db, events.pubSub),
      exports: new ExportService(segments, exportDb),
      limits: exportLimits,
    }),
  );
  // Magic links, single sign-on and sign-out: their own body limits, rate limits and CSRF rules (account/auth.router).
  app.use(
    '/auth',
    createAuthRouter({
      signIn,
      sessions,
      limits: { ...DEFAULT_SIGN_IN_RATE_LIMITS, ...config.accounts?.signInRateLimits },
      publicUrl: config.publicUrl,
      secure: secureCookies(apiUrl),
      preflighted: (req) => preflighted(req.headers),
      sso,
    }),
  );
  // Opened from emails, no API key: the token is the authority; body size and rate limited inside.
  app.use('/unsubscribe', createUnsubscribeRouter({ db }));
  // The chat link's partner origins, for whoever serves the chat page in embed mode (no key; no body; rate limited inside).
  app.use('/embed', createEmbedRouter({ db, rateLimit: config.embedRateLimit }));
  // Temporal's remote codec (UI and CLI): admin keys only, its own CORS, body and rate limits.
  if (config.payloadKeys) {
    app.use(
      '/codec',
      createCodecRouter({
        keyring: config.payloadKeys,
        authenticate: (header) => principalFrom(header, apiKeys),
        temporalUiOrigin: config.temporalUiOrigin ?? 'http://localhost:8233',
        ratePerIpPerMinute: config.codecRatePerIpPerMinute,
      }),
    );
  }
  // Survey tools post here, server to server (no CORS); signed raw bodies, so before any JSON parser.
  app.use(
    '/ingest',
    createWebhookIngestRouter({
      db,
      ingest,
      limits: config.ingestRateLimits ?? { perIpPerMinute: 600, perWavePerMinute: 1200 },
    }),
  );
  app.use(
    '/graphql',
    corsPolicy,
    rateLimiter.middleware(auth),
    ...graphqlBodyParser({ auth, limits: { defaultBytes: HTTP_MAX_BODY, importBytes: HTTP_MAX_IMPORT_BODY, ...config.bodyLimits } }),
    trustedDocuments.middleware(auth),
    rateLimiter.tokenGate(),
    expressMiddleware(apollo, {
      context: async ({ req }) => contextFor(await auth.principalOf(req.headers), db, events.pubSub),
    }),
  );
  return {
    httpServer,
    listen: (port) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, () => {
          const address = httpServer.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      }),
    async stop() {
      await ws.dispose();
      await revocations.stop();
      await apollo.stop();
      await waker.stop();
      await live.stop();
      await events.stop();
      await exportDb.destroy();
      await health.close();
    },
  };
}
