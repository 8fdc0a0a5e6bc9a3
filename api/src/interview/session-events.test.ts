import { createHash } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type Loose, type TestApi } from '../test-support/api-harness.js';
import { csvOf, IMPORT, studyWithWave } from '../test-support/fixtures.js';
import { openSocket } from '../test-support/ws-client.js';

let api: TestApi;
let sessionId: string;
let notifier: pg.Client;

beforeAll(async () => {
  api = await startTestApi();
  const { waveId } = await studyWithWave(api);
  await api.gql(IMPORT, { input: { waveId, csv: csvOf([['id', 'score'], ['e1', 8]]) } });
  const [{ id: respondentId }] = await api.db.query(`SELECT id FROM respondent WHERE wave_id = $1`, [waveId]);
  [{ id: sessionId }] = await api.db.query(
    `INSERT INTO interview_session (workspace_id, respondent_id, wave_id, moderator, token_hash, workflow_id)
     VALUES ($1, $2, $3, 'offline', $4, 'wf-events') RETURNING id`,
    [api.a.id, respondentId, waveId, createHash('sha256').update('events-token').digest('hex')]);
  // A connection of its own, as the worker process has: the API only sees what crosses Postgres.
  notifier = new pg.Client({ connectionString: api.databaseUrl });
  await notifier.connect();
});
afterAll(async () => {
  await notifier?.end();
  await api?.stop();
});

async function writeTurnAndNotify(seq: number, text: string): Promise<string> {
  await notifier.query('BEGIN');
  const { rows: [turn] } = await notifier.query(
    `INSERT INTO turn (workspace_id, session_id, seq, role, text, phase) VALUES ($1, $2, $3, 'moderator', $4, 'context') RETURNING id`,
    [api.a.id, sessionId, seq, text]);
  await notifier.query(`SELECT pg_notify('ladder_events', $1)`, [JSON.stringify({
    type: 'session.updated', workspaceId: api.a.id, sessionId, turnId: turn.id, seq, status: 'invited',
  })]);
  await notifier.query('COMMIT');
  return turn.id as string;
}

describe('sessionUpdated', () => {
  it('delivers a turn written and notified by another connection to a WebSocket subscriber', async () => {
    const s = await openSocket(api.wsUrl);
    s.send({ type: 'connection_init', payload: { authorization: `Bearer ${api.a.keys.viewer}` } });
    await s.next('connection_ack');
    s.send({ id: 'sub', type: 'subscribe', payload: {
      query: 'subscription($id: ID!) { sessionUpdated(sessionId: $id) { session { id status } turn { id seq text role } } }',
      variables: { id: sessionId } } });
    await new Promise((r) => setTimeout(r, 200)); // the subscription is registered before the event
    const turnId = await writeTurnAndNotify(0, 'What stands out most for you?');
    const message = await s.next('next');
    expect((message.payload as Loose).data.sessionUpdated).toEqual({
      session: { id: sessionId, status: 'INVITED' },
      turn: { id: turnId, seq: 0, text: 'What stands out most for you?', role: 'MODERATOR' },
    });
    s.ws.close();
  });
});
