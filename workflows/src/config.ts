import { z } from 'zod';
import type { LlmConfig } from './llm/mistral-client.js';
import { DEFAULT_CHAT_PRICING } from './llm/pricing.js';

const number = (name: string, min: number) =>
  z.coerce.number({ error: `${name} must be a number` }).min(min, `${name} must be at least ${min}`);

const schema = z.object({
  DATABASE_URL: z
    .string({ error: 'DATABASE_URL is required (postgres://user:pass@host:port/db)' })
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://'),
  TEMPORAL_ADDRESS: z
    .string()
    .regex(/^[^\s:]+:\d+$/, 'TEMPORAL_ADDRESS must look like host:port')
    .default('127.0.0.1:7233'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  MISTRAL_API_KEY: z.string().min(1).optional(),
  MISTRAL_SERVER_URL: z.url({ error: 'MISTRAL_SERVER_URL must be a URL such as https://api.mistral.ai' }).optional(),
  MISTRAL_MODEL: z.string().min(1).default('mistral-small-latest'),
  MISTRAL_TIMEOUT_MS: number('MISTRAL_TIMEOUT_MS', 100).default(15_000),
  MISTRAL_PRICE_INPUT_PER_MTOK: number('MISTRAL_PRICE_INPUT_PER_MTOK', 0).default(DEFAULT_CHAT_PRICING.inputPerMillion),
  MISTRAL_PRICE_OUTPUT_PER_MTOK: number('MISTRAL_PRICE_OUTPUT_PER_MTOK', 0).default(DEFAULT_CHAT_PRICING.outputPerMillion),
});

export interface WorkerConfig {
  databaseUrl: string;
  temporalAddress: string;
  temporalNamespace: string;
  /** Null: no MISTRAL_API_KEY, every interview runs on the offline moderator. */
  llm: LlmConfig | null;
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
    llm: e.MISTRAL_API_KEY
      ? {
          apiKey: e.MISTRAL_API_KEY,
          serverUrl: e.MISTRAL_SERVER_URL,
          model: e.MISTRAL_MODEL,
          timeoutMs: e.MISTRAL_TIMEOUT_MS,
          pricing: { inputPerMillion: e.MISTRAL_PRICE_INPUT_PER_MTOK, outputPerMillion: e.MISTRAL_PRICE_OUTPUT_PER_MTOK },
        }
      : null,
  };
}
