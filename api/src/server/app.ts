import { createServer, type Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { WorkflowClient } from '@temporalio/client';
import cors from 'cors';
import express from 'express';
import type { DataSource } from 'typeorm';
import { ApiKeyService } from '../api-key/api-key.service.js';
import type { RequestContext } from '../common/context.js';
import { formatError } from '../common/format-error.js';
import type { ApiConfig } from '../config.js';
import { EscalationService } from '../escalation/escalation.service.js';
import { createExportRouter } from '../export/export.router.js';
import { ExportService } from '../export/export.service.js';
import { GuideService } from '../guide/guide.service.js';
import { InterviewService } from '../interview/interview.service.js';
import { LiveInsightsService } from '../insights/live/live-insights.service.js';
import { WaveService } from '../wave/wave.service.js';
import { createEventPubSub, SessionEventListener } from '../events/session-events.js';
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
import { FieldingWaker } from '../fielding/fielding-waker.js';
import { queueAutoInvitations } from '../fielding/auto-invite.js';
import { createUnsubscribeRouter } from '../fielding/unsubscribe.router.js';
import { TaxonomyService } from '../taxonomy/taxonomy.service.js';
import { InsightTrendService } from '../trends/insight-trend.service.js';
import { NpsTrendService } from '../trends/nps-trend.service.js';
import { STUDY_DEFAULTS } from '../seed/study-defaults.js';
import { contextFor, principalFrom } from './context.js';
import { HTTP_MAX_BODY, isAllowedOrigin, validationRules, type Limits } from './security.js';
import { createSseRouter } from './sse.js';
import { attachWebSocketServer } from './websocket.js';
import { IngestSourceService } from '../webhook-ingest/ingest-source.service.js';
import { createWebhookIngestRouter } from '../webhook-ingest/webhook-ingest.router.js';

export interface ApiServer {
  httpServer: Server;
  listen(port: number): Promise<number>;
  stop(): Promise<void>;
}

type Config = Pick<ApiConfig, 'databaseUrl' | 'production' | 'allowedOrigins' | 'publicUrl'> & {
  limits?: Partial<Limits>;
  timing?: ApiConfig['timing'];
  /** The API's public base URL for webhook URLs; default http://localhost:4000. */
  apiUrl?: string;
  ingestRateLimits?: ApiConfig['ingestRateLimits'];
};

/** Wires services, schema, HTTP (Apollo) and WebSocket (graphql-ws) on one http.Server. */
export async function createApiServer(config: Config, db: DataSource, workflows: WorkflowClient): Promise<ApiServer> {
  const events = new SessionEventListener(config.databaseUrl, createEventPubSub());
  await events.start();
  const apiKeys = new ApiKeyService(db);
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
      interviews: new InterviewService(workflows, config.publicUrl, studies, config.timing),
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
    },
    events.pubSub,
  );
  const rules = validationRules({ production: config.production, limits: config.limits });
  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer(app);
  const ws = attachWebSocketServer({
    httpServer,
    schema,
    rules,
    allowedOrigins: config.allowedOrigins,
    apiKeys,
    db,
    events: events.pubSub,
    production: config.production,
  });
  const apollo = new ApolloServer<RequestContext>({
    schema,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    introspection: !config.production,
    hideSchemaDetailsFromClientErrors: config.production,
    includeStacktraceInErrorResponses: false,
    // main.ts owns signals: it stops the WebSocket server, Temporal connection and pool in order.
    stopOnTerminationSignals: false,
    validationRules: rules,
    formatError: (formatted, error) => formatError(formatted, error),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await apollo.start();
  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  const corsPolicy = cors({
    origin: (origin, done) => done(null, isAllowedOrigin(origin, config.allowedOrigins)),
    maxAge: 600,
    exposedHeaders: ['content-disposition'],
  });
  // Before /graphql, whose mount would otherwise take /graphql/stream as well.
  app.use(
    '/graphql/stream',
    corsPolicy,
    createSseRouter({ schema, rules, apiKeys, db, events: events.pubSub, production: config.production }),
  );
  app.use(
    '/export',
    corsPolicy,
    createExportRouter({
      contextOf: async (header) => contextFor(await principalFrom(header, apiKeys), db, events.pubSub),
      exports: new ExportService(segments),
    }),
  );
  // Opened from emails, no API key: the token is the authority; body size and rate limited inside.
  app.use('/unsubscribe', createUnsubscribeRouter({ db }));
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
    express.json({ limit: HTTP_MAX_BODY }),
    expressMiddleware(apollo, {
      context: async ({ req }) => contextFor(await principalFrom(req.headers.authorization, apiKeys), db, events.pubSub),
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
      await apollo.stop();
      await waker.stop();
      await live.stop();
      await events.stop();
    },
  };
}
