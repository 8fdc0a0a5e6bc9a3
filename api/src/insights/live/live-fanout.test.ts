import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startTestApi, type TestApi } from '../../test-support/api-harness.js';
import { csvOf, studyWithWave } from '../../test-support/fixtures.js';
import {
  ImportRespondentsDocument,
  SegmentIntervalsChangedDocument,
  type SegmentIntervalsChangedSubscriptionVariables,
} from '../../test-support/gql/graphql.js';

const SUBSCRIBERS = 1000;

let api: TestApi;
let studyId: string;
let waveId: string;
const sockets: WebSocket[] = [];

/** One subscriber; `onNext` gets the arrival time of each update. */
function subscriber(onNext: (at: number, payload: string) => void): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(api.wsUrl, 'graphql-transport-ws');
    ws.once('error', reject);
    ws.once('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${api.a.keys.viewer}` } })));
    ws.on('message', (data) => {
      const at = performance.now();
      const text = String(data);
      if (text.includes('"connection_ack"')) {
        const variables: SegmentIntervalsChangedSubscriptionVariables = { studyId, groupBy: ['tier'] };
        ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: SegmentIntervalsChangedDocument.toString(), variables } }));
        resolve(ws);
      } else if (text.includes('"next"')) {
        onNext(at, text);
      }
    });
  });
}

beforeAll(async () => {
  api = await startTestApi({ live: { connectionsPerKey: SUBSCRIBERS } }); // one key holds every subscriber
  ({ studyId, waveId } = await studyWithWave(api));
  await api.gql(ImportRespondentsDocument, {
    input: {
      waveId,
      csv: csvOf([
        ['id', 'score', 'tier'],
        ['a', 10, 'SMB'],
        ['b', 3, 'Enterprise'],
      ]),
    },
  });
}, 120_000);
afterAll(async () => {
  for (const ws of sockets) ws.terminate();
  await api?.stop();
});

describe(`${SUBSCRIBERS} subscribers of one segment NPS topic`, () => {
  it('all receive the same single update after a change notified by another process (prints the delivery latency)', async () => {
    const arrivals: number[] = [];
    const payloads = new Set<string>();
    for (let i = 0; i < SUBSCRIBERS; i += 100) {
      sockets.push(
        ...(await Promise.all(
          Array.from({ length: 100 }, () =>
            subscriber((at, text) => {
              arrivals.push(at);
              payloads.add(text);
            }),
          ),
        )),
      );
    }
    await new Promise((r) => setTimeout(r, 500)); // every subscription registered

    const notifier = new pg.Client({ connectionString: api.databaseUrl });
    await notifier.connect();
    await notifier.query(
      `INSERT INTO respondent (workspace_id, wave_id, external_id, score, attributes) VALUES ($1, $2, 'c', 9, '{"tier": "SMB"}')`,
      [api.a.id, waveId],
    );
    const sent = performance.now();
    await notifier.query(`SELECT pg_notify('ladder_events', $1)`, [
      JSON.stringify({ type: 'insights.changed', workspaceId: api.a.id, studyId, waveId, what: 'coding' }),
    ]);
    await notifier.end();
    const deadline = Date.now() + 10_000;
    while (arrivals.length < SUBSCRIBERS && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));

    expect(arrivals).toHaveLength(SUBSCRIBERS);
    expect(payloads.size).toBe(1); // the same update for everyone
    expect([...payloads][0]).toContain('"overall":{"n":3,"nps":33.33}');
    const latencies = arrivals.map((at) => at - sent).sort((x, y) => x - y);
    const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.ceil(p * latencies.length) - 1)].toFixed(0);
    // Clients and server share this process (and its CPU), so these figures are pessimistic.
    console.log(
      `segmentNpsChanged to ${SUBSCRIBERS} WebSocket subscribers, NOTIFY to arrival: ` +
        `p50 ${pct(0.5)} ms, p95 ${pct(0.95)} ms, p99 ${pct(0.99)} ms, max ${pct(1)} ms`,
    );
  }, 120_000);
});
