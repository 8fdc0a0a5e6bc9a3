/**
 * `npm run bench:ingest`: responses streaming in and invitations going out, on the real processes
 * (API, worker, Temporal, PostgreSQL, Mailpit). Prints, never asserts:
 * - responses per second through `ingestResponses` in batches of 1,000 and one by one (into one wave
 *   from 8 and 32 clients, BENCH_SINGLE_CLIENTS; 8 clients over 8 waves),
 *   and through the signed webhook route (`generic`, one response per delivery, 8 clients);
 * - ingest-to-subscriber latency p50/p99: from sending a one-response ingest to the
 *   `segmentNpsChanged` update that counts it, and to `segmentNps` answering with it;
 * - invitations per second: BENCH_INVITES (default 10,000) respondents invited at once, until every
 *   delivery is SENT to the local SMTP server.
 * Targets (issue "Fielding"): >= 2,000 responses/s in batches, >= 200/s one by one, 10,000
 * invitations in <= 60 s, ingest-to-subscriber p99 <= 1 s.
 */
import { createHmac, randomUUID } from 'node:crypto';
import { freePort, mailpitApi, startMailpit, type MailpitHandle } from '@ladder/devstack';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, it } from 'vitest';
import {
  BenchConfigureIngestSourceDocument,
  BenchIngestResponsesDocument,
  BenchInviteRespondentsDocument,
  BenchOverallNpsChangedDocument,
  BenchWaveFieldingDocument,
  CreateStudyDocument,
  CreateWaveDocument,
  DashboardSegmentNpsDocument,
  LaunchWaveDocument,
  type IngestResponseInput,
} from '../../src/gql/graphql.js';
import { gqlData, subscribe } from '../../src/support/graphql.js';
import { startPlatform, type Platform } from '../../src/support/platform.js';

const INVITES = Number(process.env.BENCH_INVITES ?? 10_000);
const BATCH = 1000;
const BATCHES = Number(process.env.BENCH_BATCHES ?? 20);
const SINGLES = Number(process.env.BENCH_SINGLES ?? 2000);
const CLIENTS = 8;
/** One-by-one ingest into one wave is measured at each of these client counts: concurrent calls of a wave are written together. */
const SINGLE_CLIENTS = (process.env.BENCH_SINGLE_CLIENTS ?? '8,32').split(',').map(Number);
const LATENCY_SAMPLES = Number(process.env.BENCH_LATENCY_SAMPLES ?? 100);

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let platform: Platform;
let mailpit: MailpitHandle;
const figures: [string, string][] = [];
const report = (label: string, value: string) => {
  figures.push([label, value]);
  console.log(`bench:ingest  ${label.padEnd(58)} ${value}`);
};

beforeAll(async () => {
  mailpit = await startMailpit({ smtpPort: await freePort(), httpPort: await freePort(), maxMessages: 0 });
  platform = await startPlatform({
    env: {
      SMTP_URL: mailpit.smtpUrl,
      LADDER_LINK_SECRET: randomUUID(),
      // The webhook route's per-IP and per-wave limits are lifted: this measures the route, not the limiter.
      LADDER_INGEST_RATE_PER_IP: '1000000',
      LADDER_INGEST_RATE_PER_WAVE: '1000000',
    },
  });
}, 300_000);
afterAll(async () => {
  console.log(['', 'bench:ingest summary', ...figures.map(([l, v]) => `  ${l.padEnd(58)} ${v}`), ''].join('\n'));
  await platform?.stop();
  await mailpit?.stop();
});

const response = (id: string, i: number, extra: Partial<IngestResponseInput> = {}): IngestResponseInput => ({
  externalId: id,
  score: i % 11,
  email: `${id}@example.com`,
  attributes: { tier: ['SMB', 'Mid', 'Ent'][i % 3], region: ['EU', 'NA'][i % 2] },
  comment: i % 4 === 0 ? 'Support takes days to answer our tickets.' : null,
  ...extra,
});

async function newWave(name: string, launch = false): Promise<{ studyId: string; waveId: string }> {
  const opts = { key: platform.bootstrapKey };
  const study = await gqlData(platform.apiUrl, CreateStudyDocument, { input: { name } }, opts);
  const wave = await gqlData(platform.apiUrl, CreateWaveDocument, { input: { studyId: study.createStudy.id, name: 'W1' } }, opts);
  if (launch) await gqlData(platform.apiUrl, LaunchWaveDocument, { id: wave.createWave.id }, opts);
  return { studyId: study.createStudy.id, waveId: wave.createWave.id };
}

async function ingest(waveId: string, responses: IngestResponseInput[]): Promise<void> {
  const r = await gqlData(platform.apiUrl, BenchIngestResponsesDocument, { input: { waveId, responses } }, { key: platform.bootstrapKey });
  if (!r.ingestResponses.ok) throw new Error(`ingest refused: ${JSON.stringify(r.ingestResponses.errors.slice(0, 3))}`);
}

/** Runs `count` jobs over `clients` concurrent loops; returns the elapsed seconds. */
async function concurrently(count: number, clients: number, job: (i: number) => Promise<void>): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let i = next++; i < count; i = next++) await job(i);
    }),
  );
  return (performance.now() - started) / 1000;
}

describe('bench:ingest', () => {
  it('ingestResponses in batches of 1,000 and one by one', async () => {
    const { waveId } = await newWave('Bench batches');
    const started = performance.now();
    for (let b = 0; b < BATCHES; b++) {
      await ingest(
        waveId,
        Array.from({ length: BATCH }, (_, j) => response(`b${b * BATCH + j}`, b * BATCH + j)),
      );
    }
    const batchSeconds = (performance.now() - started) / 1000;
    report(`ingestResponses, ${BATCHES} batches of ${BATCH}`, `${Math.round((BATCHES * BATCH) / batchSeconds)} responses/s`);
    // The same payload again: every response unchanged, nothing written.
    const again = performance.now();
    await ingest(
      waveId,
      Array.from({ length: BATCH }, (_, j) => response(`b${j}`, j)),
    );
    report('ingestResponses, a batch of 1,000 unchanged responses', `${Math.round(performance.now() - again)} ms`);

    for (const clients of SINGLE_CLIENTS) {
      const single = await newWave(`Bench singles x${clients}`);
      const seconds = await concurrently(SINGLES, clients, (i) => ingest(single.waveId, [response(`s${i}`, i)]));
      report(`ingestResponses one by one (${SINGLES}, ${clients} clients, one wave)`, `${Math.round(SINGLES / seconds)} responses/s`);
    }
    // The same, each client on its own wave: nothing to write together, one transaction per call.
    const waves = await Promise.all(Array.from({ length: CLIENTS }, (_, c) => newWave(`Bench singles ${c}`)));
    const spread = await concurrently(SINGLES, CLIENTS, (i) => ingest(waves[i % CLIENTS].waveId, [response(`s${i}`, i)]));
    report(`ingestResponses one by one (${SINGLES}, ${CLIENTS} clients, ${CLIENTS} waves)`, `${Math.round(SINGLES / spread)} responses/s`);
  });

  it('the signed webhook route, one response per delivery', async () => {
    const { waveId } = await newWave('Bench webhooks');
    const { configureIngestSource } = await gqlData(
      platform.apiUrl,
      BenchConfigureIngestSourceDocument,
      { input: { waveId, source: 'GENERIC' } },
      { key: platform.bootstrapKey },
    );
    const key = Buffer.from(configureIngestSource.secret!.replace(/^whsec_/, ''), 'base64');
    const url = configureIngestSource.url;
    const post = async (i: number) => {
      const body = JSON.stringify({ responses: [response(`w${i}`, i)] });
      const id = `msg_${randomUUID()}`;
      const ts = String(Math.floor(Date.now() / 1000));
      const mac = createHmac('sha256', key).update(`${id}.${ts}.${body}`).digest('base64');
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'webhook-id': id, 'webhook-timestamp': ts, 'webhook-signature': `v1,${mac}` },
        body,
      });
      if (res.status !== 200) throw new Error(`webhook answered ${res.status}: ${await res.text()}`);
    };
    const seconds = await concurrently(SINGLES, CLIENTS, post);
    report(`webhook deliveries (${SINGLES}, ${CLIENTS} clients)`, `${Math.round(SINGLES / seconds)} responses/s`);
  });

  it('ingest-to-subscriber latency', async () => {
    const { studyId, waveId } = await newWave('Bench latency');
    const client: Client = createClient({
      url: platform.wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${platform.bootstrapKey}` },
    });
    const waiting = new Map<number, (at: number) => void>();
    const stop = subscribe(
      client,
      BenchOverallNpsChangedDocument,
      { studyId },
      {
        next: (m) => {
          const n = m.data?.segmentNpsChanged.overall.n ?? 0;
          const now = performance.now();
          for (const [target, resolve] of waiting) {
            if (n >= target) {
              waiting.delete(target);
              resolve(now);
            }
          }
        },
        error: (e) => console.error('subscription error', e),
        complete: () => undefined,
      },
    );
    await sleep(500);
    const pushed: number[] = [];
    const queried: number[] = [];
    for (let i = 1; i <= LATENCY_SAMPLES; i++) {
      const arrived = new Promise<number>((resolve) => waiting.set(i, resolve));
      const sent = performance.now();
      await ingest(waveId, [response(`l${i}`, i)]);
      const nps = await gqlData(platform.apiUrl, DashboardSegmentNpsDocument, { studyId, waveId }, { key: platform.bootstrapKey });
      if (nps.segmentNps.overall.n >= i) queried.push(performance.now() - sent);
      pushed.push((await Promise.race([arrived, sleep(5000).then(() => NaN)])) - sent);
      // Spread like real traffic, at random points of the one-second coalescing window.
      await sleep(Math.random() * 400);
    }
    stop();
    await client.dispose();
    const delivered = pushed.filter((x) => !Number.isNaN(x));
    report(
      `ingest -> segmentNpsChanged (${delivered.length}/${LATENCY_SAMPLES} delivered)`,
      `p50 ${Math.round(percentile(delivered, 50))} ms, p99 ${Math.round(percentile(delivered, 99))} ms`,
    );
    report(
      `ingest -> visible in segmentNps (${queried.length}/${LATENCY_SAMPLES})`,
      `p50 ${Math.round(percentile(queried, 50))} ms, p99 ${Math.round(percentile(queried, 99))} ms`,
    );
  });

  it(`${INVITES.toLocaleString('en')} invitations to the local SMTP server`, async () => {
    const { studyId, waveId } = await newWave('Bench invitations', true);
    for (let b = 0; b * BATCH < INVITES; b++) {
      const size = Math.min(BATCH, INVITES - b * BATCH);
      await ingest(
        waveId,
        Array.from({ length: size }, (_, j) => response(`i${b * BATCH + j}`, b * BATCH + j, { comment: null })),
      );
    }
    const mail = mailpitApi(mailpit.apiUrl);
    await mail.deleteAll();
    const started = performance.now();
    const invited = await gqlData(
      platform.apiUrl,
      BenchInviteRespondentsDocument,
      { input: { waveId, filter: { notInvitedOnly: true } } },
      { key: platform.bootstrapKey },
    );
    let sent = 0;
    let failed = 0;
    const deadline = Date.now() + 600_000;
    while (Date.now() < deadline) {
      const { study } = await gqlData(platform.apiUrl, BenchWaveFieldingDocument, { studyId }, { key: platform.bootstrapKey });
      const fielding = study!.waves.find((w) => w.id === waveId)!.fielding;
      ({ sent, failed } = fielding);
      if (sent + failed + fielding.suppressed >= invited.inviteRespondents.queued) break;
      await sleep(250);
    }
    const seconds = (performance.now() - started) / 1000;
    const { total } = await mail.messages(1);
    report(
      `invitations: ${invited.inviteRespondents.queued} queued, ${sent} sent, ${failed} failed`,
      `${seconds.toFixed(1)} s, ${Math.round(sent / seconds)}/s; Mailpit holds ${total}`,
    );
  });
});
