import type { DataSource } from 'typeorm';
import type { ErrorCode } from '../common/errors.js';
import type { AccountMailer } from './account-mailer.js';
import { signInMail } from './account-mailer.js';
import { hashToken, isSecret, newSecret } from './session-cookies.js';
import type { SessionService } from './session.service.js';

/** A magic link works this long (sign_in_token.expires_at). */
export const SIGN_IN_TTL_MS = 15 * 60_000;

/** Why a sign-in link was refused; each is a stable code of the callback's page or JSON. */
export type SignInRefusal = Extract<ErrorCode, `SIGN_IN_LINK_${string}`>;

export const REFUSAL_MESSAGES: Record<SignInRefusal, string> = {
  SIGN_IN_LINK_INVALID: 'This sign-in link is not valid. Ask for a new one.',
  SIGN_IN_LINK_USED: 'This sign-in link has been used already: each link works once. Ask for a new one.',
  SIGN_IN_LINK_EXPIRED: 'This sign-in link has expired: links work for 15 minutes. Ask for a new one.',
  SIGN_IN_LINK_OTHER_BROWSER:
    'This sign-in link was asked for in another browser: open it in the browser where you asked for it, or ask again here.',
};

/** An address as stored: trimmed, lower case; null when it does not look like one. */
export function normalizeEmail(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const email = value.trim().toLowerCase();
  return email.length <= 254 && /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+$/.test(email) ? email : null;
}

/**
 * Where the console may send a browser after sign-in: a same-origin relative path (`/studies/...`), at most 2,000
 * characters; null for anything else (`//host`, `/\\host`, absolute URLs, backslashes, control characters).
 */
export function safeNextPath(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 2000 || !value.startsWith('/') || value.startsWith('//')) return null;
  // eslint-disable-next-line no-control-regex -- control characters are what this refuses
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return null;
  const base = 'http://next.invalid';
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return null;
  }
  return url.origin === base ? `${url.pathname}${url.search}${url.hash}` : null;
}

interface TokenRow {
  id: string;
  email: string;
  workspace_id: string | null;
  binding_hash: string | null;
  next_path: string | null;
  used: boolean;
  expired: boolean;
}

export type SignInResult =
  { ok: true; sessionSecret: string; userId: string; workspaceId: string; next: string | null } | { ok: false; code: SignInRefusal };

/**
 * Magic links: `request` stores a token (hashed) bound to the asking browser and mails the link,
 * for an address that is a member of some workspace, and does nothing for any other (the caller
 * answers the same either way); `consume` checks a link in the browser that opens it and, only
 * when everything holds, marks it used and starts a session, in one transaction.
 */
export class SignInService {
  constructor(
    private readonly db: DataSource,
    private readonly sessions: SessionService,
    private readonly mail: AccountMailer,
    /** The callback's public address: `${apiUrl}/auth/magic-link/callback`. */
    private readonly callbackUrl: string,
  ) {}

  /** `next`: where the console goes once the link is used (a path checked by safeNextPath), kept with the token. */
  async request(email: string, bindingSecret: string, next: string | null = null): Promise<void> {
    const [member]: { id: string }[] = await this.db.query(
      `SELECT u.id FROM app_user u WHERE u.email = $1 AND EXISTS (SELECT 1 FROM workspace_member m WHERE m.user_id = u.id)`,
      [email],
    );
    if (!member) return;
    const secret = newSecret();
    await this.issue(email, secret, hashToken(bindingSecret), SIGN_IN_TTL_MS, null, safeNextPath(next));
    await this.mail(signInMail(email, this.linkOf(secret), SIGN_IN_TTL_MS / 60_000));
  }

  /**
   * A link without a browser binding, for the operator (the `npm start` banner): single use and
   * expiring like the others. Its secret is the caller's, so it can be printed before the API runs.
   */
  async issueUnbound(email: string, secret: string, ttlMs: number, workspaceId: string | null): Promise<string> {
    await this.issue(email, secret, null, ttlMs, workspaceId);
    return this.linkOf(secret);
  }

  linkOf(secret: string): string {
    return `${this.callbackUrl}?token=${secret}`;
  }

  async consume(secret: unknown, bindingSecret: string | undefined): Promise<SignInResult> {
    if (!isSecret(secret)) return { ok: false, code: 'SIGN_IN_LINK_INVALID' };
    return this.db.transaction(async (em) => {
      const [token]: TokenRow[] = await em.query(
        `SELECT id, email, workspace_id, binding_hash, next_path, used_at IS NOT NULL AS used, expires_at <= now() AS expired
         FROM sign_in_token WHERE token_hash = $1 FOR UPDATE`,
        [hashToken(secret)],
      );
      if (!token) return { ok: false, code: 'SIGN_IN_LINK_INVALID' };
      if (token.used) return { ok: false, code: 'SIGN_IN_LINK_USED' };
      if (token.expired) return { ok: false, code: 'SIGN_IN_LINK_EXPIRED' };
      if (token.binding_hash !== null && (!isSecret(bindingSecret) || hashToken(bindingSecret) !== token.binding_hash)) {
        return { ok: false, code: 'SIGN_IN_LINK_OTHER_BROWSER' };
      }
      // The link's workspace when it names one the person belongs to, else their oldest membership.
      const [member]: { user_id: string; workspace_id: string }[] = await em.query(
        `SELECT m.user_id, m.workspace_id FROM app_user u JOIN workspace_member m ON m.user_id = u.id
         WHERE u.email = $1 ORDER BY (m.workspace_id = $2) DESC NULLS LAST, m.created_at, m.workspace_id LIMIT 1`,
        [token.email, token.workspace_id],
      );
      if (!member) return { ok: false, code: 'SIGN_IN_LINK_INVALID' };
      await em.query(`UPDATE sign_in_token SET used_at = now() WHERE id = $1`, [token.id]);
      const sessionSecret = await this.sessions.create(em, member.user_id, member.workspace_id);
      return { ok: true, sessionSecret, userId: member.user_id, workspaceId: member.workspace_id, next: safeNextPath(token.next_path) };
    });
  }

  private async issue(
    email: string,
    secret: string,
    bindingHash: string | null,
    ttlMs: number,
    workspaceId: string | null,
    next: string | null = null,
  ) {
    await this.db.query(
      `INSERT INTO sign_in_token (token_hash, email, workspace_id, binding_hash, expires_at, next_path)
       VALUES ($1, $2, $3, $4, now() + $5 * interval '1 millisecond', $6) ON CONFLICT (token_hash) DO NOTHING`,
      [hashToken(secret), email, workspaceId, bindingHash, ttlMs, next],
    );
  }
}
