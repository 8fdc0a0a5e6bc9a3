import { z } from 'zod';

const portSchema = z.coerce.number().int().min(1).max(65535);

const configSchema = z.object({
  DATABASE_URL: z.string({ error: 'DATABASE_URL is required (postgres://user:pass@host:port/db)' })
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://'),
  TEMPORAL_ADDRESS: z.string().regex(/^[^\s:]+:\d+$/, 'TEMPORAL_ADDRESS must look like host:port').default('127.0.0.1:7233'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  PORT: portSchema.default(4000),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LADDER_ALLOWED_ORIGINS: z.string().default('http://localhost:5173'),
  LADDER_PUBLIC_URL: z.url('LADDER_PUBLIC_URL must be a URL').default('http://localhost:5173'),
  LADDER_BOOTSTRAP_API_KEY: z.string().min(24, 'LADDER_BOOTSTRAP_API_KEY must be at least 24 characters').optional(),
});

export interface ApiConfig {
  databaseUrl: string;
  temporalAddress: string;
  temporalNamespace: string;
  port: number;
  production: boolean;
  allowedOrigins: string[];
  publicUrl: string;
  bootstrapApiKey?: string;
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
    port: c.PORT,
    production: c.NODE_ENV === 'production',
    allowedOrigins: c.LADDER_ALLOWED_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean),
    publicUrl: c.LADDER_PUBLIC_URL.replace(/\/$/, ''),
    bootstrapApiKey: c.LADDER_BOOTSTRAP_API_KEY,
  };
}
