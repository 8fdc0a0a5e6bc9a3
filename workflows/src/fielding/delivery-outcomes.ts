import type pg from 'pg';
import { inTransaction } from '../activities/db.js';

/** How one claimed row ends this pass; every row a dispatcher claims gets exactly one. */
export type Outcome =
  | { id: string; status: 'sent'; messageId: string }
  /** Back in the queue: a temporary SMTP failure (attempted) or a send window that is closed (not attempted). */
  | { id: string; status: 'queued'; attempted: boolean; dueAt: Date; error: string | null }
  | { id: string; status: 'failed'; attempted: boolean; error: string }
  /** A hard bounce: the address joins the workspace's suppression list in the same transaction. */
  | { id: string; status: 'bounced'; error: string; workspaceId: string; email: string }
  | { id: string; status: 'suppressed' };

export type OutcomeCounts = Record<Outcome['status'] | 'deferred', number>;

export function countOutcomes(outcomes: Outcome[]): OutcomeCounts {
  const counts: OutcomeCounts = { sent: 0, queued: 0, deferred: 0, failed: 0, bounced: 0, suppressed: 0 };
  for (const o of outcomes) counts[o.status === 'queued' && !o.attempted ? 'deferred' : o.status]++;
  return counts;
}

/**
 * Writes a batch's outcomes in one statement (plus the bounces' suppressions), releasing the rows'
 * leases. Only rows still `sending` are touched, so an outcome can never overwrite a row that has
 * moved on.
 */
export async function recordOutcomes(pool: pg.Pool, outcomes: Outcome[]): Promise<void> {
  if (!outcomes.length) return;
  const col = <T>(pick: (o: Outcome) => T) => outcomes.map(pick);
  await inTransaction(pool, async (client) => {
    await client.query(
      `UPDATE email_delivery d
       SET status = u.status,
           attempts = d.attempts + CASE WHEN u.attempted THEN 1 ELSE 0 END,
           last_error = CASE WHEN u.status = 'queued' AND NOT u.attempted THEN d.last_error ELSE u.error END,
           message_id = coalesce(u.message_id, d.message_id),
           sent_at = CASE WHEN u.status = 'sent' THEN now() ELSE d.sent_at END,
           due_at = coalesce(u.due_at, d.due_at),
           lease_until = NULL,
           updated_at = now()
       FROM unnest($1::uuid[], $2::text[], $3::boolean[], $4::text[], $5::text[], $6::timestamptz[])
         AS u(id, status, attempted, error, message_id, due_at)
       WHERE d.id = u.id AND d.status = 'sending'`,
      [
        col((o) => o.id),
        col((o) => o.status),
        col((o) => o.status === 'sent' || o.status === 'bounced' || ('attempted' in o && o.attempted)),
        col((o) => ('error' in o ? o.error : null)),
        col((o) => (o.status === 'sent' ? o.messageId : null)),
        col((o) => (o.status === 'queued' ? o.dueAt : null)),
      ],
    );
    const bounces = outcomes.filter((o): o is Extract<Outcome, { status: 'bounced' }> => o.status === 'bounced');
    if (bounces.length) {
      await client.query(
        `INSERT INTO email_suppression (workspace_id, email, reason, detail, delivery_id)
         SELECT workspace_id, lower(email), 'bounced', detail, delivery_id
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[]) AS b(workspace_id, email, detail, delivery_id)
         ON CONFLICT (workspace_id, email) DO NOTHING`,
        [bounces.map((b) => b.workspaceId), bounces.map((b) => b.email), bounces.map((b) => b.error), bounces.map((b) => b.id)],
      );
    }
  });
}
