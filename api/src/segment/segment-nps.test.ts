import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prng } from '../seed/demo-respondents.js';
import { codeOf, dataOf, startTestApi, type TestApi } from '../test-support/api-harness.js';
import { csvOf, studyWithWave } from '../test-support/fixtures.js';
import { ImportRespondentsDocument, SegmentNpsDocument } from '../test-support/gql/graphql.js';

let api: TestApi;
let studyId: string;
let waveId: string;

beforeAll(async () => {
  api = await startTestApi();
  ({ studyId, waveId } = await studyWithWave(api));
  const rand = prng(7);
  const rows: (string | number)[][] = [['id', 'score', 'tier', 'region']];
  for (let i = 0; i < 1200; i++) {
    const tier = ['SMB', 'Mid', 'Ent'][Math.floor(rand() * 3)];
    const region = ['EU', 'NA'][Math.floor(rand() * 2)];
    rows.push([`s${i}`, Math.min(10, Math.floor(rand() * (tier === 'Ent' ? 14 : 11))), tier, i % 50 === 0 ? '' : region]);
  }
  const imported = await api.gql(ImportRespondentsDocument, { input: { waveId, csv: csvOf(rows) } });
  expect(imported.data?.importRespondents.ok).toBe(true);
});
afterAll(() => api.stop());

/**
 * The same figures computed independently in plain SQL, from scores rather than the band column:
 * the observed NPS, and the adjusted-Wald interval (3/4 of a respondent added to promoters and to
 * detractors, 3 to n).
 */
async function plainSql(where = 'true') {
  return api.db.query(
    `
    WITH t AS (
      SELECT attributes->>'tier' AS tier, attributes->>'region' AS region, count(*)::int AS n,
             avg(CASE WHEN score >= 9 THEN 1.0 ELSE 0 END) AS p, avg(CASE WHEN score <= 6 THEN 1.0 ELSE 0 END) AS d,
             (count(*) FILTER (WHERE score >= 9) + 0.75) / (count(*) + 3) AS pa,
             (count(*) FILTER (WHERE score <= 6) + 0.75) / (count(*) + 3) AS da
      FROM respondent WHERE wave_id = $1 AND ${where} GROUP BY 1, 2)
    SELECT tier, region, n, round(100 * (p - d), 2)::float AS nps,
           round(greatest(-100, 100 * ((pa - da) - 1.959963985 * sqrt((pa + da - (pa - da) ^ 2) / (n + 3)))), 2)::float AS lo,
           round(least(100, 100 * ((pa - da) + 1.959963985 * sqrt((pa + da - (pa - da) ^ 2) / (n + 3)))), 2)::float AS hi
    FROM t ORDER BY tier, region NULLS LAST`,
    [waveId],
  );
}

describe('segmentNps', () => {
  it('equals an independent plain-SQL computation, group by group', async () => {
    const { segmentNps } = dataOf(await api.gql(SegmentNpsDocument, { studyId, waveId, groupBy: ['tier', 'region'] }));
    const expected = await plainSql();
    const got = segmentNps.segments.map((s) => ({
      tier: s.key[0].value,
      region: s.key[1].value,
      n: s.n,
      nps: s.nps,
      lo: s.ciLow,
      hi: s.ciHigh,
    }));
    expect(got).toEqual(expected);
    expect(segmentNps.overall.n).toBe(1200);
    expect(got.some((g) => g.region === null)).toBe(true);
  });

  it('filters by attribute values and bands, and flags small samples', async () => {
    const { segmentNps } = dataOf(
      await api.gql(SegmentNpsDocument, {
        studyId,
        groupBy: ['region'],
        filter: { attributes: [{ attribute: 'tier', values: ['Ent'] }], bands: ['PROMOTER', 'DETRACTOR'] },
      }),
    );
    const [{ n }] = await api.db.query(
      `SELECT count(*)::int AS n FROM respondent WHERE wave_id = $1 AND attributes->>'tier' = 'Ent' AND (score >= 9 OR score <= 6)`,
      [waveId],
    );
    expect(segmentNps.overall.n).toBe(n);
    const tiny = segmentNps.segments.find((s) => s.key[0].value === null);
    expect(tiny?.smallSample).toBe(true);
  });

  it('groups by band', async () => {
    const r = await api.gql(SegmentNpsDocument, { studyId, groupBy: ['band'] });
    expect(r.data?.segmentNps.segments.map((s) => [s.key[0].value, s.nps])).toEqual([
      ['detractor', -100],
      ['passive', 0],
      ['promoter', 100],
    ]);
  });

  it("rejects invalid group names, too many groups, and other workspaces' studies", async () => {
    expect(codeOf(await api.gql(SegmentNpsDocument, { studyId, groupBy: ['tier; drop table'] }))).toBe('INVALID_GROUP_BY');
    expect(codeOf(await api.gql(SegmentNpsDocument, { studyId, groupBy: ['a', 'b', 'c', 'd', 'e'] }))).toBe('INVALID_GROUP_BY');
    expect(codeOf(await api.gql(SegmentNpsDocument, { studyId, groupBy: [] }, api.b.keys.admin))).toBe('STUDY_NOT_FOUND');
  });
});
