import { rollingWindows, type ScoredPoint } from '@ladder/contracts/stats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Band } from '../common/enums.js';
import { prng } from '../seed/demo-respondents.js';
import { dataOf, startTestApi, type TestApi } from '../test-support/api-harness.js';
import { csvOf, studyWithWave } from '../test-support/fixtures.js';
import {
  CreateWaveDocument,
  DashboardStudyDocument,
  EraseRespondentDocument,
  ImportRespondentsDocument,
  IngestResponsesDocument,
  RollingNpsDocument,
} from '../test-support/gql/graphql.js';
import { bandCounts, dayCounts, type CountScope } from './segment-counts.js';

/**
 * The per-day rollup (`respondent_day`) and the cube-read dashboard figures against the respondent
 * rows: counts per UTC day for every grouping and filter, rollingNps as it was computed from the rows,
 * the study overview's band counts, through inserts, the import, ingest upserts (a re-import moving
 * scores, attributes and dates), updates, deletes, erasure, a deleted wave and truncation.
 */
let api: TestApi;
let studyId: string;
const waves: string[] = [];
const MARKER = 'qx9daymarker';
const START = Date.UTC(2026, 2, 1);
const DAY = 86_400_000;

/** Respondents over 40 days at any time of day, so days split at UTC midnight matter. */
function respondents(seed: number, n: number) {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  return Array.from({ length: n }, (_, i) => {
    const attributes: Record<string, string> = {};
    if (rand() > 0.05) attributes.tier = pick(['SMB', 'Mid', 'Ent']);
    if (rand() > 0.2) attributes.region = pick(['EU', 'NA', 'Île-de-France']);
    return {
      externalId: `d${seed}-${i}`,
      score: Math.floor(rand() * 11),
      attributes,
      respondedAt: new Date(START + Math.floor(rand() * 40 * DAY)).toISOString(),
    };
  });
}

/** Rollup rows that differ from a recount of the respondents by UTC day (empty when exact). */
async function drift(): Promise<unknown[]> {
  return api.db.query(`
    WITH truth AS (
      SELECT r.workspace_id, w.study_id, r.wave_id, (r.responded_at AT TIME ZONE 'UTC')::date AS day, r.attributes,
             count(*) FILTER (WHERE r.band = 'promoter')::int AS promoters, count(*) FILTER (WHERE r.band = 'passive')::int AS passives,
             count(*) FILTER (WHERE r.band = 'detractor')::int AS detractors
      FROM respondent r JOIN wave w ON w.id = r.wave_id GROUP BY 1, 2, 3, 4, 5)
    SELECT coalesce(t.wave_id, c.wave_id) AS wave_id, coalesce(t.day, c.day) AS day, coalesce(t.attributes, c.attributes) AS attributes,
           ARRAY[t.promoters, t.passives, t.detractors] AS expected, ARRAY[c.promoters, c.passives, c.detractors] AS rollup
    FROM truth t FULL JOIN respondent_day c
      ON c.workspace_id = t.workspace_id AND c.study_id = t.study_id AND c.wave_id = t.wave_id AND c.day = t.day
        AND c.attributes = t.attributes
    WHERE ARRAY[t.promoters, t.passives, t.detractors] IS DISTINCT FROM ARRAY[c.promoters, c.passives, c.detractors]`);
}

/** Rows of the per-attribute-value rollup that differ from a recount (attribute '' value '': every respondent). */
async function valueDrift(): Promise<unknown[]> {
  return api.db.query(`
    WITH rows AS (
      SELECT r.workspace_id, r.wave_id, (r.responded_at AT TIME ZONE 'UTC')::date AS day, r.attributes, r.band FROM respondent r),
    truth AS (
      SELECT workspace_id, wave_id, day, e.key AS attribute, e.value, band, count(*)::int AS n
      FROM rows CROSS JOIN LATERAL jsonb_each_text(CASE WHEN jsonb_typeof(attributes) = 'object' THEN attributes ELSE '{}' END) e
      WHERE e.value IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6
      UNION ALL
      SELECT workspace_id, wave_id, day, '', '', band, count(*)::int FROM rows GROUP BY 1, 2, 3, 6)
    SELECT coalesce(t.day, c.day) AS day, coalesce(t.attribute, c.attribute) AS attribute, coalesce(t.value, c.value) AS value,
           coalesce(t.band, c.band) AS band, t.n AS expected, c.n AS rollup
    FROM truth t FULL JOIN respondent_day_value c
      ON c.workspace_id = t.workspace_id AND c.wave_id = t.wave_id AND c.day = t.day AND c.attribute = t.attribute
        AND c.value = t.value AND c.band = t.band
    WHERE t.n IS DISTINCT FROM c.n`);
}

/** rollingNps as the API computed it before the rollup: one point per respondent row into rollingWindows. */
async function rollingFromRows(days: number, step: 'day' | 'week', tier: string | null) {
  const rows: { responded_at: Date; score: number }[] = await api.db.query(
    `SELECT r.responded_at, r.score FROM respondent r JOIN wave w ON w.id = r.wave_id
     WHERE r.workspace_id = $1 AND w.study_id = $2 AND NOT w.preview AND ($3::text IS NULL OR r.attributes->>'tier' = $3)`,
    [api.a.id, studyId, tier],
  );
  const all: { responded_at: Date }[] = await api.db.query(
    `SELECT r.responded_at FROM respondent r JOIN wave w ON w.id = r.wave_id
     WHERE r.workspace_id = $1 AND w.study_id = $2 AND NOT w.preview`,
    [api.a.id, studyId],
  );
  const dayOf = (d: Date) => Math.floor(d.getTime() / DAY) * DAY;
  const last = Math.max(...all.map((r) => dayOf(r.responded_at)));
  const first = Math.min(...all.map((r) => dayOf(r.responded_at)));
  const points: ScoredPoint[] = rows.map((r) => ({ date: r.responded_at, score: r.score }));
  return rollingWindows(points, { days, step, from: new Date(first), to: new Date(last) }).map((w) => ({
    end: w.end.toISOString(),
    n: w.n,
  }));
}

async function expectRollingAsFromRows() {
  for (const [days, step] of [
    [7, 'DAY'],
    [30, 'WEEK'],
  ] as const) {
    const r = dataOf(await api.gql(RollingNpsDocument, { studyId, days, step, groupBy: ['tier'] })).rollingNps;
    const lower = step === 'DAY' ? 'day' : 'week';
    expect(r.overall.windows.map((w) => ({ end: new Date(w.end).toISOString(), n: w.n }))).toEqual(
      await rollingFromRows(days, lower, null),
    );
    for (const tier of ['SMB', 'Mid', 'Ent']) {
      const segment = r.segments.find((s) => s.label === `tier=${tier}`);
      expect(segment?.windows.map((w) => ({ end: new Date(w.end).toISOString(), n: w.n }))).toEqual(
        await rollingFromRows(days, lower, tier),
      );
    }
  }
}

/** The study overview's band counts (read from the cube) against the respondent rows. */
async function expectOverviewAsRows() {
  const study = dataOf(await api.gql(DashboardStudyDocument, { id: studyId })).study!;
  const [row] = await api.db.query(
    `SELECT count(*) FILTER (WHERE band = 'promoter')::int AS promoters, count(*) FILTER (WHERE band = 'passive')::int AS passives,
            count(*) FILTER (WHERE band = 'detractor')::int AS detractors, count(*)::int AS total
     FROM respondent r JOIN wave w ON w.id = r.wave_id WHERE r.workspace_id = $1 AND w.study_id = $2 AND NOT w.preview`,
    [api.a.id, studyId],
  );
  expect(study.bandCounts).toEqual(row);
  expect(study.respondentCount).toBe(row.total);
}

beforeAll(async () => {
  api = await startTestApi();
  let first: string;
  ({ studyId, waveId: first } = await studyWithWave(api));
  waves.push(first);
  waves.push(dataOf(await api.gql(CreateWaveDocument, { input: { studyId, name: 'Q2' } })).createWave.id);
  const rows = respondents(1, 1200);
  await api.db.query(
    `INSERT INTO respondent (workspace_id, wave_id, external_id, score, attributes, responded_at)
     SELECT $1, $2, e, s, a, t FROM unnest($3::text[], $4::smallint[], $5::jsonb[], $6::timestamptz[]) AS u(e, s, a, t)`,
    [
      api.a.id,
      waves[0],
      rows.map((r) => r.externalId),
      rows.map((r) => r.score),
      // Odd attributes too: not an object, a JSON null, a number (attributes->>'tier' is null, null and '1').
      rows.map((r, i) =>
        i % 97 === 0 ? '["odd"]' : i % 89 === 0 ? '{"tier": null}' : i % 83 === 0 ? '{"tier": 1}' : JSON.stringify(r.attributes),
      ),
      rows.map((r) => r.respondedAt),
    ],
  );
  const csv = [
    ['id', 'score', 'tier', 'region', 'responded_at'],
    ...respondents(2, 1500).map((r) => [r.externalId, r.score, r.attributes.tier ?? '', r.attributes.region ?? '', r.respondedAt]),
  ];
  expect(
    (await api.gql(ImportRespondentsDocument, { input: { waveId: waves[1], csv: csvOf(csv) } })).data?.importRespondents.importedCount,
  ).toBe(1500);
}, 120_000);
afterAll(() => api.stop());

const GROUPINGS: string[][] = [[], ['tier'], ['band'], ['region'], ['band', 'region'], ['region', 'tier']];
const FILTERS: CountScope['filter'][] = [
  null,
  { bands: [Band.DETRACTOR] },
  { attributes: [{ attribute: 'region', values: ['Île-de-France', 'EU'] }], bands: [Band.PROMOTER, Band.PASSIVE] },
  { attributes: [{ attribute: 'tier', values: ['Ent', '1'] }] },
];

async function expectDayCountsAsRows() {
  for (const groupBy of GROUPINGS) {
    for (const filter of FILTERS) {
      for (const waveId of [null, waves[1]]) {
        const scope: CountScope = { workspaceId: api.a.id, studyId, waveId, groupBy, filter, by: 'day' };
        const raw = await bandCounts(api.db, 'raw', scope);
        expect(await bandCounts(api.db, 'day', scope), JSON.stringify(scope)).toEqual(raw);
        expect(await dayCounts(api.db, scope), `dayCounts ${JSON.stringify(scope)}`).toEqual(raw);
      }
    }
  }
}

describe('per-day rollup', () => {
  it('holds the counts of the respondents per UTC day after inserts and an import, and counts like the rows', async () => {
    expect(await drift()).toEqual([]);
    expect(await valueDrift()).toEqual([]);
    const [{ total }] = await api.db.query(
      `SELECT sum(promoters + passives + detractors)::int AS total FROM respondent_day WHERE workspace_id = $1`,
      [api.a.id],
    );
    expect(total).toBe(2700);
    await expectDayCountsAsRows();
    await expectRollingAsFromRows();
    await expectOverviewAsRows();
  });

  it('follows an ingest upsert that moves scores, attributes and response dates (a re-import), and new responses', async () => {
    const moved = respondents(2, 300).map((r, i) => ({
      externalId: r.externalId,
      score: 10 - r.score,
      attributes: i % 3 ? r.attributes : { tier: 'Ent', region: MARKER },
      respondedAt: new Date(Date.parse(r.respondedAt) + (i % 5) * 7 * 3_600_000).toISOString(),
    }));
    const added = respondents(3, 200);
    const result = dataOf(await api.gql(IngestResponsesDocument, { input: { waveId: waves[1], responses: [...moved, ...added] } }));
    expect(result.ingestResponses).toMatchObject({ ok: true, inserted: 200 });
    expect(await drift()).toEqual([]);
    expect(await valueDrift()).toEqual([]);
    await expectDayCountsAsRows();
    await expectRollingAsFromRows();
    await expectOverviewAsRows();
  });

  it('follows updates and deletes, and drops rows that reach 0', async () => {
    await api.db.query(`UPDATE respondent SET responded_at = responded_at + interval '13 hours' WHERE wave_id = $1 AND score > 6`, [
      waves[0],
    ]);
    await api.db.query(`UPDATE respondent SET wave_id = $2 WHERE wave_id = $1 AND attributes->>'tier' = 'SMB'`, [waves[0], waves[1]]);
    await api.db.query(`DELETE FROM respondent WHERE wave_id = $1 AND score < 2`, [waves[1]]);
    expect(await drift()).toEqual([]);
    expect(await valueDrift()).toEqual([]);
    expect(await api.db.query(`SELECT 1 FROM respondent_day WHERE promoters + passives + detractors = 0`)).toEqual([]);
    await expectDayCountsAsRows();
    await expectRollingAsFromRows();
    await expectOverviewAsRows();
  });

  it('follows an erasure: the respondent leaves the rollup with its attributes', async () => {
    const [{ id }] = await api.db.query(`SELECT id FROM respondent WHERE attributes->>'region' = $1 LIMIT 1`, [MARKER]);
    await api.db.query(`DELETE FROM respondent WHERE attributes->>'region' = $1 AND id <> $2`, [MARKER, id]);
    expect(await api.db.query(`SELECT 1 FROM respondent_day WHERE attributes::text LIKE $1`, [`%${MARKER}%`])).toHaveLength(1);
    expect(dataOf(await api.gql(EraseRespondentDocument, { id }, api.a.keys.admin)).eraseRespondent.id).toBe(id);
    expect(await api.db.query(`SELECT 1 FROM respondent_day WHERE attributes::text LIKE $1`, [`%${MARKER}%`])).toEqual([]);
    expect(await api.db.query(`SELECT 1 FROM respondent_day_value WHERE value = $1`, [MARKER])).toEqual([]);
    expect(await drift()).toEqual([]);
    expect(await valueDrift()).toEqual([]);
    await expectRollingAsFromRows();
    await expectOverviewAsRows();
  });

  it('follows a wave deleted with its respondents, and truncation', async () => {
    await api.db.query(`DELETE FROM wave WHERE id = $1`, [waves[0]]);
    expect(await drift()).toEqual([]);
    expect(await valueDrift()).toEqual([]);
    expect(await api.db.query(`SELECT 1 FROM respondent_day WHERE wave_id = $1`, [waves[0]])).toEqual([]);
    await expectRollingAsFromRows();
    await api.db.query(`TRUNCATE respondent CASCADE`);
    expect(await api.db.query(`SELECT 1 FROM respondent_day`)).toEqual([]);
    expect(await api.db.query(`SELECT 1 FROM respondent_day_value`)).toEqual([]);
  });
});
