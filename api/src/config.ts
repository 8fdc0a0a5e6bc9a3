import { DEFAULT_TIMING, type InterviewTiming } from '@ladder/contracts';
import { payloadKeysSetting, type PayloadKeyring } from '@ladder/contracts/payload-codec';
import { z } from 'zod';
import type { DatabaseLimits } from './db/data-source.js';
import { DEFAULT_EXPORT_LIMITS, type ExportLimits } from './export/export-limits.js';
import type { SignInRateLimits } from './account/auth.router.js';
import type { SessionLimits } from './account/session.service.js';
import { normalizeEmail } from './account/sign-in.service.js';
import type { BodyLimits } from './server/body-limit.js';
import { DEFAULT_RATE_LIMITS, type RateLimits } from './server/rate-limits.js';
import { TRUSTED_DOCUMENTS_MODES, type TrustedDocumentsConfig } from './server/trusted-documents.js';

const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** "90s", "15m", "24h", "14d" (or a number of milliseconds) -> milliseconds. */
const duration = (name: string) =>
  z
    .string()
    .regex(/^\d+(\.\d+)?(ms|s|m|h|d)?$/, `${name} must be a duration such as 90s, 15m, 24h or 14d`)
    .transform((v) => {
      const [, n, unit] = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)?$/.exec(v)!;
      return Math.round(Number(n) * UNIT_MS[(unit ?? 'ms') as keyof typeof UNIT_MS]);
    })
    .refine((ms) => ms >= 1000, `${name} must be at least 1s`);

const portSchema = z.coerce.number().int().min(1).max(65535);

const configSchema = z
  .object({
    DATABASE_URL: z
      .string({ error: 'DATABASE_URL is required (postgres://user:pass@host:port/db)' })
      .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://'),
    TEMPORAL_ADDRESS: z
      .string()
      .regex(/^[^\s:]+:\d+$/, 'TEMPORAL_ADDRESS must look like host:port')
      .default('127.0.0.1:7233'),
    TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
    LADDER_PAYLOAD_KEYS: payloadKeysSetting,
    LADDER_TEMPORAL_UI_ORIGIN: z.url('LADDER_TEMPORAL_UI_ORIGIN must be a URL').default('http://localhost:8233'),
    PORT: portSchema.default(4000),
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    LADDER_TRUSTED_DOCUMENTS: z
      .enum(TRUSTED_DOCUMENTS_MODES, { error: 'LADDER_TRUSTED_DOCUMENTS must be off, allowed or required' })
      .optional(),
    LADDER_TRUSTED_DOCUMENTS_MANIFEST: z.string().min(1).optional(),
    LADDER_ALLOWED_ORIGINS: z.string().default('http://localhost:5173'),
    LADDER_PUBLIC_URL: z.url('LADDER_PUBLIC_URL must be a URL').default('http://localhost:5173'),
    LADDER_API_URL: z.url('LADDER_API_URL must be a URL').default('http://localhost:4000'),
    LADDER_INGEST_RATE_PER_IP: z.coerce.number().int().min(1).default(600),
    LADDER_INGEST_RATE_PER_WAVE: z.coerce.number().int().min(1).default(1200),
    LADDER_MAX_BODY_KB: z.coerce.number().int().min(16).default(256),
    LADDER_MAX_IMPORT_BODY_MB: z.coerce.number().int().min(1).default(64),
    LADDER_RATE_PER_IP: z.coerce.number().int().min(1).default(DEFAULT_RATE_LIMITS.perIpPerMinute),
    LADDER_RATE_PER_TOKEN: z.coerce.number().int().min(1).default(DEFAULT_RATE_LIMITS.perTokenPerMinute),
    LADDER_RATE_PER_KEY: z.coerce.number().int().min(1).default(DEFAULT_RATE_LIMITS.perKeyPerMinute),
    LADDER_RATE_REFUSAL_DELAY_MS: z.coerce.number().int().min(0).max(10_000).default(DEFAULT_RATE_LIMITS.refusalDelayMs),
    LADDER_CONCURRENT_QUERIES_PER_KEY: z.coerce.number().int().min(1).default(DEFAULT_RATE_LIMITS.concurrentQueriesPerKey),
    LADDER_STATEMENT_TIMEOUT: duration('LADDER_STATEMENT_TIMEOUT').default(30_000),
    LADDER_POOL_ACQUIRE_TIMEOUT: duration('LADDER_POOL_ACQUIRE_TIMEOUT').default(10_000),
    LADDER_EXPORT_POOL_SIZE: z.coerce.number().int().min(1).default(DEFAULT_EXPORT_LIMITS.poolSize),
    LADDER_EXPORTS_PER_KEY: z.coerce.number().int().min(1).default(DEFAULT_EXPORT_LIMITS.perKey),
    LADDER_EXPORT_WRITE_TIMEOUT: duration('LADDER_EXPORT_WRITE_TIMEOUT').default(DEFAULT_EXPORT_LIMITS.writeTimeoutMs),
    LADDER_LIVE_CONNECTIONS_PER_KEY: z.coerce.number().int().min(1).default(50),
    LADDER_LIVE_PING_INTERVAL: duration('LADDER_LIVE_PING_INTERVAL').default(15_000),
    LADDER_BOOTSTRAP_API_KEY: z.string().min(24, 'LADDER_BOOTSTRAP_API_KEY must be at least 24 characters').optional(),
    LADDER_TRANSCRIPT_LINK_DAYS: z.coerce
      .number()
      .int('LADDER_TRANSCRIPT_LINK_DAYS must be a whole number of days')
      .min(0)
      .max(3650)
      .default(30),
    LADDER_INVITATION_TTL: duration('LADDER_INVITATION_TTL').optional(),
    LADDER_IDLE_REMINDER: duration('LADDER_IDLE_REMINDER').optional(),
    LADDER_ABANDON_AFTER: duration('LADDER_ABANDON_AFTER').optional(),
    LADDER_SESSION_IDLE: duration('LADDER_SESSION_IDLE').default(8 * 3_600_000),
    LADDER_SESSION_MAX_AGE: duration('LADDER_SESSION_MAX_AGE').default(30 * 86_400_000),
    LADDER_SIGN_IN_RATE_PER_ADDRESS: z.coerce.number().int().min(1).default(5),
    LADDER_SIGN_IN_RATE_PER_IP: z.coerce.number().int().min(1).default(30),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\/[^\s/]+/, 'SMTP_URL must look like smtp://user:pass@host:port or smtps://host:465')
      .default('smtp://127.0.0.1:1025'),
    LADDER_MAIL_FROM: z.string().min(3).default('Ladder <interviews@ladder.localhost>'),
    LADDER_FIRST_ADMIN_EMAIL: z
      .string()
      .refine((v) => normalizeEmail(v) !== null, 'LADDER_FIRST_ADMIN_EMAIL must be an email address')
      .optional(),
    LADDER_FIRST_ADMIN_SIGN_IN_TOKEN: z
      .string()
      .regex(/^[A-Za-z0-9_-]{43}$/, 'LADDER_FIRST_ADMIN_SIGN_IN_TOKEN must be 32 random bytes in base64url (43 characters)')
      .optional(),
    LADDER_WEBHOOK_ALLOW_PRIVATE: z
      .enum(['true', 'false'], { error: 'LADDER_WEBHOOK_ALLOW_PRIVATE must be true or false' })
      .default('false'),
    LADDER_DOCS_DIR: z.string().min(1).optional(),
  })
  .refine((c) => (c.LADDER_ABANDON_AFTER ?? DEFAULT_TIMING.abandonAfterMs) > (c.LADDER_IDLE_REMINDER ?? DEFAULT_TIMING.idleReminderMs), {
    message: 'LADDER_ABANDON_AFTER must be longer than LADDER_IDLE_REMINDER',
    path: ['LADDER_ABANDON_AFTER'],
  });

export interface ApiConfig {
  databaseUrl: string;
  temporalAddress: string;
  temporalNamespace: string;
  /** LADDER_PAYLOAD_KEYS: the first key encrypts Temporal payloads, all of them decrypt (client and /codec). */
  payloadKeys: PayloadKeyring;
  /** The Temporal UI's origin: the one browser origin the /codec endpoint answers (CORS). */
  temporalUiOrigin: string;
  port: number;
  production: boolean;
  /** LADDER_TRUSTED_DOCUMENTS (default `required` in production, else `allowed`) and the manifest's path. */
  trustedDocuments: TrustedDocumentsConfig;
  allowedOrigins: string[];
  publicUrl: string;
  /** The API's own public base URL: webhook URLs shown to survey tools are built from it. */
  apiUrl: string;
  /** Webhook requests per minute accepted from one IP address, and for one wave (after the signature check). */
  ingestRateLimits: IngestRateLimits;
  /** /graphql body sizes: before authentication, and for an authenticated import call. */
  bodyLimits: BodyLimits;
  /** Requests per minute per address (anonymous), respondent token and API key, per replica. */
  rateLimits: RateLimits;
  /** Postgres statement_timeout and how long a request waits for a pooled connection, in ms. */
  database: DatabaseLimits;
  /** CSV exports: their own pool, concurrent exports per key, and how long a stalled client is waited for. */
  exportLimits: ExportLimits;
  bootstrapApiKey?: string;
  /** Days a respondent's link still shows a finished interview after it closed (0: not at all). */
  transcriptLinkDays: number;
  /** Open WebSocket and SSE connections per API key (per API process) and how often idle ones are pinged. */
  live: LiveLimits;
  /** Invitation expiry, idle reminder and abandonment of every interview this API starts. */
  timing: InterviewTiming;
  /** LADDER_WEBHOOK_ALLOW_PRIVATE: webhook endpoints may be http and resolve to private, loopback or link-local addresses. */
  webhookAllowPrivate: boolean;
  /** Console sessions' idle and absolute timeouts (LADDER_SESSION_IDLE, LADDER_SESSION_MAX_AGE). */
  sessions: SessionLimits;
  /** Magic-link requests per 15 minutes per address and per client address. */
  signInRateLimits: SignInRateLimits;
  /** Where sign-in links and invitations are sent from (SMTP_URL, LADDER_MAIL_FROM, as the worker's). */
  mail: { smtpUrl: string; from: string };
  /** LADDER_FIRST_ADMIN_EMAIL: an admin member of the default workspace, ensured at boot; with a one-time sign-in link secret. */
  firstAdmin?: { email: string; signInToken?: string };
  /** LADDER_DOCS_DIR: the folder of the partner guide served at /docs; default the repository's docs/api. */
  docsDir?: string;
}

export interface LiveLimits {
  connectionsPerKey: number;
  pingIntervalMs: number;
}

export interface IngestRateLimits {
  perIpPerMinute: number;
  perWavePerMinute: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Parses the environment once at boot and reports every problem at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const parsed = configSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || 'env'}: ${i.message}`));
  }
  const c = parsed.data;
  return {
    databaseUrl: c.DATABASE_URL,
    temporalAddress: c.TEMPORAL_ADDRESS,
    temporalNamespace: c.TEMPORAL_NAMESPACE,
    payloadKeys: c.LADDER_PAYLOAD_KEYS,
    temporalUiOrigin: new URL(c.LADDER_TEMPORAL_UI_ORIGIN).origin,
    port: c.PORT,
    production: c.NODE_ENV === 'production',
    trustedDocuments: {
      mode: c.LADDER_TRUSTED_DOCUMENTS ?? (c.NODE_ENV === 'production' ? 'required' : 'allowed'),
      manifestPath: c.LADDER_TRUSTED_DOCUMENTS_MANIFEST,
    },
    allowedOrigins: c.LADDER_ALLOWED_ORIGINS.split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    publicUrl: c.LADDER_PUBLIC_URL.replace(/\/$/, ''),
    apiUrl: c.LADDER_API_URL.replace(/\/$/, ''),
    ingestRateLimits: { perIpPerMinute: c.LADDER_INGEST_RATE_PER_IP, perWavePerMinute: c.LADDER_INGEST_RATE_PER_WAVE },
    bodyLimits: { defaultBytes: c.LADDER_MAX_BODY_KB * 1024, importBytes: c.LADDER_MAX_IMPORT_BODY_MB * 1024 * 1024 },
    rateLimits: {
      perIpPerMinute: c.LADDER_RATE_PER_IP,
      perTokenPerMinute: c.LADDER_RATE_PER_TOKEN,
      perKeyPerMinute: c.LADDER_RATE_PER_KEY,
      refusalDelayMs: c.LADDER_RATE_REFUSAL_DELAY_MS,
      concurrentQueriesPerKey: c.LADDER_CONCURRENT_QUERIES_PER_KEY,
    },
    database: { statementTimeoutMs: c.LADDER_STATEMENT_TIMEOUT, acquireTimeoutMs: c.LADDER_POOL_ACQUIRE_TIMEOUT },
    exportLimits: { poolSize: c.LADDER_EXPORT_POOL_SIZE, perKey: c.LADDER_EXPORTS_PER_KEY, writeTimeoutMs: c.LADDER_EXPORT_WRITE_TIMEOUT },
    bootstrapApiKey: c.LADDER_BOOTSTRAP_API_KEY,
    transcriptLinkDays: c.LADDER_TRANSCRIPT_LINK_DAYS,
    live: { connectionsPerKey: c.LADDER_LIVE_CONNECTIONS_PER_KEY, pingIntervalMs: c.LADDER_LIVE_PING_INTERVAL },
    timing: {
      invitationTtlMs: c.LADDER_INVITATION_TTL ?? DEFAULT_TIMING.invitationTtlMs,
      idleReminderMs: c.LADDER_IDLE_REMINDER ?? DEFAULT_TIMING.idleReminderMs,
      abandonAfterMs: c.LADDER_ABANDON_AFTER ?? DEFAULT_TIMING.abandonAfterMs,
    },
    webhookAllowPrivate: c.LADDER_WEBHOOK_ALLOW_PRIVATE === 'true',
    docsDir: c.LADDER_DOCS_DIR,
    sessions: { idleMs: c.LADDER_SESSION_IDLE, absoluteMs: c.LADDER_SESSION_MAX_AGE },
    signInRateLimits: { perAddress: c.LADDER_SIGN_IN_RATE_PER_ADDRESS, perIp: c.LADDER_SIGN_IN_RATE_PER_IP },
    mail: { smtpUrl: c.SMTP_URL, from: c.LADDER_MAIL_FROM },
    firstAdmin: c.LADDER_FIRST_ADMIN_EMAIL
      ? { email: normalizeEmail(c.LADDER_FIRST_ADMIN_EMAIL)!, signInToken: c.LADDER_FIRST_ADMIN_SIGN_IN_TOKEN }
      : undefined,
  };
}
