/**
 * `npm run bench:limits`: does one flooding client slow the others down? On the real processes
 * (API, worker, Temporal, PostgreSQL), normal clients run at a steady pace, alone, then while one
 * API key floods /graphql, then while one respondent link token floods it. Prints p50/p95 of the
 * normal clients in each phase, their ratio to the quiet phase, and what the flooder got through;
 * never asserts (the machine is shared and noisy).
 * - keyed clients: BENCH_CLIENTS (8) API keys of their own, each reading segment NPS every 400 ms
 *   (150 a minute: half its key's allowance, so a normal client is never refused itself);
 * - respondents: BENCH_RESPONDENTS (12) links, each read every 1 s (respondentSession, no key; half a link's allowance);
 * - the flooder: BENCH_FLOODERS (16) loops as fast as the API answers, with one key or one token,
 *   in a worker thread (its own event loop: it does not delay the normal clients' timers here).
 * Limits as configured here: 300 calls per minute per key, 120 per token (the address limit is
 * lifted: every client of this bench shares 127.0.0.1); refusals are held 1 s (the default tarpit).
 * The normal clients' errors are printed by code.
 */
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, it } from 'vitest';
import {
  CreateStudyDocument,
  CreateWaveDocument,
  DashboardSegmentNpsDocument,
  FieldingIngestDocument,
  LaunchWaveDocument,
  RespondentSessionDocument,
  RespondentsDocument,
  StartInterviewDocument,
} from '../../src/gql/graphql.js';
import { gql, gqlData } from '../../src/support/graphql.js';
import { startPlatform, type Platform } from '../../src/support/platform.js';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 8);
const FLOODERS = Number(process.env.BENCH_FLOODERS ?? 16);
const PHASE_MS = Number(process.env.BENCH_PHASE_MS ?? 15_000);
const RESPONDENTS = Number(process.env.BENCH_RESPONDENTS ?? 12);

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let platform: Platform;
let studyId: string;
let waveId: string;
let clientKeys: string[];
let floodKey: string;
let tokens: string[];
const lines: string[] = [];
const report = (line: string) => {
  lines.push(line);
  console.log(`bench:limits  ${line}`);
};

/** createApiKey is sent as text: the bench needs nothing else of the key operations' documents. */
async function createKey(name: string): Promise<string> {
  const res = await fetch(platform.apiUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${platform.bootstrapKey}` },
    body: JSON.stringify({
      query: 'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }',
      variables: { input: { name, role: 'ANALYST' } },
    }),
  });
  const body = (await res.json()) as { data?: { createApiKey: { secret: string } }; errors?: unknown };
  if (!body.data) throw new Error(`createApiKey failed: ${JSON.stringify(body.errors)}`);
  return body.data.createApiKey.secret;
}

beforeAll(async () => {
  platform = await startPlatform({
    env: { LADDER_RATE_PER_KEY: '300', LADDER_RATE_PER_TOKEN: '120', LADDER_RATE_PER_IP: '1000000' },
  });
  const opts = { key: platform.bootstrapKey };
  studyId = (await gqlData(platform.apiUrl, CreateStudyDocument, { input: { name: 'Bench limits' } }, opts)).createStudy.id;
  waveId = (await gqlData(platform.apiUrl, CreateWaveDocument, { input: { studyId, name: 'W1' } }, opts)).createWave.id;
  await gqlData(platform.apiUrl, LaunchWaveDocument, { id: waveId }, opts);
  const responses = Array.from({ length: 500 }, (_, i) => ({
    externalId: `r${i}`,
    score: i % 11,
    attributes: { tier: ['SMB', 'Mid', 'Ent'][i % 3], region: ['EU', 'NA'][i % 2] },
  }));
  await gqlData(platform.apiUrl, FieldingIngestDocument, { input: { waveId, responses } }, opts);
  const { respondents } = await gqlData(platform.apiUrl, RespondentsDocument, { waveId, first: RESPONDENTS + 1 }, opts);
  tokens = [];
  for (const edge of respondents.edges) {
    const started = await gqlData(platform.apiUrl, StartInterviewDocument, { respondentId: edge.node.id }, opts);
    tokens.push(started.startInterview.respondentToken);
  }
  clientKeys = await Promise.all(Array.from({ length: CLIENTS }, (_, i) => createKey(`client ${i}`)));
  floodKey = await createKey('flooder');
}, 300_000);
afterAll(async () => {
  console.log(['', 'bench:limits summary', ...lines.map((l) => `  ${l}`), ''].join('\n'));
  await platform?.stop();
});

interface Latencies {
  keyed: number[];
  respondents: number[];
  /** Normal clients' errors by code. */
  errors: Record<string, number>;
}

/** The normal clients for one phase: fixed pace, every latency recorded. */
async function normalClients(until: number): Promise<Latencies> {
  const out: Latencies = { keyed: [], respondents: [], errors: {} };
  const loop = async (paceMs: number, into: number[], call: () => Promise<{ errors?: { extensions?: { code?: string } }[] }>) => {
    while (Date.now() < until) {
      const started = performance.now();
      const result = await call();
      into.push(performance.now() - started);
      const code = result.errors?.[0]?.extensions?.code ?? (result.errors?.length ? 'unknown' : null);
      if (code) out.errors[code] = (out.errors[code] ?? 0) + 1;
      await sleep(Math.max(0, paceMs - (performance.now() - started)));
    }
  };
  await Promise.all([
    ...clientKeys.map((key) => loop(400, out.keyed, () => gql(platform.apiUrl, DashboardSegmentNpsDocument, { studyId, waveId }, { key }))),
    ...tokens
      .slice(0, RESPONDENTS)
      .map((token) => loop(1000, out.respondents, () => gql(platform.apiUrl, RespondentSessionDocument, { token }))),
  ]);
  return out;
}

interface Flood {
  accepted: number;
  refused: number;
}

/** The flooding loops, in a worker thread: the same request again and again until `until`. */
const FLOODER = `
const { parentPort, workerData: w } = require('node:worker_threads');
const out = { accepted: 0, refused: 0 };
const loop = async () => {
  while (Date.now() < w.until) {
    const res = await fetch(w.url, { method: 'POST', headers: w.headers, body: w.body });
    const body = await res.json();
    if (body.errors && body.errors[0] && body.errors[0].extensions.code === 'RATE_LIMITED') out.refused++;
    else out.accepted++;
  }
};
Promise.all(Array.from({ length: w.loops }, loop)).then(() => parentPort.postMessage(out));
`;

function flood(until: number, document: { toString(): string }, variables: object, key?: string): Promise<Flood> {
  const headers = { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) };
  const workerData = {
    url: platform.apiUrl,
    headers,
    body: JSON.stringify({ query: String(document), variables }),
    until,
    loops: FLOODERS,
  };
  const worker = new Worker(FLOODER, { eval: true, workerData });
  return new Promise((resolve, reject) => {
    worker.once('message', (out: Flood) => void worker.terminate().then(() => resolve(out)));
    worker.once('error', reject);
  });
}

const figures = (l: number[]) => ({ p50: percentile(l, 50), p95: percentile(l, 95), n: l.length });
const ms = (x: number) => `${x.toFixed(1)} ms`;

describe('bench:limits', () => {
  it('p50/p95 of normal clients alone, while a key floods, while a respondent token floods', async () => {
    await normalClients(Date.now() + 3000); // warm-up
    const quiet = await normalClients(Date.now() + PHASE_MS);
    const keyUntil = Date.now() + PHASE_MS;
    const [underKeyFlood, keyFlood] = await Promise.all([
      normalClients(keyUntil),
      flood(keyUntil, DashboardSegmentNpsDocument, { studyId, waveId }, floodKey),
    ]);
    await sleep(2000);
    const tokenUntil = Date.now() + PHASE_MS;
    const floodToken = tokens[RESPONDENTS];
    const [underTokenFlood, tokenFlood] = await Promise.all([
      normalClients(tokenUntil),
      flood(tokenUntil, RespondentSessionDocument, { token: floodToken }),
    ]);
    await sleep(2000);
    // Quiet again: how far two phases without any flood differ is the noise the ratios sit in.
    const quietAgain = await normalClients(Date.now() + PHASE_MS);
    const base = { keyed: figures(quiet.keyed), respondents: figures(quiet.respondents) };
    for (const [phase, run, flooder] of [
      ['alone', quiet, null],
      ['key flood', underKeyFlood, keyFlood],
      ['token flood', underTokenFlood, tokenFlood],
      ['alone again', quietAgain, null],
    ] as const) {
      for (const group of ['keyed', 'respondents'] as const) {
        const f = figures(run[group]);
        const head = `${phase.padEnd(12)} ${group.padEnd(12)} n=${String(f.n).padStart(5)}`;
        report(`${head}  p50 ${ms(f.p50).padStart(9)}  p95 ${ms(f.p95).padStart(9)}  p95 ratio ${(f.p95 / base[group].p95).toFixed(2)}`);
      }
      if (Object.keys(run.errors).length) report(`${phase.padEnd(12)} normal clients' errors: ${JSON.stringify(run.errors)}`);
      if (flooder) {
        const seconds = PHASE_MS / 1000;
        report(
          `${phase.padEnd(12)} flooder: ${Math.round(flooder.accepted / seconds)}/s accepted, ` +
            `${Math.round(flooder.refused / seconds)}/s refused (RATE_LIMITED)`,
        );
      }
    }
  });
});
