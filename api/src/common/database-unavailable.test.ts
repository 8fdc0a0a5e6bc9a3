import { freePort } from '@ladder/devstack';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource } from '../db/data-source.js';
import { createTestDatabase } from '../test-support/api-harness.js';
import { isDatabaseUnavailable } from './database-unavailable.js';
import { formatError } from './format-error.js';

let url: string;
let db: DataSource;
beforeAll(async () => {
  url = await createTestDatabase();
  db = await createDataSource(url, { poolSize: 2, limits: { acquireTimeoutMs: 300 } }).initialize();
});
afterAll(async () => {
  await db?.destroy();
});

const quiet = { error: () => {} };
const caught = (work: () => Promise<unknown>) =>
  work().then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error,
  );
const codeOf = (error: unknown) => formatError({ message: String(error) }, error, quiet).extensions?.code;

describe('a database that cannot be reached right now', () => {
  it('answers SERVICE_UNAVAILABLE when nothing listens on the port (Postgres stopped)', async () => {
    const down = url.replace(/:\d+\//, `:${await freePort()}/`);
    const error = await caught(() => createDataSource(down).initialize());
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(formatError({ message: 'x' }, error, quiet)).toEqual({
      message: 'The service is unavailable for a moment; please try again',
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
  });

  it('answers SERVICE_UNAVAILABLE for a connection the server terminated (a restart) and a pool with none free in time', async () => {
    const victim = new pg.Client({ connectionString: url });
    await victim.connect();
    victim.on('error', () => {});
    const {
      rows: [{ pid }],
    } = await victim.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    await db.query('SELECT pg_terminate_backend($1)', [pid]);
    expect(codeOf(await caught(() => victim.query('SELECT 1')))).toBe('SERVICE_UNAVAILABLE');
    await victim.end().catch(() => {});

    const held = [db.createQueryRunner(), db.createQueryRunner()];
    for (const runner of held) await runner.connect();
    try {
      expect(codeOf(await caught(() => db.query('SELECT 1')))).toBe('SERVICE_UNAVAILABLE');
    } finally {
      for (const runner of held) await runner.release();
    }
  });

  it('leaves a failing statement an INTERNAL_SERVER_ERROR', async () => {
    const error = await caught(() => db.query('SELECT * FROM no_such_table'));
    expect(isDatabaseUnavailable(error)).toBe(false);
    expect(codeOf(error)).toBe('INTERNAL_SERVER_ERROR');
  });
});
