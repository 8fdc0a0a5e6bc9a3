import { cpus, loadavg } from 'node:os';
import { bandCountStatement, type CountScope } from '@ladder/contracts/segment-counts';
import pg from 'pg';
import { afterAll, describe, it } from 'vitest';
import {
  CreateStudyDocument,
  CreateWaveDocument,
  SegmentNpsDocument,
  StartWaveAnalysisDocument,
  WaveAnalysisOutcomeDocument,
  type TypedDocumentString,
} from '../../src/gql/graphql.js';
import { gqlData } from '../../src/support/graphql.js';
import { cpuBetween, cpuSeconds } from '../process-cpu.js';
import { loadRespondents, seedInterviews } from './bench-data.js';
import { measureDashboards } from './bench-dashboards.js';
import { measureAlertEvaluation, explainCount } from './bench-alerts.js';
import { measureFanout } from './bench-live.js';
import { startBenchPlatform, type BenchPlatform } from './bench-platform.js';

/**
 * `npm run bench:analytics`: the issue 4 "Speed" figures on one machine, printed, never asserted.
 * 1M respondents over 3 waves; segmentNps grouped by two attributes through the API over HTTP
 * against the same counts computed from the respondent rows (the baseline); SQL statements and
 * latency per dashboard query; 1,000 WebSocket subscribers receiving an NPS change; the offline
 * wave analysis of 300 interviews; an alert rule over ~50 segments evaluated by the worker's code
 * (issue 11 "Scale"); p95 of every dashboard query through the API (issue 13 "Speed at scale"), with
 * the load time and the database's size. BENCH_RESPONDENTS, BENCH_REQUESTS, BENCH_BASELINE_RUNS,
 * BENCH_SUBSCRIBERS, BENCH_LIVE_THREADS, BENCH_ALERT_RUNS, BENCH_DASHBOARD_RUNS and BENCH_INTERVIEWS
 * scale it; BENCH_ONLY (a comma list of segments, live, alerts, analysis, dashboards) runs only those
 * parts after the load (at 10M respondents: BENCH_ONLY=segments BENCH_BASELINE_RUNS=3).
 */
const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const RESPONDENTS = env('BENCH_RESPONDENTS', 1_000_000);
const REQUESTS = env('BENCH_REQUESTS', 300);
const BASELINE_RUNS = env('BENCH_BASELINE_RUNS', 200);
const SUBSCRIBERS = env('BENCH_SUBSCRIBERS', 1000);
const INTERVIEWS = env('BENCH_INTERVIEWS', 300);
/**
 * Client threads for the subscribers: one per 2,500, at most 4 and at most the cores but one (threads beyond the spare
 * cores only take CPU from the API they measure: on 2 cores, 1, 2 and 4 threads gave the same p99 at 10,000).
 */
const LIVE_THREADS = env('BENCH_LIVE_THREADS', Math.max(1, Math.min(4, cpus().length - 1, Math.ceil(SUBSCRIBERS / 2500))));
const ALERT_RUNS = env('BENCH_ALERT_RUNS', 20);
const DASHBOARD_RUNS = env('BENCH_DASHBOARD_RUNS', 100);
const PARTS = ['segments', 'live', 'alerts', 'analysis', 'dashboards'] as const;
const ONLY = new Set((process.env.BENCH_ONLY ?? PARTS.join(',')).split(',').map((p) => p.trim()));
for (const part of ONLY)
  if (!(PARTS as readonly string[]).includes(part)) throw new Error(`BENCH_ONLY: unknown part ${part} (${PARTS.join(', ')})`);
/**
 * Benchmark settings for the API: one key opens every subscriber (its live connections per key raised
 * to the subscriber count, default 50) and sends every request (its per-minute allowance lifted, as a
 * subscription is charged once): this measures the fan-out and the queries, not the limiter.
 */
const PLATFORM_ENV = {
  LADDER_LIVE_CONNECTIONS_PER_KEY: String(Math.max(50, SUBSCRIBERS)),
  LADDER_RATE_PER_KEY: '1000000',
};

const PAIRS = [
  ['tier', 'region'],
  ['product', 'plan'],
  ['region', 'tenure'],
  ['tier', 'plan'],
  ['tenure', 'product'],
];
/** Attribute filters only: valid both as the GraphQL SegmentFilter and as the API's count scope. */
type AttributesFilter = { attributes: { attribute: string; values: string[] }[] };
const FILTERS: (AttributesFilter | null)[] = [null, null, { attributes: [{ attribute: 'plan', values: ['Growth', 'Scale'] }] }];

const log = (line: string) => console.log(`[bench] ${line}`);
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)] : NaN;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;
const spread = (xs: number[]) => `p50 ${ms(pct(xs, 0.5))}  p95 ${ms(pct(xs, 0.95))}  p99 ${ms(pct(xs, 0.99))}  (${xs.length} runs)`;
const sleep = (t: number) => new Promise((r) => setTimeout(r, t));
/** The figures, printed together at the end (the `[bench]` lines show progress meanwhile). */
const report: string[] = [];
const print = (line: string) => report.push(line);

type Data = <Result, Variables>(document: TypedDocumentString<Result, Variables>, variables: Variables) => Promise<Result>;
interface Scene {
  data: Data;
  db: pg.Client;
  workspaceId: string;
  studyId: string;
  waves: string[];
}

let platform: BenchPlatform | undefined;
let db: pg.Client | undefined;
afterAll(async () => {
  await db?.end();
  await platform?.stop();
});

describe('bench:analytics', () => {
  it('prints segment NPS, live fan-out, wave analysis and dashboard figures', async () => {
    platform = await startBenchPlatform(log, PLATFORM_ENV);
    db = new pg.Client({ connectionString: platform.databaseUrl });
    await db.connect();
    const { apiUrl, key } = platform;
    const data: Data = (document, variables) => gqlData(apiUrl, document, variables, { key });
    const studyId = (await data(CreateStudyDocument, { input: { name: 'Segments' } })).createStudy.id;
    const waves: string[] = [];
    for (const name of ['Q1', 'Q2', 'Q3']) waves.push((await data(CreateWaveDocument, { input: { studyId, name } })).createWave.id);
    const [{ workspace_id: workspaceId }] = (await db.query('SELECT workspace_id FROM study WHERE id = $1', [studyId])).rows;
    const scene: Scene = { data, db, workspaceId, studyId, waves };

    // 1. Load.
    log(`loading ${RESPONDENTS.toLocaleString('en')} respondents...`);
    const loaded = (await loadRespondents(db, workspaceId, waves, RESPONDENTS)).reduce((a, b) => a + b, 0);
    const vacuumStarted = performance.now();
    for (const table of ['respondent', 'respondent_cube', 'respondent_day', 'respondent_day_value'])
      await db.query(`VACUUM ANALYZE ${table}`);
    const vacuumed = (performance.now() - vacuumStarted) / 1000;
    const [{ cube, days, values }] = (
      await db.query(
        `SELECT (SELECT count(*)::int FROM respondent_cube WHERE study_id = $1) AS cube,
                (SELECT count(*)::int FROM respondent_day WHERE study_id = $1) AS days,
                (SELECT count(*)::int FROM respondent_day_value WHERE study_id = $1) AS values`,
        [studyId],
      )
    ).rows;
    print(
      `load      ${RESPONDENTS.toLocaleString('en')} respondents over 3 waves (tier 3, region 5, product 4, tenure 4, plan 3), ` +
        'one INSERT ... SELECT per wave through SQL:' +
        ` ${loaded.toFixed(1)} s (${Math.round(RESPONDENTS / loaded).toLocaleString('en')} rows/s, cube and per-day rollup` +
        ` triggers included), then VACUUM ANALYZE ${vacuumed.toFixed(1)} s; rows for the study: cube ${cube.toLocaleString('en')},` +
        ` per-day rollup ${days.toLocaleString('en')}, per day and attribute value ${values.toLocaleString('en')}`,
    );
    print(`size      ${await databaseSize(db)}`);

    // 2. segmentNps through the API, and the same counts from the respondent rows.
    if (ONLY.has('segments')) await measureSegmentNps(scene);
    // 3. Alert evaluation over ~50 segments (before the live part, whose respondents answer today).
    if (ONLY.has('alerts')) await measureAlerts(scene);
    // 4. Live fan-out.
    if (ONLY.has('live')) await measureLive(scene);
    // 5. Offline wave analysis.
    const analysisId = ONLY.has('analysis') ? await measureAnalysis(scene) : null;
    if (ONLY.has('dashboards')) {
      // 6. Statements and latency per dashboard query.
      const dashboards = await measureDashboards(platform, { studyId, waves, analysisId }, DASHBOARD_RUNS);
      print(
        'dashboard queries at this size through the API over HTTP: SQL statements (pg_stat_statements) and latency over ' +
          `${DASHBOARD_RUNS} ` +
          'requests (target p95 <= 20 ms, <= 3 statements), and the CPU the API and PostgreSQL used per request',
      );
      for (const d of dashboards) {
        const [fewest, most] = d.statements;
        const statements = fewest === most ? String(fewest) : `${fewest}-${most}`;
        print(
          `  ${d.name.padEnd(52)} ${statements.padStart(3)} statements  p50 ${ms(d.p50).padStart(10)}  p95 ${ms(d.p95).padStart(10)}` +
            `  CPU ${ms(d.cpuMs).padStart(9)} (API ${ms(d.apiCpuMs)} + PostgreSQL ${ms(d.postgresCpuMs)})${d.errors ? '  (errors!)' : ''}`,
        );
      }
    }
    console.log(
      [
        '',
        `analytics benchmark on ${cpus().length} cores (load average at the end ${loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')}); ` + 'API, worker, Postgres, Temporal and this client on one machine',
        ...report,
      ].join('\n'),
    );
  });
});

/** The database's size on disk and its largest parts (tables with their indexes). */
async function databaseSize(db: pg.Client): Promise<string> {
  const mb = (bytes: string | number) => `${(Number(bytes) / 1024 ** 2).toLocaleString('en', { maximumFractionDigits: 0 })} MB`;
  const [{ size }] = (await db.query('SELECT pg_database_size(current_database()) AS size')).rows;
  const { rows } = await db.query(
    `SELECT t, pg_table_size(t::regclass) AS data, pg_indexes_size(t::regclass) AS indexes
     FROM unnest(ARRAY['respondent', 'respondent_cube', 'respondent_day', 'respondent_day_value']) t`,
  );
  return `database ${mb(size)}: ${rows.map((r) => `${r.t} ${mb(r.data)} + indexes ${mb(r.indexes)}`).join(', ')}`;
}

/**
 * segmentNps by two attributes through the API, against the same counts in SQL from the cube and from
 * the respondent rows (the baseline).
 */
async function measureSegmentNps({ data, db, workspaceId, studyId, waves }: Scene): Promise<void> {
  const scopeOf = (i: number) => ({
    groupBy: PAIRS[i % PAIRS.length],
    waveId: [null, ...waves][i % 4],
    filter: FILTERS[i % FILTERS.length],
  });
  const segmentNps = (i: number) => data(SegmentNpsDocument, { studyId, ...scopeOf(i) });
  for (let i = 0; i < 20; i++) await segmentNps(i);
  const api: number[] = [];
  let largest = 0;
  const cpuFrom = cpuSeconds();
  for (let i = 0; i < REQUESTS; i++) {
    const t = performance.now();
    const r = await segmentNps(i);
    api.push(performance.now() - t);
    largest = Math.max(largest, r.segmentNps.segments.length);
  }
  const used = cpuBetween(cpuFrom, cpuSeconds());
  const sqlRuns = async (source: 'cube' | 'raw', runs: number) => {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const scope: CountScope = { workspaceId, studyId, ...scopeOf(i) };
      const { sql, params } = bandCountStatement(source, scope);
      const t = performance.now();
      await db.query(sql, params);
      times.push(performance.now() - t);
    }
    return times;
  };
  const cubeSql = await sqlRuns('cube', REQUESTS);
  log(`baseline: ${BASELINE_RUNS} grouped counts over the respondent rows...`);
  const rawSql = await sqlRuns('raw', BASELINE_RUNS);
  print(`segmentNps by two attributes through the API over HTTP (cube):   ${spread(api)}; up to ${largest} segments per answer`);
  print(`  CPU per request: API ${ms((used.api * 1000) / REQUESTS)}, PostgreSQL ${ms((used.postgres * 1000) / REQUESTS)}`);
  print(`  the same counts, SQL only, from the cube:                      ${spread(cubeSql)}`);
  print(`  the same counts, SQL only, from the respondent rows (baseline): ${spread(rawSql)}`);
  print(`  baseline / API: p50 ${(pct(rawSql, 0.5) / pct(api, 0.5)).toFixed(0)}x, p95 ${(pct(rawSql, 0.95) / pct(api, 0.95)).toFixed(0)}x`);
}

/** SUBSCRIBERS graphql-ws clients over LIVE_THREADS threads receive 3 segment NPS changes; the API's memory per connection. */
async function measureLive({ workspaceId, studyId, waves }: Scene): Promise<void> {
  log(`opening ${SUBSCRIBERS} WebSocket subscribers over ${LIVE_THREADS} client threads...`);
  const fanout = await measureFanout({
    wsUrl: platform!.wsUrl,
    key: platform!.key,
    databaseUrl: platform!.databaseUrl,
    apiPid: platform!.apiPid,
    workspaceId,
    studyId,
    waveId: waves[2],
    subscribers: SUBSCRIBERS,
    threads: LIVE_THREADS,
    rounds: 3,
  });
  const n = (x: number) => x.toLocaleString('en');
  const expected = fanout.subscribers * fanout.rounds;
  const deliveries = `${n(fanout.latencies.length)} of ${n(expected)} deliveries; per change ${fanout.received.join(', ')}`;
  print(
    `live      segmentNpsChanged(groupBy: tier, region) to ${fanout.subscribers.toLocaleString('en')} graphql-ws subscribers ` +
      `(${fanout.threads} client threads; ${fanout.refused} refused; ${fanout.errors} subscription errors), ` +
      `${fanout.rounds} changes (1,000 respondents + pg_notify each),` +
      ` COMMIT to arrival: ${spread(fanout.latencies).replace(/\(\d+ runs\)/, `(${deliveries})`)}, max ${ms(Math.max(...fanout.latencies))}`,
  );
  const { before, after } = fanout.apiRssKiB;
  print(
    `  API process RSS ${(before / 1024).toFixed(0)} MiB before the clients, ${(after / 1024).toFixed(0)} MiB once subscribed: ` +
      `${((after - before) / Math.max(1, fanout.subscribers)).toFixed(1)} KiB per connection (one subscription each)`,
  );
  const { api, client, seconds } = fanout.cpu;
  print(
    `  CPU over the ${seconds.toFixed(1)} s of changes: API ${api.toFixed(2)} s, this client (all threads) ${client.toFixed(2)} s` +
      ` (${((api / fanout.rounds) * 1000).toFixed(0)} ms and ${((client / fanout.rounds) * 1000).toFixed(0)} ms per change)`,
  );
}

/** An alert rule over ~50 segments, evaluated by the worker's evaluateRule ALERT_RUNS times, against the bare count query. */
async function measureAlerts({ data, workspaceId, studyId }: Scene): Promise<void> {
  log(`alert evaluation, ${ALERT_RUNS} runs...`);
  const a = await measureAlertEvaluation({ data, databaseUrl: platform!.databaseUrl, workspaceId, studyId, runs: ALERT_RUNS });
  const median = (xs: number[]) => pct(xs, 0.5);
  print(
    `alerts    rule grouped by ${a.groupBy.join(', ')}: ${a.segments} segments; ` +
      `window 7 days (${a.windowRows.toLocaleString('en')} responses) ` +
      `against the 28 days before (${a.baselineRows.toLocaleString('en')}), ` +
      `now = ${a.now.toISOString().slice(0, 10)} (latest response); ` +
      `${a.fired} alerts fired in the first run`,
  );
  print(
    `  evaluateRule (lock, count, assess, alerts updated), ${a.evaluate.length} runs: median ${ms(median(a.evaluate))}, ` +
      `p95 ${ms(pct(a.evaluate, 0.95))}, CPU (this process and PostgreSQL) ${ms(a.evaluateCpuMs)} per run; ` +
      `${a.skipped} runs held by the worker's own pass, repeated`,
  );
  print(
    `  baseline: the same count over the respondent rows (before the per-day rollup), ${a.count.length} runs: ` +
      `median ${ms(median(a.count))}, p95 ${ms(pct(a.count, 0.95))}, CPU ${ms(a.countCpuMs)} per run` +
      (a.serverCountMs === null
        ? ''
        : `; the evaluator's count (rollup and edge rows) in PostgreSQL (pg_stat_statements mean): ${ms(a.serverCountMs)}`),
  );
  if (process.env.BENCH_DEBUG) console.log(await explainCount(platform!.databaseUrl, a.bare.sql, a.bare.params));
}

/** The offline wave analysis of INTERVIEWS inserted interviews, startWaveAnalysis to completed; returns the analysis id. */
async function measureAnalysis({ data, db, workspaceId }: Scene): Promise<string> {
  const interviewStudy = (await data(CreateStudyDocument, { input: { name: 'Interviews' } })).createStudy.id;
  const interviewWave = (await data(CreateWaveDocument, { input: { studyId: interviewStudy, name: 'Q3' } })).createWave.id;
  await seedInterviews(db, workspaceId, interviewWave, INTERVIEWS);
  log(`wave analysis of ${INTERVIEWS} interviews...`);
  const started = performance.now();
  const { id } = (await data(StartWaveAnalysisDocument, { waveId: interviewWave })).startWaveAnalysis;
  const poll = async () => (await data(WaveAnalysisOutcomeDocument, { id })).waveAnalysis;
  let state = await poll();
  while (state?.status === 'RUNNING') {
    await sleep(100);
    state = await poll();
  }
  if (!state) throw new Error(`wave analysis ${id} not found`);
  const seconds = (performance.now() - started) / 1000;
  print(
    `analysis  offline wave analysis of ${state.total} interviews (${state.synthesizer}): ` +
      `${state.status}, ${state.coded} coded, ${state.themes.length} themes, ` +
      `${seconds.toFixed(1)} s from startWaveAnalysis to completed`,
  );
  return id;
}
