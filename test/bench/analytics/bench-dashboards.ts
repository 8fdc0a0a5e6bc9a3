import pg from 'pg';
import {
  DashboardCompareWavesDocument,
  DashboardNpsTrendDocument,
  DashboardRollingNpsDocument,
  DashboardSegmentNpsDocument,
  DashboardStudiesDocument,
  DashboardStudyDocument,
  DashboardThemeTrendDocument,
  DashboardWaveAnalysisDocument,
  type TypedDocumentString,
} from '../../src/gql/graphql.js';
import { gql } from '../../src/support/graphql.js';
import { cpuBetween, cpuSeconds } from '../process-cpu.js';

/** statements: fewest and most over three requests (work of other processes in the window would show as a difference). */
export interface DashboardFigure {
  name: string;
  statements: [number, number];
  p50: number;
  p95: number;
  /** CPU of the API process and PostgreSQL per request, ms: what a request costs, whatever else runs on the machine. */
  cpuMs: number;
  /** The API process's and PostgreSQL's shares of cpuMs. */
  apiCpuMs: number;
  postgresCpuMs: number;
  errors: boolean;
}

export interface DashboardIds {
  studyId: string;
  waves: string[];
  analysisId: string | null;
}

/** Where the requests go, with which key, and the database whose statements are counted. */
export interface DashboardTarget {
  apiUrl: string;
  key: string;
  databaseUrl: string;
}

interface Dashboard {
  name: string;
  request: () => Promise<{ errors?: unknown[] }>;
}

/** The dashboard queries of the API's statement-count test (api/src/server/dashboard-statements.test.ts), on the benchmark's data. */
function dashboards(target: DashboardTarget, ids: DashboardIds): Dashboard[] {
  const ask = <Result, Variables>(name: string, document: TypedDocumentString<Result, Variables>, variables: Variables): Dashboard => ({
    name,
    request: () => gql(target.apiUrl, document, variables, { key: target.key }),
  });
  const [q1, q2, q3] = ids.waves;
  const studyId = ids.studyId;
  const list = [
    ask('study overview (waves, NPS, band counts)', DashboardStudyDocument, { id: studyId }),
    ask('studies list', DashboardStudiesDocument, {}),
    ask('segmentNps by two attributes, one wave', DashboardSegmentNpsDocument, { studyId, waveId: q2 }),
    ask('compareWaves', DashboardCompareWavesDocument, { studyId, baseWaveId: q1, waveId: q3 }),
    ask('themeTrend', DashboardThemeTrendDocument, { studyId }),
    ask('npsTrend by two attributes', DashboardNpsTrendDocument, { studyId }),
    ask('rollingNps by tier (30 days)', DashboardRollingNpsDocument, { studyId }),
  ];
  if (ids.analysisId)
    list.push(ask('waveAnalysis (themes, prevalence, quotes, actions)', DashboardWaveAnalysisDocument, { id: ids.analysisId }));
  return list;
}

/**
 * Statements per dashboard query, counted by pg_stat_statements around each of three requests
 * (API key lookups left out, as the statement-count test does: they are cached per key and
 * refreshed now and then; this connection's own statements are left out too; the
 * worker shares the database, so its work in the window would count too), and the median
 * and 95th percentile latency over `runs` requests through the API over HTTP.
 */
export async function measureDashboards(target: DashboardTarget, ids: DashboardIds, runs: number): Promise<DashboardFigure[]> {
  const db = new pg.Client({ connectionString: target.databaseUrl });
  await db.connect();
  const figures: DashboardFigure[] = [];
  try {
    for (const { name, request } of dashboards(target, ids)) {
      const warm = await request();
      const counts: number[] = [];
      for (let i = 0; i < 3; i++) {
        await db.query('SELECT pg_stat_statements_reset()');
        await request();
        const { rows: seen } = await db.query<{ calls: number; query: string }>(`SELECT calls::int, query FROM pg_stat_statements
          WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query NOT ILIKE '%pg_stat_statements%'
            AND query NOT ILIKE '%api_key%'`);
        if (process.env.BENCH_DEBUG)
          console.log(`${name}:\n${seen.map((s) => `  ${s.calls} x ${s.query.replace(/\s+/g, ' ').slice(0, 160)}`).join('\n')}`);
        counts.push(seen.reduce((n, s) => n + s.calls, 0));
      }
      const times: number[] = [];
      const before = cpuSeconds();
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        await request();
        times.push(performance.now() - t);
      }
      const used = cpuBetween(before, cpuSeconds());
      times.sort((a, b) => a - b);
      figures.push({
        name,
        statements: [Math.min(...counts), Math.max(...counts)],
        p50: times[Math.floor(times.length / 2)],
        p95: times[Math.min(times.length - 1, Math.ceil(0.95 * times.length) - 1)],
        cpuMs: ((used.api + used.postgres) * 1000) / runs,
        apiCpuMs: (used.api * 1000) / runs,
        postgresCpuMs: (used.postgres * 1000) / runs,
        errors: Boolean(warm.errors),
      });
    }
  } finally {
    await db.end();
  }
  return figures;
}
