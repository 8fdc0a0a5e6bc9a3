import { requireWorkspace, type RequestContext } from '../common/context.js';
import { ApiKeyRole } from '../common/enums.js';
import { LadderError } from '../common/errors.js';
import { normalizeEmail } from './email-address.js';
import type { SuppressionReason } from '../common/enums.js';
import type { EmailSuppression, EmailSuppressionList } from './suppression.types.js';

interface SuppressionRow {
  email: string;
  reason: SuppressionReason;
  detail: string | null;
  created_at: Date;
}

const toSuppression = (r: SuppressionRow): EmailSuppression => ({
  email: r.email,
  reason: r.reason,
  detail: r.detail,
  createdAt: r.created_at,
});

/** The list holds addresses (personal data) and decides who is mailed: admin keys only. */
function requireAdmin(ctx: RequestContext): string {
  const workspaceId = requireWorkspace(ctx, 'write');
  if (ctx.principal.kind !== 'anonymous' && ctx.principal.role !== ApiKeyRole.ADMIN) {
    throw new LadderError('FORBIDDEN', 'Only an admin key may read or change the suppression list.');
  }
  return workspaceId;
}

function emailOrFail(value: string): string {
  const email = normalizeEmail(value);
  if (!email) throw new LadderError('BAD_USER_INPUT', `"${value}" is not an email address`, { field: 'email' });
  return email;
}

export async function listSuppressions(ctx: RequestContext, first: number): Promise<EmailSuppressionList> {
  const workspaceId = requireAdmin(ctx);
  const rows: (SuppressionRow & { total: number })[] = await ctx.db.query(
    `SELECT email, reason, detail, created_at, count(*) OVER ()::int AS total FROM email_suppression
     WHERE workspace_id = $1 ORDER BY created_at DESC, email LIMIT $2`,
    [workspaceId, first],
  );
  const totalCount = rows[0]?.total ?? 0;
  return { items: rows.map(toSuppression), totalCount };
}

/** Adds an address (reason MANUAL); an address already listed keeps its first reason. Idempotent. */
export async function suppressEmail(ctx: RequestContext, value: string): Promise<EmailSuppression> {
  const workspaceId = requireAdmin(ctx);
  const email = emailOrFail(value);
  await ctx.db.query(
    `INSERT INTO email_suppression (workspace_id, email, reason) VALUES ($1, $2, 'manual') ON CONFLICT (workspace_id, email) DO NOTHING`,
    [workspaceId, email],
  );
  const [row]: SuppressionRow[] = await ctx.db.query(
    `SELECT email, reason, detail, created_at FROM email_suppression WHERE workspace_id = $1 AND email = $2`,
    [workspaceId, email],
  );
  return toSuppression(row);
}

/** Removes an address, whatever its reason (an admin's decision); false when it was not listed. */
export async function unsuppressEmail(ctx: RequestContext, value: string): Promise<boolean> {
  const workspaceId = requireAdmin(ctx);
  const email = emailOrFail(value);
  const [, affected]: [unknown, number] = await ctx.db.query(`DELETE FROM email_suppression WHERE workspace_id = $1 AND email = $2`, [
    workspaceId,
    email,
  ]);
  return affected > 0;
}
