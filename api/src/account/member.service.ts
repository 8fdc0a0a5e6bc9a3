import type { EntityManager } from 'typeorm';
import { requirePermission, requireWorkspace, type Caller, type RequestContext } from '../common/context.js';
import { ApiKeyRole, MemberRole } from '../common/enums.js';
import { LadderError, notFound } from '../common/errors.js';
import { isUuid } from '../common/ids.js';
import { invitationMail, type AccountMailer } from './account-mailer.js';
import type { InviteMemberInput, Me, Membership, UpdateMemberRoleInput, WorkspaceMember, WorkspaceMemberList } from './account.types.js';
import type { SessionService } from './session.service.js';
import { normalizeEmail } from './sign-in.service.js';

interface MemberRow {
  user_id: string;
  email: string;
  name: string | null;
  user_created_at: Date;
  role: MemberRole;
  invited_by_user_id: string | null;
  invited_by_key_id: string | null;
  created_at: Date;
}

const MEMBER_COLUMNS = `m.user_id, u.email, u.name, u.created_at AS user_created_at, m.role, m.invited_by_user_id,
  m.invited_by_key_id, m.created_at`;

const toMember = (r: MemberRow): WorkspaceMember => ({
  user: { id: r.user_id, email: r.email, name: r.name, createdAt: r.user_created_at },
  role: r.role,
  invitedByUserId: r.invited_by_user_id,
  invitedByKeyId: r.invited_by_key_id,
  createdAt: r.created_at,
});

/** Members are managed by admins (an admin key or an admin member): whoever sets roles can make themselves any. */
function requireAdmin(ctx: RequestContext): Caller {
  const caller = requirePermission(ctx, 'write');
  if (caller.role !== ApiKeyRole.ADMIN) throw new LadderError('FORBIDDEN', 'Only an admin may invite, change or remove members.');
  return caller;
}

const memberNotFound = (userId: string) => notFound('MEMBER_NOT_FOUND', 'Member', userId);

/**
 * A workspace's people and the caller's own account. Invitations are emailed from the API after
 * the commit (account-mailer); a workspace never loses its last admin member (LAST_ADMIN_MEMBER),
 * checked with the workspace row locked so two admins demoting each other cannot both succeed.
 */
export class MemberService {
  constructor(
    private readonly sessions: SessionService,
    private readonly mail: AccountMailer,
    /** The console's sign-in page, named in invitations. */
    private readonly signInUrl: string,
  ) {}

  async me(ctx: RequestContext): Promise<Me> {
    const caller = requirePermission(ctx, 'read');
    if (caller.kind === 'api-key') {
      return { kind: 'api-key', user: null, apiKeyId: caller.keyId, workspaceId: caller.workspaceId, role: caller.role, memberships: [] };
    }
    const [user]: { id: string; email: string; name: string | null; created_at: Date }[] = await ctx.db.query(
      `SELECT id, email, name, created_at FROM app_user WHERE id = $1`,
      [caller.userId],
    );
    // A session started by a workspace's SSO acts there only, so it lists only that workspace (see switchWorkspace).
    const bound = await this.ssoWorkspaceOf(ctx, caller.sessionId);
    const memberships: Membership[] = (
      await ctx.db.query(
        `SELECT m.workspace_id, w.name, m.role, m.created_at FROM workspace_member m JOIN workspace w ON w.id = m.workspace_id
         WHERE m.user_id = $1 AND ($2::uuid IS NULL OR m.workspace_id = $2) ORDER BY m.created_at, m.workspace_id`,
        [caller.userId, bound],
      )
    ).map((r: { workspace_id: string; name: string; role: MemberRole; created_at: Date }) => ({
      workspaceId: r.workspace_id,
      workspaceName: r.name,
      role: r.role,
      createdAt: r.created_at,
    }));
    return {
      kind: 'user',
      user: { id: user.id, email: user.email, name: user.name, createdAt: user.created_at },
      apiKeyId: null,
      workspaceId: caller.workspaceId,
      role: caller.role,
      memberships,
    };
  }

  async list(ctx: RequestContext, first: number): Promise<WorkspaceMemberList> {
    const workspaceId = requireWorkspace(ctx, 'read');
    const rows: (MemberRow & { total: number })[] = await ctx.db.query(
      `SELECT ${MEMBER_COLUMNS}, count(*) OVER ()::int AS total FROM workspace_member m JOIN app_user u ON u.id = m.user_id
       WHERE m.workspace_id = $1 ORDER BY m.created_at, m.user_id LIMIT $2`,
      [workspaceId, first],
    );
    return { items: rows.map(toMember), totalCount: rows[0]?.total ?? 0 };
  }

  /** Adds a person (a new user when the address is new) and emails them where to sign in. */
  async invite(ctx: RequestContext, input: InviteMemberInput): Promise<WorkspaceMember> {
    const caller = requireAdmin(ctx);
    const email = normalizeEmail(input.email);
    if (!email) throw new LadderError('BAD_USER_INPUT', 'The email is not an address', { field: 'email' });
    const { member, workspaceName } = await ctx.db.transaction(async (em) => {
      const [user]: { id: string }[] = await em.query(
        `INSERT INTO app_user (email) VALUES ($1) ON CONFLICT (email) DO UPDATE SET email = EXCLUDED.email RETURNING id`,
        [email],
      );
      const added: unknown[] = await em.query(
        `INSERT INTO workspace_member (workspace_id, user_id, role, invited_by_user_id, invited_by_key_id)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING user_id`,
        [caller.workspaceId, user.id, input.role, caller.kind === 'user' ? caller.userId : null, caller.keyId],
      );
      if (!added.length) throw new LadderError('ALREADY_MEMBER', `${email} is a member of this workspace already`, { userId: user.id });
      const [ws]: { name: string }[] = await em.query(`SELECT name FROM workspace WHERE id = $1`, [caller.workspaceId]);
      return { member: await this.memberOrFail(em, caller.workspaceId, user.id), workspaceName: ws.name };
    });
    // After the commit; a lost invitation costs nothing: the person can ask for a sign-in link themselves.
    this.mail(invitationMail(email, workspaceName, input.role, `${this.signInUrl}?email=${encodeURIComponent(email)}`)).catch(
      (e: unknown) =>
        console.error('members: the invitation could not be sent: %s', e instanceof Error ? e.message.replace(/\S+@\S+/g, '<address>') : e),
    );
    return member;
  }

  async updateRole(ctx: RequestContext, input: UpdateMemberRoleInput): Promise<WorkspaceMember> {
    const caller = requireAdmin(ctx);
    return ctx.db.transaction(async (em) => {
      const current = await this.lockedMember(em, caller.workspaceId, input.userId);
      if (current.role === MemberRole.ADMIN && input.role !== MemberRole.ADMIN)
        await this.keepAnAdmin(em, caller.workspaceId, input.userId);
      await em.query(`UPDATE workspace_member SET role = $3 WHERE workspace_id = $1 AND user_id = $2`, [
        caller.workspaceId,
        input.userId,
        input.role,
      ]);
      return this.memberOrFail(em, caller.workspaceId, input.userId);
    });
  }

  /** Removes a person from the workspace and ends their sessions in it at once. Returns the removed member. */
  async remove(ctx: RequestContext, userId: string): Promise<WorkspaceMember> {
    const caller = requireAdmin(ctx);
    return ctx.db.transaction(async (em) => {
      const current = await this.lockedMember(em, caller.workspaceId, userId);
      if (current.role === MemberRole.ADMIN) await this.keepAnAdmin(em, caller.workspaceId, userId);
      const member = await this.memberOrFail(em, caller.workspaceId, userId);
      await em.query(`DELETE FROM workspace_member WHERE workspace_id = $1 AND user_id = $2`, [caller.workspaceId, userId]);
      await this.sessions.revokeAll(em, userId, caller.workspaceId);
      return member;
    });
  }

  /**
   * Ends every session of the signed-in person, this one included (a session of a workspace's SSO: every session of that
   * workspace, since a workspace's provider speaks for nobody elsewhere). Returns how many ended.
   */
  async signOutEverywhere(ctx: RequestContext): Promise<number> {
    const caller = requirePermission(ctx, 'read');
    if (caller.kind !== 'user')
      throw new LadderError('BAD_USER_INPUT', 'API keys have no sessions: revoke the key instead (revokeApiKey).');
    const bound = await this.ssoWorkspaceOf(ctx, caller.sessionId);
    return ctx.db.transaction((em) => this.sessions.revokeAll(em, caller.userId, bound ?? undefined));
  }

  /**
   * Moves this session to another of the person's workspaces, from its next request on (the console reloads). Not a
   * member, or no such workspace: WORKSPACE_NOT_FOUND either way. A session started by a workspace's SSO stays there
   * (REAUTHENTICATION_REQUIRED): that provider vouches for nobody elsewhere, so the person signs in by email to switch.
   */
  async switchWorkspace(ctx: RequestContext, workspaceId: string): Promise<Me> {
    const caller = requirePermission(ctx, 'read');
    if (caller.kind !== 'user') {
      throw new LadderError('SESSION_REQUIRED', 'An API key belongs to one workspace: use a key of the other workspace instead.');
    }
    const bound = await this.ssoWorkspaceOf(ctx, caller.sessionId);
    if (bound && bound !== workspaceId) {
      throw new LadderError(
        'REAUTHENTICATION_REQUIRED',
        "This session was started with this workspace's single sign-on: sign in with an email link to open another workspace.",
      );
    }
    if (!isUuid(workspaceId)) throw notFound('WORKSPACE_NOT_FOUND', 'Workspace', workspaceId);
    const [moved]: { role: MemberRole }[] = await ctx.db.query(
      `WITH m AS (SELECT role FROM workspace_member WHERE workspace_id = $2 AND user_id = $3),
       u AS (UPDATE user_session SET workspace_id = $2 WHERE id = $1 AND user_id = $3 AND revoked_at IS NULL AND EXISTS (SELECT 1 FROM m)
             RETURNING id)
       SELECT m.role FROM m JOIN u ON true`,
      [caller.sessionId, workspaceId, caller.userId],
    );
    if (!moved) throw notFound('WORKSPACE_NOT_FOUND', 'Workspace', workspaceId);
    return this.me({ ...ctx, principal: { ...caller, workspaceId, role: moved.role as unknown as ApiKeyRole } });
  }

  private async ssoWorkspaceOf(ctx: RequestContext, sessionId: string): Promise<string | null> {
    const [row]: { sso_workspace_id: string | null }[] = await ctx.db.query(`SELECT sso_workspace_id FROM user_session WHERE id = $1`, [
      sessionId,
    ]);
    return row?.sso_workspace_id ?? null;
  }

  private async lockedMember(em: EntityManager, workspaceId: string, userId: string): Promise<{ role: MemberRole }> {
    if (!isUuid(userId)) throw memberNotFound(userId);
    await em.query(`SELECT 1 FROM workspace WHERE id = $1 FOR UPDATE`, [workspaceId]);
    const [row]: { role: MemberRole }[] = await em.query(`SELECT role FROM workspace_member WHERE workspace_id = $1 AND user_id = $2`, [
      workspaceId,
      userId,
    ]);
    if (!row) throw memberNotFound(userId);
    return row;
  }

  private async keepAnAdmin(em: EntityManager, workspaceId: string, leaving: string): Promise<void> {
    const [{ n }]: { n: number }[] = await em.query(
      `SELECT count(*)::int AS n FROM workspace_member WHERE workspace_id = $1 AND role = 'admin' AND user_id <> $2`,
      [workspaceId, leaving],
    );
    if (n === 0) {
      throw new LadderError('LAST_ADMIN_MEMBER', 'A workspace keeps at least one admin member: make someone else admin first.', {
        userId: leaving,
      });
    }
  }

  private async memberOrFail(em: EntityManager, workspaceId: string, userId: string): Promise<WorkspaceMember> {
    const [row]: MemberRow[] = await em.query(
      `SELECT ${MEMBER_COLUMNS} FROM workspace_member m JOIN app_user u ON u.id = m.user_id WHERE m.workspace_id = $1 AND m.user_id = $2`,
      [workspaceId, userId],
    );
    if (!row) throw memberNotFound(userId);
    return toMember(row);
  }
}
