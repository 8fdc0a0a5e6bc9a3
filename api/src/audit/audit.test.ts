import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { codeOf, dataOf, startTestApi, type TestApi } from '../test-support/api-harness.js';
import { auditRowsSince } from '../test-support/audit-rows.js';
import { csvOf, studyWithWave } from '../test-support/fixtures.js';
import {
  AuditEventsDocument,
  CreateStudyDocument,
  CreateWaveDocument,
  EraseRespondentDocument,
  ImportRespondentsDocument,
  SessionTranscriptDocument,
  SuppressEmailDocument,
  type AuditEventsQueryVariables,
} from '../test-support/gql/graphql.js';

let api: TestApi;
let keyIds: Record<'admin' | 'viewer', string>;

const MISSING = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  api = await startTestApi();
  const rows: { id: string; name: 'admin' | 'viewer' }[] = await api.db.query(
    `SELECT id, name FROM api_key WHERE workspace_id = $1 AND name IN ('admin', 'viewer')`,
    [api.a.id],
  );
  keyIds = Object.fromEntries(rows.map((r) => [r.name, r.id])) as typeof keyIds;
});
afterAll(() => api.stop());

const events = async (variables: AuditEventsQueryVariables = {}, key = api.a.keys.admin) =>
  dataOf(await api.gql(AuditEventsDocument, variables, key)).auditEvents;

/** Every event of workspace A, oldest first, straight from the table. */
const rowsOfA = () => auditRowsSince(api.db, api.a.id, 0);

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (let i = 0; i < 50; i++) {
    const value = await read();
    if (done(value)) return value;
    await sleep(50);
  }
  return read();
}

describe('successful audit events', () => {
  it('records every mutation by name with its key, the ids of its arguments and its outcome', async () => {
    const study = dataOf(await api.gql(CreateStudyDocument, { input: { name: 'Audited' } })).createStudy;
    expect(codeOf(await api.gql(CreateWaveDocument, { input: { studyId: MISSING, name: 'W' } }))).toBe('STUDY_NOT_FOUND');
    expect(codeOf(await api.gql(CreateStudyDocument, { input: { name: 'No' } }, api.a.keys.viewer))).toBe('FORBIDDEN');
    const page = await events({ filter: { action: 'MUTATION' }, first: 3 });
    expect(page.edges.map((e) => e.node)).toMatchObject([
      { name: 'createStudy', keyId: keyIds.viewer, outcome: 'error', errorCode: 'FORBIDDEN', target: {} },
      { name: 'createWave', keyId: keyIds.admin, outcome: 'error', errorCode: 'STUDY_NOT_FOUND', target: { 'input.studyId': MISSING } },
      { name: 'createStudy', keyId: keyIds.admin, outcome: 'ok', errorCode: null, target: {} },
    ]);
    expect(study.id).toEqual(expect.any(String));
  });

  it('records an erasure as ERASURE, with the respondent id', async () => {
    expect(codeOf(await api.gql(EraseRespondentDocument, { id: MISSING }))).toBe('RESPONDENT_NOT_FOUND');
    const page = await events({ filter: { action: 'ERASURE' } });
    expect(page.edges.map((e) => e.node)).toMatchObject([
      { name: 'eraseRespondent', keyId: keyIds.admin, target: { id: MISSING }, outcome: 'error', errorCode: 'RESPONDENT_NOT_FOUND' },
    ]);
  });

  it('records CSV exports with their ids and outcome', async () => {
    const base = api.url.replace(/\/graphql$/, '');
    const res = await fetch(`${base}/export/themes.csv?waveId=${MISSING}`, { headers: { authorization: `Bearer ${api.a.keys.viewer}` } });
    expect(res.status).toBe(404);
    const page = await eventually(
      () => events({ filter: { action: 'EXPORT' } }),
      (p) => p.edges.length > 0,
    );
    expect(page.edges.map((e) => e.node)).toMatchObject([
      {
        action: 'EXPORT',
        name: 'themes.csv',
        keyId: keyIds.viewer,
        target: { waveId: MISSING },
        outcome: 'error',
        errorCode: 'WAVE_NOT_FOUND',
      },
    ]);
  });

  it('records transcript reads through a session query, one event for the sessions a request read', async () => {
    const { waveId } = await studyWithWave(api, api.a.keys.admin, 'Transcripts');
    await api.gql(ImportRespondentsDocument, {
      input: {
        waveId,
        csv: csvOf([
          ['id', 'score'],
          ['t-1', 3],
        ]),
      },
    });
    const [{ id: respondentId }] = await api.db.query(`SELECT id FROM respondent WHERE wave_id = $1`, [waveId]);
    const [{ id: sessionId }] = await api.db.query(
      `INSERT INTO interview_session (workspace_id, respondent_id, wave_id, moderator, token_hash, workflow_id)
       VALUES ($1, $2, $3, 'offline', $4, 'wf-audit') RETURNING id`,
      [api.a.id, respondentId, waveId, createHash('sha256').update('audit-token').digest('hex')],
    );
    await api.db.query(
      `INSERT INTO turn (workspace_id, session_id, seq, role, text, phase) VALUES ($1, $2, 0, 'moderator', 'Hi', 'context')`,
      [api.a.id, sessionId],
    );
    const read = dataOf(await api.gql(SessionTranscriptDocument, { id: sessionId }, api.a.keys.viewer)).interviewSession;
    expect(read?.turns).toEqual([{ seq: 0, text: 'Hi' }]);
    const page = await eventually(
      () => events({ filter: { action: 'TRANSCRIPT_READ' } }),
      (p) => p.edges.length > 0,
    );
    expect(page.edges.map((e) => e.node)).toMatchObject([
      { name: 'InterviewSession.turns', keyId: keyIds.viewer, target: { sessionIds: [sessionId] }, outcome: 'ok' },
    ]);
  });

  it('pages newest first with a cursor and filters by key and time', async () => {
    const all = await events({ first: 200 });
    expect(all.edges.length).toBeGreaterThanOrEqual(5);
    const ids = all.edges.map((e) => Number(e.node.id));
    expect(ids).toEqual([...ids].sort((x, y) => y - x));
    const first = await events({ first: 2 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await events({ first: 2, after: first.pageInfo.endCursor });
    expect([...first.edges, ...second.edges].map((e) => e.node.id)).toEqual(all.edges.slice(0, 4).map((e) => e.node.id));

    const byViewer = await events({ filter: { keyId: keyIds.viewer }, first: 200 });
    expect(byViewer.edges.length).toBeGreaterThan(0);
    expect(byViewer.edges.every((e) => e.node.keyId === keyIds.viewer)).toBe(true);
    expect((await events({ filter: { keyId: 'not-a-uuid' } })).edges).toEqual([]);

    const future = new Date(Date.now() + 3_600_000).toISOString();
    expect((await events({ filter: { since: future } })).edges).toEqual([]);
    expect((await events({ filter: { until: future }, first: 200 })).edges).toHaveLength(all.edges.length);
  });
});

describe('failing audit cases', () => {
  it('shows the log to admin keys only', async () => {
    for (const role of ['analyst', 'viewer', 'ingest'] as const) {
      expect(codeOf(await api.gql(AuditEventsDocument, {}, api.a.keys[role]))).toBe('FORBIDDEN');
    }
    expect(codeOf(await api.gql(AuditEventsDocument, {}, null))).toBe('UNAUTHENTICATED');
    expect(codeOf(await api.gql(AuditEventsDocument, { after: 'garbage' }))).toBe('BAD_USER_INPUT');
  });

  it('refuses to update, delete or truncate an event, whoever asks', async () => {
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM audit_event`);
    expect(n).toBeGreaterThan(0);
    await expect(api.db.query(`UPDATE audit_event SET outcome = 'ok'`)).rejects.toThrow(/append-only: UPDATE/);
    await expect(api.db.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only: DELETE/);
    await expect(api.db.query(`TRUNCATE audit_event`)).rejects.toThrow(/append-only: TRUNCATE/);
    expect((await api.db.query(`SELECT count(*)::int AS n FROM audit_event`))[0].n).toBe(n);
  });

  it('a failing mutation carrying an email logs no email and records none', async () => {
    const marker = 'audit-marker-7f3a@example.com';
    // A database error that quotes the row, as unique violations and check constraints do.
    await api.db.query(`CREATE FUNCTION refuse_suppression() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'refused suppression of % (call +33 6 12 34 56 78)', NEW.email; END $$`);
    await api.db.query(
      `CREATE TRIGGER refuse_suppression BEFORE INSERT ON email_suppression FOR EACH ROW EXECUTE FUNCTION refuse_suppression()`,
    );
    // Whatever logs it (the API's error formatter, the ORM's failed-query log), on either stream.
    const logged = [vi.spyOn(console, 'error').mockImplementation(() => {}), vi.spyOn(console, 'log').mockImplementation(() => {})];
    try {
      expect(codeOf(await api.gql(SuppressEmailDocument, { email: marker }))).toBe('INTERNAL_SERVER_ERROR');
      const lines = logged.flatMap((spy) => spy.mock.calls.map((call) => call.map(String).join(' '))).join('\n');
      expect(lines).toMatch(/refused suppression of \[email\]/);
      expect(lines).toMatch(/query failed: INSERT INTO email_suppression/);
      expect(lines).not.toContain(marker);
      expect(lines).not.toContain('audit-marker');
      expect(lines).not.toContain('12 34 56 78');
    } finally {
      for (const spy of logged) spy.mockRestore();
      await api.db.query(`DROP TRIGGER refuse_suppression ON email_suppression`);
      await api.db.query(`DROP FUNCTION refuse_suppression()`);
    }
    const rows = await rowsOfA();
    expect(rows.at(-1)).toMatchObject({ action: 'mutation', name: 'suppressEmail', outcome: 'error', error_code: 'INTERNAL_SERVER_ERROR' });
    const [{ dump }] = await api.db.query(`SELECT string_agg(a::text, ' ') AS dump FROM audit_event a`);
    expect(dump).not.toContain('audit-marker');
  });
});
