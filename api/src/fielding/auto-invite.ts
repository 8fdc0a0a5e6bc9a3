import type { EntityManager } from 'typeorm';

/** Respondents just written to a wave, whose invitations the wave's automatic rule may queue. */
export interface AutoInviteTarget {
  workspaceId: string;
  waveId: string;
  respondentIds: readonly string[];
}

export interface AutoInviteResult {
  queued: number;
  /** Rows written as `suppressed` at once: their address is on the workspace's suppression list. */
  suppressed: number;
}

/**
 * The deterministic sample: the first 32 bits of md5(respondent id) as a fraction of 2^32. The same
 * respondent always falls on the same side of a given rate, so a retried ingest (or a second
 * delivery of the same webhook) neither adds nor drops anyone.
 */
export const SAMPLE_FRACTION_SQL = `(('x' || substr(md5(r.id::text), 1, 8))::bit(32)::bigint / 4294967296.0)`;

/**
 * Queues the automatic invitations of the given respondents, in the caller's transaction (so a
 * rolled-back ingest queues nothing): one statement, for respondents of a fielding, non-preview
 * wave whose rule is on, in one of its bands, inside the sample, with an email and no interview
 * yet. Due after the rule's delay; the worker's dispatcher applies quiet hours and the daily cap
 * when it claims them. The outbox's unique key (one invitation per respondent) makes a repeat a
 * no-op. Suppressed addresses get a `suppressed` row at once, so the console shows why nobody was
 * mailed; the dispatcher checks the list again at send time.
 */
export async function queueAutoInvitations(em: EntityManager, target: AutoInviteTarget): Promise<AutoInviteResult> {
  if (!target.respondentIds.length) return { queued: 0, suppressed: 0 };
  const rows: { status: string }[] = await em.query(
    `INSERT INTO email_delivery (workspace_id, wave_id, respondent_id, kind, trigger, email, status, due_at)
     SELECT r.workspace_id, r.wave_id, r.id, 'invitation', 'auto', c.email,
            CASE WHEN s.email IS NULL THEN 'queued' ELSE 'suppressed' END, now() + make_interval(mins => f.delay_minutes)
     FROM wave_fielding f
     JOIN wave w ON w.id = f.wave_id AND w.workspace_id = f.workspace_id
     JOIN respondent r ON r.wave_id = f.wave_id AND r.workspace_id = f.workspace_id
     JOIN respondent_contact c ON c.respondent_id = r.id AND c.workspace_id = r.workspace_id
     LEFT JOIN email_suppression s ON s.workspace_id = r.workspace_id AND s.email = lower(c.email)
     WHERE f.workspace_id = $1 AND f.wave_id = $2 AND f.auto_invite AND w.status = 'fielding' AND NOT w.preview
       AND r.id = ANY($3::uuid[]) AND r.band = ANY(f.bands) AND ${SAMPLE_FRACTION_SQL} < f.sample_rate
       AND coalesce(c.email, '') <> ''
       AND NOT EXISTS (SELECT 1 FROM interview_session i WHERE i.workspace_id = r.workspace_id AND i.respondent_id = r.id)
     ON CONFLICT ON CONSTRAINT email_delivery_once DO NOTHING
     RETURNING status`,
    [target.workspaceId, target.waveId, target.respondentIds],
  );
  const suppressed = rows.filter((r) => r.status === 'suppressed').length;
  return { queued: rows.length - suppressed, suppressed };
}
