import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createTestDatabase, startTestApi, type TestApi } from '../test-support/api-harness.js';
import { StudiesDocument } from '../test-support/gql/graphql.js';
import { createDataSource } from './data-source.js';

let url: string;
let api: TestApi;
beforeAll(async () => {
  url = await createTestDatabase();
  api = await startTestApi({ http: { database: { statementTimeoutMs: 1000 } } });
});
afterAll(async () => {
  await api?.stop();
});

describe('pool limits', () => {
  it('cancels a statement that runs longer than statement_timeout', async () => {
    expect(await api.db.query('SHOW statement_timeout')).toEqual([{ statement_timeout: '1s' }]);
    await expect(api.db.query('SELECT pg_sleep(3)')).rejects.toThrow(/statement timeout/);
    // The connection is fine afterwards.
    expect((await api.gql(StudiesDocument)).data?.studies).toEqual([]);
  });

  it('fails a checkout that waits longer than the acquire timeout, instead of queueing forever', async () => {
    const db: DataSource = await createDataSource(url, { poolSize: 1, limits: { acquireTimeoutMs: 300 } }).initialize();
    const held = db.createQueryRunner();
    await held.connect();
    try {
      const started = Date.now();
      await expect(db.query('SELECT 1')).rejects.toThrow(/timeout/i);
      expect(Date.now() - started).toBeLessThan(3000);
    } finally {
      await held.release();
    }
    expect(await db.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    await db.destroy();
  });

  it('applies the default limits to the API process pool, and none to scripts', async () => {
    const script = await createDataSource(url).initialize();
    expect(await script.query('SHOW statement_timeout')).toEqual([{ statement_timeout: '0' }]);
    await script.destroy();
    const limited = await createDataSource(url, { limits: {} }).initialize();
    expect(await limited.query('SHOW statement_timeout')).toEqual([{ statement_timeout: '30s' }]);
    await limited.destroy();
  });
});
