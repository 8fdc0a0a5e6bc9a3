import { WEBHOOK_CHANNEL } from '@ladder/contracts';
import type { RequestContext } from '../common/context.js';
import { LadderError, notFound } from '../common/errors.js';
import { isUuid } from '../common/ids.js';
import { requireWebhookAdmin } from './webhook-admin.js';
import type { WebhookDeliveriesArgs, WebhookDelivery, WebhookDeliveryConnection } from './webhook-out.types.js';
import type { WebhookDeliveryState, WebhookEventKind } from '../common/enums.js';

interface DeliveryRow {
  id: string;
  seq: string;
  endpoint_id: string;
  event_id: string;
  type: WebhookEventKind;
  status: WebhookDeliveryState;
  attempts: number;
  next_attempt_at: Date;
  last_attempt_at: Date | null;
  last_status_code: number | null;
  last_latency_ms: number | null;
  last_response_body: string | null;
  last_error: string | null;
  delivered_at: Date | null;
  replay_of: string | null;
  created_at: Date;
}

const COLUMNS = `d.id, d.seq::text, d.endpoint_id, d.event_id, e.type, d.status, d.attempts, d.next_attempt_at, d.last_attempt_at,
  d.last_status_code, d.last_latency_ms, d.last_response_body, d.last_error, d.delivered_at, d.replay_of, d.created_at`;

const toDelivery = (r: DeliveryRow): WebhookDelivery => ({
  id: r.id,
  endpointId: r.endpoint_id,
  eventId: r.event_id,
  eventType: r.type,
  status: r.status,
  attempts: r.attempts,
  nextAttemptAt: r.status === 'pending' ? r.next_attempt_at : null,
  lastAttemptAt: r.last_attempt_at,
  statusCode: r.last_status_code,
  latencyMs: r.last_latency_ms,
  responseBody: r.last_response_body,
  error: r.last_error,
  deliveredAt: r.delivered_at,
  replayOf: r.replay_of,
  createdAt: r.created_at,
});

const encodeCursor = (seq: string) => Buffer.from(JSON.stringify([seq])).toString('base64url');

function decodeCursor(cursor: string): string {
  try {
    const [seq] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof seq === 'string' && /^\d{1,19}$/.test(seq)) return seq;
  } catch {
    /* reported below */
  }
  throw new LadderError('BAD_USER_INPUT', 'The "after" cursor is not one this API returned', { argument: 'after' });
}

/** An endpoint's delivery log (newest first, keyset-paged) and replays. Admin keys only. */
export class WebhookDeliveryService {
  async list(ctx: RequestContext, args: WebhookDeliveriesArgs): Promise<WebhookDeliveryConnection> {
    const { workspaceId } = requireWebhookAdmin(ctx);
    const [endpoint] = isUuid(args.endpointId)
      ? await ctx.db.query(`SELECT id FROM webhook_endpoint WHERE id = $1 AND workspace_id = $2`, [args.endpointId, workspaceId])
      : [];
    if (!endpoint) throw notFound('WEBHOOK_ENDPOINT_NOT_FOUND', 'Webhook endpoint', args.endpointId);
    const rows: DeliveryRow[] = await ctx.db.query(
      `SELECT ${COLUMNS} FROM webhook_delivery d JOIN webhook_event e ON e.id = d.event_id
       WHERE d.workspace_id = $1 AND d.endpoint_id = $2 AND ($3::text IS NULL OR d.status = $3) AND ($4::bigint IS NULL OR d.seq < $4)
       ORDER BY d.seq DESC LIMIT $5`,
      [workspaceId, args.endpointId, args.status ?? null, args.after ? decodeCursor(args.after) : null, args.first + 1],
    );
    const page = rows.slice(0, args.first);
    return {
      edges: page.map((r) => ({ cursor: encodeCursor(r.seq), node: toDelivery(r) })),
      pageInfo: { hasNextPage: rows.length > args.first, endCursor: page.length ? encodeCursor(page[page.length - 1].seq) : null },
    };
  }

  /**
   * Sends a delivery's event again to its endpoint: a new delivery (the old one keeps its log), at
   * the end of the endpoint's queue, with the same webhook-id so receivers can tell a duplicate.
   */
  async replay(ctx: RequestContext, id: string): Promise<WebhookDelivery> {
    const { workspaceId } = requireWebhookAdmin(ctx);
    return ctx.db.transaction(async (em) => {
      const inserted: { id: string }[] = isUuid(id)
        ? await em.query(
            `INSERT INTO webhook_delivery (workspace_id, endpoint_id, event_id, replay_of)
             SELECT workspace_id, endpoint_id, event_id, id FROM webhook_delivery WHERE id = $1 AND workspace_id = $2 RETURNING id`,
            [id, workspaceId],
          )
        : [];
      if (!inserted.length) throw notFound('WEBHOOK_DELIVERY_NOT_FOUND', 'Webhook delivery', id);
      // Wakes the worker's dispatcher at commit, like an enqueued event.
      await em.query(`SELECT pg_notify($1, '')`, [WEBHOOK_CHANNEL]);
      const [row]: DeliveryRow[] = await em.query(
        `SELECT ${COLUMNS} FROM webhook_delivery d JOIN webhook_event e ON e.id = d.event_id WHERE d.id = $1`,
        [inserted[0].id],
      );
      return toDelivery(row);
    });
  }
}
