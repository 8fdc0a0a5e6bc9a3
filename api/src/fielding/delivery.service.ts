import { requireWorkspace, type RequestContext } from '../common/context.js';
import { LadderError } from '../common/errors.js';
import { isUuid } from '../common/ids.js';
import { DELIVERY_COLUMNS, toDelivery, type DeliveryRow } from './delivery-row.js';
import type { DeliveriesArgs, EmailDeliveryConnection } from './delivery.types.js';
import { storedStatuses } from './delivery-status.js';
import { findFieldableWave } from './wave-scope.js';

/** Cursors name the last row seen; its (created_at, id) is read back exactly, microseconds included. */
const encodeCursor = (id: string) => Buffer.from(id).toString('base64url');

function decodeCursor(cursor: string): string {
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!isUuid(id)) throw new LadderError('BAD_USER_INPUT', 'The "after" cursor is not one this API returned', { argument: 'after' });
  return id;
}

/** The delivery table of a wave, newest first, keyset-paged, with the total in the same statement. */
export async function listDeliveries(ctx: RequestContext, args: DeliveriesArgs): Promise<EmailDeliveryConnection> {
  const workspaceId = requireWorkspace(ctx, 'read');
  const wave = await findFieldableWave(ctx.db.manager, workspaceId, args.waveId);
  const statuses = args.status?.length ? args.status.flatMap(storedStatuses) : null;
  const after = args.after ? decodeCursor(args.after) : null;
  const rows: (DeliveryRow & { total: number })[] = await ctx.db.query(
    `WITH filtered AS (
       SELECT ${DELIVERY_COLUMNS} FROM email_delivery d
       WHERE d.workspace_id = $1 AND d.wave_id = $2 AND ($3::text[] IS NULL OR d.status = ANY($3::text[]))
     )
     SELECT d.*, (SELECT count(*)::int FROM filtered) AS total FROM filtered d
     WHERE $4::uuid IS NULL
        OR (d.created_at, d.id) < (SELECT c.created_at, c.id FROM email_delivery c WHERE c.workspace_id = $1 AND c.id = $4::uuid)
     ORDER BY d.created_at DESC, d.id DESC LIMIT $5`,
    [workspaceId, wave.id, statuses, after, args.first + 1],
  );
  const page = rows.slice(0, args.first).map(toDelivery);
  const total = rows[0]?.total ?? (await countDeliveries(ctx, workspaceId, wave.id, statuses));
  return {
    edges: page.map((node) => ({ cursor: encodeCursor(node.id), node })),
    pageInfo: { hasNextPage: rows.length > args.first, endCursor: page.length ? encodeCursor(page[page.length - 1].id) : null },
    totalCount: total,
  };
}

async function countDeliveries(ctx: RequestContext, workspaceId: string, waveId: string, statuses: string[] | null): Promise<number> {
  const [{ n }]: { n: number }[] = await ctx.db.query(
    `SELECT count(*)::int AS n FROM email_delivery d
     WHERE d.workspace_id = $1 AND d.wave_id = $2 AND ($3::text[] IS NULL OR d.status = ANY($3::text[]))`,
    [workspaceId, waveId, statuses],
  );
  return n;
}
