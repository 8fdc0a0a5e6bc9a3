import type { DataSource } from 'typeorm';
import { FieldingBucket } from '../common/enums.js';
import type { FieldingPoint, FieldingStats } from './fielding-stats.types.js';

/** The timeline's longest answer: the latest 1,000 buckets (about 41 days by hour, 2.7 years by day). */
export const MAX_TIMELINE_POINTS = 1000;

/**
 * One row per invitation of the given waves (`$1` workspace, `$2` wave ids) with what became of its
 * respondent: `started_at` (first respondent turn) and `completed_at` (first completed interview).
 * Suppressed invitations have neither: they were never sent.
 */
const INVITATIONS = `
  SELECT d.wave_id, d.status, d.created_at, d.sent_at, st.started_at, st.completed_at
  FROM email_delivery d
  LEFT JOIN LATERAL (
    SELECT min(t.created_at) AS started_at,
           min(s.completed_at) FILTER (WHERE s.status = 'completed') AS completed_at
    FROM interview_session s
    LEFT JOIN turn t ON t.workspace_id = s.workspace_id AND t.session_id = s.id AND t.role = 'respondent'
    WHERE s.workspace_id = d.workspace_id AND s.respondent_id = d.respondent_id
  ) st ON d.status <> 'suppressed'
  WHERE d.workspace_id = $1 AND d.wave_id = ANY($2::uuid[]) AND d.kind = 'invitation'`;

interface StatsRow {
  wave_id: string;
  responses: number;
  invited: number;
  sent: number;
  failed: number;
  suppressed: number;
  started: number;
  completed: number;
  median_minutes: number | null;
}

const rate = (n: number, d: number) => (d > 0 ? n / d : null);

/** Participation of several waves in one statement (the wave loader's batch). */
export async function fieldingStatsOf(
  db: DataSource,
  workspaceId: string,
  waveIds: readonly string[],
): Promise<Map<string, FieldingStats>> {
  const rows: StatsRow[] = await db.query(
    `WITH inv AS (${INVITATIONS}),
     per_wave AS (
       SELECT wave_id,
              count(*) FILTER (WHERE status <> 'suppressed')::int AS invited,
              count(*) FILTER (WHERE status = 'sent')::int AS sent,
              count(*) FILTER (WHERE status IN ('failed', 'bounced'))::int AS failed,
              count(*) FILTER (WHERE status = 'suppressed')::int AS suppressed,
              count(started_at)::int AS started,
              count(completed_at)::int AS completed,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM completed_at - sent_at) / 60)
                FILTER (WHERE completed_at >= sent_at) AS median_minutes
       FROM inv GROUP BY wave_id
     ),
     resp AS (
       SELECT wave_id, count(*)::int AS responses FROM respondent WHERE workspace_id = $1 AND wave_id = ANY($2::uuid[]) GROUP BY wave_id
     )
     SELECT w.id AS wave_id, coalesce(resp.responses, 0) AS responses, coalesce(p.invited, 0) AS invited, coalesce(p.sent, 0) AS sent,
            coalesce(p.failed, 0) AS failed, coalesce(p.suppressed, 0) AS suppressed, coalesce(p.started, 0) AS started,
            coalesce(p.completed, 0) AS completed, p.median_minutes
     FROM unnest($2::uuid[]) AS w(id) LEFT JOIN resp ON resp.wave_id = w.id LEFT JOIN per_wave p ON p.wave_id = w.id`,
    [workspaceId, waveIds],
  );
  return new Map(
    rows.map((r) => [
      r.wave_id,
      {
        responses: r.responses,
        invited: r.invited,
        sent: r.sent,
        failed: r.failed,
        suppressed: r.suppressed,
        started: r.started,
        completed: r.completed,
        responseRate: rate(r.started, r.sent),
        completionRate: rate(r.completed, r.started),
        medianMinutesToComplete: r.median_minutes === null ? null : Number(r.median_minutes),
      },
    ]),
  );
}

/**
 * Events per UTC bucket, every bucket from the first event to the last (empty ones as zeros, so a
 * chart needs no gap filling), the latest MAX_TIMELINE_POINTS at most. The counts add up to the
 * stats' invited, sent, started and completed.
 */
export async function fieldingTimelineOf(
  db: DataSource,
  workspaceId: string,
  waveId: string,
  bucket: FieldingBucket,
): Promise<FieldingPoint[]> {
  const unit = bucket === FieldingBucket.HOUR ? 'hour' : 'day';
  const rows: FieldingPoint[] = await db.query(
    `WITH inv AS (${INVITATIONS}),
     ev AS (
       SELECT 'invited' AS kind, created_at AS at FROM inv WHERE status <> 'suppressed'
       UNION ALL SELECT 'sent', sent_at FROM inv WHERE status = 'sent' AND sent_at IS NOT NULL
       UNION ALL SELECT 'started', started_at FROM inv WHERE started_at IS NOT NULL
       UNION ALL SELECT 'completed', completed_at FROM inv WHERE completed_at IS NOT NULL
     ),
     b AS (SELECT date_trunc($3, at AT TIME ZONE 'UTC') AS bucket, kind FROM ev),
     span AS (SELECT min(bucket) AS lo, max(bucket) AS hi FROM b)
     SELECT g.bucket AT TIME ZONE 'UTC' AS at,
            count(b.kind) FILTER (WHERE b.kind = 'invited')::int AS invited,
            count(b.kind) FILTER (WHERE b.kind = 'sent')::int AS sent,
            count(b.kind) FILTER (WHERE b.kind = 'started')::int AS started,
            count(b.kind) FILTER (WHERE b.kind = 'completed')::int AS completed
     FROM span
     CROSS JOIN LATERAL generate_series(
       greatest(span.lo, span.hi - ($4::int - 1) * ('1 ' || $3)::interval), span.hi, ('1 ' || $3)::interval
     ) AS g(bucket)
     LEFT JOIN b ON b.bucket = g.bucket
     GROUP BY g.bucket ORDER BY g.bucket`,
    [workspaceId, [waveId], unit, MAX_TIMELINE_POINTS],
  );
  return rows;
}
