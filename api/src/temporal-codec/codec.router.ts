import type { Payload } from '@temporalio/common';
import { EncryptionCodec, type PayloadKeyring } from '@ladder/contracts/payload-codec';
import cors from 'cors';
import express, { type ErrorRequestHandler, type RequestHandler, type Response, type Router } from 'express';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { z } from 'zod';
import type { Principal } from '../common/context.js';
import type { ErrorCode } from '../common/errors.js';

/** Ladder's payloads are ids and message texts of at most a few kB; Temporal's own limit is 2 MB. */
export const CODEC_MAX_BODY = 1024 * 1024;
export const CODEC_MAX_PAYLOADS = 1000;
/** The Temporal UI asks once per event it shows: a long history is a few hundred requests. */
export const CODEC_RATE_PER_IP_PER_MINUTE = 600;

const STATUS = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  INVALID_PAYLOAD: 400,
  PAYLOAD_UNDECRYPTABLE: 422,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
} as const satisfies Partial<Record<ErrorCode, number>>;
type CodecCode = keyof typeof STATUS;

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64');
/** Temporal's remote codec JSON: payloads with base64 metadata values and data. */
const bodySchema = z.object({
  payloads: z.array(z.object({ metadata: z.record(z.string(), base64).nullish(), data: base64.nullish() })).max(CODEC_MAX_PAYLOADS),
});
type JsonPayload = z.infer<typeof bodySchema>['payloads'][number];

const fromJson = ({ metadata, data }: JsonPayload): Payload => ({
  metadata: Object.fromEntries(Object.entries(metadata ?? {}).map(([k, v]) => [k, Buffer.from(v, 'base64')])),
  ...(data ? { data: Buffer.from(data, 'base64') } : {}),
});
const toJson = ({ metadata, data }: Payload) => ({
  metadata: Object.fromEntries(Object.entries(metadata ?? {}).map(([k, v]) => [k, Buffer.from(v).toString('base64')])),
  ...(data?.length ? { data: Buffer.from(data).toString('base64') } : {}),
});

function fail(res: Response, code: CodecCode, message: string, retryAfterSeconds?: number): void {
  if (retryAfterSeconds !== undefined) res.set('Retry-After', String(retryAfterSeconds));
  res.status(STATUS[code]).set('cache-control', 'no-store').json({ error: { code, message } });
}

export interface CodecRouterOptions {
  keyring: PayloadKeyring;
  /** Resolves the Authorization header; throws on an unknown or revoked key. */
  authenticate(header: string | undefined): Promise<Principal>;
  /** The Temporal UI's origin, the only browser origin allowed to call (CORS). */
  temporalUiOrigin?: string;
  ratePerIpPerMinute?: number;
}

/**
 * `POST /codec/encode` and `POST /codec/decode`: Temporal's remote codec protocol, for the Temporal
 * UI ("Remote Codec Endpoint") and the CLI (`--codec-endpoint <api>/codec --codec-auth 'Bearer <key>'`).
 * Decoding shows respondents' words, so only admin keys may call it.
 */
export function createCodecRouter(options: CodecRouterOptions): Router {
  const codec = new EncryptionCodec(options.keyring);
  const limiter = new RateLimiterMemory({
    keyPrefix: 'codec',
    points: options.ratePerIpPerMinute ?? CODEC_RATE_PER_IP_PER_MINUTE,
    duration: 60,
  });
  const router = express.Router();
  router.use(
    cors({
      origin: (origin, done) => done(null, origin !== undefined && origin === options.temporalUiOrigin),
      methods: ['POST'],
      allowedHeaders: ['authorization', 'content-type', 'x-namespace'],
      credentials: true,
      maxAge: 600,
    }),
  );

  const rateLimit: RequestHandler = (req, res, next) => {
    limiter.consume(req.ip ?? req.socket.remoteAddress ?? 'unknown').then(
      () => next(),
      (rejection: unknown) => {
        if (!(rejection instanceof RateLimiterRes)) return next(rejection);
        fail(res, 'RATE_LIMITED', 'Too many codec requests; try again later', Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
      },
    );
  };
  // Before the body is read: an unauthenticated caller never makes us parse a megabyte.
  const adminOnly: RequestHandler = (req, res, next) => {
    options.authenticate(req.headers.authorization).then(
      (principal) => {
        if (principal.kind === 'anonymous') return fail(res, 'UNAUTHENTICATED', 'The codec needs "Authorization: Bearer <admin API key>"');
        if (principal.role !== 'admin') return fail(res, 'FORBIDDEN', 'Only admin keys may encode or decode Temporal payloads');
        next();
      },
      () => fail(res, 'UNAUTHENTICATED', 'The API key is not valid or has been revoked'),
    );
  };
  const json = express.json({ limit: CODEC_MAX_BODY, type: 'application/json' });

  for (const direction of ['encode', 'decode'] as const) {
    router.post(`/${direction}`, rateLimit, adminOnly, json, async (req, res) => {
      if (!req.is('application/json')) return fail(res, 'UNSUPPORTED_MEDIA_TYPE', 'Send {"payloads": [...]} as application/json');
      const parsed = bodySchema.safeParse(req.body);
      if (!parsed.success) return fail(res, 'INVALID_PAYLOAD', `Expected {"payloads": [{"metadata": {...}, "data": "<base64>"}]}`);
      let payloads: Payload[];
      try {
        payloads = await codec[direction](parsed.data.payloads.map(fromJson));
      } catch (error) {
        return fail(res, 'PAYLOAD_UNDECRYPTABLE', (error as Error).message);
      }
      res.set('cache-control', 'no-store').json({ payloads: payloads.map(toJson) });
    });
  }

  const bodyErrors: ErrorRequestHandler = (error: { status?: number; type?: string }, _req, res, next) => {
    if (error.type === 'entity.too.large') return fail(res, 'PAYLOAD_TOO_LARGE', `At most ${CODEC_MAX_BODY} bytes per request`);
    if (typeof error.status === 'number' && error.status >= 400 && error.status < 500)
      return fail(res, 'INVALID_PAYLOAD', 'Not valid JSON');
    next(error);
  };
  router.use(bodyErrors);
  return router;
}
