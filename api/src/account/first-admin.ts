import type { DataSource } from 'typeorm';
import { ensureDefaultWorkspace } from '../api-key/api-key.service.js';
import { hashToken } from './session-cookies.js';

/** The operator's one-time link works this long: `npm start` prints it once per start. */
export const FIRST_ADMIN_LINK_TTL_MS = 60 * 60_000;

/**
 * LADDER_FIRST_ADMIN_EMAIL: while the default workspace has no admin member, this address becomes
 * one (a user is created for it); once it has one, nothing changes, so removing or demoting that
 * person sticks across restarts. With LADDER_FIRST_ADMIN_SIGN_IN_TOKEN, that secret becomes a
 * one-time sign-in link for the address, without a browser binding (the operator opens it from
 * the terminal; no mail needed), single use and valid FIRST_ADMIN_LINK_TTL_MS. Idempotent.
 */
export async function ensureFirstAdmin(db: DataSource, email: string, signInToken?: string): Promise<void> {
  await db.transaction(async (em) => {
    const workspaceId = await ensureDefaultWorkspace(em);
    await em.query(`SELECT 1 FROM workspace WHERE id = $1 FOR UPDATE`, [workspaceId]);
    const [{ n }]: { n: number }[] = await em.query(
      `SELECT count(*)::int AS n FROM workspace_member WHERE workspace_id = $1 AND role = 'admin'`,
      [workspaceId],
    );
    if (n === 0) {
      const [user]: { id: string }[] = await em.query(
        `INSERT INTO app_user (email, name) VALUES ($1, 'Admin') ON CONFLICT (email) DO UPDATE SET email = EXCLUDED.email RETURNING id`,
        [email],
      );
      await em.query(
        `INSERT INTO workspace_member (workspace_id, user_id, role) VALUES ($1, $2, 'admin')
         ON CONFLICT (workspace_id, user_id) DO UPDATE SET role = 'admin'`,
        [workspaceId, user.id],
      );
    }
    if (signInToken) {
      await em.query(
        `INSERT INTO sign_in_token (token_hash, email, workspace_id, binding_hash, expires_at)
         VALUES ($1, $2, $3, NULL, now() + $4 * interval '1 millisecond') ON CONFLICT (token_hash) DO NOTHING`,
        [hashToken(signInToken), email, workspaceId, FIRST_ADMIN_LINK_TTL_MS],
      );
    }
  });
}
