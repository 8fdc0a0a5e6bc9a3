import { setTimeout as sleep } from 'node:timers/promises';
import type { DataSource } from 'typeorm';

/** An `audit_event` row as the audit tests compare it. */
export interface AuditRow {
  action: string;
  name: string;
  target: Record<string, unknown>;
  outcome: string;
  error_code: string | null;
  key_id: string | null;
}

/** The newest audit event's id (0 when there is none): what `auditRowsSince` reads after. */
export const lastAuditEventId = async (db: DataSource): Promise<number> =>
  (await db.query(`SELECT coalesce(max(id), 0)::int AS id FROM audit_event`))[0].id;

/**
 * A workspace's audit events after the event `sinceId` (0: all of them), of one `action` or all, oldest first.
 * Events are written after the response, so it waits (up to 2 s) until at least `count` are there.
 */
export async function auditRowsSince(
  db: DataSource,
  workspaceId: string,
  sinceId: number,
  { count = 0, action }: { count?: number; action?: string } = {},
): Promise<AuditRow[]> {
  const read = (): Promise<AuditRow[]> =>
    db.query(
      `SELECT action, name, target, outcome, error_code, key_id FROM audit_event
       WHERE workspace_id = $1 AND id > $2 AND ($3::text IS NULL OR action = $3) ORDER BY id`,
      [workspaceId, sinceId, action ?? null],
    );
  for (let i = 0; i < 40 && (await read()).length < count; i++) await sleep(50);
  return read();
}
