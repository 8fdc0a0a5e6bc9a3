import { createClient, type Client } from 'graphql-ws';
import pg from 'pg';
import WebSocket from 'ws';
import { SegmentNpsChangedDocument } from '../../src/gql/graphql.js';
import { subscribe } from '../../src/support/graphql.js';

export interface FanoutResult {
  subscribers: number;
  rounds: number;
  latencies: number[];
  received: number[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * `subscribers` graphql-ws clients (one WebSocket each, `ws` as the implementation) subscribe to
 * the study's segment NPS by tier and region. Each round inserts 1,000 respondents and publishes
 * `insights.changed` with pg_notify in the same transaction, as the import does; a subscriber's
 * latency is the time from just before COMMIT to the arrival of its update. Rounds are spaced
 * beyond the one-second coalescing window, so each round is one leading-edge update.
 */
export async function measureFanout(o: {
  wsUrl: string;
  key: string;
  databaseUrl: string;
  workspaceId: string;
  studyId: string;
  waveId: string;
  subscribers: number;
  rounds: number;
}): Promise<FanoutResult> {
  const arrivals: number[][] = Array.from({ length: o.rounds }, () => []);
  let round = -1;
  const clients: Client[] = [];
  let connected = 0;
  for (let i = 0; i < o.subscribers; i += 100) {
    const batch = Array.from(
      { length: Math.min(100, o.subscribers - i) },
      () =>
        new Promise<void>((resolve, reject) => {
          const client = createClient({
            url: o.wsUrl,
            webSocketImpl: WebSocket,
            lazy: false,
            retryAttempts: 0,
            connectionParams: { authorization: `Bearer ${o.key}` },
            on: {
              connected: () => {
                connected++;
                resolve();
              },
              error: reject,
            },
          });
          clients.push(client);
          subscribe(
            client,
            SegmentNpsChangedDocument,
            { studyId: o.studyId },
            {
              next: () => {
                if (round >= 0) arrivals[round].push(performance.now());
              },
              error: (e) => console.error('subscription error', e),
              complete: () => {},
            },
          );
        }),
    );
    await Promise.all(batch);
  }
  await sleep(1500); // every subscribe message handled, and past any coalescing window
  const db = new pg.Client({ connectionString: o.databaseUrl });
  await db.connect();
  const latencies: number[] = [];
  try {
    for (let r = 0; r < o.rounds; r++) {
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
      round = r;
      const sent = performance.now();
      await db.query('COMMIT');
      const deadline = Date.now() + 10_000;
      while (arrivals[r].length < connected && Date.now() < deadline) await sleep(5);
      latencies.push(...arrivals[r].map((at) => at - sent));
      await sleep(1500);
    }
  } finally {
    await db.end();
    await Promise.all(clients.map((c) => c.dispose()));
  }
  return { subscribers: connected, rounds: o.rounds, latencies, received: arrivals.map((a) => a.length) };
}
