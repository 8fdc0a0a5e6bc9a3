import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, dataOf, ORIGIN, startTestApi, type TestApi } from '../test-support/api-harness.js';
import { csvOf, studyWithWave, toGuideInput } from '../test-support/fixtures.js';
import {
  ImportRespondentsDocument,
  InviteMemberDocument,
  MeDocument,
  RemoveMemberDocument,
  SignOutEverywhereDocument,
  StudySessionUpdatedDocument,
  UpdateGuideDocument,
  UpdateMemberRoleDocument,
  WorkspaceMembersDocument,
} from '../test-support/gql/graphql.js';
import { openSocket, subscribe } from '../test-support/ws-client.js';
import { SESSION_COOKIE } from './session-cookies.js';
import { SessionService } from './session.service.js';

let api: TestApi;
/** Sessions idle out after 1.5 s and end 4 s after sign-in. */
let short: TestApi;
/** 30 operations a minute per key or person: 5 per 10-second window. */
let strict: TestApi;

beforeAll(async () => {
  api = await startTestApi({ revocationSweepMs: 200 });
  short = await startTestApi({ accounts: { sessions: { idleMs: 1500, absoluteMs: 4000 } } });
  strict = await startTestApi({ http: { rateLimits: { perKeyPerMinute: 30, refusalDelayMs: 0 } } });
});
afterAll(async () => {
  await api?.stop();
  await short?.stop();
  await strict?.stop();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A new session of a user, made as sign-in makes one; returns it as a `gql` credential. */
async function signIn(target: TestApi, userId: string, workspaceId: string, limits = { idleMs: 3_600_000, absoluteMs: 3_600_000 }) {
  const secret = await new SessionService(target.db, limits).create(target.db.manager, userId, workspaceId);
  return `session:${secret}`;
}

const me = (target: TestApi, credential: string) => target.gql(MeDocument, {}, credential);

describe('sessions', () => {
  it('end after the idle timeout, and use keeps them alive until the absolute one', async () => {
    const limits = { idleMs: 1500, absoluteMs: 4000 };
    const signedInAt = Date.now();
    const idle = await signIn(short, short.a.users.viewer, short.a.id, limits);
    const used = await signIn(short, short.a.users.analyst, short.a.id, limits);
    expect(dataOf(await me(short, idle)).me.role).toBe('VIEWER');
    for (let i = 0; i < 5; i++) {
      expect(dataOf(await me(short, used)).me.role).toBe('ANALYST');
      await sleep(500);
    }
    // 2.5 s without a request: past the idle timeout.
    expect(codeOf(await me(short, idle))).toBe('UNAUTHENTICATED');
    expect(dataOf(await me(short, used)).me.role).toBe('ANALYST');
    while (Date.now() < signedInAt + 4300) {
      await me(short, used);
      await sleep(400);
    }
    expect(codeOf(await me(short, used))).toBe('UNAUTHENTICATED');
  });

  it('all end with signOutEverywhere, and another person keeps theirs', async () => {
    const first = await signIn(api, api.a.users.analyst, api.a.id);
    const second = await signIn(api, api.a.users.analyst, api.a.id);
    expect(dataOf(await api.gql(SignOutEverywhereDocument, {}, first)).signOutEverywhere).toBeGreaterThanOrEqual(2);
    expect(codeOf(await me(api, first))).toBe('UNAUTHENTICATED');
    expect(codeOf(await me(api, second))).toBe('UNAUTHENTICATED');
    expect(dataOf(await me(api, api.a.sessions.viewer)).me.role).toBe('VIEWER');
    api.a.sessions.analyst = await signIn(api, api.a.users.analyst, api.a.id);
  });
});
describe('allowances', () => {
  it('let a signed-in person import as large a file as a key may (256 kB for the rest)', async () => {
    const { waveId } = await studyWithWave(api, api.a.sessions.analyst, 'large import');
    const rows: (string | number)[][] = [['id', 'score', 'note']];
    for (let i = 0; i < 1500; i++) rows.push([`r${i}`, i % 11, 'n'.repeat(200)]);
    const csv = csvOf(rows);
    expect(csv.length).toBeGreaterThan(256 * 1024);
    const imported = await api.gql(ImportRespondentsDocument, { input: { waveId, csv } }, api.a.sessions.analyst);
    expect(dataOf(imported).importRespondents.importedCount).toBe(1500);
    const stranger = await api.gql(ImportRespondentsDocument, { input: { waveId, csv } }, `session:${'s'.repeat(43)}`);
    expect(stranger.status).toBe(413);
  });

  it("count a person's sessions together, like one key, apart from everyone else", async () => {
    const [first, second] = [
      await signIn(strict, strict.a.users.analyst, strict.a.id),
      await signIn(strict, strict.a.users.analyst, strict.a.id),
    ];
    for (const credential of [first, first, first, second, second]) expect(codeOf(await me(strict, credential))).toBeUndefined();
    const refused = await me(strict, second);
    expect(refused.status).toBe(429);
    expect(codeOf(refused)).toBe('RATE_LIMITED');
    expect(codeOf(await me(strict, first))).toBe('RATE_LIMITED');
    expect(dataOf(await me(strict, strict.a.sessions.viewer)).me.role).toBe('VIEWER');
  });
});

describe('members', () => {
  it('an admin invites a person: a user and a member, an email naming the sign-in page, the inviter recorded', async () => {
    const r = await api.gql(InviteMemberDocument, { input: { email: ' New.Person@Example.com ', role: 'ANALYST' } }, api.a.sessions.admin);
    expect(dataOf(r).inviteMember).toMatchObject({
      user: { email: 'new.person@example.com' },
      role: 'ANALYST',
      invitedByUserId: api.a.users.admin,
      invitedByKeyId: null,
    });
    for (let i = 0; i < 50 && !api.mails.some((m) => m.to === 'new.person@example.com'); i++) await sleep(20);
    const mail = api.mails.find((m) => m.to === 'new.person@example.com')!;
    expect(mail.subject).toContain('workspace-a');
    expect(mail.text).toContain(`${ORIGIN}/sign-in?email=new.person%40example.com`);
    const again = await api.gql(InviteMemberDocument, { input: { email: 'new.person@example.com', role: 'VIEWER' } });
    expect(codeOf(again)).toBe('ALREADY_MEMBER');
    const emails = dataOf(await api.gql(WorkspaceMembersDocument, {}, api.a.sessions.viewer)).workspaceMembers.items.map(
      (m) => m.user.email,
    );
    expect(emails).toEqual(expect.arrayContaining(['admin@workspace-a.example', 'new.person@example.com']));
    // Only admins manage members.
    const byViewer = await api.gql(InviteMemberDocument, { input: { email: 'x@example.com', role: 'VIEWER' } }, api.a.sessions.viewer);
    expect(byViewer.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(codeOf(await api.gql(InviteMemberDocument, { input: { email: 'x@example.com', role: 'VIEWER' } }, api.a.keys.analyst))).toBe(
      'FORBIDDEN',
    );
  });

  it('keeps the last admin: neither demoted nor removed, until another member is admin', async () => {
    const ws = api.b;
    const admin = ws.users.admin;
    const demote = await api.gql(UpdateMemberRoleDocument, { input: { userId: admin, role: 'VIEWER' } }, ws.sessions.admin);
    expect(demote.errors?.[0]).toMatchObject({
      message: 'A workspace keeps at least one admin member: make someone else admin first.',
      extensions: { code: 'LAST_ADMIN_MEMBER' },
    });
    expect(codeOf(await api.gql(RemoveMemberDocument, { userId: admin }, ws.keys.admin))).toBe('LAST_ADMIN_MEMBER');
    // A role change applies to the member's next request.
    expect(dataOf(await me(api, ws.sessions.analyst)).me.role).toBe('ANALYST');
    await api.gql(UpdateMemberRoleDocument, { input: { userId: ws.users.analyst, role: 'ADMIN' } }, ws.sessions.admin);
    expect(dataOf(await me(api, ws.sessions.analyst)).me.role).toBe('ADMIN');
    expect(
      dataOf(await api.gql(UpdateMemberRoleDocument, { input: { userId: admin, role: 'VIEWER' } }, ws.sessions.analyst)).updateMemberRole
        .role,
    ).toBe('VIEWER');
    expect(codeOf(await api.gql(UpdateMemberRoleDocument, { input: { userId: admin, role: 'ADMIN' } }, ws.sessions.admin))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await api.gql(RemoveMemberDocument, { userId: 'nope' }, ws.keys.admin))).toBe('MEMBER_NOT_FOUND');
  });

  it('a removed member is signed out of that workspace at once, and their live connections close', async () => {
    const ws = api.b;
    const socket = await subscribeMe(ws.sessions.viewer);
    const removed = await api.gql(RemoveMemberDocument, { userId: ws.users.viewer }, ws.keys.admin);
    expect(dataOf(removed).removeMember.user.email).toBe('viewer@workspace-b.example');
    expect(codeOf(await me(api, ws.sessions.viewer))).toBe('UNAUTHENTICATED');
    expect(await socket.socket.closed).toEqual({ code: 4403, reason: 'UNAUTHENTICATED: the session ended' });
  });
});

/** A subscription over a session's cookie: any will do, the socket is what matters. */
const subscribeMe = async (credential: string) => {
  const { studyId } = await studyWithWave(api, api.b.keys.admin, `live ${Math.random()}`);
  return subscribe(api.wsUrl, credential, StudySessionUpdatedDocument, { studyId });
};

describe('a session is a principal on every transport', () => {
  it('over WebSocket, from the cookie of the upgrade request (Origin allow-listed)', async () => {
    const cookie = { cookie: `${SESSION_COOKIE}=${api.a.sessions.viewer.slice(8)}` };
    const ok = await openSocket(api.wsUrl, ORIGIN, cookie);
    ok.send({ type: 'connection_init', payload: {} });
    await ok.next('connection_ack');
    ok.send({ id: '1', type: 'subscribe', payload: { query: '{ me { kind role } }' } });
    expect((await ok.next('next')).payload).toEqual({ data: { me: { kind: 'user', role: 'VIEWER' } } });
    ok.ws.close();
    // Another site's page cannot open the socket at all: the cookie would go with it.
    await expect(openSocket(api.wsUrl, 'https://evil.example', cookie)).rejects.toThrow(/403|Unexpected server response/);
    const none = await openSocket(api.wsUrl, ORIGIN, { cookie: `${SESSION_COOKIE}=${'x'.repeat(43)}` });
    none.send({ type: 'connection_init', payload: {} });
    expect((await none.closed).code).toBe(4403);
  });

  it('over SSE, for JSON requests only (a form post from another site would carry the cookie too)', async () => {
    const cookie = `${SESSION_COOKIE}=${api.a.sessions.analyst.slice(8)}`;
    const post = (contentType: string) =>
      fetch(`${api.url}/stream`, {
        method: 'POST',
        headers: { accept: 'text/event-stream', 'content-type': contentType, cookie },
        body: JSON.stringify({ query: '{ me { kind role } }' }),
      });
    const res = await post('application/json');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('"me":{"kind":"user","role":"ANALYST"}');
    const form = await post('text/plain');
    expect(form.status).toBe(415);
    expect(await form.json()).toMatchObject({ errors: [{ extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' } }] });
  });

  it('over HTTP with Apollo CSRF prevention: a simple cross-site request gets nothing', async () => {
    const cookie = `${SESSION_COOKIE}=${api.a.sessions.admin.slice(8)}`;
    const res = await fetch(`${api.url}?query=${encodeURIComponent('{ me { kind } }')}`, { headers: { cookie } });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF/i);
  });

  it('what a person does is attributed to them: the audit log and the change itself', async () => {
    const r = await api.gql(InviteMemberDocument, { input: { email: 'attributed@example.com', role: 'VIEWER' } }, api.a.sessions.admin);
    expect(r.errors).toBeUndefined();
    const [event] = await api.db.query(
      `SELECT key_id, user_id FROM audit_event WHERE workspace_id = $1 AND name = 'inviteMember' ORDER BY id DESC LIMIT 1`,
      [api.a.id],
    );
    expect(event).toEqual({ key_id: null, user_id: api.a.users.admin });
    const { studyId } = await studyWithWave(api, api.a.sessions.analyst, 'by a person');
    const [{ content }] = await api.db.query(`SELECT content FROM interview_guide WHERE study_id = $1 AND band = 'detractor'`, [studyId]);
    const input = { studyId, band: 'DETRACTOR' as const, baseVersion: 1, content: toGuideInput(content), note: 'by a person' };
    expect((await api.gql(UpdateGuideDocument, { input }, api.a.sessions.analyst)).errors).toBeUndefined();
    const [guide] = await api.db.query(`SELECT created_by FROM interview_guide WHERE study_id = $1 AND version = 2`, [studyId]);
    expect(guide.created_by).toBe(`user:${api.a.users.analyst}`);
  });
});
