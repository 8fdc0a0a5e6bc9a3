import { z } from 'zod';

const schema = z.object({
  DATABASE_URL: z.string({ error: 'DATABASE_URL is required (postgres://user:pass@host:port/db)' })
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://'),
  TEMPORAL_ADDRESS: z.string().regex(/^[^\s:]+:\d+$/, 'TEMPORAL_ADDRESS must look like host:port').default('127.0.0.1:7233'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
});

export interface WorkerConfig { databaseUrl: string; temporalAddress: string; temporalNamespace: string }

/** Parses the environment once at boot; lists every problem at once. */
export function loadWorkerConfig(env: NodeJS.ProcessEnv = process.env): WorkerConfig {
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  - ${i.path.join('.') || 'env'}: ${i.message}`);
    throw new Error(`invalid configuration:\n${problems.join('\n')}`);
  }
  return { databaseUrl: parsed.data.DATABASE_URL, temporalAddress: parsed.data.TEMPORAL_ADDRESS, temporalNamespace: parsed.data.TEMPORAL_NAMESPACE };
}
