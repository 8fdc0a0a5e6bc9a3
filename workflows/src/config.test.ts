import { describe, expect, it } from 'vitest';
import { loadWorkerConfig } from './config.js';

describe('worker configuration', () => {
  it('applies the defaults when only DATABASE_URL is set', () => {
    expect(loadWorkerConfig({ DATABASE_URL: 'postgres://u:p@localhost:5432/ladder', TEMPORAL_ADDRESS: '' })).toEqual({
      databaseUrl: 'postgres://u:p@localhost:5432/ladder', temporalAddress: '127.0.0.1:7233', temporalNamespace: 'default',
    });
  });

  it('lists every problem at once', () => {
    expect(() => loadWorkerConfig({ TEMPORAL_ADDRESS: 'no port' })).toThrow(
      /invalid configuration:\n {2}- DATABASE_URL: DATABASE_URL is required.*\n {2}- TEMPORAL_ADDRESS: TEMPORAL_ADDRESS must look like host:port/,
    );
  });
});
