import { INGEST_SOURCES, type IngestSource } from '@ladder/contracts';
import express, { type ErrorRequestHandler, type Request, type RequestHandler, type Response, type Router } from 'express';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import type { IngestRateLimits } from '../config.js';
import type { IngestService } from '../ingest/ingest.service.js';
import { findIngestTarget } from './ingest-source.service.js';
import { authenticate } from './webhook-delivery.js';
import { sendFailure, targetNotFound, WebhookFailure } from './webhook-errors.js';

/** A delivery carries at most 1,000 responses; 1 MB leaves room for long comments and attributes. */
export const MAX_WEBHOOK_BODY_BYTES = 1024 * 1024;

export interface WebhookIngestOptions {
  db: DataSource;
  ingest: Pick<IngestService, 'ingestInto'>;
  limits: IngestRateLimits;
}

const isSource = (value: string): value is IngestSource => (INGEST_SOURCES as readonly string[]).includes(value);

/** Consumes one point or throws RATE_LIMITED with the seconds until the next one. */
async function consume(limiter: RateLimiterMemory, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    throw new WebhookFailure('RATE_LIMITED', `Too many deliveries; retry in ${seconds} s`, undefined, seconds);
  }
}

/** Body reader errors (from express.raw) as the route's codes; nothing was read into the database. */
const bodyErrors: ErrorRequestHandler = (error: { type?: string }, _req, res, _next) => {
  if (error.type === 'entity.too.large') {
    sendFailure(res, new WebhookFailure('PAYLOAD_TOO_LARGE', `The body is larger than ${MAX_WEBHOOK_BODY_BYTES} bytes`));
  } else if (error.type === 'encoding.unsupported') {
    sendFailure(res, new WebhookFailure('UNSUPPORTED_MEDIA_TYPE', 'Send the body uncompressed (no Content-Encoding)'));
  } else if (error.type === 'request.aborted') {
    res.destroy();
  } else {
    sendFailure(res, typeof error.type === 'string' ? new WebhookFailure('INVALID_PAYLOAD', 'The body could not be read') : error);
  }
};

/**
 * `POST /ingest/<source>/<waveId>`: a survey tool's signed delivery of responses. Mounted before
 * any JSON parser: the signature is an HMAC over the exact bytes received. In order: the per-IP
 * limit, the content type, the body size, the wave's source (one 404 for every way it can be
 * missing), the signature (and timestamp), the per-wave limit (after the signature, so strangers
 * cannot use up a wave's allowance), then the payload and the ingest itself, in one transaction
 * that also records the delivery id. Any refusal writes nothing.
 */
export function createWebhookIngestRouter(o: WebhookIngestOptions): Router {
  const perIp = new RateLimiterMemory({ keyPrefix: 'ingest-ip', points: o.limits.perIpPerMinute, duration: 60 });
  const perWave = new RateLimiterMemory({ keyPrefix: 'ingest-wave', points: o.limits.perWavePerMinute, duration: 60 });

  const limitIp: RequestHandler = (req, res, next) => {
    consume(perIp, req.ip ?? req.socket.remoteAddress ?? 'unknown').then(
      () => next(),
      (error: unknown) => sendFailure(res, error),
    );
  };
  const requireJson: RequestHandler = (req, res, next) => {
    if (req.is('application/json')) return next();
    sendFailure(res, new WebhookFailure('UNSUPPORTED_MEDIA_TYPE', 'Send the body as Content-Type: application/json'));
  };
  const raw = express.raw({ type: () => true, limit: MAX_WEBHOOK_BODY_BYTES, inflate: false });

  const deliver = async (req: Request, res: Response) => {
    try {
      const { source, waveId } = req.params as { source: string; waveId: string };
      if (!isSource(source)) throw targetNotFound();
      const target = await findIngestTarget(o.db, waveId, source);
      if (!target) throw targetNotFound();
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const delivery = authenticate({ ...target.mapping, secret: target.secret }, req.headers, body, Date.now());
      await consume(perWave, waveId);
      const { deliveryId, responses } = delivery.read();
      const outcome = await o.ingest.ingestInto(o.db, { workspaceId: target.workspaceId, waveId }, responses, {
        source: `webhook:${source}`,
        deliveryId,
      });
      if (!outcome.ok)
        throw new WebhookFailure('INVALID_PAYLOAD', 'Some responses cannot be ingested; nothing was written', outcome.errors);
      const { inserted, updated, unchanged, batchId } = outcome;
      res.status(200).set('cache-control', 'no-store').json({ inserted, updated, unchanged, batchId });
    } catch (error) {
      sendFailure(res, error);
    }
  };

  const router = express.Router();
  router.post('/:source/:waveId', limitIp, requireJson, raw, deliver);
  router.use(bodyErrors);
  return router;
}
