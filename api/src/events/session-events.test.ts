import { createHash } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, startTestApi, type TestApi } from '../test-support/api-harness.js';
import { csvOf, studyWithWave } from '../test-support/fixtures.js';
import {
  EscalationRaisedDocument,
  EscalationsDocument,
  ImportRespondentsDocument,
  InterviewSessionEscalationsDocument,
  SessionUpdatedDocument,
  StudySessionCountsDocument,
  StudySessionUpdatedDocument,
  UpdateEscalationDocument,
  type TypedDocumentString,
} from '../test-support/gql/graphql.js';
import { subscribe as subscribeTo } from '../test-support/ws-client.js';

let api: TestApi;
let sessionId: string;
let studyId: string;
let notifier: pg.Client;

beforeAll(async () => {
  api = await startTestApi();
  const created = await studyWithWave(api);
  const { waveId } = created;
  studyId = created.studyId;
  await api.gql(ImportRespondentsDocument, {
    input: {
      waveId,
      csv: csvOf([
        ['id', 'score'],
        ['e1', 8],
      ]),
    },
  });
  const [{ id: respondentId }] = await api.db.query(`SELECT id FROM respondent WHERE wave_id = $1`, [waveId]);
  [{ id: sessionId }] = await api.db.query(
    `INSERT INTO interview_session (workspace_id, respondent_id, wave_id, moderator, token_hash, workflow_id)
     VALUES ($1, $2, $3, 'offline', $4, 'wf-events') RETURNING id`,
    [api.a.id, respondentId, waveId, createHash('sha256').update('events-token').digest('hex')],
  );
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
  const {
    rows: [turn],
  } = await notifier.query(
    `INSERT INTO turn (workspace_id, session_id, seq, role, text, phase) VALUES ($1, $2, $3, 'moderator', $4, 'context') RETURNING id`,
    [api.a.id, sessionId, seq, text],
  );
  await notifier.query(`SELECT pg_notify('ladder_events', $1)`, [
    JSON.stringify({
      type: 'session.updated',
      workspaceId: api.a.id,
      studyId,
      sessionId,
      turnId: turn.id,
      seq,
      status: 'invited',
    }),
  ]);
  await notifier.query('COMMIT');
  return turn.id as string;
}

describe('sessionUpdated', () => {
  it('delivers a turn written and notified by another connection to a WebSocket subscriber', async () => {
    const s = await subscribe(SessionUpdatedDocument, { sessionId });
    const turnId = await writeTurnAndNotify(0, 'What stands out most for you?');
    const message = await s.next();
    expect(message.data?.sessionUpdated).toEqual({
      session: { id: sessionId, status: 'INVITED' },
      turn: { id: turnId, seq: 0, text: 'What stands out most for you?', role: 'MODERATOR' },
    });
    s.socket.ws.close();
  });
});

async function subscribe<R, V>(document: TypedDocumentString<R, V>, variables: V) {
  const s = await subscribeTo(api.wsUrl, api.a.keys.viewer, document, variables);
  await new Promise((r) => setTimeout(r, 200)); // the subscription is registered before the event
  return s;
}

describe('studySessionUpdated and escalationRaised', () => {
  it('deliver every session change of the study (the live monitor), with the session quality', async () => {
    const s = await subscribe(StudySessionUpdatedDocument, { studyId });
    await api.db.query(
      `UPDATE interview_session SET quality = '{"respondentTurns": 3, "probes": 2, "probesReusingWords": 1}' WHERE id = $1`,
      [sessionId],
    );
    await writeTurnAndNotify(5, 'When you say "slow", what does that look like?');
    const first = dataOf(await s.next()).studySessionUpdated;
    expect(first).toMatchObject({ session: { id: sessionId, quality: { respondentTurns: 3 } }, turn: { seq: 5 } });
    expect(first.session.turns.at(-1)).toEqual({ seq: 5 });
    // The next event reads fresh rows, not what the subscription's first event loaded.
    await api.db.query(`UPDATE interview_session SET quality = '{"respondentTurns": 4}' WHERE id = $1`, [sessionId]);
    s.socket.messages.length = 0;
    await writeTurnAndNotify(6, 'What does that lead to?');
    const second = dataOf(await s.next()).studySessionUpdated;
    expect(second).toMatchObject({ session: { quality: { respondentTurns: 4 } }, turn: { seq: 6 } });
    expect(second.session.turns.at(-1)).toEqual({ seq: 6 });
    s.socket.ws.close();
  });

  it('push an escalation raised by the worker, which the queue then lists and a person takes over', async () => {
    const s = await subscribe(EscalationRaisedDocument, { studyId });
    await notifier.query('BEGIN');
    const {
      rows: [turn],
    } = await notifier.query(
      `INSERT INTO turn (workspace_id, session_id, seq, role, text, phase)
       VALUES ($1, $2, 7, 'respondent', 'We are moving to Acme in March.', 'laddering') RETURNING id`,
      [api.a.id, sessionId],
    );
    const {
      rows: [escalation],
    } = await notifier.query(
      `INSERT INTO escalation (workspace_id, study_id, wave_id, session_id, turn_id, reason, quote, detected_by)
       SELECT $1, $2, wave_id, id, $4, 'competitor_evaluation', 'We are moving to Acme in March.', 'offline'
       FROM interview_session WHERE id = $3 RETURNING id`,
      [api.a.id, studyId, sessionId, turn.id],
    );
    await notifier.query(`SELECT pg_notify('ladder_events', $1)`, [
      JSON.stringify({
        type: 'escalation.raised',
        workspaceId: api.a.id,
        studyId,
        sessionId,
        escalationId: escalation.id,
      }),
    ]);
    await notifier.query('COMMIT');
    const message = await s.next();
    expect(message.data?.escalationRaised).toEqual({
      reason: 'COMPETITOR_EVALUATION',
      quote: 'We are moving to Acme in March.',
      status: 'OPEN',
      session: { id: sessionId },
    });
    s.socket.ws.close();

    const queue = await api.gql(EscalationsDocument, { studyId, status: ['OPEN'] });
    expect(queue.data?.escalations).toEqual([{ id: escalation.id, reason: 'COMPETITOR_EVALUATION', owner: null }]);
    const taken = await api.gql(UpdateEscalationDocument, { input: { id: escalation.id, status: 'IN_PROGRESS', owner: '  Dana (CSM) ' } });
    expect(taken.data?.updateEscalation).toEqual({ status: 'IN_PROGRESS', owner: 'Dana (CSM)' });
    expect((await api.gql(EscalationsDocument, { studyId, status: ['OPEN'] })).data?.escalations).toEqual([]);
    const session = await api.gql(InterviewSessionEscalationsDocument, { id: sessionId });
    expect(session.data?.interviewSession?.escalations).toEqual([
      { reason: 'COMPETITOR_EVALUATION', owner: 'Dana (CSM)', status: 'IN_PROGRESS' },
    ]);
    const nothing = await api.gql(UpdateEscalationDocument, { input: { id: escalation.id } });
    expect(nothing.errors?.[0]).toMatchObject({
      message: 'Give a status, an owner or an owner email',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});

describe('Study.sessionCounts', () => {
  it("counts the study's interviews by status, leaving guide-editor previews out", async () => {
    const counts = async () => dataOf(await api.gql(StudySessionCountsDocument, { id: studyId })).study!.sessionCounts;
    const before = await counts();
    expect(before.total).toBeGreaterThanOrEqual(1);
    const [{ id: previewWave }] = await api.db.query(
      `INSERT INTO wave (workspace_id, study_id, name, status, preview) VALUES ($1, $2, '__preview__', 'fielding', true) RETURNING id`,
      [api.a.id, studyId],
    );
    const [{ id: respondentId }] = await api.db.query(
      `INSERT INTO respondent (workspace_id, wave_id, external_id, score) VALUES ($1, $2, 'preview-1', 3) RETURNING id`,
      [api.a.id, previewWave],
    );
    await api.db.query(
      `INSERT INTO interview_session (workspace_id, respondent_id, wave_id, moderator, token_hash, workflow_id, status)
      VALUES ($1, $2, $3, 'offline', 'preview-hash', 'wf-preview', 'active')`,
      [api.a.id, respondentId, previewWave],
    );
    expect(await counts()).toEqual(before);
    await api.db.query(`UPDATE interview_session SET status = 'completed' WHERE id = $1`, [sessionId]);
    const after = await counts();
    expect(after.completed).toBe(before.completed + 1);
    expect(after.total).toBe(before.total);
  });
});
