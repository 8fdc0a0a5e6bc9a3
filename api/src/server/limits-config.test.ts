import 'reflect-metadata';
import { generatePayloadKey } from '@ladder/contracts/payload-codec';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config.js';

const base = { DATABASE_URL: 'postgres://u:p@localhost:5432/db', LADDER_PAYLOAD_KEYS: generatePayloadKey('k1') };

describe('abuse limit settings', () => {
  it('defaults: 256 kB / 64 MB bodies, 6,000 calls a minute per key and address, 120 per link, 30 s statements', () => {
    const c = loadConfig(base);
    expect(c.bodyLimits).toEqual({ defaultBytes: 256 * 1024, importBytes: 64 * 1024 * 1024 });
    expect(c.rateLimits).toEqual({
      perIpPerMinute: 6000,
      perTokenPerMinute: 120,
      perKeyPerMinute: 6000,
      refusalDelayMs: 1000,
      concurrentQueriesPerKey: 4,
    });
    expect(c.database).toEqual({ statementTimeoutMs: 30_000, acquireTimeoutMs: 10_000 });
    expect(c.exportLimits).toEqual({ poolSize: 4, perKey: 2, writeTimeoutMs: 30_000 });
  });

  it('reads every limit from the environment', () => {
    const c = loadConfig({
      ...base,
      LADDER_MAX_BODY_KB: '512',
      LADDER_MAX_IMPORT_BODY_MB: '8',
      LADDER_RATE_PER_IP: '60',
      LADDER_RATE_PER_TOKEN: '30',
      LADDER_RATE_PER_KEY: '600',
      LADDER_RATE_REFUSAL_DELAY_MS: '250',
      LADDER_CONCURRENT_QUERIES_PER_KEY: '2',
      LADDER_STATEMENT_TIMEOUT: '5s',
      LADDER_POOL_ACQUIRE_TIMEOUT: '2s',
      LADDER_EXPORT_POOL_SIZE: '2',
      LADDER_EXPORTS_PER_KEY: '1',
      LADDER_EXPORT_WRITE_TIMEOUT: '1m',
    });
    expect(c.bodyLimits).toEqual({ defaultBytes: 512 * 1024, importBytes: 8 * 1024 * 1024 });
    expect(c.rateLimits).toEqual({
      perIpPerMinute: 60,
      perTokenPerMinute: 30,
      perKeyPerMinute: 600,
      refusalDelayMs: 250,
      concurrentQueriesPerKey: 2,
    });
    expect(c.database).toEqual({ statementTimeoutMs: 5000, acquireTimeoutMs: 2000 });
    expect(c.exportLimits).toEqual({ poolSize: 2, perKey: 1, writeTimeoutMs: 60_000 });
  });

  it('lists every bad limit at once', () => {
    try {
      loadConfig({ ...base, LADDER_RATE_PER_KEY: '0', LADDER_STATEMENT_TIMEOUT: 'soon', LADDER_MAX_BODY_KB: '1' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/LADDER_RATE_PER_KEY/);
      expect(problems).toMatch(/LADDER_STATEMENT_TIMEOUT/);
      expect(problems).toMatch(/LADDER_MAX_BODY_KB/);
    }
  });
});
