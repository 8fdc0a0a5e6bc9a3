import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, dataOf, ORIGIN, startTestApi, type TestApi } from '../test-support/api-harness.js';
import { MeDocument } from '../test-support/gql/graphql.js';
import { BINDING_COOKIE, SESSION_COOKIE } from './session-cookies.js';
import { safeNextPath } from './sign-in.service.js';

let api: TestApi;
let limited: TestApi;
let base: string;

beforeAll(async () => {
  // One after the other: the migrations create database roles, which two at once would race on.
  api = await startTestApi();
  limited = await startTestApi({ accounts: { signInRateLimits: { perAddress: 2, perIp: 5 } } });
  base = api.url.replace(/\/graphql$/, '');
});
afterAll(async () => {
  await Promise.all([api?.stop(), limited?.stop()]);
});

/** A cookie's value from a response's Set-Cookie headers. */
const setCookie = (res: Response, name: string) =>
  res.headers
    .getSetCookie()
    .find((c) => c.startsWith(`${name}=`))
    ?.split(';')[0]
    .slice(name.length + 1);

const ask = (root: string, email: unknown, cookie?: string, next?: string) =>
  fetch(`${root}/auth/magic-link`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie: `${BINDING_COOKIE}=${cookie}` } : {}) },
    body: JSON.stringify({ email, ...(next === undefined ? {} : { next }) }),
  });

const open = (link: string, binding?: string, accept = 'application/json') =>
  fetch(link, { redirect: 'manual', headers: { accept, ...(binding ? { cookie: `${BINDING_COOKIE}=${binding}` } : {}) } });

const sessions = async () => Number((await api.db.query(`SELECT count(*)::int AS n FROM user_session`))[0].n);

/** Asks for a link as a browser would and returns the link (from the email) and the browser's binding cookie. */
async function requestLink(email: string, next?: string): Promise<{ link: string; binding: string }> {
  const before = api.mails.length;
  const res = await ask(base, email, undefined, next);
  expect(res.status).toBe(202);
  const binding = setCookie(res, BINDING_COOKIE)!;
  expect(res.headers.getSetCookie().find((c) => c.startsWith(BINDING_COOKIE))).toMatch(/HttpOnly.*SameSite=Lax|SameSite=Lax.*HttpOnly/i);
  for (let i = 0; i < 100 && api.mails.length === before; i++) await new Promise((r) => setTimeout(r, 20));
  const mail = api.mails[api.mails.length - 1];
  expect(mail.to).toBe(email);
  return { link: /http\S+callback\?token=\S+/.exec(mail.text)![0], binding };
}

describe('successful magic-link sign-in', () => {
  it('mails a link that, opened in the same browser, starts a session and sends the browser to the console', async () => {
    const { link, binding } = await requestLink('admin@workspace-a.example');
    expect(link.startsWith('http://localhost:4000/auth/magic-link/callback?token=')).toBe(true);
    const res = await open(link.replace('http://localhost:4000', base), binding, 'text/html');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`${ORIGIN}/`);
    const session = setCookie(res, SESSION_COOKIE)!;
    expect(res.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`))).toMatch(/HttpOnly/);
    const me = dataOf(await api.gql(MeDocument, {}, `session:${session}`)).me;
    expect(me).toMatchObject({ kind: 'user', role: 'ADMIN', workspaceId: api.a.id, user: { email: 'admin@workspace-a.example' } });
    const [row] = await api.db.query(`SELECT token_hash FROM user_session WHERE user_id = $1 ORDER BY created_at DESC LIMIT 1`, [
      api.a.users.admin,
    ]);
    expect(row.token_hash).not.toBe(session);
  });

  it('answers the same for an address of nobody, and sends and stores nothing', async () => {
    const mails = api.mails.length;
    const res = await ask(base, 'Nobody@Example.com');
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ accepted: true });
    await new Promise((r) => setTimeout(r, 200));
    expect(api.mails.length).toBe(mails);
    expect(await api.db.query(`SELECT 1 FROM sign_in_token WHERE email = 'nobody@example.com'`)).toEqual([]);
  });
});

describe('failing magic-link sign-in', () => {
  it('refuses a link used once already, and makes no second session', async () => {
    const { link, binding } = await requestLink('viewer@workspace-a.example');
    const url = link.replace('http://localhost:4000', base);
    expect((await open(url, binding)).status).toBe(303);
    const count = await sessions();
    const again = await open(url, binding);
    expect(again.status).toBe(410);
    expect(await again.json()).toMatchObject({ errors: [{ extensions: { code: 'SIGN_IN_LINK_USED' } }] });
    expect(setCookie(again, SESSION_COOKIE)).toBeUndefined();
    expect(await sessions()).toBe(count);
  });

  it('refuses a link opened in another browser without using it up; the asking browser still can', async () => {
    const { link, binding } = await requestLink('analyst@workspace-a.example');
    const url = link.replace('http://localhost:4000', base);
    const count = await sessions();
    for (const other of [undefined, 'x'.repeat(43)]) {
      const res = await open(url, other);
      expect(res.status).toBe(403);
      expect(await res.json()).toMatchObject({ errors: [{ extensions: { code: 'SIGN_IN_LINK_OTHER_BROWSER' } }] });
    }
    expect(await sessions()).toBe(count);
    expect((await open(url, binding)).status).toBe(303);
  });

  it('refuses a link older than 15 minutes', async () => {
    const { link, binding } = await requestLink('admin@workspace-b.example');
    await api.db.query(`UPDATE sign_in_token SET expires_at = now() - interval '1 second' WHERE email = 'admin@workspace-b.example'`);
    const count = await sessions();
    const res = await open(link.replace('http://localhost:4000', base), binding);
    expect(res.status).toBe(410);
    expect(await res.json()).toMatchObject({ errors: [{ extensions: { code: 'SIGN_IN_LINK_EXPIRED' } }] });
    expect(await sessions()).toBe(count);
  });

  it('refuses an unknown link with a page for people and JSON for programs', async () => {
    const url = `${base}/auth/magic-link/callback?token=${'a'.repeat(43)}`;
    const page = await open(url, undefined, 'text/html');
    expect(page.status).toBe(400);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toContain('SIGN_IN_LINK_INVALID');
    const json = await open(`${base}/auth/magic-link/callback?token=short`);
    expect(await json.json()).toMatchObject({ errors: [{ extensions: { code: 'SIGN_IN_LINK_INVALID' } }] });
  });

  it('takes only small JSON bodies', async () => {
    const form = await fetch(`${base}/auth/magic-link`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'email=a@b.c' });
    expect(form.status).toBe(415);
    const big = await ask(base, `${'a'.repeat(3000)}@example.com`);
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({ errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    expect((await ask(base, 'not an address')).status).toBe(400);
  });
});

describe('where the browser goes after sign-in', () => {
  it("carries the sign-in page's relative next through the link, and drops anything else for the console's home", async () => {
    for (const [next, location] of [
      ['/studies/abc/themes?wave=1', `${ORIGIN}/studies/abc/themes?wave=1`],
      ['//evil.example/x', `${ORIGIN}/`],
      ['/\\evil.example', `${ORIGIN}/`],
    ]) {
      const { link, binding } = await requestLink('viewer@workspace-b.example', next);
      const res = await open(link.replace('http://localhost:4000', base), binding, 'text/html');
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe(location);
    }
  });

  it('accepts only same-origin relative paths', () => {
    expect(safeNextPath('/studies/1?tab=themes#top')).toBe('/studies/1?tab=themes#top');
    expect(safeNextPath('/')).toBe('/');
    for (const bad of ['//evil.example', '/\\evil.example', '\\evil.example', 'https://evil.example/', 'studies', '/a\nb', '', null, 42])
      expect(safeNextPath(bad)).toBeNull();
    expect(safeNextPath(`/${'a'.repeat(2000)}`)).toBeNull();
  });
});

describe('sign-in rate limits', () => {
  it('counts requests per address and per client address', async () => {
    const root = limited.url.replace(/\/graphql$/, '');
    expect((await ask(root, 'admin@workspace-a.example')).status).toBe(202);
    expect((await ask(root, 'ADMIN@workspace-a.example')).status).toBe(202);
    const third = await ask(root, 'admin@workspace-a.example');
    expect(third.status).toBe(429);
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await third.json()).toMatchObject({ errors: [{ extensions: { code: 'RATE_LIMITED' } }] });
    // Other addresses from the same client: the fifth request of this address in the window is the last.
    expect((await ask(root, 'someone@example.com')).status).toBe(202);
    expect((await ask(root, 'other@example.com')).status).toBe(202);
    expect((await ask(root, 'third@example.com')).status).toBe(429);
    // Single sign-on's routes count in the same limit per client address.
    expect((await fetch(`${root}/auth/sso?email=someone@example.com`)).status).toBe(429);
    expect((await fetch(`${root}/auth/sso/workspace-a/start`, { redirect: 'manual' })).status).toBe(429);
  });
});

describe('sign-out', () => {
  it('ends this session for a JSON request, and refuses a form post (another site could send one)', async () => {
    const [{ id: userId }] = await api.db.query(`SELECT id FROM app_user WHERE email = 'analyst@workspace-b.example'`);
    const { link, binding } = await requestLink('analyst@workspace-b.example');
    const session = setCookie(await open(link.replace('http://localhost:4000', base), binding), SESSION_COOKIE)!;
    expect(dataOf(await api.gql(MeDocument, {}, `session:${session}`)).me.user?.id).toBe(userId);
    const cookie = `${SESSION_COOKIE}=${session}`;
    const form = await fetch(`${base}/auth/sign-out`, { method: 'POST', headers: { cookie, 'content-type': 'text/plain' } });
    expect(form.status).toBe(415);
    expect(codeOf(await api.gql(MeDocument, {}, `session:${session}`))).toBeUndefined();
    const out = await fetch(`${base}/auth/sign-out`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(out.status).toBe(204);
    expect(codeOf(await api.gql(MeDocument, {}, `session:${session}`))).toBe('UNAUTHENTICATED');
  });
});
