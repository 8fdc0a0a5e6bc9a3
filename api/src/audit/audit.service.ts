import type { DataSource } from 'typeorm';
import { ApiKeyRole, type AuditAction } from '../common/enums.js';
import { LadderError } from '../common/errors.js';
import { isUuid } from '../common/ids.js';
import type { Caller, RequestContext } from '../common/context.js';
import type { AuditEvent, AuditEventConnection, AuditEventsArgs } from './audit.types.js';

/** What one audited action was; `target` holds ids only, never values that hold personal data. */
export interface AuditEntry {
  workspaceId: string;
  keyId: string | null;
  /** The person who acted through a console session (then keyId is null). */
  userId?: string | null;
  action: AuditAction;
  name: string;
  target: Record<string, string | string[]>;
  /** 'ok', or the error's stable code. */
  errorCode: string | null;
}

interface AuditRow {
  id: string;
  key_id: string | null;
  user_id: string | null;
  action: AuditAction;
  name: string;
  target: Record<string, string | string[]>;
  outcome: 'ok' | 'error';
  error_code: string | null;
  at: Date;
}

/** Appends events in one statement. Failures are logged without the target and rethrown to the caller. */
export async function recordAudit(db: DataSource, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db.query(
    `INSERT INTO audit_event (workspace_id, key_id, user_id, action, name, target, outcome, error_code)
     SELECT w, k, u, a, n, t, CASE WHEN e IS NULL THEN 'ok' ELSE 'error' END, e
     FROM unnest($1::uuid[], $2::uuid[], $7::uuid[], $3::text[], $4::text[], $5::jsonb[], $6::text[]) AS x(w, k, u, a, n, t, e)`,
    [
      entries.map((e) => e.workspaceId),
      entries.map((e) => e.keyId),
      entries.map((e) => e.action),
      entries.map((e) => e.name),
      entries.map((e) => JSON.stringify(e.target)),
      entries.map((e) => e.errorCode),
      entries.map((e) => e.userId ?? null),
    ],
  );
}

/** Logs a failed audit write by action and name only: the target could be argued to be personal. */
export function reportAuditFailure(error: unknown, entries: readonly AuditEntry[]): void {
  const what = entries.map((e) => `${e.action}:${e.name}`).join(', ');
  console.error('audit: could not record %s: %s', what, error instanceof Error ? error.message : String(error));
}

const encodeCursor = (id: string) => Buffer.from(JSON.stringify([id])).toString('base64url');

function decodeCursor(cursor: string): string {
  try {
    const [id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof id === 'string' && /^\d{1,19}$/.test(id)) return id;
  } catch {
    /* reported below */
  }
  throw new LadderError('BAD_USER_INPUT', 'The "after" cursor is not one this API returned', { argument: 'after' });
}

/** Who acted, as audit_event records it: the key, or the person (a session). */
export const auditActor = (p: Caller): Pick<AuditEntry, 'keyId' | 'userId'> => ({
  keyId: p.keyId,
  userId: p.kind === 'user' ? p.userId : null,
});

/** Admins only: the log says who read which transcript, which is itself worth protecting. */
function requireAdmin(ctx: RequestContext): string {
  const p = ctx.principal;
  if (p.kind === 'anonymous') throw new LadderError('UNAUTHENTICATED', 'An API key is required: send "Authorization: Bearer <key>".');
  if (p.role !== ApiKeyRole.ADMIN)
    throw new LadderError('FORBIDDEN', `Only admin ${p.kind === 'user' ? 'members' : 'keys'} may read the audit log.`);
  return p.workspaceId;
}

export class AuditService {
  /** The workspace's events, newest first, keyset-paged by id. */
  async list(ctx: RequestContext, args: AuditEventsArgs): Promise<AuditEventConnection> {
    const workspaceId = requireAdmin(ctx);
    const f = args.filter ?? {};
    const params: unknown[] = [workspaceId];
    const where = ['workspace_id = $1'];
    const add = (sql: (n: number) => string, value: unknown) => {
      params.push(value);
      where.push(sql(params.length));
    };
    if (f.action != null) add((n) => `action = $${n}`, f.action);
    // A key id that is no UUID names no key: an empty page, not an error.
    if (f.keyId != null) add((n) => `key_id = $${n}::uuid`, isUuid(f.keyId) ? f.keyId : null);
    if (f.userId != null) add((n) => `user_id = $${n}::uuid`, isUuid(f.userId) ? f.userId : null);
    if (f.since != null) add((n) => `at >= $${n}`, f.since);
    if (f.until != null) add((n) => `at < $${n}`, f.until);
    if (args.after) add((n) => `id < $${n}::bigint`, decodeCursor(args.after));
    params.push(args.first + 1);
    const rows: AuditRow[] = await ctx.db.query(
      `SELECT id::text, key_id, user_id, action, name, target, outcome, error_code, at FROM audit_event
       WHERE ${where.join(' AND ')} ORDER BY id DESC LIMIT $${params.length}`,
      params,
    );
    const page = rows.slice(0, args.first).map(toEvent);
    return {
      edges: page.map((node) => ({ cursor: encodeCursor(node.id), node })),
      pageInfo: { hasNextPage: rows.length > args.first, endCursor: page.length ? encodeCursor(page[page.length - 1].id) : null },
    };
  }
}

function toEvent(r: AuditRow): AuditEvent {
  return {
    id: r.id,
    keyId: r.key_id,
    userId: r.user_id,
    action: r.action,
    name: r.name,
    target: r.target,
    outcome: r.outcome,
    errorCode: r.error_code,
    at: r.at,
  };
}
