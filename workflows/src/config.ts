import { ALERT_POLL_MS, DEFAULT_TIMING, type InterviewTiming } from '@ladder/contracts';
import { payloadKeysSetting, type PayloadKeyring } from '@ladder/contracts/payload-codec';
import { z } from 'zod';
import { DEFAULT_TUNING, type MailSettings } from './fielding/dispatch-config.js';
import type { LlmConfig } from './llm/mistral-client.js';
import { DEFAULT_CHAT_PRICING } from './llm/pricing.js';
import { parseMailbox } from './mail/compose.js';
import { DEFAULT_WORKER_TUNING, type WorkerTuning } from './worker-tuning.js';

const number = (name: string, min: number) =>
  z.coerce.number({ error: `${name} must be a number` }).min(min, `${name} must be at least ${min}`);

const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** "90s", "15m", "24h", "14d" (or milliseconds), read like the API reads the same settings. */
const duration = (name: string) =>
  z
    .string()
    .regex(/^\d+(\.\d+)?(ms|s|m|h|d)?$/, `${name} must be a duration such as 90s, 15m, 24h or 14d`)
    .transform((v) => {
      const [, n, unit] = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)?$/.exec(v)!;
      return Math.round(Number(n) * UNIT_MS[(unit ?? 'ms') as keyof typeof UNIT_MS]);
    })
    .refine((ms) => ms >= 1000, `${name} must be at least 1s`);

const url = (name: string, example: string) => z.url({ error: `${name} must be a URL such as ${example}` });

const schema = z.object({
  DATABASE_URL: z
    .string({ error: 'DATABASE_URL is required (postgres://user:pass@host:port/db)' })
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://'),
  TEMPORAL_ADDRESS: z
    .string()
    .regex(/^[^\s:]+:\d+$/, 'TEMPORAL_ADDRESS must look like host:port')
    .default('127.0.0.1:7233'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  LADDER_PAYLOAD_KEYS: payloadKeysSetting,
  MISTRAL_API_KEY: z.string().min(1).optional(),
  MISTRAL_SERVER_URL: z.url({ error: 'MISTRAL_SERVER_URL must be a URL such as https://api.mistral.ai' }).optional(),
  MISTRAL_MODEL: z.string().min(1).default('mistral-small-latest'),
  MISTRAL_TIMEOUT_MS: number('MISTRAL_TIMEOUT_MS', 100).default(15_000),
  MISTRAL_PRICE_INPUT_PER_MTOK: number('MISTRAL_PRICE_INPUT_PER_MTOK', 0).default(DEFAULT_CHAT_PRICING.inputPerMillion),
  MISTRAL_PRICE_OUTPUT_PER_MTOK: number('MISTRAL_PRICE_OUTPUT_PER_MTOK', 0).default(DEFAULT_CHAT_PRICING.outputPerMillion),
  LADDER_REDACT_PII: z.enum(['true', 'false'], { error: 'LADDER_REDACT_PII must be true or false' }).default('true'),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^\s/]+/, 'SMTP_URL must look like smtp://user:pass@host:port or smtps://host:465')
    .default('smtp://127.0.0.1:1025'),
  LADDER_MAIL_FROM: z
    .string()
    .refine((v) => parseMailbox(v) !== null, 'LADDER_MAIL_FROM must be an address, optionally with a name: Ladder <interviews@example.com>')
    .default('Ladder <interviews@ladder.localhost>'),
  LADDER_PUBLIC_URL: url('LADDER_PUBLIC_URL', 'https://ladder.example.com').default('http://localhost:5173'),
  LADDER_API_URL: url('LADDER_API_URL', 'https://api.ladder.example.com').default('http://localhost:4000'),
  LADDER_LINK_SECRET: z.string().min(32, 'LADDER_LINK_SECRET must be at least 32 characters').optional(),
  LADDER_SMTP_TIMEOUT_MS: number('LADDER_SMTP_TIMEOUT_MS', 100).default(10_000),
  LADDER_INVITATION_TTL: duration('LADDER_INVITATION_TTL').optional(),
  LADDER_IDLE_REMINDER: duration('LADDER_IDLE_REMINDER').optional(),
  LADDER_ABANDON_AFTER: duration('LADDER_ABANDON_AFTER').optional(),
  LADDER_FIELDING_LEASE: duration('LADDER_FIELDING_LEASE').optional(),
  LADDER_ALERT_POLL: duration('LADDER_ALERT_POLL').optional(),
  LADDER_WORKER_WORKFLOW_TASKS: number('LADDER_WORKER_WORKFLOW_TASKS', 2).int().optional(),
  LADDER_WORKER_LOCAL_ACTIVITIES: number('LADDER_WORKER_LOCAL_ACTIVITIES', 1).int().optional(),
  LADDER_WORKER_POOL_SIZE: number('LADDER_WORKER_POOL_SIZE', 1).int().optional(),
  LADDER_WEBHOOK_ALLOW_PRIVATE: z.enum(['true', 'false'], { error: 'LADDER_WEBHOOK_ALLOW_PRIVATE must be true or false' }).default('false'),
});

export interface WorkerConfig {
  databaseUrl: string;
  temporalAddress: string;
  temporalNamespace: string;
  /** LADDER_PAYLOAD_KEYS: the first key encrypts Temporal payloads, all of them decrypt. */
  payloadKeys: PayloadKeyring;
  /** Null: no MISTRAL_API_KEY, every interview runs on the offline moderator. */
  llm: LlmConfig | null;
  /** The fielding dispatcher's SMTP server, sender and link bases. */
  mail: MailSettings;
  /** The clocks of the interviews the dispatcher starts (the same settings as the API's). */
  timing: InterviewTiming;
  /** LADDER_FIELDING_LEASE: after how long a dead worker's claimed emails are claimable again (DispatchTuning.leaseMs). */
  fieldingLeaseMs: number;
  /** LADDER_ALERT_POLL: how often the alert evaluator looks for due rules (ALERT_POLL_MS); taken when it starts. */
  alertPollMs: number;
  /** LADDER_WORKER_WORKFLOW_TASKS, LADDER_WORKER_LOCAL_ACTIVITIES, LADDER_WORKER_POOL_SIZE (see DEFAULT_WORKER_TUNING). */
  tuning: WorkerTuning;
  /** LADDER_WEBHOOK_ALLOW_PRIVATE: webhooks may go to http URLs and private, loopback or link-local addresses (local receivers). */
  webhookAllowPrivate: boolean;
}

/** Parses the environment once at boot; lists every problem at once. */
export function loadWorkerConfig(env: NodeJS.ProcessEnv = process.env): WorkerConfig {
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  - ${i.path.join('.') || 'env'}: ${i.message}`);
    throw new Error(`invalid configuration:\n${problems.join('\n')}`);
  }
  const e = parsed.data;
  return {
    databaseUrl: e.DATABASE_URL,
    temporalAddress: e.TEMPORAL_ADDRESS,
    temporalNamespace: e.TEMPORAL_NAMESPACE,
    payloadKeys: e.LADDER_PAYLOAD_KEYS,
    llm: e.MISTRAL_API_KEY
      ? {
          apiKey: e.MISTRAL_API_KEY,
          serverUrl: e.MISTRAL_SERVER_URL,
          model: e.MISTRAL_MODEL,
          timeoutMs: e.MISTRAL_TIMEOUT_MS,
          pricing: { inputPerMillion: e.MISTRAL_PRICE_INPUT_PER_MTOK, outputPerMillion: e.MISTRAL_PRICE_OUTPUT_PER_MTOK },
          redactPii: e.LADDER_REDACT_PII === 'true',
        }
      : null,
    mail: {
      smtpUrl: e.SMTP_URL,
      from: parseMailbox(e.LADDER_MAIL_FROM)!,
      publicUrl: e.LADDER_PUBLIC_URL.replace(/\/$/, ''),
      apiUrl: e.LADDER_API_URL.replace(/\/$/, ''),
      linkSecret: e.LADDER_LINK_SECRET ?? null,
      smtpTimeoutMs: e.LADDER_SMTP_TIMEOUT_MS,
    },
    timing: {
      invitationTtlMs: e.LADDER_INVITATION_TTL ?? DEFAULT_TIMING.invitationTtlMs,
      idleReminderMs: e.LADDER_IDLE_REMINDER ?? DEFAULT_TIMING.idleReminderMs,
      abandonAfterMs: e.LADDER_ABANDON_AFTER ?? DEFAULT_TIMING.abandonAfterMs,
    },
    fieldingLeaseMs: e.LADDER_FIELDING_LEASE ?? DEFAULT_TUNING.leaseMs,
    alertPollMs: e.LADDER_ALERT_POLL ?? ALERT_POLL_MS,
    tuning: {
      workflowTasks: e.LADDER_WORKER_WORKFLOW_TASKS ?? DEFAULT_WORKER_TUNING.workflowTasks,
      localActivities: e.LADDER_WORKER_LOCAL_ACTIVITIES ?? DEFAULT_WORKER_TUNING.localActivities,
      poolSize: e.LADDER_WORKER_POOL_SIZE ?? DEFAULT_WORKER_TUNING.poolSize,
    },
    webhookAllowPrivate: e.LADDER_WEBHOOK_ALLOW_PRIVATE === 'true',
  };
}
