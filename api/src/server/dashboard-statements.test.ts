import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test-support/api-harness.js';
import { insightsStudy, type InsightsStudy } from '../test-support/insights-fixtures.js';

/**
 * "At most 3 SQL statements per dashboard query". Counted by the harness's recorder: every
 * statement TypeORM sends through the API's data source while the request runs (its logger sees
 * each one), API-key lookups excluded (they are cached per key and are not part of the query's
 * cost). The database is real; nothing is mocked. A second study makes N+1s visible.
 */
let api: TestApi;
let s: InsightsStudy;

const DASHBOARDS: Record<string, { query: string; variables: () => Record<string, unknown> }> = {
  'study overview with waves, NPS and band counts': {
    query: `query($id: ID!) { study(id: $id) { name respondentCount nps { nps ciLow ciHigh smallSample } bandCounts { detractors passives promoters total }
      waves { name status respondentCount bandCounts { detractors passives promoters total } } } }`,
    variables: () => ({ id: s.studyId }),
  },
  'studies list with waves, NPS and band counts': {
    query: `{ studies { name nps { nps } bandCounts { total } waves { name bandCounts { total } } } }`,
    variables: () => ({}),
  },
  'segmentNps grouped by two attributes': {
    query: `query($s: ID!, $w: ID!) { segmentNps(studyId: $s, waveId: $w, groupBy: ["tier", "region"]) { overall { nps n } segments { label nps ciLow ciHigh smallSample } } }`,
    variables: () => ({ s: s.studyId, w: s.q2 }),
  },
  compareWaves: {
    query: `query($s: ID!, $b: ID!, $w: ID!) { compareWaves(studyId: $s, baseWaveId: $b, waveId: $w) { nps { difference pValue flag }
      themes { key band matchedBy base { share } current { share } pValue adjustedPValue flag } } }`,
    variables: () => ({ s: s.studyId, b: s.q1, w: s.q2 }),
  },
  themeTrend: {
    query: `query($s: ID!) { themeTrend(studyId: $s) { waves { name } themes { key points { band estimate { share } vsPrevious { flag } } }
      drivers { key label points { estimate { share } } } } }`,
    variables: () => ({ s: s.studyId }),
  },
  'waveAnalysis with themes, prevalence, quotes and actions': {
    query: `query($id: ID!) { waveAnalysis(id: $id) { status progress taxonomyVersion summary
      themes { key label drivers { key label } prevalence { band share low high } quotes { quote sessionId turnSeq start end } }
      actions { rank title impactPoints themes { key } quotes { quote } } } }`,
    variables: () => ({ id: s.q2Analysis.id }),
  },
  npsTrend: {
    query: `query($s: ID!) { npsTrend(studyId: $s, groupBy: ["tier", "region"]) { waves { overall { nps } segments { nps } vsPrevious { flag } } } }`,
    variables: () => ({ s: s.studyId }),
  },
  rollingNps: {
    query: `query($s: ID!) { rollingNps(studyId: $s, groupBy: ["tier"]) { overall { windows { nps } } segments { windows { nps } } } }`,
    variables: () => ({ s: s.studyId }),
  },
};

beforeAll(async () => {
  api = await startTestApi();
  s = await insightsStudy(api);
  await insightsStudy(api, api.a.keys.admin, api.a.id, 'Another study');
  await api.gql('{ studies { id } }'); // the API key is looked up once, then cached
});
afterAll(() => api.stop());

describe('dashboard queries run at most 3 SQL statements', () => {
  for (const [name, { query, variables }] of Object.entries(DASHBOARDS)) {
    it(name, async () => {
      let errors: unknown;
      const statements = await api.statementsOf(async () => { errors = (await api.gql(query, variables())).errors; });
      expect(errors).toBeUndefined();
      expect(statements.length, statements.join('\n---\n')).toBeLessThanOrEqual(3);
    });
  }
});
