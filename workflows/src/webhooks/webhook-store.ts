import type pg from 'pg';
import type { WebhookEventType } from '@ladder/contracts';
import { inTransaction } from '../activities/db.js';

/** An endpoint this dispatcher holds (its lease), with what signing and sending need. */
export interface HeldEndpoint {
  id: string;
  workspaceId: string;
  url: string;
  secret: string;
  failingSince: Date | null;
}

/** A pending delivery of a held endpoint, with its event. */
export interface PendingDelivery {
  id: string;
  endpointId: string;
  attempts: number;
  eventId: string;
  type: WebhookEventType;
  payload: Record<string, unknown>;
  createdAt: Date;
}

/** What one attempt came to; written in one statement with the endpoint's failing state. */
export interface AttemptResult {
  deliveryId: string;
  ok: boolean;
  statusCode: number | null;
  latencyMs: number;
  responseBody: string | null;
  error: string | null;
  /** When the next attempt is due; null with ok = false: the schedule is used up (failed). */
  nextAttemptAt: Date | null;
}

/**
 * Leases up to `limit` enabled endpoints whose oldest pending delivery is due, oldest due first.
 * Only the head of an endpoint's queue decides: a newer delivery never overtakes an older one
 * waiting for its retry, so an endpoint receives its events in order. SKIP LOCKED and the lease
 * keep two dispatchers (two workers) from holding, and sending to, one endpoint at once.
 */
export async function leaseDueEndpoints(pool: pg.Pool, limit: number, leaseMs: number, now: Date): Promise<HeldEndpoint[]> {
  const { rows } = await pool.query(
    `WITH due AS (
       SELECT e.id, h.next_attempt_at FROM webhook_endpoint e
       CROSS JOIN LATERAL (
         SELECT d.next_attempt_at FROM webhook_delivery d
         WHERE d.workspace_id = e.workspace_id AND d.endpoint_id = e.id AND d.status = 'pending' ORDER BY d.seq LIMIT 1
       ) h
       -- The database's clock too: a row enqueued this millisecond is due (ours has microseconds, JavaScript's only milliseconds).
       WHERE e.enabled AND (e.lease_until IS NULL OR e.lease_until < $3) AND h.next_attempt_at <= greatest($3, clock_timestamp())
       ORDER BY h.next_attempt_at
       LIMIT $1
       FOR UPDATE OF e SKIP LOCKED
     )
     UPDATE webhook_endpoint e SET lease_until = $3::timestamptz + make_interval(secs => $2::double precision / 1000)
     FROM due WHERE e.id = due.id
     RETURNING e.id, e.workspace_id, e.url, e.secret, e.failing_since, due.next_attempt_at`,
    [limit, leaseMs, now],
  );
  return rows
    .sort((a, b) => a.next_attempt_at - b.next_attempt_at)
    .map((r) => ({ id: r.id, workspaceId: r.workspace_id, url: r.url, secret: r.secret, failingSince: r.failing_since }));
}

/** An endpoint's pending deliveries, oldest first (its queue; the head is due, the rest wait behind it). */
export async function pendingDeliveries(pool: pg.Pool, endpoint: HeldEndpoint, limit: number): Promise<PendingDelivery[]> {
  const { rows } = await pool.query(
    `SELECT d.id, d.endpoint_id, d.attempts, e.id AS event_id, e.type, e.payload, e.created_at
     FROM webhook_delivery d JOIN webhook_event e ON e.id = d.event_id
     WHERE d.workspace_id = $3 AND d.endpoint_id = $1 AND d.status = 'pending' ORDER BY d.seq LIMIT $2`,
    [endpoint.id, limit, endpoint.workspaceId],
  );
  return rows.map((r) => ({
    id: r.id,
    endpointId: r.endpoint_id,
    attempts: r.attempts,
    eventId: r.event_id,
    type: r.type,
    payload: r.payload,
    createdAt: r.created_at,
  }));
}

/**
 * Records an attempt: the delivery's outcome (delivered, pending with its next attempt, or failed)
 * and the endpoint's failing clock (cleared by a success, started by the first failure after one),
 * in one statement (atomic, one round trip); the endpoint row is written only when its clock changes.
 */
export async function recordAttempt(pool: pg.Pool, endpointId: string, result: AttemptResult, now: Date): Promise<void> {
  const status = result.ok ? 'delivered' : result.nextAttemptAt ? 'pending' : 'failed';
  await pool.query(
    `WITH delivery AS (
       UPDATE webhook_delivery SET status = $2::text, attempts = attempts + 1, last_attempt_at = $3::timestamptz,
         last_status_code = $4::int, last_latency_ms = $5::int, last_response_body = $6::text, last_error = $7::text,
         next_attempt_at = coalesce($8::timestamptz, next_attempt_at),
         delivered_at = CASE WHEN $2::text = 'delivered' THEN $3::timestamptz END
       WHERE id = $1 AND status = 'pending'
     )
     UPDATE webhook_endpoint SET failing_since = CASE WHEN $10::boolean THEN NULL ELSE $3::timestamptz END
     WHERE id = $9 AND CASE WHEN $10::boolean THEN failing_since IS NOT NULL ELSE failing_since IS NULL END`,
    [
      result.deliveryId,
      status,
      now,
      result.statusCode,
      result.latencyMs,
      result.responseBody,
      result.error,
      result.nextAttemptAt,
      endpointId,
      result.ok,
    ],
  );
}

/**
 * Disables an endpoint that kept failing and tells the workspace's admins: Ladder holds no
 * addresses of people (API keys have names, not emails), so the notice is an audit event any
 * admin key reads (`auditEvents`, name `webhookEndpointDisabled`, no key: the system) and the
 * endpoint's `disabledReason`. False when it was no longer enabled.
 */
export async function disableFailingEndpoint(pool: pg.Pool, endpoint: HeldEndpoint, now: Date): Promise<boolean> {
  return inTransaction(pool, async (client) => {
    const { rowCount } = await client.query(
      `UPDATE webhook_endpoint SET enabled = false, disabled_reason = 'failing', disabled_at = $2::timestamptz, lease_until = NULL,
         updated_at = $2::timestamptz
       WHERE id = $1 AND enabled`,
      [endpoint.id, now],
    );
    if (!rowCount) return false;
    await client.query(
      `INSERT INTO audit_event (workspace_id, key_id, action, name, target, outcome)
       VALUES ($1, NULL, 'mutation', 'webhookEndpointDisabled', $2::jsonb, 'ok')`,
      [endpoint.workspaceId, JSON.stringify({ id: endpoint.id })],
    );
    return true;
  });
}

/**
 * Deletes events older than `before` that have nothing pending any more, with their delivery logs,
 * oldest first, at most `limit`; answers how many.
 */
export async function pruneWebhookEvents(pool: pg.Pool, before: Date, limit: number): Promise<number> {
  const { rowCount } = await pool.query(
    `WITH old AS (
       SELECT e.id FROM webhook_event e
       WHERE e.created_at < $1 AND NOT EXISTS (
         SELECT 1 FROM webhook_delivery d WHERE d.workspace_id = e.workspace_id AND d.event_id = e.id AND d.status = 'pending')
       ORDER BY e.created_at LIMIT $2
     )
     DELETE FROM webhook_event e USING old WHERE e.id = old.id`,
    [before, limit],
  );
  return rowCount ?? 0;
}

/** Gives the endpoint back before its lease ends, so the next pass (any worker) may take it. */
export async function releaseEndpoint(pool: pg.Pool, endpointId: string): Promise<void> {
  await pool.query(`UPDATE webhook_endpoint SET lease_until = NULL WHERE id = $1`, [endpointId]);
}

/** When the next endpoint's head delivery falls due (or a held endpoint's lease ends); null when nothing is pending. */
export async function nextWebhookDueAt(pool: pg.Pool): Promise<Date | null> {
  const { rows } = await pool.query(
    `SELECT min(greatest(h.next_attempt_at, coalesce(e.lease_until, h.next_attempt_at))) AS next
     FROM webhook_endpoint e
     CROSS JOIN LATERAL (
       SELECT d.next_attempt_at FROM webhook_delivery d
         WHERE d.workspace_id = e.workspace_id AND d.endpoint_id = e.id AND d.status = 'pending' ORDER BY d.seq LIMIT 1
     ) h
     WHERE e.enabled`,
  );
  return rows[0].next;
}
