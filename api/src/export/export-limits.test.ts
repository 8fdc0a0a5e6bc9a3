import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedAnalysis } from '../test-support/analysis-rows.js';
import { startTestApi, type TestApi } from '../test-support/api-harness.js';
import { studyWithWave } from '../test-support/fixtures.js';
import { write } from './export.router.js';

let api: TestApi;
let base: string;
let waveId: string;

beforeAll(async () => {
  api = await startTestApi({ http: { exportLimits: { perKey: 2 } } });
  base = api.url.replace(/\/graphql$/, '');
  let studyId: string;
  ({ studyId, waveId } = await studyWithWave(api));
  await seedAnalysis(api, api.a.id, studyId, waveId, {
    themes: [{ key: 'pricing', label: 'Price', scope: 'detractor', prevalence: [{ band: 'detractor', count: 1, n: 2 }], quotes: [] }],
  });
});
afterAll(async () => {
  await api?.stop();
});

const themes = (key: string) => fetch(`${base}/export/themes.csv?waveId=${waveId}`, { headers: { authorization: `Bearer ${key}` } });

describe('export limits', () => {
  it('lets one key stream two exports at once: the third is RATE_LIMITED with Retry-After', async () => {
    // Another session holds the theme table, so the exports wait on their cursor, holding their slots.
    const locker = new pg.Client({ connectionString: api.databaseUrl });
    await locker.connect();
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE theme IN ACCESS EXCLUSIVE MODE');
    const waiting = [themes(api.a.keys.viewer), themes(api.a.keys.viewer)];
    const other = themes(api.a.keys.analyst);
    await new Promise((r) => setTimeout(r, 500));
    const refused = await themes(api.a.keys.viewer);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const body = (await refused.json()) as { errors: { extensions: { code: string; retryAfter: number } }[] };
    expect(body.errors[0].extensions.code).toBe('RATE_LIMITED');
    await locker.query('ROLLBACK');
    await locker.end();
    // The waiting exports finish, another key was never refused, and the slots are free again.
    expect((await Promise.all([...waiting, other])).map((r) => r.status)).toEqual([200, 200, 200]);
    expect((await themes(api.a.keys.viewer)).status).toBe(200);
  });
});

describe('export write timeout', () => {
  let server: Server;
  let outcome: Promise<{ ok: boolean; destroyed: boolean; afterMs: number }>;

  beforeAll(async () => {
    let resolve: (v: { ok: boolean; destroyed: boolean; afterMs: number }) => void = () => {};
    outcome = new Promise((r) => (resolve = r));
    server = createServer(async (_req, res) => {
      const chunk = 'x'.repeat(1024 * 1024);
      // Write until the socket's buffers are full, then wait for a drain that never comes.
      for (;;) {
        const started = Date.now();
        if (!(await write(res, chunk, 300))) {
          resolve({ ok: false, destroyed: res.destroyed, afterMs: Date.now() - started });
          return;
        }
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
  });

  it('drops a client that stops reading', async () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const socket = connect(port, '127.0.0.1');
    socket.on('error', () => {});
    socket.write('GET / HTTP/1.1\r\nhost: localhost\r\n\r\n');
    socket.pause(); // never reads
    const result = await outcome;
    expect(result.destroyed).toBe(true);
    expect(result.afterMs).toBeGreaterThanOrEqual(250);
    expect(result.afterMs).toBeLessThan(5000);
    socket.destroy();
  });
});
