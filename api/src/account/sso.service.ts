import type { PayloadKeyring } from '@ladder/contracts/payload-codec';
import { resolveWebhookUrl, WebhookUrlError } from '@ladder/contracts/webhook-url';
import * as oidc from 'openid-client';
import type { DataSource, EntityManager } from 'typeorm';
import { requirePermission, type Caller, type RequestContext } from '../common/context.js';
import { ApiKeyRole, MemberRole } from '../common/enums.js';
import { LadderError, type ErrorCode } from '../common/errors.js';
import { hashToken, isSecret, newSecret } from './session-cookies.js';
import type { SessionService } from './session.service.js';
import { normalizeEmail } from './sign-in.service.js';
import { openSecret, sealSecret } from './sso-secret.js';
import type { ConfigureWorkspaceSsoInput, WorkspaceSso } from './sso.types.js';

/** A sign-in started at the provider must come back within this long (sso_sign_in.expires_at and the binding cookie). */
export const SSO_SIGN_IN_TTL_MS = 10 * 60_000;

/** Why an SSO sign-in was refused; each is a stable code of the callback's page or JSON. */
export type SsoRefusal = Extract<ErrorCode, `SSO_${string}`>;

export const SSO_REFUSAL_MESSAGES: Record<SsoRefusal, string> = {
  SSO_NOT_CONFIGURED: 'Single sign-on is not set up for this workspace. Sign in with an email link instead.',
  SSO_STATE_INVALID:
    'This sign-in was not started in this browser, was used already or took longer than 10 minutes. Start again from the sign-in page.',
  SSO_TOKEN_REJECTED: 'The identity provider’s answer could not be verified, so it cannot sign you in. Start again, or ask your admin.',
  SSO_DOMAIN_NOT_ALLOWED: 'Your email address is not in a domain this workspace accepts for single sign-on. Ask your admin.',
  SSO_EMAIL_NOT_VERIFIED: 'The identity provider did not confirm your email address, so it cannot sign you in. Ask your admin.',
  SSO_PROVIDER_UNAVAILABLE: 'The identity provider cannot be reached right now. Try again in a moment.',
  SSO_PROVIDER_ERROR: 'The identity provider did not sign you in. Start again, or ask your admin.',
};

/** The HTTP status of each refusal. */
export const SSO_REFUSAL_STATUS: Record<SsoRefusal, number> = {
  SSO_NOT_CONFIGURED: 404,
  SSO_STATE_INVALID: 400,
  SSO_TOKEN_REJECTED: 401,
  SSO_DOMAIN_NOT_ALLOWED: 403,
  SSO_EMAIL_NOT_VERIFIED: 403,
  SSO_PROVIDER_UNAVAILABLE: 503,
  SSO_PROVIDER_ERROR: 401,
};

export interface SsoOptions {
  /** LADDER_PAYLOAD_KEYS: seals the client secrets. Without it SSO cannot be configured. */
  keyring?: PayloadKeyring;
  /** The API's public base URL; the redirect URI is `${apiUrl}/auth/sso/callback`. */
  apiUrl: string;
  /** Issuers on http and private addresses (LADDER_WEBHOOK_ALLOW_PRIVATE: local providers, tests). */
  allowPrivateIssuers: boolean;
  /** Every request to a provider goes through this (tests route it); default the global fetch. */
  fetch?: typeof fetch;
  /** Each request to a provider (discovery, token endpoint, JWKS) gives up after this long; default 5 s. */
  timeoutSeconds?: number;
  /** Discovery attempts on a network error or a 5xx before SSO_PROVIDER_UNAVAILABLE; default 3 (waits 250 ms, then 1 s). */
  discoveryAttempts?: number;
}

/** One way to sign in with single sign-on, as the sign-in page shows it. */
export interface SsoOption {
  workspace: string;
  workspaceName: string;
  startPath: string;
}

interface ConfigRow {
  workspace_id: string;
  slug: string;
  issuer: string;
  client_id: string;
  client_secret_sealed: string;
  allowed_domains: string[];
  enabled: boolean;
  updated_at: Date;
}

export type SsoStartResult = { ok: true; url: string; bindingSecret: string } | { ok: false; code: SsoRefusal };
export type SsoFinishResult =
  | { ok: true; sessionSecret: string; userId: string; workspaceId: string; next: string | null; joined: boolean }
  | { ok: false; code: SsoRefusal };

const refused = (code: SsoRefusal) => ({ ok: false as const, code });

/** A domain as stored: lower case, no leading "@", letters, digits, dots and hyphens. */
export function normalizeDomain(value: string): string | null {
  const domain = value.trim().toLowerCase().replace(/^@/, '');
  return /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}$/.test(domain) ? domain : null;
}

const domainOf = (email: string) => email.slice(email.lastIndexOf('@') + 1);

/** Network failures and timeouts (the provider is away) as opposed to an answer we refuse. */
function unreachable(e: unknown): boolean {
  for (let err = e as { name?: string; message?: string; cause?: unknown } | undefined, i = 0; err && i < 5; i++) {
    if (err.name === 'TimeoutError' || err.name === 'AbortError') return true;
    if ((err as { code?: string }).code === 'OAUTH_TIMEOUT' || (err as { code?: string }).code === 'OAUTH_ABORT') return true;
    if (err.name === 'TypeError' && /fetch failed/i.test(err.message ?? '')) return true;
    if (/ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|UND_ERR/.test(`${(err as { code?: string }).code ?? ''}`)) return true;
    err = err.cause as typeof err;
  }
  return false;
}

/** A 5xx from discovery is worth another attempt (openid-client keeps the response as the error's cause); not another answer. */
const retryable = (e: unknown) => {
  const cause = (e as { cause?: unknown } | undefined)?.cause;
  return unreachable(e) || (e instanceof oidc.ResponseBodyError && e.status >= 500) || (cause instanceof Response && cause.status >= 500);
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Single sign-on per workspace with OpenID Connect (docs/decisions.md, "Team accounts, third part:
 * SSO"): admins configure the provider (the client secret sealed with the deployment keys), the
 * sign-in page asks which workspaces accept an address's domain, `start` sends the browser to the
 * provider with state, nonce and PKCE (S256) kept in `sso_sign_in` and bound to the browser by a
 * cookie, and `finish` lets openid-client check the answer (issuer, audience, signature, expiry,
 * nonce, PKCE) before it finds or adds the person and starts a session bound to that workspace.
 */
export class SsoService {
  /** Discovered providers, per workspace configuration (its row's updated_at), for 10 minutes. */
  private readonly providers = new Map<string, { config: oidc.Configuration; until: number }>();
  private readonly fetch: typeof fetch;
  private readonly timeoutSeconds: number;
  private readonly discoveryAttempts: number;

  constructor(
    private readonly db: DataSource,
    private readonly sessions: SessionService,
    private readonly o: SsoOptions,
  ) {
    this.fetch = o.fetch ?? ((input, init) => fetch(input, init));
    this.timeoutSeconds = o.timeoutSeconds ?? 5;
    this.discoveryAttempts = Math.max(1, o.discoveryAttempts ?? 3);
  }

  get redirectUri(): string {
    return `${this.o.apiUrl}/auth/sso/callback`;
  }

  // --- GraphQL: admins configure their workspace's provider -------------------------------------------------------------------------

  async get(ctx: RequestContext): Promise<WorkspaceSso | null> {
    const caller = requireAdmin(ctx);
    const row = await this.configOf(ctx.db, caller.workspaceId);
    return row ? this.toApi(row) : null;
  }

  async configure(ctx: RequestContext, input: ConfigureWorkspaceSsoInput): Promise<WorkspaceSso> {
    const caller = requireAdmin(ctx);
    if (!this.o.keyring) throw new LadderError('BAD_USER_INPUT', 'This API has no LADDER_PAYLOAD_KEYS to seal the client secret with.');
    const issuer = await this.checkIssuer(input.issuer);
    const clientId = input.clientId.trim();
    if (!clientId) throw new LadderError('BAD_USER_INPUT', 'Give the client id the provider registered', { field: 'clientId' });
    const domains = [...new Set(input.allowedDomains.map((d) => normalizeDomain(d)))];
    if (domains.includes(null) || !domains.length) {
      throw new LadderError('BAD_USER_INPUT', 'Allowed domains are domain names like example.com', { field: 'allowedDomains' });
    }
    const secret = input.clientSecret?.trim() || null;
    const sealed = secret ? sealSecret(this.o.keyring, caller.workspaceId, secret) : null;
    const [row]: { workspace_id: string }[] = await ctx.db.query(
      sealed
        ? `INSERT INTO workspace_sso (workspace_id, issuer, client_id, client_secret_sealed, allowed_domains, enabled, updated_by_user_id,
             updated_by_key_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
           ON CONFLICT (workspace_id) DO UPDATE SET issuer = $2, client_id = $3, client_secret_sealed = $4, allowed_domains = $5,
             enabled = $6, updated_by_user_id = $7, updated_by_key_id = $8, updated_at = clock_timestamp()
           RETURNING workspace_id`
        : // A CTE: TypeORM answers a bare UPDATE with [rows, count], a SELECT with its rows.
          `WITH u AS (
             UPDATE workspace_sso SET issuer = $2, client_id = $3, allowed_domains = $5, enabled = $6, updated_by_user_id = $7,
               updated_by_key_id = $8, updated_at = clock_timestamp()
             WHERE workspace_id = $1 AND $4::text IS NULL RETURNING workspace_id)
           SELECT workspace_id FROM u`,
      [caller.workspaceId, issuer, clientId, sealed, domains, input.enabled, caller.kind === 'user' ? caller.userId : null, caller.keyId],
    );
    if (!row) throw new LadderError('BAD_USER_INPUT', 'Give the client secret the first time', { field: 'clientSecret' });
    return this.toApi((await this.configOf(ctx.db, caller.workspaceId))!);
  }

  /** Removes the provider; sessions already started stay until they end. Answers whether there was one. */
  async remove(ctx: RequestContext): Promise<boolean> {
    const caller = requireAdmin(ctx);
    const rows: unknown[] = await ctx.db.query(
      `WITH d AS (DELETE FROM workspace_sso WHERE workspace_id = $1 RETURNING workspace_id) SELECT workspace_id FROM d`,
      [caller.workspaceId],
    );
    return rows.length > 0;
  }

  // --- HTTP: discovery, start, callback -------------------------------------------------------------------------------------------

  /**
   * The workspaces whose enabled SSO accepts this address's domain (nothing for anything else):
   * a fact about a domain, the same for members and strangers, so it tells nothing about who is one.
   */
  async optionsFor(emailValue: unknown): Promise<SsoOption[]> {
    const email = normalizeEmail(emailValue);
    if (!email) return [];
    const rows: { slug: string; name: string }[] = await this.db.query(
      `SELECT w.slug, w.name FROM workspace_sso s JOIN workspace w ON w.id = s.workspace_id
       WHERE s.enabled AND s.allowed_domains @> ARRAY[$1::text] ORDER BY w.name, w.slug LIMIT 20`,
      [domainOf(email)],
    );
    return rows.map((r) => ({ workspace: r.slug, workspaceName: r.name, startPath: startPathOf(r.slug) }));
  }

  /** The provider's authorization URL for this browser (its binding secret kept or made), or why not. */
  async start(slug: string, existingBinding: string | undefined, next: string | null, loginHint: string | null): Promise<SsoStartResult> {
    const config = await this.enabledConfigBySlug(slug);
    if (!config) return refused('SSO_NOT_CONFIGURED');
    let provider: oidc.Configuration;
    try {
      provider = await this.provider(config);
    } catch (e) {
      console.error('sso: discovery of the provider of workspace %s failed: %s', config.workspace_id, (e as Error).message);
      return refused('SSO_PROVIDER_UNAVAILABLE');
    }
    const bindingSecret = isSecret(existingBinding) ? existingBinding : newSecret();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    await this.db.query(
      `INSERT INTO sso_sign_in (state_hash, binding_hash, workspace_id, nonce, code_verifier, next_path, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, now() + $7 * interval '1 millisecond')`,
      [hashToken(state), hashToken(bindingSecret), config.workspace_id, nonce, codeVerifier, next, SSO_SIGN_IN_TTL_MS],
    );
    const url = oidc.buildAuthorizationUrl(provider, {
      redirect_uri: this.redirectUri,
      scope: 'openid email profile',
      response_type: 'code',
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
      ...(loginHint ? { login_hint: loginHint } : {}),
    });
    return { ok: true, url: url.href, bindingSecret };
  }

  /**
   * The provider sent the browser back: the state must be one this browser started, unused and
   * recent (it is used up at once, whatever follows); then openid-client redeems the code and
   * validates the ID token; then the person is found or added and a session starts.
   */
  async finish(query: URLSearchParams, bindingSecret: string | undefined): Promise<SsoFinishResult> {
    const state = query.get('state');
    if (!state || state.length > 200 || !isSecret(bindingSecret)) return refused('SSO_STATE_INVALID');
    const [pending]: { workspace_id: string; nonce: string; code_verifier: string; next_path: string | null }[] = await this.db.query(
      `WITH used AS (
         UPDATE sso_sign_in SET used_at = now()
         WHERE state_hash = $1 AND binding_hash = $2 AND used_at IS NULL AND expires_at > now()
         RETURNING workspace_id, nonce, code_verifier, next_path)
       SELECT * FROM used`,
      [hashToken(state), hashToken(bindingSecret)],
    );
    if (!pending) return refused('SSO_STATE_INVALID');
    if (query.has('error')) return refused('SSO_PROVIDER_ERROR');
    const config = await this.configOf(this.db, pending.workspace_id);
    if (!config?.enabled) return refused('SSO_NOT_CONFIGURED');
    let claims: oidc.IDToken;
    try {
      const provider = await this.provider(config);
      const tokens = await oidc.authorizationCodeGrant(provider, new URL(`${this.redirectUri}?${query.toString()}`), {
        pkceCodeVerifier: pending.code_verifier,
        expectedState: state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      const idClaims = tokens.claims();
      if (!idClaims) return refused('SSO_TOKEN_REJECTED');
      claims = idClaims;
    } catch (e) {
      if (unreachable(e)) {
        console.error('sso: the provider of workspace %s is unreachable: %s', config.workspace_id, (e as Error).message);
        return refused('SSO_PROVIDER_UNAVAILABLE');
      }
      if (e instanceof oidc.AuthorizationResponseError) return refused('SSO_PROVIDER_ERROR');
      console.warn('sso: an answer of the provider of workspace %s was refused: %s', config.workspace_id, (e as Error).message);
      return refused('SSO_TOKEN_REJECTED');
    }
    return this.db.transaction(async (em) => {
      const outcome = await this.personOf(em, config, claims);
      if (!outcome.ok) return outcome;
      const sessionSecret = await this.sessions.create(em, outcome.userId, config.workspace_id, { ssoWorkspaceId: config.workspace_id });
      return {
        ok: true as const,
        sessionSecret,
        userId: outcome.userId,
        workspaceId: config.workspace_id,
        next: pending.next_path,
        joined: outcome.joined,
      };
    });
  }

  /**
   * The person behind verified claims: by (workspace, issuer, subject), else by their verified
   * email within the allowed domains (linked to that identity from then on). Someone who is not a
   * member (new, or removed since) joins as a viewer when their address is verified and in an
   * allowed domain: the provider decides who may sign in (just in time).
   */
  private async personOf(
    em: EntityManager,
    config: ConfigRow,
    claims: oidc.IDToken,
  ): Promise<{ ok: true; userId: string; joined: boolean } | { ok: false; code: SsoRefusal }> {
    const [identity]: { user_id: string }[] = await em.query(
      `SELECT user_id FROM user_identity WHERE workspace_id = $1 AND issuer = $2 AND subject = $3`,
      [config.workspace_id, claims.iss, claims.sub],
    );
    let userId = identity?.user_id ?? null;
    const member = async (id: string) =>
      (await em.query(`SELECT 1 FROM workspace_member WHERE workspace_id = $1 AND user_id = $2`, [config.workspace_id, id])).length > 0;
    if (userId && (await member(userId))) return { ok: true, userId, joined: false };
    // From here on the address decides: it must be verified by the provider and in an allowed domain.
    const email = normalizeEmail(claims.email);
    if (!email || claims.email_verified !== true) return refused('SSO_EMAIL_NOT_VERIFIED');
    if (!config.allowed_domains.includes(domainOf(email))) return refused('SSO_DOMAIN_NOT_ALLOWED');
    if (!userId) {
      const [user]: { id: string }[] = await em.query(
        `INSERT INTO app_user (email, name) VALUES ($1, $2) ON CONFLICT (email) DO UPDATE SET email = EXCLUDED.email RETURNING id`,
        [email, typeof claims.name === 'string' ? claims.name.slice(0, 200) : null],
      );
      userId = user.id;
      await em.query(
        `INSERT INTO user_identity (user_id, workspace_id, issuer, subject) VALUES ($1, $2, $3, $4)
         ON CONFLICT (workspace_id, issuer, subject) DO NOTHING`,
        [userId, config.workspace_id, claims.iss, claims.sub],
      );
    }
    const joined: unknown[] = await em.query(
      `INSERT INTO workspace_member (workspace_id, user_id, role) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING user_id`,
      [config.workspace_id, userId, MemberRole.VIEWER],
    );
    return { ok: true, userId, joined: joined.length > 0 };
  }

  // --- Providers ------------------------------------------------------------------------------------------------------------------

  /** openid-client's view of the workspace's provider: discovered once per configuration, retried on network errors and 5xx. */
  private async provider(config: ConfigRow): Promise<oidc.Configuration> {
    const cacheKey = `${config.workspace_id}|${config.updated_at.toISOString()}`;
    const cached = this.providers.get(cacheKey);
    if (cached && cached.until > Date.now()) return cached.config;
    if (!this.o.keyring) throw new Error('no LADDER_PAYLOAD_KEYS to open the client secret with');
    const secret = openSecret(this.o.keyring, config.workspace_id, config.client_secret_sealed);
    const issuer = new URL(config.issuer);
    const options: oidc.DiscoveryRequestOptions = {
      timeout: this.timeoutSeconds,
      [oidc.customFetch]: (url, init) => this.fetch(url, init as RequestInit),
      ...(issuer.protocol === 'http:' && this.o.allowPrivateIssuers ? { execute: [oidc.allowInsecureRequests] } : {}),
    };
    for (let attempt = 1; ; attempt++) {
      try {
        const discovered = await oidc.discovery(issuer, config.client_id, undefined, oidc.ClientSecretBasic(secret), options);
        for (const key of this.providers.keys()) if (key.startsWith(`${config.workspace_id}|`)) this.providers.delete(key);
        this.providers.set(cacheKey, { config: discovered, until: Date.now() + 10 * 60_000 });
        return discovered;
      } catch (e) {
        if (attempt >= this.discoveryAttempts || !retryable(e)) throw e;
        await sleep(attempt === 1 ? 250 : 1000);
      }
    }
  }

  /** An issuer URL an admin may set: https and public addresses (both lifted with LADDER_WEBHOOK_ALLOW_PRIVATE), no query. */
  private async checkIssuer(raw: string): Promise<string> {
    // As given, a trailing slash included: the issuer identifier is compared exactly with the provider's.
    const value = raw.trim();
    try {
      const { url } = await resolveWebhookUrl(value, { allowPrivate: this.o.allowPrivateIssuers });
      if (url.search || url.hash) throw new WebhookUrlError('malformed', 'no query or fragment');
      return value;
    } catch (e) {
      if (!(e instanceof WebhookUrlError)) throw e;
      const why =
        e.problem === 'private-address'
          ? 'it must resolve to a public address'
          : e.problem === 'unresolvable'
            ? 'its host name does not resolve'
            : e.problem === 'scheme'
              ? 'it must use https'
              : 'it must be an absolute URL without a user name, password, query or fragment';
      throw new LadderError('BAD_USER_INPUT', `The issuer URL is not usable: ${why}`, { field: 'issuer' });
    }
  }

  private async configOf(db: DataSource | EntityManager, workspaceId: string): Promise<ConfigRow | null> {
    const [row]: ConfigRow[] = await db.query(
      `SELECT s.workspace_id, w.slug, s.issuer, s.client_id, s.client_secret_sealed, s.allowed_domains, s.enabled, s.updated_at
       FROM workspace_sso s JOIN workspace w ON w.id = s.workspace_id WHERE s.workspace_id = $1`,
      [workspaceId],
    );
    return row ?? null;
  }

  private async enabledConfigBySlug(slug: string): Promise<ConfigRow | null> {
    if (!/^[A-Za-z0-9._-]{1,100}$/.test(slug)) return null;
    const [row]: ConfigRow[] = await this.db.query(
      `SELECT s.workspace_id, w.slug, s.issuer, s.client_id, s.client_secret_sealed, s.allowed_domains, s.enabled, s.updated_at
       FROM workspace_sso s JOIN workspace w ON w.id = s.workspace_id WHERE w.slug = $1 AND s.enabled`,
      [slug],
    );
    return row ?? null;
  }

  private toApi(row: ConfigRow): WorkspaceSso {
    return {
      issuer: row.issuer,
      clientId: row.client_id,
      clientSecretSet: row.client_secret_sealed.length > 0,
      allowedDomains: row.allowed_domains,
      enabled: row.enabled,
      redirectUri: this.redirectUri,
      startPath: startPathOf(row.slug),
      updatedAt: row.updated_at,
    };
  }
}

const startPathOf = (slug: string) => `/auth/sso/${encodeURIComponent(slug)}/start`;

/** The provider is the workspace's way in: only admins see or change it (an admin key or an admin member). */
function requireAdmin(ctx: RequestContext): Caller {
  const caller = requirePermission(ctx, 'write');
  if (caller.role !== ApiKeyRole.ADMIN) throw new LadderError('FORBIDDEN', 'Only an admin may see or change single sign-on.');
  return caller;
}
