/**
 * `npm run bench:interviews`: N concurrent synthetic interviews through the API and one worker,
 * against the local Mistral-protocol server at 0 ms and at a realistic latency. Prints turns per
 * second, orchestration overhead per turn (reply time minus the time spent in the LLM) p50/p95,
 * worker peak memory and history events per interview. Figures are printed, never asserted.
 * Three runs on one platform: saturated (answers sent the moment a reply arrives: throughput),
 * then respondents who take 2-4 s per answer with the LLM at 0 ms and at BENCH_LATENCY_MS: the
 * orchestration overhead a respondent actually waits for. BENCH_CONCURRENCY (default 50) and
 * BENCH_LATENCY_MS (default 600) tune it. Each run interviews its own BENCH_CONCURRENCY fresh
 * respondents (ingested into a launched wave of the demo study). Also printed: the errors
 * sendRespondentMessage answered (a "try again" code is retried with the same clientMessageId, as
 * the chat page does), how many interviews completed, and the CPU the worker, API, PostgreSQL,
 * Temporal and the benchmark client used per turn. BENCH_DEBUG=1 adds the slowest turns and the
 * API's and worker's last errors and warnings. `-t saturated` runs one scenario.
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { Client, Connection } from '@temporalio/client';
import { prng } from '@ladder/simulator';
import { startFakeMistral, type FakeMistral } from '@ladder/workflows/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, it } from 'vitest';
import {
  BenchIngestResponsesDocument,
  CreateWaveDocument,
  LaunchWaveDocument,
  RespondentSessionDocument,
  SendRespondentMessageDocument,
  StartInterviewDocument,
  StudiesDocument,
} from '../src/gql/graphql.js';
import { gql, gqlData } from '../src/support/graphql.js';
import { startPlatform, type Platform } from '../src/support/platform.js';
import { DETRACTOR_ANSWERS as ANSWERS } from '../src/support/answers.js';
import { cpuBetween, cpuSeconds, type CpuSeconds } from './process-cpu.js';

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
  /** CPU seconds each process used during the run's answers (the interviews' start left out). */
  cpu: CpuSeconds;
  /** Errors answered to sendRespondentMessage, by code (retried ones included). */
  errors: Map<string, number>;
  /** Interviews that reached COMPLETED. */
  completed: number;
}
interface Scenario {
  label: string;
  latencyMs: number;
  thinkMs: [number, number];
}
const runs: Run[] = [];
let fake: FakeMistral | undefined;
let platform: Platform | undefined;
/** The launched wave (in the seeded demo study, with its guides) each run adds its own respondents to. */
let waveId = '';
let seeded = 0;

const INGEST_BATCH = 1000;

/**
 * CONCURRENCY fresh respondents for one run, through `ingestResponses` (the scores cycle over
 * 0-10, so every band is interviewed); their ids are read back in SQL, whatever their number.
 */
async function seedRespondents(run: string): Promise<string[]> {
  const externalIds = Array.from({ length: CONCURRENCY }, (_, i) => `bench-${run}-${i}`);
  for (let i = 0; i < externalIds.length; i += INGEST_BATCH) {
    const responses = externalIds.slice(i, i + INGEST_BATCH).map((externalId, j) => ({ externalId, score: (i + j) % 11, language: 'en' }));
    const { ingestResponses } = await gqlData(
      platform!.apiUrl,
      BenchIngestResponsesDocument,
      { input: { waveId, responses } },
      { key: platform!.bootstrapKey },
    );
    if (!ingestResponses.ok || ingestResponses.inserted !== responses.length) {
      throw new Error(`ingest refused: ${JSON.stringify(ingestResponses.errors.slice(0, 3))}`);
    }
  }
  const db = new pg.Client({ connectionString: platform!.databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ id: string }>(`SELECT id FROM respondent WHERE wave_id = $1 AND external_id = ANY($2::text[])`, [
      waveId,
      externalIds,
    ]);
    return rows.map((r) => r.id);
  } finally {
    await db.end();
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Codes a client retries on, with the same clientMessageId (the product applies it once). */
const RETRY = new Set(['INTERVIEW_UNAVAILABLE', 'SERVICE_UNAVAILABLE']);

/**
 * Sends one answer as the chat page does: retried on a "try again" code; null when the interview
 * refused it for good. Every error is counted by code (printed with the figures).
 */
async function send(token: string, text: string, clientMessageId: string, errors: Map<string, number>) {
  for (let attempt = 0; attempt < 5; attempt++) {
    const res = await gql(platform!.apiUrl, SendRespondentMessageDocument, { token, text, clientMessageId });
    if (res.data) return res.data.sendRespondentMessage;
    const code = String(res.errors?.[0]?.extensions?.code ?? 'NO_DATA');
    errors.set(code, (errors.get(code) ?? 0) + 1);
    if (!RETRY.has(code)) return null;
  }
  return null;
}

/** One batch of CONCURRENCY interviews on the running platform; the respondent "thinks" between answers. */
async function run({ label, latencyMs, thinkMs }: Scenario): Promise<Run> {
  const { apiUrl, bootstrapKey } = platform!;
  fake!.setOptions({ latencyMs, seed: 5 });
  const key = { key: bootstrapKey };
  const batch = await seedRespondents(String(seeded++));
  const started = await Promise.all(
    batch.map(async (respondentId) => (await gqlData(apiUrl, StartInterviewDocument, { respondentId }, key)).startInterview),
  );
  const replyMs = new Map<string, number>();
  const errors = new Map<string, number>();
  let completed = 0;
  const cpuBefore = cpuSeconds();
  const t0 = performance.now();
  const random = prng(1);
  const think = () => thinkMs[0] + random() * (thinkMs[1] - thinkMs[0]);
  await Promise.all(
    started.map(async ({ respondentToken: token }, k) => {
      await sleep((k / started.length) * thinkMs[1]); // respondents arrive spread over one think time
      for (let i = 0; i < 40; i++) {
        const sentAt = performance.now();
        const text = ANSWERS[Math.min(i, ANSWERS.length - 1)];
        const reply = await send(token, text, `${token.slice(0, 16)}-${i}`, errors);
        if (!reply) return;
        replyMs.set(reply.id, performance.now() - sentAt);
        if ((await gqlData(apiUrl, RespondentSessionDocument, { token })).respondentSession.status === 'COMPLETED') {
          completed++;
          return;
        }
        await sleep(think());
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const cpu = cpuBetween(cpuBefore, cpuSeconds());
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
    cpu,
    errors,
    completed,
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
  const { createWave } = await gqlData(platform.apiUrl, CreateWaveDocument, { input: { studyId: studies[0].id, name: 'bench' } }, key);
  await gqlData(platform.apiUrl, LaunchWaveDocument, { id: createWave.id }, key);
  waveId = createWave.id;
});

const lastOutput = new Map<'api' | 'worker', string>();

afterAll(async () => {
  for (const name of ['api', 'worker'] as const) lastOutput.set(name, platform?.output(name) ?? '');
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
  for (const r of runs) {
    const failed = [...r.errors].map(([code, n]) => `${code} x${n}`).join(', ') || 'none';
    console.log(`${r.label.padEnd(25)} | ${r.completed} of ${r.interviews} completed; errors answered: ${failed}`);
  }
  if (process.env.BENCH_DEBUG) {
    for (const name of ['api', 'worker'] as const) {
      const lines =
        lastOutput
          .get(name)
          ?.split('\n')
          .filter((l) => /error|warn|unavailable|timed? ?out/i.test(l)) ?? [];
      console.log(`${name}: ${lines.length} lines of errors and warnings, the last 30:\n${lines.slice(-30).join('\n')}`);
    }
  }
  console.log('CPU used during the answers, share of one core (ms of CPU per turn):');
  for (const r of runs) {
    const share = (role: keyof CpuSeconds) =>
      `${role} ${((100 * r.cpu[role]) / r.seconds).toFixed(0)}% (${((1000 * r.cpu[role]) / r.turns).toFixed(1)})`;
    console.log(`${r.label.padEnd(25)} | ${(['worker', 'api', 'postgres', 'temporal', 'bench'] as const).map(share).join(' | ')}`);
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
