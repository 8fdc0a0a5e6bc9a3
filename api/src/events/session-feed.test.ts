import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test-support/api-harness.js';
import { csvOf, studyWithWave } from '../test-support/fixtures.js';
import { ImportRespondentsDocument, SessionUpdatedDocument } from '../test-support/gql/graphql.js';
import { subscribe } from '../test-support/ws-client.js';

const APP = `ladder-feed-${randomBytes(4).toString('hex')}`;
let api: TestApi;
let studyId: string;
let sessionId: string;
let writer: pg.Client;

beforeAll(async () => {
  api = await startTestApi({ reliability: { listener: { heartbeatMs: 200, heartbeatTimeoutMs: 400, applicationName: APP } } });
  const created = await studyWithWave(api);
  studyId = created.studyId;
  const csv = csvOf([
    ['id', 'score'],
    ['feed-1', 4],
  ]);
  await api.gql(ImportRespondentsDocument, { input: { waveId: created.waveId, csv } });
  const [{ id: respondentId }] = await api.db.query(`SELECT id FROM respondent WHERE wave_id = $1`, [created.waveId]);
  [{ id: sessionId }] = await api.db.query(
    `INSERT INTO interview_session (workspace_id, respondent_id, wave_id, moderator, token_hash, workflow_id)
     VALUES ($1, $2, $3, 'offline', $4, 'wf-feed') RETURNING id`,
    [api.a.id, respondentId, created.waveId, createHash('sha256').update('feed-token').digest('hex')],
  );
  // The worker's side: a connection of its own, so the API only sees what crosses Postgres.
  writer = new pg.Client({ connectionString: api.databaseUrl });
  await writer.connect();
});
afterAll(async () => {
  await writer?.end();
  await api?.stop();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A turn as the worker writes it; `notify: false` is a notification lost while the API's listener was down. */
async function writeTurn(seq: number, notify = true): Promise<void> {
  const {
    rows: [turn],
  } = await writer.query(
    `INSERT INTO turn (workspace_id, session_id, seq, role, text, phase) VALUES ($1, $2, $3, 'moderator', $4, 'context') RETURNING id`,
    [api.a.id, sessionId, seq, `Question ${seq}`],
  );
  if (notify) await notifyTurn(seq, turn.id);
}

const notifyTurn = (seq: number, turnId: string) =>
  writer.query(`SELECT pg_notify('ladder_events', $1)`, [
    JSON.stringify({ type: 'session.updated', workspaceId: api.a.id, studyId, sessionId, turnId, seq, status: 'active' }),
  ]);

async function listenerPid(): Promise<number> {
  for (let i = 0; i < 100; i++) {
    const { rows } = await writer.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE application_name = $1`, [APP]);
    if (rows.length === 1) return rows[0].pid;
    await sleep(50);
  }
  throw new Error('no listener connection');
}

describe('sessionUpdated across an outage of the LISTEN connection', () => {
  it('sends the turns and the status written while notifications were lost, once each and in order', async () => {
    const s = await subscribe(api.wsUrl, api.a.keys.viewer, SessionUpdatedDocument, { sessionId });
    await sleep(200);
    await writeTurn(0);
    expect((await s.next()).data?.sessionUpdated.turn?.seq).toBe(0);

    // Written while the listener is down: their notifications never reach the API.
    await writeTurn(1, false);
    await writeTurn(2, false);
    await writer.query(`UPDATE interview_session SET status = 'active' WHERE id = $1`, [sessionId]);
    await writer.query(`SELECT pg_terminate_backend($1)`, [await listenerPid()]);
    const seqs = () => s.results().map((r) => r.data?.sessionUpdated.turn?.seq);
    for (let i = 0; i < 100 && seqs().length < 3; i++) await sleep(50);
    expect(seqs()).toEqual([0, 1, 2]);
    expect(s.results()[2].data?.sessionUpdated).toMatchObject({ session: { status: 'ACTIVE' }, turn: { text: 'Question 2' } });

    // A late notification of a turn already caught up is not sent again; the next turn is.
    const [{ id: second }] = await api.db.query(`SELECT id FROM turn WHERE session_id = $1 AND seq = 2`, [sessionId]);
    await notifyTurn(2, second);
    await writeTurn(3);
    for (let i = 0; i < 100 && seqs().length < 4; i++) await sleep(50);
    await sleep(200);
    expect(seqs()).toEqual([0, 1, 2, 3]);
    s.socket.ws.close();
  });
});
