import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bootstrapKey } from './bootstrap-key.js';
import { readLaunchConfig } from './launch-config.js';

describe('readLaunchConfig', () => {
  it('defaults to embedded services on ports away from a system Postgres', () => {
    expect(readLaunchConfig({})).toMatchObject({
      databaseUrl: undefined,
      temporalAddress: undefined,
      pgPort: 54329,
      apiPort: 4000,
      consolePort: 5173,
    });
  });

  it('lists every problem at once', () => {
    expect(() =>
      readLaunchConfig({
        DATABASE_URL: 'mysql://x',
        TEMPORAL_ADDRESS: 'nope',
        PORT: 'abc',
        LADDER_PG_PORT: '70000',
        LADDER_BOOTSTRAP_API_KEY: 'short',
      }),
    ).toThrow(/DATABASE_URL[\s\S]*TEMPORAL_ADDRESS[\s\S]*LADDER_BOOTSTRAP_API_KEY[\s\S]*LADDER_PG_PORT[\s\S]*PORT/);
  });
});

describe('bootstrapKey', () => {
  it('generates a key once, private to the user, and reuses it', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ladder-key-')), 'nested', 'bootstrap-api-key');
    const first = bootstrapKey(undefined, file);
    expect(first).toMatch(/^ldr_[A-Za-z0-9_-]{43}$/);
    expect(bootstrapKey(undefined, file)).toBe(first);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8').trim()).toBe(first);
  });

  it('prefers the configured key', () => {
    expect(bootstrapKey('ldr_configured-secret-000000000', join(tmpdir(), 'unused'))).toBe('ldr_configured-secret-000000000');
  });
});
