import { evaluateRule } from '@ladder/workflows/alerts';
import pg from 'pg';
import { AlertsCreateRuleDocument, type TypedDocumentString } from '../../src/gql/graphql.js';
import { cpuBetween, cpuSeconds } from '../process-cpu.js';

type Data = <Result, Variables>(document: TypedDocumentString<Result, Variables>, variables: Variables) => Promise<Result>;

export interface AlertFigures {
  groupBy: string[];
  segments: number;
  now: Date;
  windowRows: number;
  baselineRows: number;
  /** evaluateRule, whole transaction (lock, count, assess, alerts written), ms per run. */
  evaluate: number[];
  /** The grouped count over the respondent rows (what the evaluator sent before the per-day rollup), ms per run. */
  count: number[];
  /** The evaluator's count statement as PostgreSQL timed it (pg_stat_statements mean), ms; null without the extension. */
  serverCountMs: number | null;
  /** CPU of this process (the evaluator runs in it) and PostgreSQL per evaluateRule, and per bare count, ms. */
  evaluateCpuMs: number;
  countCpuMs: number;
  /** Runs another evaluator held the rule (the worker's own pass): repeated. */
  skipped: number;
  fired: number;
  /** The bare count and its parameters (for EXPLAIN). */
  bare: { sql: string; params: unknown[] };
}

const DAY = 86_400_000;

/**
 * An alert rule over the study grouped by three attributes (tier 3 x product 4 x tenure 4: 48
 * segments), 7-day window against the 28 days before, evaluated by the worker's `evaluateRule`
 * `runs` times (after one warm-up run, which fires the first alerts) at "now" = the study's latest
 * response, so both sides hold real counts. The baseline is the grouped count over the respondent rows
 * the evaluator sent before it read the per-day rollup (its waves named as a list), sent on its own.
 */
export async function measureAlertEvaluation(o: {
  data: Data;
  databaseUrl: string;
  workspaceId: string;
  studyId: string;
  runs: number;
}): Promise<AlertFigures> {
  const groupBy = ['tier', 'product', 'tenure'];
  const pool = new pg.Pool({ connectionString: o.databaseUrl, max: 2 });
  try {
    const [{ latest }] = (
      await pool.query(`SELECT max(r.responded_at) AS latest FROM respondent r JOIN wave w ON w.id = r.wave_id WHERE w.study_id = $1`, [
        o.studyId,
      ])
    ).rows;
    const now = new Date(latest);
    const windowStart = new Date(now.getTime() - 7 * DAY);
    const baselineStart = new Date(windowStart.getTime() - 28 * DAY);
    const ruleId = (
      await o.data(AlertsCreateRuleDocument, {
        input: {
          studyId: o.studyId,
          name: 'Detractor share by tier, product and tenure',
          metric: 'DETRACTOR_SHARE',
          groupBy,
          window: { days: 7 },
          baseline: { days: 28 },
        },
      })
    ).createAlertRule.id;
    const [{ window_rows: windowRows, baseline_rows: baselineRows }] = (
      await pool.query(
        `SELECT count(*) FILTER (WHERE r.responded_at >= $3)::int AS window_rows,
                count(*) FILTER (WHERE r.responded_at < $3)::int AS baseline_rows
         FROM respondent r JOIN wave w ON w.id = r.wave_id
         WHERE r.workspace_id = $1 AND w.study_id = $2 AND r.responded_at >= $4 AND r.responded_at <= $5`,
        [o.workspaceId, o.studyId, windowStart, baselineStart, now],
      )
    ).rows;
    await pool.query(`SELECT pg_stat_statements_reset()`).catch(() => {});
    let skipped = 0;
    let segments = 0;
    let fired = 0;
    const evaluate: number[] = [];
    let cpuFrom = cpuSeconds();
    for (let i = 0; i <= o.runs; i++) {
      if (i === 1) cpuFrom = cpuSeconds();
      const t = performance.now();
      const result = await evaluateRule(pool, ruleId, now);
      const took = performance.now() - t;
      if (!result.evaluated) {
        if (++skipped > 100) throw new Error('the rule stayed held by another evaluator');
        i--;
        continue;
      }
      segments = result.segments;
      fired += result.fired.length;
      if (i > 0) evaluate.push(took);
    }
    const evaluateCpu = cpuBetween(cpuFrom, cpuSeconds());
    const stat = await pool
      .query(
        `SELECT mean_exec_time AS mean FROM pg_stat_statements
         WHERE query LIKE '%respondent_day%' AND query LIKE '%AS cur%' AND query LIKE '%GROUP BY k0%'
         ORDER BY calls DESC LIMIT 1`,
      )
      .catch(() => ({ rows: [] }));
    const side = (current: boolean, band: string) =>
      `count(*) FILTER (WHERE ${current ? '' : 'NOT '}(r.responded_at >= $3) AND r.band = '${band}')::int`;
    const waves = (
      await pool.query(`SELECT id FROM wave WHERE workspace_id = $1 AND study_id = $2 AND NOT preview`, [o.workspaceId, o.studyId])
    ).rows.map((w: { id: string }) => w.id);
    const bare = `SELECT r.attributes->>$6 AS k0, r.attributes->>$7 AS k1, r.attributes->>$8 AS k2,
        ${['promoter', 'passive', 'detractor'].flatMap((b) => [side(true, b), side(false, b)]).join(', ')}
      FROM respondent r
      WHERE r.workspace_id = $1 AND r.wave_id = ANY($2::uuid[]) AND r.responded_at >= $5 AND r.responded_at <= $4
      GROUP BY k0, k1, k2`;
    const params = [o.workspaceId, waves, windowStart, now, baselineStart, ...groupBy];
    await pool.query(bare, params);
    const count: number[] = [];
    const countFrom = cpuSeconds();
    for (let i = 0; i < o.runs; i++) {
      const t = performance.now();
      await pool.query(bare, params);
      count.push(performance.now() - t);
    }
    const countCpu = cpuBetween(countFrom, cpuSeconds());
    return {
      groupBy,
      evaluateCpuMs: ((evaluateCpu.bench + evaluateCpu.postgres) * 1000) / o.runs,
      countCpuMs: ((countCpu.bench + countCpu.postgres) * 1000) / o.runs,
      segments,
      now,
      windowRows,
      baselineRows,
      evaluate,
      count,
      serverCountMs: stat.rows[0] ? Number(stat.rows[0].mean) : null,
      skipped,
      fired,
      bare: { sql: bare, params },
    };
  } finally {
    await pool.end();
  }
}

/** EXPLAIN (ANALYZE, BUFFERS) of the bare count, for BENCH_DEBUG. */
export async function explainCount(databaseUrl: string, sql: string, params: unknown[]): Promise<string> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    return (await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params)).rows.map((r) => r['QUERY PLAN']).join('\n');
  } finally {
    await db.end();
  }
}
