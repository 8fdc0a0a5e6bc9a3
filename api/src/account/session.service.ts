import type { DataSource, EntityManager } from 'typeorm';
import type { UserPrincipal } from '../common/context.js';
import type { ApiKeyRole } from '../common/enums.js';
import { isUuid } from '../common/ids.js';
import { hashToken, isSecret, newSecret } from './session-cookies.js';

export interface SessionLimits {
  /** A session unused this long ends (LADDER_SESSION_IDLE, default 8 h). */
  idleMs: number;
  /** A session ends this long after sign-in, however used (LADDER_SESSION_MAX_AGE, default 30 days). */
  absoluteMs: number;
}

export const DEFAULT_SESSION_LIMITS: SessionLimits = { idleMs: 8 * 3_600_000, absoluteMs: 30 * 86_400_000 };

interface SessionRow {
  id: string;
  user_id: string;
  workspace_id: string;
  role: ApiKeyRole;
}

/**
 * Console sessions in Postgres (user_session): the cookie holds 32 random bytes, the table their
 * hash. Every request reads the session with the member's current role, so a role change or a
 * removal applies to the next request on every API process; using a session moves its idle
 * expiry (never past the absolute one), written at most every minute (an eighth of the idle
 * timeout when that is shorter) so a busy console costs no write per request.
 */
export class SessionService {
  constructor(
    private readonly db: DataSource,
    readonly limits: SessionLimits = DEFAULT_SESSION_LIMITS,
  ) {}

  /**
   * A new session of the user in the workspace; its secret goes in the cookie and is never stored.
   * `ssoWorkspaceId`: started by that workspace's single sign-on, the session acts there only.
   */
  async create(em: EntityManager, userId: string, workspaceId: string, o: { ssoWorkspaceId?: string } = {}): Promise<string> {
    const secret = newSecret();
    await em.query(
      `INSERT INTO user_session (token_hash, user_id, workspace_id, idle_expires_at, absolute_expires_at, sso_workspace_id)
       VALUES ($1, $2, $3, now() + $4 * interval '1 millisecond', now() + $5 * interval '1 millisecond', $6)`,
      [
        hashToken(secret),
        userId,
        workspaceId,
        Math.min(this.limits.idleMs, this.limits.absoluteMs),
        this.limits.absoluteMs,
        o.ssoWorkspaceId ?? null,
      ],
    );
    return secret;
  }

  /** The session's principal, or null when unknown, revoked, idle too long, too old, or its member was removed. */
  async authenticate(secret: string): Promise<UserPrincipal | null> {
    if (!isSecret(secret)) return null;
    const touchAfterMs = Math.min(60_000, Math.floor(this.limits.idleMs / 8));
    const rows: SessionRow[] = await this.db.query(
      `WITH s AS (
         SELECT s.id, s.user_id, s.workspace_id, m.role, s.last_seen_at
         FROM user_session s JOIN workspace_member m ON m.user_id = s.user_id AND m.workspace_id = s.workspace_id
         WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.idle_expires_at > now() AND s.absolute_expires_at > now()),
       touched AS (
         UPDATE user_session u SET last_seen_at = now(),
                idle_expires_at = least(now() + $2 * interval '1 millisecond', u.absolute_expires_at)
         FROM s WHERE u.id = s.id AND s.last_seen_at < now() - $3 * interval '1 millisecond')
       SELECT id, user_id, workspace_id, role FROM s`,
      [hashToken(secret), this.limits.idleMs, touchAfterMs],
    );
    const row = rows[0];
    return row
      ? { kind: 'user', userId: row.user_id, sessionId: row.id, workspaceId: row.workspace_id, role: row.role, keyId: null }
      : null;
  }

  /** Signs one session out (idempotent). */
  async revoke(sessionId: string): Promise<void> {
    await this.db.query(`UPDATE user_session SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [sessionId]);
  }

  /** Signs out the session a cookie holds (idempotent; an unknown value changes nothing). */
  async revokeSecret(secret: string): Promise<void> {
    if (!isSecret(secret)) return;
    await this.db.query(`UPDATE user_session SET revoked_at = now() WHERE token_hash = $1 AND revoked_at IS NULL`, [hashToken(secret)]);
  }

  /** Signs a user out everywhere; with a workspace, only of that workspace's sessions. Returns how many ended. */
  async revokeAll(em: EntityManager, userId: string, workspaceId?: string): Promise<number> {
    const rows: unknown[] = await em.query(
      // A CTE: TypeORM answers a bare UPDATE with [rows, count] (always two long), a SELECT with its rows.
      `WITH ended AS (
         UPDATE user_session SET revoked_at = now()
         WHERE user_id = $1 AND revoked_at IS NULL AND ($2::uuid IS NULL OR workspace_id = $2) RETURNING id)
       SELECT id FROM ended`,
      [userId, workspaceId ?? null],
    );
    return rows.length;
  }

  /** Of these session ids, those that no longer authenticate (for the live connections' sweep). */
  async ended(sessionIds: string[]): Promise<string[]> {
    const ids = sessionIds.filter(isUuid);
    if (!ids.length) return [];
    const rows: { id: string }[] = await this.db.query(
      `SELECT id FROM unnest($1::uuid[]) AS x(id)
       WHERE NOT EXISTS (
         SELECT 1 FROM user_session s JOIN workspace_member m ON m.user_id = s.user_id AND m.workspace_id = s.workspace_id
         WHERE s.id = x.id AND s.revoked_at IS NULL AND s.idle_expires_at > now() AND s.absolute_expires_at > now())`,
      [ids],
    );
    return rows.map((r) => r.id);
  }
}
