import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import Provider, { type KoaContextWithOIDC } from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, dataOf, ORIGIN, startTestApi, type TestApi } from '../test-support/api-harness.js';
import {
  ConfigureWorkspaceSsoDocument,
  MeDocument,
  RemoveWorkspaceSsoDocument,
  SignOutEverywhereDocument,
  SwitchWorkspaceDocument,
  WorkspaceSsoDocument,
} from '../test-support/gql/graphql.js';
import { SESSION_COOKIE } from './session-cookies.js';
import { openSecret } from './sso-secret.js';
import { SSO_BINDING_COOKIE } from './sso.router.js';

/**
 * Single sign-on end to end against real OpenID providers (oidc-provider) on random ports: the API
 * discovers them, redeems codes and validates ID tokens with openid-client; the "browser" is fetch
 * with manual redirects and a cookie jar; the provider's login is an interaction that signs in the
 * account the test names (no consent screen: the test provider grants its own clients).
 */

/** The redirect URI the API registers (its LADDER_API_URL is the default http://localhost:4000 in tests). */
const REDIRECT_URI = 'http://localhost:4000/auth/sso/callback';
const SECRET = `ladder-${randomBytes(12).toString('hex')}`;
const OTHER_SECRET = `other-${randomBytes(12).toString('hex')}`;

interface Account {
  email?: string;
  email_verified?: boolean;
  name?: string;
}

/** A real OpenID provider on a random port, with the API's client ("ladder") and a second client ("other"). */
interface TestProvider {
  issuer: string;
  accounts: Map<string, Account>;
  /** The account the next login interaction signs in. */
  signInAs: string;
  close(): Promise<void>;
}

// One RSA key for both providers: a token of the other issuer then carries a signature the API can verify,
// so what refuses it is the issuer check, not the signature.
const signingKey = { ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }), kid: 'k1', use: 'sig' };

async function startProvider(): Promise<TestProvider> {
  const server: Server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  const issuer = `http://127.0.0.1:${port}`;
  const accounts = new Map<string, Account>();
  const op: TestProvider = { issuer, accounts, signInAs: '', close: () => new Promise((r) => server.close(() => r())) };
  const provider = new Provider(issuer, {
    clients: [
      { client_id: 'ladder', client_secret: SECRET, redirect_uris: [REDIRECT_URI], grant_types: ['authorization_code'] },
      { client_id: 'other', client_secret: OTHER_SECRET, redirect_uris: [REDIRECT_URI], grant_types: ['authorization_code'] },
    ],
    jwks: { keys: [signingKey as never] },
    cookies: { keys: [randomBytes(16).toString('hex')] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    // Scope claims in the ID token itself (not only from userinfo), as most enterprise providers send them.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    async findAccount(_ctx: KoaContextWithOIDC, sub: string) {
      const account = accounts.get(sub);
      return account ? { accountId: sub, claims: async () => ({ sub, ...account }) } : undefined;
    },
    // First-party clients of this test provider: consent is given, so the login is the only interaction.
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session!.grantIdFor(ctx.oidc.client!.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
  });
  const callback = provider.callback();
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (req.url?.startsWith('/interaction/')) {
      // The person types their password here; the test names who they are.
      provider.interactionFinished(req, res, { login: { accountId: op.signInAs } }, { mergeWithLastSubmission: false }).catch((e) => {
        res.statusCode = 500;
        res.end(String(e));
      });
      return;
    }
    void callback(req, res);
  });
  return op;
}

/** A browser: one cookie jar per host, redirects followed by hand (the API's own address rewritten to where it listens). */
class Browser {
  private readonly jar = new Map<string, Map<string, string>>();
  constructor(private readonly apiBase: string) {}

  private cookiesFor(url: URL) {
    return [...(this.jar.get(url.host) ?? new Map<string, string>()).entries()].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private keep(url: URL, res: Response) {
    const cookies = this.jar.get(url.host) ?? new Map<string, string>();
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const name = pair.slice(0, pair.indexOf('=')).trim();
      const value = pair.slice(pair.indexOf('=') + 1).trim();
      const gone = !value || attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=.*1970/i.test(a));
      if (gone) cookies.delete(name);
      else cookies.set(name, value);
    }
    this.jar.set(url.host, cookies);
  }

  cookie(host: string, name: string): string | undefined {
    return this.jar.get(host)?.get(name);
  }

  local(href: string): string {
    return href.replace('http://localhost:4000', this.apiBase);
  }

  /** One request with this browser's cookies. */
  async get(href: string, accept = 'application/json'): Promise<Response> {
    const url = new URL(this.local(href));
    const cookie = this.cookiesFor(url);
    const res = await fetch(url, { redirect: 'manual', headers: { accept, ...(cookie ? { cookie } : {}) } });
    this.keep(url, res);
    return res;
  }

  /** Follows redirects until `stop` says a location is where to stop (not requested), or a response that is not a redirect. */
  async follow(href: string, stop: (url: string) => boolean = () => false): Promise<{ res?: Response; stoppedAt?: string }> {
    let next = href;
    for (let hop = 0; hop < 20; hop++) {
      if (hop > 0 && stop(next)) return { stoppedAt: next };
      const res = await this.get(next);
      const location = res.headers.get('location');
      if (res.status < 300 || res.status >= 400 || !location) return { res };
      next = new URL(location, this.local(next)).href;
    }
    throw new Error('too many redirects');
  }
}

let api: TestApi;
let base: string;
let a: TestProvider;
let b: TestProvider;
/** When set, the API's calls to a provider go here instead (a proxy before the token endpoint). */
let reroute: ((url: string, init?: RequestInit) => Promise<Response> | null) | null = null;

type Claims = Record<string, unknown>;

/** The claims of the ID token in a token endpoint's answer (read from a copy; the API reads the answer itself). */
async function idTokenClaims(res: Response): Promise<Claims | undefined> {
  const body = (await res.clone().json()) as { id_token?: string };
  return body.id_token ? (JSON.parse(Buffer.from(body.id_token.split('.')[1], 'base64url').toString('utf8')) as Claims) : undefined;
}

const isCallback = (url: string) => url.startsWith(REDIRECT_URI) || url.startsWith(`${base}/auth/sso/callback`);

beforeAll(async () => {
  [a, b] = [await startProvider(), await startProvider()];
  api = await startTestApi({
    // Every start, callback and question below counts in the sign-in limit per client address, all from 127.0.0.1.
    accounts: { signInRateLimits: { perAddress: 5, perIp: 1000 } },
    sso: {
      allowPrivateIssuers: true,
      timeoutSeconds: 5,
      fetch: ((url: string, init?: RequestInit) => reroute?.(String(url), init) ?? fetch(url, init)) as typeof fetch,
    },
  });
  base = api.url.replace(/\/graphql$/, '');
  a.accounts.set('admin-a', { email: 'admin@workspace-a.example', email_verified: true, name: 'Ada Admin' });
  a.accounts.set('newcomer', { email: 'newcomer@workspace-a.example', email_verified: true, name: 'Nia Newcomer' });
  a.accounts.set('stranger', { email: 'someone@elsewhere.example', email_verified: true });
  a.accounts.set('unverified', { email: 'unverified@workspace-a.example', email_verified: false });
  b.accounts.set('admin-a', { email: 'admin@workspace-a.example', email_verified: true });
  const input = { issuer: a.issuer, clientId: 'ladder', clientSecret: SECRET, allowedDomains: ['workspace-a.example'], enabled: true };
  dataOf(await api.gql(ConfigureWorkspaceSsoDocument, { input }));
});
afterAll(async () => {
  await api?.stop();
  await Promise.all([a?.close(), b?.close()]);
});

/** Starts a sign-in at the API as the sign-in page's button does, and follows it to the API's callback (not requested). */
async function toCallback(browser: Browser, account: string, op = a, path = '/auth/sso/workspace-a/start'): Promise<string> {
  op.signInAs = account;
  const { stoppedAt, res } = await browser.follow(`${base}${path}`, isCallback);
  if (!stoppedAt) throw new Error(`the flow ended before the callback: ${res?.status} ${await res?.text()}`);
  return stoppedAt;
}

const sessionOf = (browser: Browser) => browser.cookie(new URL(base).host, SESSION_COOKIE);

async function refusal(res: Response) {
  return ((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code;
}

describe('configuration', () => {
  it('keeps the client secret sealed with the deployment keys and never returns it', async () => {
    const sso = dataOf(await api.gql(WorkspaceSsoDocument)).workspaceSso!;
    expect(sso).toMatchObject({ issuer: a.issuer, clientId: 'ladder', clientSecretSet: true, allowedDomains: ['workspace-a.example'] });
    expect(sso.redirectUri).toBe(REDIRECT_URI);
    expect(JSON.stringify(sso)).not.toContain(SECRET);
    const [row] = await api.db.query(`SELECT client_secret_sealed FROM workspace_sso WHERE workspace_id = $1`, [api.a.id]);
    expect(row.client_secret_sealed).not.toContain(SECRET);
    expect(openSecret(api.payloadKeys, api.a.id, row.client_secret_sealed)).toBe(SECRET);
    // Sealed for A: the same value does not open as another workspace's.
    expect(() => openSecret(api.payloadKeys, api.b.id, row.client_secret_sealed)).toThrow(/authentication/);
  });

  it('is for admins only, keys and sessions alike, and refuses an unusable issuer or domain', async () => {
    const input = { issuer: a.issuer, clientId: 'ladder', allowedDomains: ['workspace-a.example'], enabled: true };
    for (const credential of [api.a.keys.analyst, api.a.keys.viewer, api.a.keys.ingest, api.a.sessions.analyst, api.a.sessions.viewer]) {
      expect(codeOf(await api.gql(WorkspaceSsoDocument, {}, credential))).toBe('FORBIDDEN');
      expect(codeOf(await api.gql(ConfigureWorkspaceSsoDocument, { input }, credential))).toBe('FORBIDDEN');
      expect(codeOf(await api.gql(RemoveWorkspaceSsoDocument, {}, credential))).toBe('FORBIDDEN');
    }
    const bad = [
      { ...input, issuer: 'ftp://idp.example' },
      { ...input, issuer: 'https://user:pw@idp.example' },
      { ...input, allowedDomains: ['not a domain'] },
    ];
    for (const i of bad) expect(codeOf(await api.gql(ConfigureWorkspaceSsoDocument, { input: i }))).toBe('BAD_USER_INPUT');
    // B has no provider yet: the first configuration needs the secret.
    const first = await api.gql(
      ConfigureWorkspaceSsoDocument,
      { input: { ...input, allowedDomains: ['workspace-b.example'] } },
      api.b.keys.admin,
    );
    expect(codeOf(first)).toBe('BAD_USER_INPUT');
  });

  it('tells the sign-in page which workspaces accept an address, the same for members and strangers', async () => {
    const ask = async (email: string) => (await (await fetch(`${base}/auth/sso?email=${encodeURIComponent(email)}`)).json()) as object;
    const offered = { providers: [{ workspace: 'workspace-a', workspaceName: 'workspace-a', startPath: '/auth/sso/workspace-a/start' }] };
    expect(await ask('admin@workspace-a.example')).toEqual(offered);
    expect(await ask('nobody-at-all@workspace-a.example')).toEqual(offered);
    expect(await ask('someone@elsewhere.example')).toEqual({ providers: [] });
    expect(await ask('not an address')).toEqual({ providers: [] });
  });
});

describe('signing in', () => {
  it('signs a member in with a working session bound to the browser, and links their identity', async () => {
    const browser = new Browser(base);
    const start = await browser.get(`${base}/auth/sso/workspace-a/start?next=${encodeURIComponent('/studies/x?tab=1')}`);
    expect(start.status).toBe(302);
    const authorize = new URL(start.headers.get('location')!);
    expect(authorize.origin).toBe(a.issuer);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('client_id')).toBe('ladder');
    for (const p of ['state', 'nonce', 'code_challenge']) expect(authorize.searchParams.get(p)).toBeTruthy();
    expect(start.headers.getSetCookie().find((c) => c.startsWith(`${SSO_BINDING_COOKIE}=`))).toMatch(/HttpOnly/i);

    a.signInAs = 'admin-a';
    const { stoppedAt } = await browser.follow(authorize.href, isCallback);
    const binding = browser.cookie(new URL(base).host, SSO_BINDING_COOKIE)!;
    const done = await browser.get(stoppedAt!, 'text/html');
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe(`${ORIGIN}/studies/x?tab=1`);
    const me = dataOf(await api.gql(MeDocument, {}, `session:${sessionOf(browser)}`)).me;
    expect(me).toMatchObject({ kind: 'user', role: 'ADMIN', workspaceId: api.a.id, user: { email: 'admin@workspace-a.example' } });
    const identities = await api.db.query(`SELECT user_id, issuer, subject FROM user_identity WHERE workspace_id = $1`, [api.a.id]);
    expect(identities).toContainEqual({ user_id: api.a.users.admin, issuer: a.issuer, subject: 'admin-a' });

    // The same callback again from the same browser (a replayed state, its binding cookie kept) signs nobody in.
    const again = await fetch(browser.local(stoppedAt!), {
      redirect: 'manual',
      headers: { accept: 'application/json', cookie: `${SSO_BINDING_COOKIE}=${binding}` },
    });
    expect(again.status).toBe(400);
    expect(await refusal(again)).toBe('SSO_STATE_INVALID');
    expect(again.headers.getSetCookie().some((c) => c.startsWith(`${SESSION_COOKIE}=`))).toBe(false);
  });

  it('adds a new person of an allowed domain as a viewer, and finds them by their identity next time', async () => {
    const browser = new Browser(base);
    const done = await browser.get(await toCallback(browser, 'newcomer'));
    expect(done.status).toBe(303);
    const me = dataOf(await api.gql(MeDocument, {}, `session:${sessionOf(browser)}`)).me;
    expect(me).toMatchObject({
      role: 'VIEWER',
      workspaceId: api.a.id,
      user: { email: 'newcomer@workspace-a.example', name: 'Nia Newcomer' },
    });
    // Their address changes at the provider: still the same person here.
    a.accounts.set('newcomer', { email: 'nia@workspace-a.example', email_verified: true });
    const second = new Browser(base);
    expect((await second.get(await toCallback(second, 'newcomer'))).status).toBe(303);
    const again = dataOf(await api.gql(MeDocument, {}, `session:${sessionOf(second)}`)).me;
    expect(again.user?.id).toBe(me.user?.id);
    expect(again.user?.email).toBe('newcomer@workspace-a.example');
  });

  it('refuses an address outside the allowed domains, or one the provider has not verified, and creates no one', async () => {
    const users = async () => Number((await api.db.query(`SELECT count(*)::int AS n FROM app_user`))[0].n);
    const before = await users();
    for (const [account, code, status] of [
      ['stranger', 'SSO_DOMAIN_NOT_ALLOWED', 403],
      ['unverified', 'SSO_EMAIL_NOT_VERIFIED', 403],
    ] as const) {
      const browser = new Browser(base);
      const res = await browser.get(await toCallback(browser, account));
      expect(res.status).toBe(status);
      expect(await refusal(res)).toBe(code);
      expect(sessionOf(browser)).toBeUndefined();
    }
    expect(await users()).toBe(before);
    // People get a page that says why, with the code.
    const browser = new Browser(base);
    const page = await browser.get(await toCallback(browser, 'stranger'), 'text/html');
    expect(page.headers.get('content-type')).toMatch(/html/);
    expect(await page.text()).toMatch(/not in a domain this workspace accepts[\s\S]*SSO_DOMAIN_NOT_ALLOWED/);
  });

  it('refuses a forged state, and a callback opened in another browser', async () => {
    const browser = new Browser(base);
    const callback = new URL(await toCallback(browser, 'admin-a'));
    const forged = new URL(callback);
    forged.searchParams.set('state', randomBytes(32).toString('base64url'));
    expect(await refusal(await browser.get(forged.href))).toBe('SSO_STATE_INVALID');
    // The attacker's browser (no binding cookie) cannot finish the victim's sign-in, and does not use it up.
    const other = new Browser(base);
    const stolen = await other.get(callback.href);
    expect(stolen.status).toBe(400);
    expect(await refusal(stolen)).toBe('SSO_STATE_INVALID');
    expect(sessionOf(other)).toBeUndefined();
    expect((await browser.get(callback.href)).status).toBe(303);
  });

  it('refuses an ID token from another issuer (same keys, same client id)', async () => {
    const browser = new Browser(base);
    // The authorization request the API made for provider A is answered by provider B...
    const start = await browser.get(`${base}/auth/sso/workspace-a/start`);
    const authorize = new URL(start.headers.get('location')!);
    const atB = new URL(`${b.issuer}${authorize.pathname}${authorize.search}`);
    b.signInAs = 'admin-a';
    const callback = new URL((await browser.follow(atB.href, isCallback)).stoppedAt!);
    // ... whose callback claims to come from A, and whose code reaches B's token endpoint through a proxy before A's.
    callback.searchParams.set('iss', a.issuer);
    const seen: string[] = [];
    let issued: Claims | undefined;
    reroute = (url, init) => {
      if (!url.startsWith(a.issuer)) return null;
      seen.push(new URL(url).pathname);
      if (!url.endsWith('/token')) return null;
      return fetch(url.replace(a.issuer, b.issuer), init).then(async (res) => ((issued = await idTokenClaims(res)), res));
    };
    try {
      const res = await browser.get(callback.href);
      expect(await refusal(res)).toBe('SSO_TOKEN_REJECTED');
      expect(res.status).toBe(401);
    } finally {
      reroute = null;
    }
    expect(seen).toContain('/token');
    // What the API refused: a valid token of B for this client and nonce, signed with the key A publishes too.
    expect(issued).toMatchObject({ iss: b.issuer, aud: 'ladder', sub: 'admin-a' });
    expect(sessionOf(browser)).toBeUndefined();
  });

  it('refuses an ID token issued to another client (wrong audience)', async () => {
    const browser = new Browser(base);
    const start = await browser.get(`${base}/auth/sso/workspace-a/start`);
    const authorize = new URL(start.headers.get('location')!);
    // The same provider, the API's state, nonce and PKCE challenge, but the code is for the "other" client...
    authorize.searchParams.set('client_id', 'other');
    a.signInAs = 'admin-a';
    const callback = (await browser.follow(authorize.href, isCallback)).stoppedAt!;
    // ... and a proxy before the token endpoint redeems it with that client's credentials.
    let issued: Claims | undefined;
    reroute = (url, init) => {
      if (!url.startsWith(`${a.issuer}/token`)) return null;
      const headers = new Headers(init?.headers);
      headers.set('authorization', `Basic ${Buffer.from(`other:${OTHER_SECRET}`).toString('base64')}`);
      return fetch(url, { ...init, headers }).then(async (res) => ((issued = await idTokenClaims(res)), res));
    };
    try {
      const res = await browser.get(callback);
      expect(await refusal(res)).toBe('SSO_TOKEN_REJECTED');
    } finally {
      reroute = null;
    }
    // What the API refused: A's valid token for the same person and nonce, issued to the other client.
    expect(issued).toMatchObject({ iss: a.issuer, aud: 'other', sub: 'admin-a' });
    expect(sessionOf(browser)).toBeUndefined();
  });

  it('refuses a code redeemed at the right provider by the wrong client (no proxy): the provider says no', async () => {
    const browser = new Browser(base);
    const start = await browser.get(`${base}/auth/sso/workspace-a/start`);
    const authorize = new URL(start.headers.get('location')!);
    authorize.searchParams.set('client_id', 'other');
    a.signInAs = 'admin-a';
    const callback = (await browser.follow(authorize.href, isCallback)).stoppedAt!;
    expect(await refusal(await browser.get(callback))).toBe('SSO_TOKEN_REJECTED');
  });

  it('answers SSO_NOT_CONFIGURED for a workspace without SSO, and a provider error as SSO_PROVIDER_ERROR', async () => {
    const browser = new Browser(base);
    const res = await browser.get(`${base}/auth/sso/workspace-b/start`);
    expect(res.status).toBe(404);
    expect(await refusal(res)).toBe('SSO_NOT_CONFIGURED');
    const start = await browser.get(`${base}/auth/sso/workspace-a/start`);
    const state = new URL(start.headers.get('location')!).searchParams.get('state')!;
    const denied = await browser.get(`${base}/auth/sso/callback?error=access_denied&state=${state}&iss=${encodeURIComponent(a.issuer)}`);
    expect(await refusal(denied)).toBe('SSO_PROVIDER_ERROR');
  });

  it('answers SSO_PROVIDER_UNAVAILABLE when the provider cannot be reached, after 3 discovery attempts', async () => {
    // B's provider is on a port nothing listens on.
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const issuer = `http://127.0.0.1:${(closed.address() as { port: number }).port}`;
    await new Promise((r) => closed.close(r));
    const input = { issuer, clientId: 'ladder', clientSecret: SECRET, allowedDomains: ['workspace-b.example'], enabled: true };
    dataOf(await api.gql(ConfigureWorkspaceSsoDocument, { input }, api.b.keys.admin));
    const attempts: string[] = [];
    reroute = (url) => {
      if (url.startsWith(issuer)) attempts.push(url);
      return null;
    };
    try {
      const res = await new Browser(base).get(`${base}/auth/sso/workspace-b/start`);
      expect(res.status).toBe(503);
      expect(await refusal(res)).toBe('SSO_PROVIDER_UNAVAILABLE');
    } finally {
      reroute = null;
    }
    expect(attempts).toEqual(Array(3).fill(`${issuer}/.well-known/openid-configuration`));
    dataOf(await api.gql(RemoveWorkspaceSsoDocument, {}, api.b.keys.admin));
  });

  it('drops a next that is not a relative path', async () => {
    for (const next of ['//evil.example/x', 'https://evil.example/', '/\\evil.example', '\\\\evil.example']) {
      const browser = new Browser(base);
      const callback = await toCallback(browser, 'admin-a', a, `/auth/sso/workspace-a/start?next=${encodeURIComponent(next)}`);
      expect((await browser.get(callback)).headers.get('location')).toBe(`${ORIGIN}/`);
    }
  });
});

describe('sessions and workspaces', () => {
  it("keeps a session started by A's single sign-on in A: no switching, no other workspace listed, sign-out there only", async () => {
    // A's admin is a member of B too (invited by B's admin).
    await api.db.query(`INSERT INTO workspace_member (workspace_id, user_id, role) VALUES ($1, $2, 'analyst') ON CONFLICT DO NOTHING`, [
      api.b.id,
      api.a.users.admin,
    ]);
    const browser = new Browser(base);
    expect((await browser.get(await toCallback(browser, 'admin-a'))).status).toBe(303);
    const sso = `session:${sessionOf(browser)}`;
    expect(dataOf(await api.gql(MeDocument, {}, sso)).me.memberships.map((m) => m.workspaceId)).toEqual([api.a.id]);
    expect(codeOf(await api.gql(SwitchWorkspaceDocument, { workspaceId: api.b.id }, sso))).toBe('REAUTHENTICATION_REQUIRED');
    // A session from an email link may switch: the person proved their address to Ladder itself.
    const emailed = api.a.sessions.admin;
    const switched = dataOf(await api.gql(SwitchWorkspaceDocument, { workspaceId: api.b.id }, emailed)).switchWorkspace;
    expect(switched).toMatchObject({ workspaceId: api.b.id, role: 'ANALYST' });
    expect(dataOf(await api.gql(MeDocument, {}, emailed)).me).toMatchObject({ workspaceId: api.b.id, role: 'ANALYST' });
    dataOf(await api.gql(SwitchWorkspaceDocument, { workspaceId: api.a.id }, emailed));
    // Signing out everywhere from the SSO session ends that workspace's sessions only.
    expect(dataOf(await api.gql(SignOutEverywhereDocument, {}, sso)).signOutEverywhere).toBeGreaterThan(0);
    expect(codeOf(await api.gql(MeDocument, {}, sso))).toBe('UNAUTHENTICATED');
    await api.db.query(`DELETE FROM workspace_member WHERE workspace_id = $1 AND user_id = $2`, [api.b.id, api.a.users.admin]);
  });

  it('removing the provider stops new sign-ins (SSO_NOT_CONFIGURED) and the discovery answer', async () => {
    const input = { issuer: a.issuer, clientId: 'ladder', clientSecret: SECRET, allowedDomains: ['workspace-a.example'], enabled: true };
    expect(dataOf(await api.gql(RemoveWorkspaceSsoDocument)).removeWorkspaceSso).toBe(true);
    expect(await refusal(await new Browser(base).get(`${base}/auth/sso/workspace-a/start`))).toBe('SSO_NOT_CONFIGURED');
    expect(await (await fetch(`${base}/auth/sso?email=x@workspace-a.example`)).json()).toEqual({ providers: [] });
    dataOf(await api.gql(ConfigureWorkspaceSsoDocument, { input }));
  });
});
