import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test-support/api-harness.js';
import { studyWithWave } from '../test-support/fixtures.js';
import { StudySessionUpdatedDocument } from '../test-support/gql/graphql.js';
import { subscribe as subscribeTo, type Subscription } from '../test-support/ws-client.js';

const APP = `ladder-listener-${randomBytes(4).toString('hex')}`;
let api: TestApi;
let studyId: string;
let notifier: pg.Client;

beforeAll(async () => {
  api = await startTestApi({ reliability: { listener: { heartbeatMs: 200, heartbeatTimeoutMs: 400, applicationName: APP } } });
  ({ studyId } = await studyWithWave(api));
  // A connection of its own, as the worker process has: the API only sees what crosses Postgres.
  notifier = new pg.Client({ connectionString: api.databaseUrl });
  await notifier.connect();
});
afterAll(async () => {
  await notifier?.end();
  await api?.stop();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(probe: () => Promise<T | null | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await sleep(50);
  }
}

/** The backend of the API's LISTEN connection, found by its application_name (`except` a replaced one). */
async function listenerPid(except?: number): Promise<number | null> {
  const { rows } = await notifier.query<{ pid: number }>(
    `SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database() AND pid <> $2`,
    [APP, except ?? 0],
  );
  return rows.length === 1 ? rows[0].pid : null;
}

/** Notifies a study session event until the subscriber has one (it may take a reconnection). */
async function deliveredAfterRecovery(s: Subscription<unknown>): Promise<void> {
  const event = { type: 'session.updated', workspaceId: api.a.id, studyId, sessionId: '00000000-0000-4000-8000-000000000000', seq: 0 };
  await until(async () => {
    await notifier.query(`SELECT pg_notify('ladder_events', $1)`, [JSON.stringify(event)]);
    await sleep(100);
    return s.socket.messages.length > 0;
  });
}

describe('the LISTEN connection', () => {
  it('is named, and after its backend is terminated it reconnects and LISTENs again', async () => {
    const before = await until(listenerPid);
    const { rows } = await notifier.query(`SELECT pg_terminate_backend($1) AS done`, [before]);
    expect(rows[0].done).toBe(true);
    await until(() => listenerPid(before));
    const s = await subscribeTo(api.wsUrl, api.a.keys.viewer, StudySessionUpdatedDocument, { studyId });
    await sleep(200);
    await deliveredAfterRecovery(s);
    s.socket.ws.close();
  });

  it('replaces a connection whose backend stops answering (no error ever comes): the heartbeat times out', async () => {
    const frozen = await until(listenerPid);
    // SIGSTOP: the socket stays open and silent, as with a half-open TCP connection.
    process.kill(frozen, 'SIGSTOP');
    try {
      await until(() => listenerPid(frozen));
      const s = await subscribeTo(api.wsUrl, api.a.keys.viewer, StudySessionUpdatedDocument, { studyId });
      await sleep(200);
      await deliveredAfterRecovery(s);
      s.socket.ws.close();
    } finally {
      process.kill(frozen, 'SIGCONT');
      await notifier.query(`SELECT pg_terminate_backend($1)`, [frozen]);
    }
  });
});
