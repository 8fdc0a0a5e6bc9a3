import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import { SegmentNpsChangedDocument } from '../../src/gql/graphql.js';

export interface FanoutResult {
  subscribers: number;
  /** Connections that were refused or closed before they were acknowledged. */
  refused: number;
  threads: number;
  rounds: number;
  latencies: number[];
  received: number[];
  /** The API process's resident memory before the clients connected and after they subscribed, in KiB. */
  apiRssKiB: { before: number; after: number };
  /** CPU seconds while the changes were fanned out (rounds only): the API process and this benchmark process (all its threads). */
  cpu: { api: number; client: number; seconds: number };
  /** Subscription errors the clients received. */
  errors: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const now = () => performance.timeOrigin + performance.now();

/** VmRSS of a process, in KiB (0 where /proc is not there). */
export function rssKiB(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** User + system CPU seconds of a process so far (0 where /proc is not there). */
function cpuOf(pid: number): number {
  try {
    const raw = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = raw.slice(raw.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/** The next message of `type` from a worker thread, after sending `message` (if any). */
function ask<T>(worker: Worker, type: string, message?: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: { type: string }) => {
      if (m.type !== type) return;
      worker.off('message', onMessage);
      worker.off('error', reject);
      resolve(m as T);
    };
    worker.on('message', onMessage);
    worker.once('error', reject);
    if (message) worker.postMessage(message);
  });
}

/**
 * `subscribers` graphql-ws clients (one WebSocket each, `ws` as the implementation), spread over
 * `threads` worker threads of this process (`live-clients.worker.mjs`), subscribe to the study's
 * segment NPS by tier and region. Each round inserts 1,000 respondents and publishes
 * `insights.changed` with pg_notify in the same transaction, as the import does; a subscriber's
 * latency is the time from just before COMMIT to the arrival of its update (absolute clock, the
 * same in every thread). Rounds are spaced beyond the one-second coalescing window, so each round
 * is one leading-edge update. The API process's RSS is read before the clients connect and once
 * they have subscribed.
 */
export async function measureFanout(o: {
  wsUrl: string;
  key: string;
  databaseUrl: string;
  apiPid: number;
  workspaceId: string;
  studyId: string;
  waveId: string;
  subscribers: number;
  threads: number;
  rounds: number;
}): Promise<FanoutResult> {
  const rssBefore = rssKiB(o.apiPid);
  const threads = Math.max(1, Math.min(o.threads, o.subscribers));
  const workers = Array.from({ length: threads }, (_, t) => {
    const count = Math.floor(o.subscribers / threads) + (t < o.subscribers % threads ? 1 : 0);
    return new Worker(new URL('./live-clients.worker.mjs', import.meta.url), {
      workerData: {
        url: o.wsUrl,
        key: o.key,
        query: SegmentNpsChangedDocument.toString(),
        variables: { studyId: o.studyId },
        count,
      },
    });
  });
  const db = new pg.Client({ connectionString: o.databaseUrl });
  const sent: number[] = [];
  let connected: number;
  let refused: number;
  let cpu: FanoutResult['cpu'];
  let collected: { arrivals: number[]; errors: number }[];
  let rssAfter: number;
  try {
    const ready = await Promise.all(workers.map((w) => ask<{ connected: number; failed: number }>(w, 'ready')));
    connected = ready.reduce((a, r) => a + r.connected, 0);
    refused = ready.reduce((a, r) => a + r.failed, 0);
    await sleep(1500); // every subscribe message handled, and past any coalescing window
    rssAfter = rssKiB(o.apiPid);
    await db.connect();
    const cpuBefore = { api: cpuOf(o.apiPid), client: cpuOf(process.pid), at: performance.now() };
    for (let r = 0; r < o.rounds; r++) {
      await Promise.all(workers.map((w) => ask(w, 'marked', 'mark')));
      await db.query('BEGIN');
      await db.query(
        `INSERT INTO respondent (workspace_id, wave_id, external_id, score, attributes)
        SELECT $1, $2, $3 || i, i % 11, jsonb_build_object('tier', (ARRAY['SMB', 'Mid-market', 'Enterprise'])[1 + i % 3], 'region', 'EMEA')
        FROM generate_series(1, 1000) i`,
        [o.workspaceId, o.waveId, `live${r}-`],
      );
      await db.query(`SELECT pg_notify('ladder_events', $1)`, [
        JSON.stringify({ type: 'insights.changed', workspaceId: o.workspaceId, studyId: o.studyId, waveId: o.waveId, what: 'respondents' }),
      ]);
      sent.push(now());
      await db.query('COMMIT');
      const deadline = Date.now() + 10_000;
      for (;;) {
        const counts = await Promise.all(workers.map((w) => ask<{ arrived: number }>(w, 'count', 'count')));
        if (counts.reduce((a, c) => a + c.arrived, 0) >= connected || Date.now() > deadline) break;
        await sleep(20);
      }
      await sleep(1500);
    }
    cpu = {
      api: cpuOf(o.apiPid) - cpuBefore.api,
      client: cpuOf(process.pid) - cpuBefore.client,
      seconds: (performance.now() - cpuBefore.at) / 1000,
    };
    collected = await Promise.all(workers.map((w) => ask<{ arrivals: number[]; errors: number }>(w, 'collect', 'collect')));
  } finally {
    await db.end().catch(() => {});
    await Promise.all(workers.map((w) => ask(w, 'closed', 'close').catch(() => {})));
    await Promise.all(workers.map((w) => w.terminate()));
  }
  // Each arrival belongs to the round whose COMMIT it follows (earlier ones are the subscriptions' first answers).
  const latencies: number[] = [];
  const received = sent.map(() => 0);
  for (const at of collected.flatMap((c) => c.arrivals)) {
    let r = sent.length - 1;
    while (r >= 0 && at < sent[r]) r--;
    if (r < 0) continue;
    received[r]++;
    latencies.push(at - sent[r]);
  }
  return {
    subscribers: connected,
    refused,
    threads,
    rounds: o.rounds,
    latencies,
    received,
    apiRssKiB: { before: rssBefore, after: rssAfter },
    cpu,
    errors: collected.reduce((a, c) => a + c.errors, 0),
  };
}
