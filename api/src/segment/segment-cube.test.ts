import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Band } from '../common/enums.js';
import { prng } from '../seed/demo-respondents.js';
import { dataOf, startTestApi, type TestApi } from '../test-support/api-harness.js';
import { csvOf, studyWithWave } from '../test-support/fixtures.js';
import { CreateWaveDocument, ImportRespondentsDocument, SegmentNpsDocument } from '../test-support/gql/graphql.js';
import { bandCounts, type CountScope } from './segment-counts.js';

/**
 * The segment cube against the respondent rows it summarises: every grouping and filter gives the
 * same counts from both, and the triggers keep it exact through inserts (import batches, plain
 * statements), deletes (rows, waves), updates and truncation.
 */
let api: TestApi;
let studyId: string;
const waves: string[] = [];
let previewWave: string;

const LONG = 'x'.repeat(3000); // longer than a btree entry may be: the cube keys by a hash

/** Varied respondents: missing attributes, unicode, a very long value, empty attribute sets. */
function respondents(seed: number, n: number) {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  return Array.from({ length: n }, (_, i) => {
    const attributes: Record<string, string> = {};
    if (rand() > 0.05) attributes.tier = pick(['SMB', 'Mid', 'Ent']);
    if (rand() > 0.1) attributes.region = pick(['EU', 'NA', 'APAC', 'LATAM', 'Île-de-France']);
    if (rand() > 0.3) attributes.plan = pick(['free', 'pro', 'team']);
    if (rand() > 0.97) attributes.note = LONG;
    if (rand() > 0.98) for (const k of Object.keys(attributes)) delete attributes[k];
    return { externalId: `s${seed}-${i}`, score: Math.floor(rand() * 11), attributes };
  });
}

async function insertRows(waveId: string, rows: ReturnType<typeof respondents>) {
  await api.db.query(
    `INSERT INTO respondent (workspace_id, wave_id, external_id, score, attributes)
     SELECT $1, $2, e, s, a FROM unnest($3::text[], $4::smallint[], $5::jsonb[]) AS t(e, s, a)`,
    [api.a.id, waveId, rows.map((r) => r.externalId), rows.map((r) => r.score), rows.map((r) => JSON.stringify(r.attributes))],
  );
}

/** Cube rows that differ from a recount of the respondents (empty when the cube is exact), and rows left at 0. */
async function drift(): Promise<unknown[]> {
  return api.db.query(`
    WITH truth AS (
      SELECT r.workspace_id, w.study_id, r.wave_id, r.attributes, r.band, count(*)::int AS n
      FROM respondent r JOIN wave w ON w.id = r.wave_id GROUP BY 1, 2, 3, 4, 5)
    SELECT coalesce(t.wave_id, c.wave_id) AS wave_id, coalesce(t.attributes, c.attributes) AS attributes, coalesce(t.band, c.band) AS band,
           t.n AS expected, c.n AS cube
    FROM truth t FULL JOIN respondent_cube c
      ON c.workspace_id = t.workspace_id AND c.study_id = t.study_id AND c.wave_id = t.wave_id
        AND c.attributes = t.attributes AND c.band = t.band
    WHERE t.n IS DISTINCT FROM c.n`);
}

beforeAll(async () => {
  api = await startTestApi();
  let first: string;
  ({ studyId, waveId: first } = await studyWithWave(api));
  waves.push(first);
  for (const name of ['Q2', 'Q3']) waves.push(dataOf(await api.gql(CreateWaveDocument, { input: { studyId, name } })).createWave.id);
  [{ id: previewWave }] = await api.db.query(
    `INSERT INTO wave (workspace_id, study_id, name, preview) VALUES ($1, $2, 'preview', true) RETURNING id`,
    [api.a.id, studyId],
  );
  await insertRows(waves[0], respondents(1, 1500));
  await insertRows(waves[1], respondents(2, 900));
  await insertRows(previewWave, respondents(3, 50));
  // Through the import: batches of 1,000 rows, one statement each, in one transaction.
  const csv = [
    ['id', 'score', 'tier', 'region', 'plan'],
    ...respondents(4, 2300).map((r) => [
      r.externalId,
      r.score,
      r.attributes.tier ?? '',
      r.attributes.region ?? '',
      r.attributes.plan ?? '',
    ]),
  ];
  expect(
    (await api.gql(ImportRespondentsDocument, { input: { waveId: waves[2], csv: csvOf(csv) } })).data?.importRespondents.importedCount,
  ).toBe(2300);
  // Another workspace's study, which no scope of workspace A may count.
  const other = await studyWithWave(api, api.b.keys.admin, 'Other');
  await api.db.query(
    `INSERT INTO respondent (workspace_id, wave_id, external_id, score, attributes) VALUES ($1, $2, 'b1', 10, '{"tier": "SMB"}')`,
    [api.b.id, other.waveId],
  );
}, 120_000);
afterAll(() => api.stop());

const GROUPINGS: string[][] = [
  [],
  ['tier'],
  ['tier', 'region'],
  ['band', 'tier'],
  ['region', 'plan'],
  ['plan', 'tier', 'region', 'band'],
  ['note'],
  ['absent'],
];
const FILTERS: CountScope['filter'][] = [
  null,
  { bands: [Band.PROMOTER, Band.DETRACTOR] },
  { attributes: [{ attribute: 'tier', values: ['Ent', 'Mid'] }] },
  {
    attributes: [
      { attribute: 'region', values: ['Île-de-France'] },
      { attribute: 'plan', values: ['pro', 'free'] },
    ],
    bands: [Band.PASSIVE],
  },
  { attributes: [{ attribute: 'note', values: [LONG] }] },
];

describe('segment cube', () => {
  it('holds exactly the counts of the respondents after inserts and an import', async () => {
    expect(await drift()).toEqual([]);
    const [{ rows, total }] = await api.db.query(
      `SELECT count(*)::int AS rows, sum(n)::int AS total FROM respondent_cube WHERE workspace_id = $1`,
      [api.a.id],
    );
    expect(total).toBe(1500 + 900 + 50 + 2300);
    expect(rows).toBeLessThan(total / 5);
  });

  it('gives the raw-table counts for every grouping, filter and wave scope (preview waves and other workspaces left out)', async () => {
    let compared = 0;
    for (const groupBy of GROUPINGS) {
      for (const filter of FILTERS) {
        for (const waveId of [null, waves[0], waves[2]]) {
          const scope: CountScope = { workspaceId: api.a.id, studyId, waveId, groupBy, filter };
          const raw = await bandCounts(api.db, 'raw', scope);
          expect(await bandCounts(api.db, 'cube', scope), JSON.stringify(scope)).toEqual(raw);
          expect(await bandCounts(api.db, 'cube', { ...scope, by: 'wave' })).toEqual(
            await bandCounts(api.db, 'raw', { ...scope, by: 'wave' }),
          );
          compared++;
        }
      }
    }
    expect(compared).toBe(GROUPINGS.length * FILTERS.length * 3);
    const [all] = await bandCounts(api.db, 'cube', { workspaceId: api.a.id, studyId, groupBy: [] });
    expect(all.p + all.pa + all.d).toBe(1500 + 900 + 2300);
  });

  it('answers the segmentNps query as the raw table does', async () => {
    const { segmentNps } = dataOf(
      await api.gql(SegmentNpsDocument, {
        studyId,
        groupBy: ['tier', 'region'],
        filter: { bands: ['PROMOTER', 'PASSIVE', 'DETRACTOR'] },
      }),
    );
    const raw = await bandCounts(api.db, 'raw', { workspaceId: api.a.id, studyId, groupBy: ['tier', 'region'] });
    expect(segmentNps.segments.map((s) => [s.key[0].value, s.key[1].value, s.promoters, s.passives, s.detractors])).toEqual(
      raw.map((g) => [g.k0, g.k1, g.p, g.pa, g.d]),
    );
    expect(segmentNps.overall.n).toBe(4700);
  });

  it('follows deletes and updates of respondents, and drops rows that reach 0', async () => {
    await api.db.query(`DELETE FROM respondent WHERE wave_id = $1 AND attributes->>'tier' = 'SMB'`, [waves[0]]);
    await api.db.query(`DELETE FROM respondent WHERE wave_id = $1 AND external_id IN ('s2-1', 's2-2', 's2-3')`, [waves[1]]);
    expect(await drift()).toEqual([]);
    await api.db.query(`UPDATE respondent SET score = 10 - score WHERE wave_id = $1 AND attributes->>'region' = 'EU'`, [waves[1]]);
    await api.db.query(`UPDATE respondent SET attributes = attributes || '{"tier": "Ent"}' WHERE wave_id = $1 AND score < 3`, [waves[2]]);
    await api.db.query(`UPDATE respondent SET wave_id = $2 WHERE wave_id = $1 AND attributes->>'plan' = 'team'`, [waves[1], waves[0]]);
    await api.db.query(`UPDATE respondent SET responded_at = now() - interval '1 day' WHERE wave_id = $1`, [waves[2]]);
    expect(await drift()).toEqual([]);
    expect(await api.db.query(`SELECT 1 FROM respondent_cube WHERE n = 0`)).toEqual([]);
  });

  it('follows a wave deleted with its respondents, and truncation', async () => {
    await api.db.query(`DELETE FROM wave WHERE id = $1`, [waves[1]]);
    expect(await drift()).toEqual([]);
    expect(await api.db.query(`SELECT 1 FROM respondent_cube WHERE wave_id = $1`, [waves[1]])).toEqual([]);
    await api.db.query(`DELETE FROM wave WHERE id = $1`, [previewWave]);
    expect(await drift()).toEqual([]);
  });

  it("folds a transaction's statements once at commit, drops a rolled-back one, and also folds with constraints immediate", async () => {
    const c = new pg.Client({ connectionString: api.databaseUrl });
    await c.connect();
    const insert = (prefix: string) =>
      c.query(
        `INSERT INTO respondent (workspace_id, wave_id, external_id, score, attributes)
      SELECT $1, $2, $3 || i, i % 11, jsonb_build_object('tier', 'T' || i % 4) FROM generate_series(1, 200) i`,
        [api.a.id, waves[0], prefix],
      );
    try {
      await c.query('BEGIN');
      await insert('t1-');
      await insert('t2-');
      await c.query(`DELETE FROM respondent WHERE external_id LIKE 't1-%' AND score > 5`);
      expect((await c.query('SELECT count(*)::int AS n FROM respondent_cube_pending')).rows[0].n).toBe(1);
      await c.query('COMMIT');
      expect(await drift()).toEqual([]);
      await c.query('BEGIN');
      await insert('t3-');
      await c.query('ROLLBACK');
      expect(await drift()).toEqual([]);
      await c.query('BEGIN');
      await c.query('SET CONSTRAINTS ALL IMMEDIATE');
      await insert('t4-');
      await insert('t5-');
      await c.query('COMMIT');
      expect(await drift()).toEqual([]);
      const left = await c.query(
        'SELECT (SELECT count(*) FROM respondent_cube_delta)::int AS d, (SELECT count(*) FROM respondent_cube_pending)::int AS p',
      );
      expect(left.rows[0]).toEqual({ d: 0, p: 0 });
    } finally {
      await c.end();
    }
  });

  it('lets two transactions write one wave in interleaved batches', async () => {
    const [a, b] = [new pg.Client({ connectionString: api.databaseUrl }), new pg.Client({ connectionString: api.databaseUrl })];
    await Promise.all([a.connect(), b.connect()]);
    const batch = (c: pg.Client, prefix: string, k: number) =>
      c.query(
        `INSERT INTO respondent (workspace_id, wave_id, external_id, score, attributes)
       SELECT $1, $2, $3 || i, i % 11,
         jsonb_build_object('tier', (ARRAY['SMB', 'Mid', 'Ent'])[1 + (i + $4) % 3], 'region', (ARRAY['EU', 'NA'])[1 + i % 2])
       FROM generate_series(1, 300) i`,
        [api.a.id, waves[2], `${prefix}${k}-`, k],
      );
    try {
      await a.query('BEGIN');
      await b.query('BEGIN');
      await batch(a, 'a', 0);
      const bDone = (async () => {
        await batch(b, 'b', 1);
        await batch(b, 'b', 0);
        await b.query('COMMIT');
      })();
      await batch(a, 'a', 1);
      await a.query('COMMIT');
      await bDone;
    } finally {
      await Promise.all([a.end(), b.end()]);
    }
    expect(await drift()).toEqual([]);
    await api.db.query(`TRUNCATE respondent CASCADE`);
    expect(await api.db.query(`SELECT 1 FROM respondent_cube`)).toEqual([]);
  });
});
