import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test-support/api-harness.js';
import { csvOf, studyWithWave } from '../../test-support/fixtures.js';
import { ImportRespondentsDocument, SegmentNpsChangedDocument } from '../../test-support/gql/graphql.js';
import { subscribe as subscribeTo } from '../../test-support/ws-client.js';

const APP = `ladder-listener-${randomBytes(4).toString('hex')}`;
let api: TestApi;
let studyId: string;
let waveId: string;
let observer: pg.Client;

beforeAll(async () => {
  // The first reconnection waits long enough for the imports below to commit while nobody listens.
  api = await startTestApi({ reliability: { listener: { applicationName: APP, minRetryMs: 1500 } } });
  ({ studyId, waveId } = await studyWithWave(api));
  observer = new pg.Client({ connectionString: api.databaseUrl });
  await observer.connect();
});
afterAll(async () => {
  await observer?.end();
  await api?.stop();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const listeners = async () =>
  (await observer.query(`SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()`, [APP])).rows.map(
    (r: { pid: number }) => r.pid,
  );

const importScores = (ids: string[], score: number) =>
  api.gql(ImportRespondentsDocument, { input: { waveId, csv: csvOf([['id', 'score', 'tier'], ...ids.map((id) => [id, score, 'SMB'])]) } });

describe('live topics after the LISTEN connection comes back', () => {
  it('recompute: a segment NPS subscriber gets a value counting the responses ingested while it was down', async () => {
    await importScores(['a', 'b'], 10);
    const s = await subscribeTo(api.wsUrl, api.a.keys.viewer, SegmentNpsChangedDocument, { studyId, groupBy: ['tier'] });
    await sleep(200); // the subscription is registered
    const [pid] = await listeners();
    await observer.query(`SELECT pg_terminate_backend($1)`, [pid]);
    while ((await listeners()).includes(pid)) await sleep(10);

    await importScores(['c', 'd', 'e'], 2);
    // Their notifications went nowhere: no backend listened when they were sent.
    expect(await listeners()).toEqual([]);

    const deadline = Date.now() + 10_000;
    while (!s.results().some((r) => r.data?.segmentNpsChanged.overall.n === 5)) {
      if (Date.now() > deadline) throw new Error(`no recomputed value; got ${JSON.stringify(s.socket.messages)}`);
      await sleep(50);
    }
    expect(s.results().at(-1)?.data?.segmentNpsChanged).toEqual({
      groupBy: ['tier'],
      overall: { n: 5, promoters: 2, nps: -20 },
      segments: [{ label: 'tier=SMB', n: 5 }],
    });
    s.socket.ws.close();
  });
});
