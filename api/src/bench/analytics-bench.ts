import { cpus, loadavg } from 'node:os';
import pg from 'pg';
import { bandCountStatement, type CountScope } from '../segment/segment-counts.js';
import type { SegmentFilter } from '../segment/segment.types.js';
import { loadRespondents, seedInterviews } from './bench-data.js';
import { measureDashboards, type Gql } from './bench-dashboards.js';
import { measureFanout } from './bench-live.js';
import { startBenchPlatform } from './bench-platform.js';

/**
 * `npm run bench:analytics`: the issue 4 "Speed" figures on one machine, printed, never asserted.
 * 1M respondents over 3 waves; segmentNps grouped by two attributes through the API over HTTP
 * against the same counts computed from the respondent rows (the baseline); SQL statements and
 * latency per dashboard query; 1,000 WebSocket subscribers receiving an NPS change; the offline
 * wave analysis of 300 interviews. BENCH_RESPONDENTS, BENCH_REQUESTS, BENCH_BASELINE_RUNS,
 * BENCH_SUBSCRIBERS and BENCH_INTERVIEWS scale it.
 */
const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const RESPONDENTS = env('BENCH_RESPONDENTS', 1_000_000);
const REQUESTS = env('BENCH_REQUESTS', 300);
const BASELINE_RUNS = env('BENCH_BASELINE_RUNS', 200);
const SUBSCRIBERS = env('BENCH_SUBSCRIBERS', 1000);
const INTERVIEWS = env('BENCH_INTERVIEWS', 300);

const PAIRS = [['tier', 'region'], ['product', 'plan'], ['region', 'tenure'], ['tier', 'plan'], ['tenure', 'product']];
const FILTERS: (SegmentFilter | null)[] = [null, null, { attributes: [{ attribute: 'plan', values: ['Growth', 'Scale'] }] }];
const SEGMENT = `query($s: ID!, $w: ID, $g: [String!]!, $f: SegmentFilter) { segmentNps(studyId: $s, waveId: $w, groupBy: $g, filter: $f) {
  overall { n nps ciLow ciHigh } segments { key { attribute value } label n promoters passives detractors nps ciLow ciHigh smallSample } } }`;

const log = (line: string) => console.log(`[bench] ${line}`);
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)] : NaN;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;
const spread = (xs: number[]) => `p50 ${ms(pct(xs, 0.5))}  p95 ${ms(pct(xs, 0.95))}  p99 ${ms(pct(xs, 0.99))}  (${xs.length} runs)`;
const sleep = (t: number) => new Promise((r) => setTimeout(r, t));

const platform = await startBenchPlatform(log);
const gql: Gql = async (query, variables = {}) => {
  const res = await fetch(platform.apiUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${platform.key}` },
    body: JSON.stringify({ query, variables }) });
  return await res.json() as { data?: Record<string, unknown>; errors?: unknown[] };
};
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- responses are walked by path here
const data = async (query: string, variables: Record<string, unknown> = {}): Promise<any> => {
  const r = await gql(query, variables);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data;
};
const db = new pg.Client({ connectionString: platform.databaseUrl });
await db.connect();
const print = (line: string) => console.log(line);

try {
  const studyId: string = (await data('mutation { createStudy(input: { name: "Segments" }) { id } }')).createStudy.id;
  const waves: string[] = [];
  for (const name of ['Q1', 'Q2', 'Q3']) {
    waves.push((await data('mutation($s: ID!, $n: String!) { createWave(input: { studyId: $s, name: $n }) { id } }', { s: studyId, n: name })).createWave.id);
  }
  const [{ workspace_id: workspaceId }] = (await db.query('SELECT workspace_id FROM study WHERE id = $1', [studyId])).rows;

  // 1. Load.
  log(`loading ${RESPONDENTS.toLocaleString('en')} respondents...`);
  const loadSeconds = await loadRespondents(db, workspaceId, waves, RESPONDENTS);
  const loaded = loadSeconds.reduce((a, b) => a + b, 0);
  await db.query('VACUUM ANALYZE respondent');
  await db.query('VACUUM ANALYZE respondent_cube');
  const [{ cube }] = (await db.query('SELECT count(*)::int AS cube FROM respondent_cube WHERE study_id = $1', [studyId])).rows;

  // 2. segmentNps through the API, and the same counts from the respondent rows.
  const scopeOf = (i: number) => ({ groupBy: PAIRS[i % PAIRS.length], waveId: [null, ...waves][i % 4], filter: FILTERS[i % FILTERS.length] });
  for (let i = 0; i < 20; i++) { const s = scopeOf(i); await data(SEGMENT, { s: studyId, w: s.waveId, g: s.groupBy, f: s.filter }); }
  const api: number[] = [];
  let largest = 0;
  for (let i = 0; i < REQUESTS; i++) {
    const s = scopeOf(i);
    const t = performance.now();
    const r = await data(SEGMENT, { s: studyId, w: s.waveId, g: s.groupBy, f: s.filter });
    api.push(performance.now() - t);
    largest = Math.max(largest, r.segmentNps.segments.length);
  }
  const sqlRuns = async (source: 'cube' | 'raw', runs: number) => {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const s = scopeOf(i);
      const scope: CountScope = { workspaceId, studyId, ...s };
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

  // 3. Live fan-out.
  log(`opening ${SUBSCRIBERS} WebSocket subscribers...`);
  const fanout = await measureFanout({ wsUrl: platform.wsUrl, key: platform.key, databaseUrl: platform.databaseUrl, workspaceId, studyId,
    waveId: waves[2], subscribers: SUBSCRIBERS, rounds: 3 });

  // 4. Offline wave analysis.
  const interviewStudy: string = (await data('mutation { createStudy(input: { name: "Interviews" }) { id } }')).createStudy.id;
  const interviewWave: string = (await data('mutation($s: ID!) { createWave(input: { studyId: $s, name: "Q3" }) { id } }', { s: interviewStudy })).createWave.id;
  await seedInterviews(db, workspaceId, interviewWave, INTERVIEWS);
  log(`wave analysis of ${INTERVIEWS} interviews...`);
  const started = performance.now();
  const analysis = (await data('mutation($w: ID!) { startWaveAnalysis(waveId: $w) { id } }', { w: interviewWave })).startWaveAnalysis;
  let state: { status: string; coded: number; total: number; synthesizer: string; themes: unknown[] };
  for (;;) {
    state = (await data('query($id: ID!) { waveAnalysis(id: $id) { status coded total synthesizer themes { key } } }', { id: analysis.id })).waveAnalysis;
    if (state.status !== 'RUNNING') break;
    await sleep(100);
  }
  const analysisSeconds = (performance.now() - started) / 1000;

  // 5. Statements and latency per dashboard query.
  const dashboards = await measureDashboards(gql, platform.databaseUrl, { studyId, waves, analysisId: analysis.id }, 10);

  print('');
  print(`analytics benchmark on ${cpus().length} cores (load average at the end ${loadavg().map((l) => l.toFixed(1)).join(' ')}); API, worker, Postgres, Temporal and this client on one machine`);
  print(`load      ${RESPONDENTS.toLocaleString('en')} respondents over 3 waves (tier 3, region 5, product 4, tenure 4, plan 3), one INSERT ... SELECT per wave through SQL:`
    + ` ${loaded.toFixed(1)} s (${Math.round(RESPONDENTS / loaded).toLocaleString('en')} rows/s, cube triggers included); cube rows for the study: ${cube.toLocaleString('en')}`);
  print(`segmentNps by two attributes through the API over HTTP (cube):   ${spread(api)}; up to ${largest} segments per answer`);
  print(`  the same counts, SQL only, from the cube:                      ${spread(cubeSql)}`);
  print(`  the same counts, SQL only, from the respondent rows (baseline): ${spread(rawSql)}`);
  print(`  baseline / API: p50 ${(pct(rawSql, 0.5) / pct(api, 0.5)).toFixed(0)}x, p95 ${(pct(rawSql, 0.95) / pct(api, 0.95)).toFixed(0)}x`);
  print(`live      segmentNpsChanged(groupBy: tier, region) to ${fanout.subscribers} graphql-ws subscribers, ${fanout.rounds} changes (1,000 respondents + pg_notify each),`
    + ` COMMIT to arrival: ${spread(fanout.latencies).replace(/\(\d+ runs\)/, `(${fanout.latencies.length} deliveries; per change ${fanout.received.join(', ')})`)}, max ${ms(Math.max(...fanout.latencies))}`);
  print(`analysis  offline wave analysis of ${state.total} interviews (${state.synthesizer}): ${state.status}, ${state.coded} coded, ${state.themes.length} themes, `
    + `${analysisSeconds.toFixed(1)} s from startWaveAnalysis to completed`);
  print('dashboard queries at this size: SQL statements (pg_stat_statements) and median latency over 10 requests');
  for (const d of dashboards) {
    const [fewest, most] = d.statements;
    print(`  ${d.name.padEnd(52)} ${(fewest === most ? String(fewest) : `${fewest}-${most}`).padStart(3)} statements  ${ms(d.p50).padStart(10)}${d.errors ? '  (errors!)' : ''}`);
  }
} finally {
  await db.end();
  await platform.stop();
}
