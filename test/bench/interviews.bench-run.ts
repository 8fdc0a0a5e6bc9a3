/**
 * `npm run bench:interviews`: N concurrent synthetic interviews through the API and one worker,
 * against the local Mistral-protocol server at 0 ms and at a realistic latency. Prints turns per
 * second, orchestration overhead per turn (reply time minus the time spent in the LLM) p50/p95,
 * worker peak memory and history events per interview. Figures are printed, never asserted.
 * Three runs on one platform: saturated (answers sent the moment a reply arrives: throughput),
 * then respondents who take 2-4 s per answer with the LLM at 0 ms and at BENCH_LATENCY_MS: the
 * orchestration overhead a respondent actually waits for. BENCH_CONCURRENCY (default 50) and
 * BENCH_LATENCY_MS (default 600) tune it.
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { Client, Connection } from '@temporalio/client';
import { prng } from '@ladder/simulator';
import { startFakeMistral, type FakeMistral } from '@ladder/workflows/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, it } from 'vitest';
import {
  RespondentSessionDocument,
  RespondentsDocument,
  SendRespondentMessageDocument,
  StartInterviewDocument,
  StudiesDocument,
} from '../src/gql/graphql.js';
import { gql, gqlData } from '../src/support/graphql.js';
import { startPlatform, type Platform } from '../src/support/platform.js';
import { DETRACTOR_ANSWERS as ANSWERS } from '../src/support/answers.js';

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 600);

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};
const peakRssMiB = (pid: number | undefined) => {
  if (!pid) return NaN;
  const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return hwm ? Number(hwm[1]) / 1024 : NaN;
};

interface Run {
  label: string;
  interviews: number;
  turns: number;
  seconds: number;
  overheadP50: number;
  overheadP95: number;
  replyP95: number;
  rssMiB: number;
  events: number[];
}
interface Scenario {
  label: string;
  latencyMs: number;
  thinkMs: [number, number];
}
const runs: Run[] = [];
let fake: FakeMistral | undefined;
let platform: Platform | undefined;
let respondentIds: string[] = [];
let offset = 0;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One batch of CONCURRENCY interviews on the running platform; the respondent "thinks" between answers. */
async function run({ label, latencyMs, thinkMs }: Scenario): Promise<Run> {
  const { apiUrl, bootstrapKey } = platform!;
  fake!.setOptions({ latencyMs, seed: 5 });
  const key = { key: bootstrapKey };
  const batch = respondentIds.slice(offset, offset + CONCURRENCY);
  offset += CONCURRENCY;
  const started = await Promise.all(
    batch.map(async (respondentId) => (await gqlData(apiUrl, StartInterviewDocument, { respondentId }, key)).startInterview),
  );
  const replyMs = new Map<string, number>();
  const t0 = performance.now();
  const random = prng(1);
  const think = () => thinkMs[0] + random() * (thinkMs[1] - thinkMs[0]);
  await Promise.all(
    started.map(async ({ respondentToken: token }, k) => {
      await sleep((k / started.length) * thinkMs[1]); // respondents arrive spread over one think time
      for (let i = 0; i < 40; i++) {
        const sentAt = performance.now();
        const text = ANSWERS[Math.min(i, ANSWERS.length - 1)];
        const res = await gql(apiUrl, SendRespondentMessageDocument, { token, text, clientMessageId: `${token.slice(0, 16)}-${i}` });
        if (res.errors || !res.data) throw new Error(JSON.stringify(res.errors));
        replyMs.set(res.data.sendRespondentMessage.id, performance.now() - sentAt);
        if ((await gqlData(apiUrl, RespondentSessionDocument, { token })).respondentSession.status === 'COMPLETED') return;
        await sleep(think());
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const db = new pg.Client({ connectionString: platform!.databaseUrl });
  await db.connect();
  const sessionIds = started.map((s) => s.session.id);
  const { rows } = await db.query(
    `SELECT id, seq, action, author, coalesce(llm_latency_ms, 0) AS llm FROM turn
     WHERE role = 'moderator' AND seq > 0 AND session_id = ANY($1::uuid[])`,
    [sessionIds],
  );
  if (process.env.BENCH_DEBUG) {
    const slow = rows
      .map((t) => ({ ...t, reply: replyMs.get(t.id) ?? 0 }))
      .sort((a, b) => b.reply - b.llm - (a.reply - a.llm))
      .slice(0, 15);
    console.log(slow.map((t) => `${t.seq} ${t.action} ${t.author} reply=${t.reply.toFixed(0)} llm=${t.llm}`).join('\n'));
  }
  const { rows: sessions } = await db.query(`SELECT workflow_id FROM interview_session WHERE id = ANY($1::uuid[]) LIMIT 5`, [sessionIds]);
  await db.end();
  // Orchestration overhead: the reply time the respondent saw minus the time the LLM call of that turn took.
  const overhead = rows.filter((t) => replyMs.has(t.id)).map((t) => replyMs.get(t.id)! - Number(t.llm));
  const connection = await Connection.connect({ address: platform!.temporalAddress });
  const client = new Client({ connection });
  const events = await Promise.all(
    sessions.map(async (s) => (await client.workflow.getHandle(s.workflow_id).fetchHistory()).events?.length ?? 0),
  );
  await connection.close();
  return {
    label,
    interviews: started.length,
    turns: replyMs.size,
    seconds,
    overheadP50: percentile(overhead, 50),
    overheadP95: percentile(overhead, 95),
    replyP95: percentile([...replyMs.values()], 95),
    rssMiB: peakRssMiB(platform!.workerPid()),
    events,
  };
}

beforeAll(async () => {
  fake = await startFakeMistral({ seed: 5 });
  platform = await startPlatform({
    seed: true,
    env: { MISTRAL_API_KEY: 'bench', MISTRAL_SERVER_URL: fake.url, MISTRAL_TIMEOUT_MS: '10000' },
  });
  const key = { key: platform.bootstrapKey };
  const { studies } = await gqlData(platform.apiUrl, StudiesDocument, {}, key);
  const { respondents } = await gqlData(platform.apiUrl, RespondentsDocument, { waveId: studies[0].waves[0].id, first: 200 }, key);
  respondentIds = respondents.edges.map((e) => e.node.id);
});

afterAll(async () => {
  await platform?.stop();
  await fake?.close();
  console.log(
    `\ninterviews benchmark: ${CONCURRENCY} concurrent interviews per run, one worker, ` +
      `API and worker as separate processes, on ${cpus().length} cores`,
  );
  console.log(
    'run                       | interviews | turns | turns/s | ' +
      'overhead p50 | overhead p95 | reply p95 | worker peak RSS | history events/interview',
  );
  for (const r of runs) {
    console.log(
      `${r.label.padEnd(25)} | ${String(r.interviews).padStart(10)} | ${String(r.turns).padStart(5)} | ` +
        `${(r.turns / r.seconds).toFixed(1).padStart(7)} | ${r.overheadP50.toFixed(0).padStart(9)} ms | ` +
        `${r.overheadP95.toFixed(0).padStart(9)} ms | ${r.replyP95.toFixed(0).padStart(6)} ms | ` +
        `${r.rssMiB.toFixed(0).padStart(11)} MiB | ${Math.max(...r.events)} max (limit warning at 10,240)`,
    );
  }
  if (runs.length === 3) {
    console.log(
      `overhead p95 with respondents thinking, 0 ms vs ${LATENCY_MS} ms LLM: ` +
        `${runs[1].overheadP95.toFixed(0)} ms vs ${runs[2].overheadP95.toFixed(0)} ms; ` +
        `saturated throughput ${(runs[0].turns / runs[0].seconds).toFixed(1)} turns/s`,
    );
  }
});

describe('bench:interviews', () => {
  // Saturation: every respondent answers the moment the reply arrives; shows throughput, not latency.
  it('saturated, fake LLM at 0 ms', async () => {
    runs.push(await run({ label: 'saturated, LLM 0 ms', latencyMs: 0, thinkMs: [0, 0] }));
  });
  // Realistic concurrency: respondents take 2-4 s per answer (people take far longer), all interviews open at once.
  it('respondents thinking, fake LLM at 0 ms', async () => {
    runs.push(await run({ label: 'thinking, LLM 0 ms', latencyMs: 0, thinkMs: [2000, 4000] }));
  });
  it(`respondents thinking, fake LLM at ${LATENCY_MS} ms`, async () => {
    runs.push(await run({ label: `thinking, LLM ${LATENCY_MS} ms`, latencyMs: LATENCY_MS, thinkMs: [2000, 4000] }));
  });
});
