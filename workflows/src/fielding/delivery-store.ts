import type { Band, DeliveryKind, DeliveryTrigger } from '@ladder/contracts';
import type pg from 'pg';
import type { SendRules } from './send-window.js';

/** An `email_delivery` row this dispatcher holds (status `sending`, with a lease). */
export interface ClaimedDelivery {
  id: string;
  workspaceId: string;
  waveId: string;
  respondentId: string;
  sessionId: string | null;
  kind: DeliveryKind;
  trigger: DeliveryTrigger;
  email: string;
  attempts: number;
}

/** What deciding and writing one email needs, read for a whole batch in one query. */
export interface DeliveryContext {
  delivery: ClaimedDelivery;
  studyName: string;
  waveStatus: 'draft' | 'fielding' | 'closed';
  band: Band;
  respondentLanguage: string | null;
  attributes: Record<string, unknown>;
  /** The guide version the wave pinned for the respondent's band. */
  guideId: string | null;
  /** The wave's fielding rules; null when it has none (no quiet hours, no cap). */
  rules: SendRules | null;
  fromName: string | null;
  replyTo: string | null;
  suppressed: boolean;
}

/**
 * Claims up to `limit` due rows: queued ones whose time has come, and rows left `sending` by a
 * dispatcher that never finished them (lease expired: a killed worker). SKIP LOCKED lets two
 * dispatchers claim side by side without waiting on or taking each other's rows.
 */
export async function claimDue(pool: pg.Pool, limit: number, leaseMs: number): Promise<ClaimedDelivery[]> {
  const { rows } = await pool.query(
    `WITH due AS (
       SELECT id FROM email_delivery
       WHERE status IN ('queued', 'sending') AND due_at <= now() AND (status = 'queued' OR lease_until < now())
       ORDER BY due_at
       LIMIT $1
       FOR UPDATE SKIP LOCKED
     )
     UPDATE email_delivery d
     SET status = 'sending', lease_until = now() + make_interval(secs => $2::double precision / 1000), updated_at = now()
     FROM due WHERE d.id = due.id
     RETURNING d.id, d.workspace_id, d.wave_id, d.respondent_id, d.session_id, d.kind, d.trigger, d.email, d.attempts, d.due_at`,
    [limit, leaseMs],
  );
  return rows
    .sort((a, b) => a.due_at - b.due_at)
    .map((r) => ({
      id: r.id,
      workspaceId: r.workspace_id,
      waveId: r.wave_id,
      respondentId: r.respondent_id,
      sessionId: r.session_id,
      kind: r.kind,
      trigger: r.trigger,
      email: r.email,
      attempts: r.attempts,
    }));
}

export async function loadContexts(pool: pg.Pool, claimed: ClaimedDelivery[]): Promise<DeliveryContext[]> {
  const { rows } = await pool.query(
    `SELECT d.id, st.name AS study_name, w.status AS wave_status, r.band, r.language, r.attributes, wg.guide_id,
            f.wave_id IS NOT NULL AS has_rules, f.quiet_start::text, f.quiet_end::text, f.timezone, f.max_per_day,
            f.from_name, f.reply_to, sup.email IS NOT NULL AS suppressed
     FROM email_delivery d
     JOIN respondent r ON r.id = d.respondent_id
     JOIN wave w ON w.id = d.wave_id
     JOIN study st ON st.id = w.study_id
     LEFT JOIN wave_guide wg ON wg.wave_id = d.wave_id AND wg.band = r.band
     LEFT JOIN wave_fielding f ON f.wave_id = d.wave_id
     LEFT JOIN email_suppression sup ON sup.workspace_id = d.workspace_id AND sup.email = lower(d.email)
     WHERE d.id = ANY($1::uuid[])`,
    [claimed.map((c) => c.id)],
  );
  const byId = new Map(rows.map((r) => [r.id as string, r]));
  return claimed.flatMap((delivery) => {
    const r = byId.get(delivery.id);
    if (!r) return []; // deleted with its wave while claimed: nothing left to send
    return [
      {
        delivery,
        studyName: r.study_name,
        waveStatus: r.wave_status,
        band: r.band,
        respondentLanguage: r.language,
        attributes: r.attributes ?? {},
        guideId: r.guide_id,
        rules: r.has_rules ? { quietStart: r.quiet_start, quietEnd: r.quiet_end, timezone: r.timezone, maxPerDay: r.max_per_day } : null,
        fromName: r.from_name,
        replyTo: r.reply_to,
        suppressed: r.suppressed,
      },
    ];
  });
}

/** Automatic invitations a wave sent since the given instant (its local midnight), for the daily cap. */
export async function countSentSince(
  pool: pg.Pool,
  waves: { workspaceId: string; waveId: string; since: Date }[],
): Promise<Map<string, number>> {
  if (!waves.length) return new Map();
  const { rows } = await pool.query(
    `SELECT x.wave_id, count(d.id)::int AS sent
     FROM unnest($1::uuid[], $2::uuid[], $3::timestamptz[]) AS x(workspace_id, wave_id, since)
     LEFT JOIN email_delivery d ON d.workspace_id = x.workspace_id AND d.wave_id = x.wave_id AND d.status = 'sent'
       AND d.kind = 'invitation' AND d.trigger = 'auto' AND d.sent_at >= x.since
     GROUP BY x.wave_id`,
    [waves.map((w) => w.workspaceId), waves.map((w) => w.waveId), waves.map((w) => w.since)],
  );
  return new Map(rows.map((r) => [r.wave_id as string, r.sent as number]));
}

/** When the next row becomes claimable (a queued row's due time or a held row's lease end); null when none. */
export async function nextDueAt(pool: pg.Pool): Promise<Date | null> {
  const { rows } = await pool.query(
    `SELECT least((SELECT min(due_at) FROM email_delivery WHERE status = 'queued'),
                  (SELECT min(lease_until) FROM email_delivery WHERE status = 'sending')) AS next`,
  );
  return rows[0].next;
}
