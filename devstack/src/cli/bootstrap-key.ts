import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** The configured secret, or one generated on the first start and kept (0600) for later starts. */
function keptSecret(configured: string | undefined, file: string, generate: () => string): string {
  if (configured) return configured;
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dirname(file), { recursive: true });
  const secret = generate();
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** The admin API key the launcher prints as a sign-in link. */
export const bootstrapKey = (configured: string | undefined, file: string): string =>
  keptSecret(configured, file, () => `ldr_${randomBytes(32).toString('base64url')}`);

/**
 * The worker's LADDER_LINK_SECRET: kept across starts so a reminder carries the same chat link as
 * its invitation (the worker derives links from it instead of storing them).
 */
export const linkSecret = (configured: string | undefined, file: string): string =>
  keptSecret(configured, file, () => randomBytes(32).toString('base64url'));

/**
 * LADDER_PAYLOAD_KEYS of the worker and the API (`id:base64`, AES-256): kept across starts, since
 * the histories of running interviews can only be read with the key they were written with.
 */
export const payloadKeys = (configured: string | undefined, file: string): string =>
  keptSecret(configured, file, () => `local1:${randomBytes(32).toString('base64')}`);
