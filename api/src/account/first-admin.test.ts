import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { codeOf, dataOf, startTestApi, type TestApi } from '../test-support/api-harness.js';
import { MeDocument, RemoveMemberDocument, UpdateMemberRoleDocument } from '../test-support/gql/graphql.js';
import { ensureFirstAdmin } from './first-admin.js';
import { newSecret, SESSION_COOKIE } from './session-cookies.js';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api?.stop();
});

const admins = async () =>
  (
    await api.db.query(
      `SELECT u.email FROM workspace_member m JOIN app_user u ON u.id = m.user_id JOIN workspace w ON w.id = m.workspace_id
       WHERE w.slug = 'default' AND m.role = 'admin' ORDER BY u.email`,
    )
  ).map((r: { email: string }) => r.email);

/** Opens the operator's link as a browser that never asked for it (no binding cookie). */
async function open(secret: string): Promise<{ status: number; session?: string }> {
  const res = await fetch(`${api.url.replace(/\/graphql$/, '')}/auth/magic-link/callback?token=${secret}`, {
    redirect: 'manual',
    headers: { accept: 'application/json' },
  });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  return { status: res.status, session: cookie?.split(';')[0].slice(SESSION_COOKIE.length + 1) };
}

describe('the first admin (npm start)', () => {
  it('makes the address the default workspace admin, with a one-time link that works in any browser', async () => {
    const secret = newSecret();
    await ensureFirstAdmin(api.db, 'admin@ladder.localhost', secret);
    await ensureFirstAdmin(api.db, 'admin@ladder.localhost', secret);
    expect(await admins()).toEqual(['admin@ladder.localhost']);
    const first = await open(secret);
    expect(first.status).toBe(303);
    const me = dataOf(await api.gql(MeDocument, {}, `session:${first.session}`)).me;
    expect(me).toMatchObject({ kind: 'user', role: 'ADMIN', user: { email: 'admin@ladder.localhost' } });
    expect((await open(secret)).status).toBe(410);
  });

  it('never comes back once the workspace has another admin and this one was removed', async () => {
    const secret = newSecret();
    await ensureFirstAdmin(api.db, 'admin@ladder.localhost', secret);
    const session = `session:${(await open(secret)).session}`;
    const [{ id: workspaceId }] = await api.db.query(`SELECT id FROM workspace WHERE slug = 'default'`);
    const [{ id: other }] = await api.db.query(`INSERT INTO app_user (email) VALUES ('second@ladder.localhost') RETURNING id`);
    await api.db.query(`INSERT INTO workspace_member (workspace_id, user_id, role) VALUES ($1, $2, 'viewer')`, [workspaceId, other]);
    await api.gql(UpdateMemberRoleDocument, { input: { userId: other, role: 'ADMIN' } }, session);
    const [{ id: first }] = await api.db.query(`SELECT id FROM app_user WHERE email = 'admin@ladder.localhost'`);
    expect(dataOf(await api.gql(RemoveMemberDocument, { userId: first }, session)).removeMember.user.email).toBe('admin@ladder.localhost');
    expect(codeOf(await api.gql(MeDocument, {}, session))).toBe('UNAUTHENTICATED');
    const again = newSecret();
    await ensureFirstAdmin(api.db, 'admin@ladder.localhost', again);
    expect(await admins()).toEqual(['second@ladder.localhost']);
    expect((await open(again)).status).toBe(400);
  });

  it('reads its settings and the session and sign-in limits from the environment', () => {
    const base = { DATABASE_URL: 'postgres://x/y', LADDER_PAYLOAD_KEYS: `k1:${Buffer.alloc(32, 1).toString('base64')}` };
    const defaults = loadConfig(base);
    expect(defaults.sessions).toEqual({ idleMs: 8 * 3_600_000, absoluteMs: 30 * 86_400_000 });
    expect(defaults.signInRateLimits).toEqual({ perAddress: 5, perIp: 30 });
    expect(defaults.firstAdmin).toBeUndefined();
    const set = loadConfig({
      ...base,
      LADDER_SESSION_IDLE: '30m',
      LADDER_SESSION_MAX_AGE: '7d',
      LADDER_FIRST_ADMIN_EMAIL: ' Boss@Example.com ',
      LADDER_FIRST_ADMIN_SIGN_IN_TOKEN: 'a'.repeat(43),
    });
    expect(set.sessions).toEqual({ idleMs: 30 * 60_000, absoluteMs: 7 * 86_400_000 });
    expect(set.firstAdmin).toEqual({ email: 'boss@example.com', signInToken: 'a'.repeat(43) });
    expect(() => loadConfig({ ...base, LADDER_FIRST_ADMIN_SIGN_IN_TOKEN: 'short' })).toThrow(/LADDER_FIRST_ADMIN_SIGN_IN_TOKEN/);
  });
});
