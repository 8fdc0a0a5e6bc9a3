export interface LaunchConfig {
  databaseUrl?: string;
  temporalAddress?: string;
  /** An SMTP relay (SMTP_URL): Mailpit is then not started. */
  smtpUrl?: string;
  pgPort: number;
  apiPort: number;
  consolePort: number;
  temporalPort: number;
  temporalUiPort: number;
  mailpitSmtpPort: number;
  mailpitUiPort: number;
  bootstrapKey?: string;
  linkSecret?: string;
  /** LADDER_PAYLOAD_KEYS; unset, one is generated and kept in the data folder. */
  payloadKeys?: string;
}

const port = (env: NodeJS.ProcessEnv, name: string, fallback: number, problems: string[]): number => {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535) problems.push(`${name}: "${raw}" is not a port number (1-65535)`);
  return value;
};

/** Reads the launcher's settings once and reports every problem together. */
export function readLaunchConfig(env: NodeJS.ProcessEnv = process.env): LaunchConfig {
  const problems: string[] = [];
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\/.+/.test(databaseUrl))
    problems.push('DATABASE_URL: must start with postgres:// or postgresql://');
  const temporalAddress = env.TEMPORAL_ADDRESS || undefined;
  if (temporalAddress && !/^[^\s:]+:\d+$/.test(temporalAddress)) problems.push('TEMPORAL_ADDRESS: must look like host:port');
  const smtpUrl = env.SMTP_URL || undefined;
  if (smtpUrl && !/^smtps?:\/\/[^\s/]+/.test(smtpUrl)) problems.push('SMTP_URL: must look like smtp://user:pass@host:port or smtps://...');
  const bootstrapKey = env.LADDER_BOOTSTRAP_API_KEY || undefined;
  if (bootstrapKey && bootstrapKey.length < 24) problems.push('LADDER_BOOTSTRAP_API_KEY: must be at least 24 characters');
  const linkSecret = env.LADDER_LINK_SECRET || undefined;
  if (linkSecret && linkSecret.length < 32) problems.push('LADDER_LINK_SECRET: must be at least 32 characters');
  const payloadKeys = env.LADDER_PAYLOAD_KEYS || undefined;
  if (payloadKeys && !/^\s*[A-Za-z0-9._-]+:[A-Za-z0-9+/_-]{43}=?\s*(,\s*[A-Za-z0-9._-]+:[A-Za-z0-9+/_-]{43}=?\s*)*$/.test(payloadKeys))
    problems.push('LADDER_PAYLOAD_KEYS: must be id:base64key[,id:base64key...] with 32-byte keys (openssl rand -base64 32)');
  const config: LaunchConfig = {
    databaseUrl,
    temporalAddress,
    smtpUrl,
    bootstrapKey,
    linkSecret,
    payloadKeys,
    pgPort: port(env, 'LADDER_PG_PORT', 54329, problems),
    apiPort: port(env, 'PORT', 4000, problems),
    consolePort: port(env, 'LADDER_CONSOLE_PORT', 5173, problems),
    temporalPort: port(env, 'LADDER_TEMPORAL_PORT', 7233, problems),
    temporalUiPort: port(env, 'LADDER_TEMPORAL_UI_PORT', 8233, problems),
    mailpitSmtpPort: port(env, 'LADDER_MAILPIT_SMTP_PORT', 1025, problems),
    mailpitUiPort: port(env, 'LADDER_MAILPIT_PORT', 8025, problems),
  };
  if (problems.length) throw new Error(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return config;
}
