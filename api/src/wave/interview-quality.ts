import type { DataSource } from 'typeorm';
import type { InterviewQuality } from './interview-quality.types.js';

/**
 * The sessions a wave's quality is computed over (`$1` workspace, `$2` wave ids): completed
 * interviews with a quality record, outside preview waves (the guide editor's "try it"). Abandoned
 * and expired interviews would pull depth and length down for reasons of their own (the respondent
 * left), so they are not the interviewer's quality.
 */
const COUNTED = `
  SELECT s.wave_id, s.quality AS q
  FROM interview_session s JOIN wave w ON w.id = s.wave_id AND w.workspace_id = s.workspace_id
  WHERE s.workspace_id = $1 AND s.wave_id = ANY($2::uuid[]) AND s.status = 'completed'
    AND s.quality IS NOT NULL AND NOT w.preview`;

interface QualityRow {
  wave_id: string;
  interviews: number;
  median_depth: number | null;
  share_depth_5: number | null;
  leading_caught: number;
  probes: number;
  probes_reusing: number;
  median_minutes: number | null;
  cost_per_interview: number | null;
  depth_counts: number[] | null;
}

const num = (x: number | string | null): number | null => (x === null ? null : Number(x));

/** Quality of several waves in one statement (the wave loader's batch); every asked wave has an answer. */
export async function interviewQualityOf(
  db: DataSource,
  workspaceId: string,
  waveIds: readonly string[],
): Promise<Map<string, InterviewQuality>> {
  const rows: QualityRow[] = await db.query(
    `WITH counted AS (${COUNTED}),
     per_wave AS (
       SELECT wave_id,
              count(*)::int AS interviews,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY (q->>'ladderDepth')::float8) AS median_depth,
              avg(((q->>'ladderDepth')::float8 >= 5)::int) AS share_depth_5,
              sum((q->>'leadingQuestionsCaught')::int)::int AS leading_caught,
              sum((q->>'probes')::int)::int AS probes,
              sum((q->>'probesReusingWords')::int)::int AS probes_reusing,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY (q->>'durationSeconds')::float8 / 60) AS median_minutes,
              avg((q->>'costUsd')::float8) AS cost_per_interview
       FROM counted GROUP BY wave_id
     ),
     depths AS (
       SELECT wave_id, (q->>'ladderDepth')::int AS depth, count(*)::int AS n FROM counted GROUP BY 1, 2
     ),
     distribution AS (
       SELECT d.wave_id, array_agg(coalesce(x.n, 0) ORDER BY g.depth) AS depth_counts
       FROM (SELECT wave_id, max(depth) AS deepest FROM depths GROUP BY wave_id) d
       CROSS JOIN LATERAL generate_series(0, greatest(d.deepest, 0)) AS g(depth)
       LEFT JOIN depths x ON x.wave_id = d.wave_id AND x.depth = g.depth
       GROUP BY d.wave_id
     )
     SELECT w.id AS wave_id, coalesce(p.interviews, 0) AS interviews, p.median_depth, p.share_depth_5,
            coalesce(p.leading_caught, 0) AS leading_caught, coalesce(p.probes, 0) AS probes,
            coalesce(p.probes_reusing, 0) AS probes_reusing, p.median_minutes, p.cost_per_interview, dist.depth_counts
     FROM unnest($2::uuid[]) AS w(id) LEFT JOIN per_wave p ON p.wave_id = w.id LEFT JOIN distribution dist ON dist.wave_id = w.id`,
    [workspaceId, waveIds],
  );
  return new Map(
    rows.map((r) => [
      r.wave_id,
      {
        interviews: r.interviews,
        medianDepth: num(r.median_depth),
        shareDepthAtLeast5: num(r.share_depth_5),
        leadingCaught: r.leading_caught,
        probesReusingWordsShare: r.probes > 0 ? r.probes_reusing / r.probes : null,
        medianMinutes: num(r.median_minutes),
        costPerInterview: num(r.cost_per_interview),
        depthDistribution: (r.depth_counts ?? []).map((interviews, depth) => ({ depth, interviews })),
      },
    ]),
  );
}
