import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { codeOf, dataOf, startTestApi, type TestApi } from '../test-support/api-harness.js';
import { csvOf, studyWithWave } from '../test-support/fixtures.js';
import {
  ImportRespondentsDocument,
  RespondentSessionDocument,
  SendRespondentMessageDocument,
  StartInterviewDocument,
} from '../test-support/gql/graphql.js';

let api: TestApi;
let waveId: string;
let n = 0;

beforeAll(async () => {
  api = await startTestApi();
  ({ waveId } = await studyWithWave(api));
});
afterAll(() => api.stop());
afterEach(() => vi.restoreAllMocks());

/** A respondent with one interview in `status`, written as the worker writes it; returns its link token. */
async function interview(status: 'active' | 'completed') {
  const externalId = `link-${++n}`;
  await api.gql(ImportRespondentsDocument, {
    input: {
      waveId,
      csv: csvOf([
        ['id', 'score'],
        [externalId, 3],
      ]),
    },
  });
  const [{ id: respondentId }] = await api.db.query(`SELECT id FROM respondent WHERE wave_id = $1 AND external_id = $2`, [
    waveId,
    externalId,
  ]);
  const token = randomBytes(24).toString('base64url');
  const [{ id: sessionId }] = await api.db.query(
    `INSERT INTO interview_session (workspace_id, respondent_id, wave_id, moderator, token_hash, workflow_id, status, completed_at,
       workflow_started_at, expires_at)
     VALUES ($1, $2, $3, 'offline', $4, $5, $6, CASE WHEN $6 = 'completed' THEN now() END, now(),
       now() + interval '1 day') RETURNING id`,
    [api.a.id, respondentId, waveId, createHash('sha256').update(token).digest('hex'), `wf-${externalId}`, status],
  );
  await api.db.query(
    `INSERT INTO turn (workspace_id, session_id, seq, role, text, phase) VALUES ($1, $2, 0, 'moderator', 'Why?', 'context')`,
    [api.a.id, sessionId],
  );
  return { respondentId, sessionId, token };
}

const SESSION_LINK = `query L($id: ID!) { interviewSession(id: $id) { status closedAt linkRevokedAt } }`;
const REVOKE = `mutation R($sessionId: ID!) { revokeInterviewLink(sessionId: $sessionId) { id linkRevokedAt } }`;
const read = (token: string) => api.gql(RespondentSessionDocument, { token }, null);
const send = (token: string) => api.gql(SendRespondentMessageDocument, { token, text: 'hello', clientMessageId: randomUUID() }, null);
const closedDaysAgo = (sessionId: string, days: number) =>
  api.db.query(`UPDATE interview_session SET closed_at = now() - make_interval(days => $2) WHERE id = $1`, [sessionId, days]);

describe('a finished interview through its link', () => {
  it('is closed when the worker moves its status, whoever writes it', async () => {
    const { sessionId } = await interview('active');
    const open = (await api.gqlText(SESSION_LINK, { id: sessionId })).data as { interviewSession: { closedAt: string | null } };
    expect(open.interviewSession.closedAt).toBeNull();
    await api.db.query(`UPDATE interview_session SET status = 'abandoned' WHERE id = $1`, [sessionId]);
    const closed = (await api.gqlText(SESSION_LINK, { id: sessionId })).data as { interviewSession: { closedAt: string | null } };
    expect(Date.now() - Date.parse(closed.interviewSession.closedAt!)).toBeLessThan(60_000);
  });

  it('reads for 30 days after it closed (LADDER_TRANSCRIPT_LINK_DAYS), then answers LINK_EXPIRED', async () => {
    const { sessionId, token } = await interview('completed');
    expect(dataOf(await read(token)).respondentSession.sessionId).toBe(sessionId);
    await closedDaysAgo(sessionId, 29);
    expect(dataOf(await read(token)).respondentSession.sessionId).toBe(sessionId);
    await closedDaysAgo(sessionId, 31);
    await api.db.query(`UPDATE interview_session SET language = 'de' WHERE id = $1`, [sessionId]);
    const expired = await read(token);
    expect(expired.data).toBeNull();
    // The interview's language comes along, so the page can say it in the respondent's language.
    expect(expired.errors?.[0]).toMatchObject({
      extensions: { code: 'LINK_EXPIRED', days: 30, language: 'de' },
      message: expect.stringMatching(/expired/),
    });
    expect(codeOf(await send(token))).toBe('LINK_EXPIRED');
  });
});

describe('revokeInterviewLink', () => {
  it('is for admin and analyst keys, within their workspace', async () => {
    const { sessionId, token } = await interview('active');
    for (const role of ['viewer', 'ingest'] as const) {
      expect(codeOf(await api.gqlText(REVOKE, { sessionId }, api.a.keys[role]))).toBe('FORBIDDEN');
    }
    expect(codeOf(await api.gqlText(REVOKE, { sessionId }, api.b.keys.admin))).toBe('SESSION_NOT_FOUND');
    expect(codeOf(await api.gqlText(REVOKE, { sessionId: 'nope' }))).toBe('SESSION_NOT_FOUND');
    expect(dataOf(await read(token)).respondentSession.sessionId).toBe(sessionId);
  });

  it('makes every use of the link answer LINK_REVOKED, and starting the interview again issues no new one', async () => {
    const { respondentId, sessionId, token } = await interview('active');
    const revoked = (await api.gqlText(REVOKE, { sessionId }, api.a.keys.analyst)).data as {
      revokeInterviewLink: { linkRevokedAt: string };
    };
    expect(revoked.revokeInterviewLink.linkRevokedAt).toEqual(expect.any(String));
    await api.db.query(`UPDATE interview_session SET language = 'pt-br' WHERE id = $1`, [sessionId]);
    const gone = await read(token);
    expect(gone.errors?.[0]).toMatchObject({
      extensions: { code: 'LINK_REVOKED', language: 'pt-br' },
      message: expect.stringMatching(/withdrawn/),
    });
    expect(codeOf(await send(token))).toBe('LINK_REVOKED');
    const restarted = await api.gql(StartInterviewDocument, { respondentId }, api.a.keys.ingest);
    expect(codeOf(restarted)).toBe('LINK_REVOKED');
    // Revoking again keeps the first time and who did it.
    const again = (await api.gqlText(REVOKE, { sessionId })).data as { revokeInterviewLink: { linkRevokedAt: string } };
    expect(again.revokeInterviewLink.linkRevokedAt).toBe(revoked.revokeInterviewLink.linkRevokedAt);
    const [{ by }] = await api.db.query(`SELECT link_revoked_by AS by FROM interview_session WHERE id = $1`, [sessionId]);
    const [{ analyst }] = await api.db.query(`SELECT id AS analyst FROM api_key WHERE workspace_id = $1 AND role = 'analyst'`, [api.a.id]);
    expect(by).toBe(analyst);
  });
});

describe('the link token', () => {
  it('is never passed on as Referer: API responses say Referrer-Policy: no-referrer', async () => {
    const graphql = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{__typename}"}',
    });
    expect(graphql.headers.get('referrer-policy')).toBe('no-referrer');
    const health = await fetch(new URL('/healthz', api.url));
    expect(health.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('never reaches the server logs, whatever the link answers (read, expired, revoked, unknown, Temporal down)', async () => {
    const logged: string[] = [];
    const capture = (...args: unknown[]) => void logged.push(args.map(String).join(' '));
    for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) vi.spyOn(console, level).mockImplementation(capture);
    const write = (chunk: unknown) => (logged.push(String(chunk)), true);
    vi.spyOn(process.stdout, 'write').mockImplementation(write);
    vi.spyOn(process.stderr, 'write').mockImplementation(write);
    const active = await interview('active');
    const finished = await interview('completed');
    await closedDaysAgo(finished.sessionId, 40);
    const revoked = await interview('active');
    await api.gqlText(REVOKE, { sessionId: revoked.sessionId });
    const answers = [
      await read(active.token),
      await send(active.token), // the workflow is unreachable: INTERVIEW_UNAVAILABLE, its cause logged
      await read(finished.token),
      await read(revoked.token),
      await read(`${active.token}x`),
    ];
    expect(answers.map(codeOf)).toEqual([undefined, 'INTERVIEW_UNAVAILABLE', 'LINK_EXPIRED', 'LINK_REVOKED', 'SESSION_NOT_FOUND']);
    expect(logged.join('\n')).toMatch(/INTERVIEW_UNAVAILABLE/);
    for (const token of [active.token, finished.token, revoked.token]) expect(logged.join('\n')).not.toContain(token);
  }, 60_000);
});
