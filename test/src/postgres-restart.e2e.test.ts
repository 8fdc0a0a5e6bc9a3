import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startEmbeddedPostgres, type EmbeddedPostgresHandle } from '@ladder/devstack';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FieldingIngestDocument,
  RespondentSessionDocument,
  RespondentsDocument,
  SegmentNpsChangedDocument,
  SegmentNpsDocument,
  SendRespondentMessageDocument,
  SessionUpdatedDocument,
  StartInterviewDocument,
  StudiesDocument,
  type RespondentSessionQuery,
} from './gql/graphql.js';
import { DETRACTOR_ANSWERS } from './support/answers.js';
import { gql, gqlData, subscribe } from './support/graphql.js';
import { startPlatform, type Platform } from './support/platform.js';

/**
 * PostgreSQL restarts (fast shutdown, then start on the same data and port) while interviews run
 * and subscribers listen. The cluster is this file's own: the run's shared one serves other files.
 */
const INTERVIEWS = 3;
const MAX_ANSWERS = 25;
/** Codes a retry cannot change: the test fails on them at once. */
const FINAL_CODES = ['SESSION_CLOSED', 'SESSION_NOT_FOUND', 'MESSAGE_REJECTED', 'BAD_USER_INPUT', 'FORBIDDEN'];

interface Turn {
  seq: number;
  role: string;
  text: string;
}
interface Interview {
  name: string;
  sessionId: string;
  token: string;
  opening: Turn;
  /** Respondent answers in the order sent, each with the moderator turn that answered it. */
  exchanges: { text: string; reply: Turn }[];
  /** Turns pushed by the sessionUpdated subscription, by seq. */
  pushed: Map<number, Turn>;
  /** Failed calls retried with the same clientMessageId. */
  retries: number;
}
/** The error codes (or NETWORK) of the calls that failed and were retried. */
const retriedCodes = new Set<string>();

let pgDir: string;
let pgPort: number;
let postgres: EmbeddedPostgresHandle | undefined;
let platform: Platform;
let ws: Client;
let studyId: string;
let waveId: string;
let respondentIds: string[];
let wsConnections = 0;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const key = () => ({ key: platform.bootstrapKey });
const startPostgres = () => startEmbeddedPostgres({ databaseDir: pgDir, port: pgPort, persistent: true });
const view = (token: string) => gqlData(platform.apiUrl, RespondentSessionDocument, { token }).then((d) => d.respondentSession);
const healthz = () =>
  fetch(platform.apiUrl.replace(/\/graphql$/, '/healthz'))
    .then((r) => r.status)
    .catch(() => 0);

async function until<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined>, everyMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await sleep(everyMs);
  }
}

/** One answer, sent as a careful client does: a failed call is retried with the same clientMessageId. */
async function answer(iv: Interview, text: string): Promise<Turn> {
  const clientMessageId = `${iv.name}-${String(iv.exchanges.length).padStart(4, '0')}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    const result = await gql(platform.apiUrl, SendRespondentMessageDocument, { token: iv.token, text, clientMessageId }).catch(
      (error: Error) => ({ data: null, errors: [{ message: error.message, extensions: { code: 'NETWORK' } }] }),
    );
    const reply = result.data?.sendRespondentMessage;
    if (reply) {
      const turn = { seq: reply.seq, role: reply.role, text: reply.text };
      iv.exchanges.push({ text, reply: turn });
      return turn;
    }
    const code = result.errors?.[0]?.extensions.code ?? 'NONE';
    if (FINAL_CODES.includes(code) || Date.now() > deadline) throw new Error(`${clientMessageId}: ${JSON.stringify(result.errors)}`);
    iv.retries++;
    retriedCodes.add(code);
    await sleep(200);
  }
}

async function answerUntilComplete(iv: Interview): Promise<void> {
  while ((await view(iv.token)).status !== 'COMPLETED') {
    if (iv.exchanges.length >= MAX_ANSWERS) throw new Error(`${iv.name} did not complete after ${MAX_ANSWERS} answers`);
    await answer(iv, DETRACTOR_ANSWERS[iv.exchanges.length % DETRACTOR_ANSWERS.length]);
  }
}

async function startInterview(respondentId: string, i: number): Promise<Interview> {
  const { startInterview } = await gqlData(platform.apiUrl, StartInterviewDocument, { respondentId }, key());
  const token = startInterview.respondentToken;
  const first = await until('the opening question', 20_000, async () => (await view(token)).turns[0], 200);
  const iv: Interview = {
    name: `pg-restart-${i}`,
    sessionId: startInterview.session.id,
    token,
    opening: { seq: first.seq, role: first.role, text: first.text },
    exchanges: [],
    pushed: new Map(),
    retries: 0,
  };
  subscribe(
    ws,
    SessionUpdatedDocument,
    { sessionId: iv.sessionId },
    {
      next: (m) => {
        const turn = m.data?.sessionUpdated.turn;
        if (turn) iv.pushed.set(turn.seq, { seq: turn.seq, role: turn.role, text: turn.text });
      },
      error: () => {},
      complete: () => {},
    },
  );
  return iv;
}

/** What the transcript must hold: the opening, then each answer once followed by its reply, numbered without a gap. */
const expectedTurns = (iv: Interview): Turn[] => [
  iv.opening,
  ...iv.exchanges.flatMap(({ text, reply }) => [{ seq: reply.seq - 1, role: 'RESPONDENT', text }, reply]),
];
const turnsOf = (v: RespondentSessionQuery['respondentSession']): Turn[] => v.turns.map(({ seq, role, text }) => ({ seq, role, text }));

beforeAll(async () => {
  pgDir = mkdtempSync(join(tmpdir(), 'ladder-e2e-pg-restart-'));
  pgPort = await freePort();
  postgres = await startPostgres();
  platform = await startPlatform({ seed: true, pgAdminUrl: postgres.adminUrl });
  const { studies } = await gqlData(platform.apiUrl, StudiesDocument, {}, key());
  const study = studies.find((s) => s.name === 'Demo - NPS follow-up')!;
  [studyId, waveId] = [study.id, study.waves[0].id];
  const { respondents } = await gqlData(
    platform.apiUrl,
    RespondentsDocument,
    { waveId, first: INTERVIEWS, filter: { bands: ['DETRACTOR'] } },
    key(),
  );
  respondentIds = respondents.edges.map((e) => e.node.id);
  ws = createClient({
    url: platform.wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${platform.bootstrapKey}` },
    on: { connected: () => wsConnections++ },
  });
});

afterAll(async () => {
  await ws?.dispose();
  await platform?.stop();
  await postgres?.stop();
  if (pgDir) rmSync(pgDir, { recursive: true, force: true });
});

describe('a PostgreSQL restart', () => {
  it('is survived by the API, the interviews and the live subscriptions', async () => {
    const interviews = await Promise.all(respondentIds.map((id, i) => startInterview(id, i)));
    const npsUpdates: { n: number; at: number }[] = [];
    subscribe(
      ws,
      SegmentNpsChangedDocument,
      { studyId },
      {
        next: (m) => m.data && npsUpdates.push({ n: m.data.segmentNpsChanged.overall.n, at: Date.now() }),
        error: () => {},
        complete: () => {},
      },
    );
    await Promise.all(interviews.map(async (iv) => [await answer(iv, DETRACTOR_ANSWERS[0]), await answer(iv, DETRACTOR_ANSWERS[1])]));
    expect(await healthz()).toBe(200);

    // Mid-interview: some answers are in flight when Postgres stops, the others are sent while it is down.
    const [during, outage] = [interviews.filter((_, i) => i % 2 === 0), interviews.filter((_, i) => i % 2 === 1)];
    const timed = (iv: Interview) => {
      const started = Date.now();
      return answer(iv, DETRACTOR_ANSWERS[2]).then(() => ({ ms: Date.now() - started }));
    };
    const pending = during.map(timed);
    await sleep(20);
    const stoppedAt = Date.now();
    await postgres!.stop();
    postgres = undefined;
    pending.push(...outage.map(timed));
    await until('/healthz 503 while Postgres is down', 10_000, async () => ((await healthz()) === 503 ? true : undefined), 300);
    await sleep(1000);
    postgres = await startPostgres();
    const backAt = Date.now();

    await until('a query answered after the restart', 30_000, () => gqlData(platform.apiUrl, StudiesDocument, {}, key()), 100);
    const answeredMs = Date.now() - backAt;
    expect(answeredMs).toBeLessThan(10_000);

    // From the first answered query on: a new response moves segment NPS, every interview runs to
    // its end, and /healthz turns 200 once the listener is back too.
    const recoveredAt = Date.now();
    const healthy = until('/healthz 200 after the restart', 30_000, async () => ((await healthz()) === 200 ? Date.now() : undefined), 300);
    const before = (await gqlData(platform.apiUrl, SegmentNpsDocument, { studyId, groupBy: ['tier', 'region'] }, key())).segmentNps;
    const responses = [{ externalId: 'pg-restart-new', score: 2, attributes: { tier: 'SMB', region: 'EMEA' } }];
    expect((await gqlData(platform.apiUrl, FieldingIngestDocument, { input: { waveId, responses } }, key())).ingestResponses.ok).toBe(true);
    const inFlight = await Promise.all(pending);
    await Promise.all(interviews.map((iv) => answerUntilComplete(iv)));
    const healthyMs = (await healthy) - backAt;
    console.log(
      `postgres restart: down ${backAt - stoppedAt} ms; the API answered a query ${answeredMs} ms after Postgres was back, ` +
        `/healthz 200 after ${healthyMs} ms; answers in flight or sent during the outage took ${inFlight.map((t) => t.ms).join(', ')} ms ` +
        `with ${interviews.map((iv) => iv.retries).join(', ')} retries (same clientMessageId) after ${[...retriedCodes].join(', ')}`,
    );
    expect(outage.every((iv) => iv.retries > 0)).toBe(true);
    // A failed call said to retry, not that the server broke.
    expect([...retriedCodes].filter((code) => !['SERVICE_UNAVAILABLE', 'INTERVIEW_UNAVAILABLE'].includes(code))).toEqual([]);

    for (const iv of interviews) {
      const final = await view(iv.token);
      expect(final.status).toBe('COMPLETED');
      expect(turnsOf(final)).toEqual(expectedTurns(iv));
      expect(final.turns.map((t) => t.seq)).toEqual(final.turns.map((_, i) => i));
    }
    // Subscribers receive every turn written since the outage began, on the socket they had.
    for (const iv of interviews) {
      const later = expectedTurns(iv).filter((t) => t.seq > 4);
      const all = async () => (later.every((t) => iv.pushed.has(t.seq)) ? true : undefined);
      await until(`${iv.name}: turns pushed`, 10_000, all).catch(() => undefined);
      expect(later.map((t) => iv.pushed.get(t.seq))).toEqual(later);
    }
    await until('segment NPS pushed with the new response', 10_000, async () =>
      npsUpdates.some((u) => u.at >= recoveredAt && u.n === before.overall.n + 1) ? true : undefined,
    );
    // One WebSocket throughout: the subscriptions were never dropped and re-made.
    expect(wsConnections).toBe(1);
  });
});
