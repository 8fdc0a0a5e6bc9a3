import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, startTestApi, type TestApi } from '../test-support/api-harness.js';
import { studyWithWave } from '../test-support/fixtures.js';
import {
  IngestResponsesDocument,
  SegmentNpsChangedDocument,
  SegmentNpsDocument,
  type IngestResponseInput,
} from '../test-support/gql/graphql.js';
import { subscribe, type Subscription } from '../test-support/ws-client.js';
import { WAVE_WRITE_LOCK } from './wave-write.js';

/**
 * A changed score moves the respondent's band (a generated column); the segment cube's UPDATE
 * trigger and live subscribers must follow exactly, whatever else the same call changes.
 */
let api: TestApi;
let studyId: string;
let waveId: string;
let otherWave: string;

beforeAll(async () => {
  api = await startTestApi();
  ({ studyId, waveId } = await studyWithWave(api));
  ({ waveId: otherWave } = await studyWithWave(api, api.a.keys.admin, 'Other study'));
});
afterAll(() => api.stop());

const TIERS = ['SMB', 'Mid', 'Ent'];
const initial: IngestResponseInput[] = Array.from({ length: 30 }, (_, i) => ({
  externalId: `r${i}`,
  score: i % 11,
  attributes: { tier: TIERS[i % 3] },
  comment: i % 4 === 0 ? `comment ${i}` : undefined,
}));

const ingest = async (responses: IngestResponseInput[], wave = waveId) =>
  dataOf(await api.gql(IngestResponsesDocument, { input: { waveId: wave, responses } })).ingestResponses;

/** Cube rows of the wave that differ from a recount of its respondents: empty when the cube is exact. */
const drift = (wave: string) =>
  api.db.query(
    `WITH truth AS (SELECT attributes::text AS a, band, count(*)::int AS n FROM respondent WHERE wave_id = $1 GROUP BY 1, 2),
          cube AS (SELECT attributes::text AS a, band, n FROM respondent_cube WHERE wave_id = $1)
     SELECT a, band, t.n AS expected, c.n AS cube FROM truth t FULL JOIN cube c USING (a, band) WHERE t.n IS DISTINCT FROM c.n`,
    [wave],
  );

/** segmentNps by tier for the wave, and the same figures counted from the respondents. */
async function segmentsAndRecount() {
  const result = dataOf(await api.gql(SegmentNpsDocument, { studyId, waveId, groupBy: ['tier'] })).segmentNps;
  const served = result.segments.map((s) => [s.key[0].value, s.promoters, s.passives, s.detractors]);
  const recount: { tier: string; p: number; pa: number; d: number }[] = await api.db.query(
    `SELECT attributes->>'tier' AS tier, count(*) FILTER (WHERE band = 'promoter')::int AS p,
            count(*) FILTER (WHERE band = 'passive')::int AS pa, count(*) FILTER (WHERE band = 'detractor')::int AS d
     FROM respondent WHERE wave_id = $1 GROUP BY 1 ORDER BY 1`,
    [waveId],
  );
  return { served, recount: recount.map((r) => [r.tier, r.p, r.pa, r.d]), overall: result.overall };
}

async function waitForOverall(s: Subscription<unknown>, n: number, nps: number | null) {
  const deadline = Date.now() + 5000;
  const matches = (p: { data?: unknown }) => {
    const overall = (p.data as { segmentNpsChanged?: { overall: { n: number; nps: number } } } | null)?.segmentNpsChanged?.overall;
    return overall?.n === n && overall.nps === nps;
  };
  while (!s.results().some(matches)) {
    if (Date.now() > deadline) throw new Error(`no update with n=${n} nps=${nps}: ${JSON.stringify(s.results())}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('band moves', () => {
  it('keeps the cube and segmentNps exact through inserts and updates that move bands, and pushes each change live', async () => {
    const live = await subscribe(api.wsUrl, api.a.keys.viewer, SegmentNpsChangedDocument, { studyId, groupBy: ['tier'] });
    await new Promise((r) => setTimeout(r, 200)); // registered before the first ingest
    expect(await ingest(initial)).toMatchObject({ ok: true, inserted: 30 });
    await ingest([{ externalId: 'elsewhere', score: 10, attributes: { tier: 'SMB' } }], otherWave);
    expect(await drift(waveId)).toEqual([]);
    const before = await segmentsAndRecount();
    expect(before.served).toEqual(before.recount);
    await waitForOverall(live, 30, before.overall.nps);

    const moves: IngestResponseInput[] = [
      { externalId: 'r0', score: 10, attributes: { tier: 'SMB' } }, // detractor -> promoter
      { externalId: 'r7', score: 2, attributes: { tier: 'Mid' } }, // passive -> detractor
      { externalId: 'r20', score: 9, attributes: { tier: 'SMB' } }, // promoter, Ent -> SMB
      { externalId: 'r3', score: 8, attributes: { tier: 'SMB' } }, // detractor -> passive
      { externalId: 'r4', score: 4, attributes: { tier: 'Mid' }, comment: 'only the comment changed' },
      { externalId: 'r5', score: 5, attributes: { tier: 'Ent' } }, // unchanged
      { externalId: 'r30', score: 0, attributes: { tier: 'Ent' } }, // new detractor
    ];
    expect(await ingest(moves)).toMatchObject({ ok: true, inserted: 1, updated: 5, unchanged: 1 });
    expect(await drift(waveId)).toEqual([]);
    expect(await drift(otherWave)).toEqual([]);
    const after = await segmentsAndRecount();
    expect(after.served).toEqual(after.recount);
    // SMB: r0 and r3 leave its detractors for promoters and passives, r20 comes from Ent as a promoter.
    const [, p, pa, d] = before.recount.find((r) => r[0] === 'SMB')!.map(Number);
    expect(after.recount.find((r) => r[0] === 'SMB')).toEqual(['SMB', p + 2, pa + 1, d - 2]);
    expect(after.overall.n).toBe(31);
    await waitForOverall(live, 31, after.overall.nps);
    live.socket.ws.close();
  });

  it('notifies nobody when nothing changed', async () => {
    await new Promise((r) => setTimeout(r, 1500)); // the last test's updates are delivered (one per topic per second)
    const live = await subscribe(api.wsUrl, api.a.keys.viewer, SegmentNpsChangedDocument, { studyId, groupBy: ['tier'] });
    await new Promise((r) => setTimeout(r, 200));
    const [{ cube }] = await api.db.query(`SELECT sum(n)::int AS cube FROM respondent_cube WHERE wave_id = $1`, [waveId]);
    expect(await ingest([{ externalId: 'r5', score: 5, attributes: { tier: 'Ent' } }])).toMatchObject({ unchanged: 1 });
    await new Promise((r) => setTimeout(r, 1200));
    expect(live.results()).toEqual([]);
    expect((await api.db.query(`SELECT sum(n)::int AS cube FROM respondent_cube WHERE wave_id = $1`, [waveId]))[0].cube).toBe(cube);
    live.socket.ws.close();
  });

  it('serializes concurrent writers of a wave: no deadlock, each response inserted once, the cube exact', async () => {
    const { waveId: busy } = await studyWithWave(api, api.a.keys.admin, 'Busy');
    const ids = Array.from({ length: 300 }, (_, i) => `k${i}`);
    // Twelve calls over the same ids in different orders and scores, with attributes that move between segments.
    const calls = Array.from({ length: 12 }, (_, c) =>
      ingest(
        (c % 2 ? [...ids].reverse() : ids).map((externalId, i) => ({
          externalId,
          score: (i + c) % 11,
          attributes: { tier: TIERS[(i + c) % 3] },
        })),
        busy,
      ),
    );
    const results = await Promise.all(calls);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results.reduce((sum, r) => sum + r.inserted, 0)).toBe(300);
    expect(results.reduce((sum, r) => sum + r.inserted + r.updated + r.unchanged, 0)).toBe(12 * 300);
    expect(await drift(busy)).toEqual([]);
  });

  it('stores attributes as wide as validation accepts, counted exactly; an id too long for its index is refused by name', async () => {
    const { waveId: wide } = await studyWithWave(api, api.a.keys.admin, 'Wide');
    // Three values of 1,000 characters that do not compress: about 3 kB of attributes, over a btree entry's 2,704 bytes.
    const noise = () => randomBytes(500).toString('hex');
    const attributes = { tier: 'SMB', a: noise(), b: noise(), c: noise() };
    expect(await ingest([{ externalId: 'wide', score: 2, attributes }], wide)).toMatchObject({ ok: true, inserted: 1 });
    const [{ size }] = await api.db.query(`SELECT pg_column_size(attributes) AS size FROM respondent WHERE wave_id = $1`, [wide]);
    expect(size).toBeGreaterThan(2704);
    expect(await drift(wide)).toEqual([]);
    const refused = await ingest(
      [
        { externalId: '\u4e2d'.repeat(801), score: 2 },
        { externalId: 'fine', score: 9 },
      ],
      wide,
    );
    expect(refused).toMatchObject({ ok: false, inserted: 0 });
    expect(refused.errors).toEqual([expect.objectContaining({ index: 0, field: 'externalId', code: 'VALUE_TOO_LONG' })]);
    expect(await api.db.query(`SELECT external_id FROM respondent WHERE wave_id = $1`, [wide])).toEqual([{ external_id: 'wide' }]);
  });

  it("waits for the wave's write lock that another writer holds", async () => {
    const holder = new pg.Client({ connectionString: api.databaseUrl });
    await holder.connect();
    await holder.query(`BEGIN`);
    await holder.query(`SELECT pg_advisory_xact_lock($1, hashtext($2))`, [WAVE_WRITE_LOCK, waveId]);
    let done = false;
    const call = ingest([{ externalId: 'locked-out', score: 6 }]).then((r) => ((done = true), r));
    await new Promise((r) => setTimeout(r, 400));
    expect(done).toBe(false);
    await holder.query(`COMMIT`);
    expect(await call).toMatchObject({ ok: true, inserted: 1 });
    await holder.end();
  });
});
