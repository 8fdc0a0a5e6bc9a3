/**
 * `npm run bench:webhooks`: webhook deliveries from the outbox to a local receiver, on the real
 * processes (API, one worker, Temporal, PostgreSQL; the receiver is an HTTP server in this process
 * answering 204). Prints, never asserts (issue 11 "Scale": >= 200 deliveries/s on one worker):
 * - burst throughput: BENCH_DELIVERIES (default 5,000) deliveries enqueued in one transaction through
 *   `ladder_enqueue_webhook_event`, to one endpoint (5,000 events) and to 10 endpoints (500 events each
 *   sent to all 10), from COMMIT to the last receipt; latency COMMIT -> receipt p50/p95 (in a burst this
 *   is mostly the queue);
 * - paced latency: BENCH_PACED_RATE events/s (default 20) for BENCH_PACED_SECONDS (default 10), one
 *   transaction each, to one endpoint: COMMIT -> receipt p50/p95 with an idle dispatcher (the wake path);
 * - CPU per delivery of the worker, PostgreSQL, Temporal, the API and this process (the receiver).
 * The platform runs with LADDER_WEBHOOK_ALLOW_PRIVATE=true (the receiver is on 127.0.0.1).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import pg from 'pg';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { AlertsCreateEndpointDocument } from '../../src/gql/graphql.js';
import { gqlData } from '../../src/support/graphql.js';
import { startPlatform, type Platform } from '../../src/support/platform.js';
import { cpuBetween, cpuSeconds, type CpuSeconds } from '../process-cpu.js';

const DELIVERIES = Number(process.env.BENCH_DELIVERIES ?? 5000);
const PACED_RATE = Number(process.env.BENCH_PACED_RATE ?? 20);
const PACED_SECONDS = Number(process.env.BENCH_PACED_SECONDS ?? 10);

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)] ?? NaN;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const ms = (x: number) => `${x.toFixed(0)} ms`;

let platform: Platform;
let receiver: Server;
let db: pg.Client;
/** Receipt times (performance.now()) by `<endpoint path> <webhook-id>`; a repeat (at least once) is counted apart. */
const received = new Map<string, number>();
let repeats = 0;
const report: string[] = [];
const print = (line: string) => {
  report.push(line);
  console.log(`bench:webhooks  ${line}`);
};

beforeAll(async () => {
  receiver = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const key = `${req.url} ${req.headers['webhook-id']}`;
      if (received.has(key)) repeats++;
      else received.set(key, performance.now());
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  platform = await startPlatform({ env: { LADDER_WEBHOOK_ALLOW_PRIVATE: 'true' } });
  db = new pg.Client({ connectionString: platform.databaseUrl });
  await db.connect();
}, 300_000);

afterAll(async () => {
  console.log(
    [
      '',
      `bench:webhooks on ${cpus().length} cores (load average at the end ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}); API, one worker, PostgreSQL, Temporal and the receiver on one machine`,
      ...report.map((l) => `  ${l}`),
      '',
    ].join('\n'),
  );
  await db?.end();
  await platform?.stop();
  await new Promise((r) => receiver?.close(r));
});

/** `count` endpoints subscribed to response.ingested (created through the API), the others disabled; their paths and workspace. */
async function endpoints(count: number, tag: string): Promise<{ paths: string[]; workspaceId: string }> {
  await db.query(`UPDATE webhook_endpoint SET enabled = false`);
  const port = (receiver.address() as AddressInfo).port;
  const paths: string[] = [];
  let workspaceId = '';
  for (let i = 0; i < count; i++) {
    const path = `/${tag}/${i}`;
    const { endpoint } = (
      await gqlData(
        platform.apiUrl,
        AlertsCreateEndpointDocument,
        { input: { url: `http://127.0.0.1:${port}${path}`, events: ['RESPONSE_INGESTED'] } },
        { key: platform.bootstrapKey },
      )
    ).createWebhookEndpoint;
    paths.push(path);
    workspaceId = (await db.query('SELECT workspace_id FROM webhook_endpoint WHERE id = $1', [endpoint.id])).rows[0].workspace_id;
  }
  return { paths, workspaceId };
}

/** Enqueues `events` response.ingested events in one transaction; returns the ids and the time just before COMMIT. */
async function enqueue(workspaceId: string, events: number): Promise<{ ids: string[]; committing: number }> {
  await db.query('BEGIN');
  const { rows } = await db.query<{ id: string }>(
    `SELECT ladder_enqueue_webhook_event($1, 'response.ingested',
       jsonb_build_object('respondentId', gen_random_uuid(), 'externalId', 'bench-' || i, 'score', i % 11, 'band',
         CASE WHEN i % 11 <= 6 THEN 'detractor' WHEN i % 11 <= 8 THEN 'passive' ELSE 'promoter' END)) AS id
     FROM generate_series(1, $2::int) i`,
    [workspaceId, events],
  );
  const committing = performance.now();
  await db.query('COMMIT');
  return { ids: rows.map((r) => r.id), committing };
}

/** Waits until every (path, id) pair arrived or `timeoutMs` passed; returns the receipt times found. */
async function receipts(paths: string[], ids: string[], timeoutMs: number): Promise<number[]> {
  const keys = paths.flatMap((p) => ids.map((id) => `${p} ${id}`));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && keys.some((k) => !received.has(k))) await sleep(50);
  return keys.map((k) => received.get(k)).filter((t): t is number => t !== undefined);
}

const cpuLine = (cpu: CpuSeconds, deliveries: number) => {
  const per = (s: number) => `${((s * 1000) / deliveries).toFixed(2)}`;
  return (
    `CPU per delivery (ms): worker ${per(cpu.worker)}, PostgreSQL ${per(cpu.postgres)}, Temporal ${per(cpu.temporal)}, ` +
    `API ${per(cpu.api)}, receiver (this process) ${per(cpu.bench)}`
  );
};

async function burst(endpointCount: number): Promise<void> {
  const { paths, workspaceId } = await endpoints(endpointCount, `burst${endpointCount}`);
  const events = Math.ceil(DELIVERIES / endpointCount);
  await sleep(1000);
  const before = cpuSeconds();
  const { ids, committing } = await enqueue(workspaceId, events);
  const times = await receipts(paths, ids, 300_000);
  const cpu = cpuBetween(before, cpuSeconds());
  const expected = ids.length * paths.length;
  const seconds = (Math.max(...times) - committing) / 1000;
  const latencies = times.map((t) => t - committing);
  const [{ delivered }] = (
    await db.query(`SELECT count(*)::int AS delivered FROM webhook_delivery WHERE event_id = ANY($1::uuid[]) AND status = 'delivered'`, [
      ids,
    ])
  ).rows;
  print(
    `burst, ${endpointCount} endpoint${endpointCount > 1 ? 's' : ''}: ` +
      `${times.length.toLocaleString('en')} of ${expected.toLocaleString('en')} ` +
      `received (${events.toLocaleString('en')} events), in ${seconds.toFixed(2)} s from COMMIT: ` +
      `${Math.round(times.length / seconds).toLocaleString('en')} deliveries/s; COMMIT -> receipt p50 ${ms(percentile(latencies, 0.5))}, ` +
      `p95 ${ms(percentile(latencies, 0.95))}; ${delivered.toLocaleString('en')} recorded delivered`,
  );
  print(`  ${cpuLine(cpu, times.length)}`);
}

describe('bench:webhooks', () => {
  it('burst to one endpoint', async () => {
    await burst(1);
  });

  it('burst to 10 endpoints', async () => {
    await burst(10);
  });

  it('paced, one endpoint', async () => {
    const { paths, workspaceId } = await endpoints(1, 'paced');
    await sleep(1000);
    const before = cpuSeconds();
    const sent: { id: string; committing: number }[] = [];
    const interval = 1000 / PACED_RATE;
    const started = performance.now();
    for (let i = 0; i < PACED_RATE * PACED_SECONDS; i++) {
      const wait = started + i * interval - performance.now();
      if (wait > 0) await sleep(wait);
      const { ids, committing } = await enqueue(workspaceId, 1);
      sent.push({ id: ids[0], committing });
    }
    await receipts(
      paths,
      sent.map((s) => s.id),
      60_000,
    );
    const cpu = cpuBetween(before, cpuSeconds());
    const latencies = sent.flatMap((s) => {
      const at = received.get(`${paths[0]} ${s.id}`);
      return at === undefined ? [] : [at - s.committing];
    });
    print(
      `paced, one endpoint, ${PACED_RATE} events/s for ${PACED_SECONDS} s (one transaction each): ${latencies.length} of ${sent.length} ` +
        `received; COMMIT -> receipt p50 ${ms(percentile(latencies, 0.5))}, p95 ${ms(percentile(latencies, 0.95))}, ` +
        `max ${ms(Math.max(...latencies))}`,
    );
    print(`  ${cpuLine(cpu, latencies.length)} (idle time included)`);
    if (repeats) print(`  ${repeats} deliveries received more than once (at least once)`);
  });
});
