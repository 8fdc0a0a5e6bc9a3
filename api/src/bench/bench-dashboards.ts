import pg from 'pg';

export type Gql = (query: string, variables?: Record<string, unknown>) => Promise<{ data?: Record<string, unknown>; errors?: unknown[] }>;

/** statements: fewest and most over three requests (work of other processes in the window would show as a difference). */
export interface DashboardFigure { name: string; statements: [number, number]; p50: number; errors: boolean }

export interface DashboardIds { studyId: string; waves: string[]; analysisId: string | null }

/** The dashboard queries of api/src/server/dashboard-statements.test.ts, on the benchmark's data. */
function dashboards(ids: DashboardIds): [string, string, Record<string, unknown>][] {
  const [q1, q2, q3] = ids.waves;
  const list: [string, string, Record<string, unknown>][] = [
    ['study overview (waves, NPS, band counts)', `query($id: ID!) { study(id: $id) { name respondentCount nps { nps ciLow ciHigh smallSample }
      bandCounts { detractors passives promoters total } waves { name status respondentCount bandCounts { detractors passives promoters total } } } }`, { id: ids.studyId }],
    ['studies list', '{ studies { name nps { nps } bandCounts { total } waves { name bandCounts { total } } } }', {}],
    ['segmentNps by two attributes, one wave', `query($s: ID!, $w: ID!) { segmentNps(studyId: $s, waveId: $w, groupBy: ["tier", "region"]) {
      overall { nps n } segments { label nps ciLow ciHigh smallSample } } }`, { s: ids.studyId, w: q2 }],
    ['compareWaves', `query($s: ID!, $b: ID!, $w: ID!) { compareWaves(studyId: $s, baseWaveId: $b, waveId: $w) { nps { difference pValue flag }
      themes { key band pValue flag } } }`, { s: ids.studyId, b: q1, w: q3 }],
    ['themeTrend', `query($s: ID!) { themeTrend(studyId: $s) { waves { name } themes { key points { band estimate { share } } } } }`, { s: ids.studyId }],
    ['npsTrend by two attributes', `query($s: ID!) { npsTrend(studyId: $s, groupBy: ["tier", "region"]) { waves { overall { nps } segments { nps } vsPrevious { flag } } } }`,
      { s: ids.studyId }],
    ['rollingNps by tier (30 days)', `query($s: ID!) { rollingNps(studyId: $s, groupBy: ["tier"]) { overall { windows { nps } } segments { windows { nps } } } }`,
      { s: ids.studyId }],
  ];
  if (ids.analysisId) {
    list.push(['waveAnalysis (themes, prevalence, quotes, actions)', `query($id: ID!) { waveAnalysis(id: $id) { status progress summary
      themes { key label drivers { key } prevalence { band share low high } quotes { quote } } actions { rank title impactPoints } } }`, { id: ids.analysisId }]);
  }
  return list;
}

/**
 * Statements per dashboard query, counted by pg_stat_statements around each of three requests
 * (API key lookups left out, as the statement-count test does: they are cached per key and
 * refreshed now and then; this connection's own statements are left out too; the
 * worker shares the database, so its work in the window would count too), and the median
 * latency over `runs` requests.
 */
export async function measureDashboards(gql: Gql, databaseUrl: string, ids: DashboardIds, runs: number): Promise<DashboardFigure[]> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const figures: DashboardFigure[] = [];
  try {
    for (const [name, query, variables] of dashboards(ids)) {
      const warm = await gql(query, variables);
      const counts: number[] = [];
      for (let i = 0; i < 3; i++) {
        await db.query('SELECT pg_stat_statements_reset()');
        await gql(query, variables);
        const { rows: seen } = await db.query<{ calls: number; query: string }>(`SELECT calls::int, query FROM pg_stat_statements
          WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query NOT ILIKE '%pg_stat_statements%'
            AND query NOT ILIKE '%api_key%'`);
        if (process.env.BENCH_DEBUG) console.log(`${name}:\n${seen.map((s) => `  ${s.calls} x ${s.query.replace(/\s+/g, ' ').slice(0, 160)}`).join('\n')}`);
        counts.push(seen.reduce((n, s) => n + s.calls, 0));
      }
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        await gql(query, variables);
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      figures.push({ name, statements: [Math.min(...counts), Math.max(...counts)], p50: times[Math.floor(times.length / 2)], errors: Boolean(warm.errors) });
    }
  } finally {
    await db.end();
  }
  return figures;
}
