import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type GqlResult, type TestApi } from '../test-support/api-harness.js';
import {
  DashboardCompareWavesDocument,
  DashboardNpsTrendDocument,
  DashboardRollingNpsDocument,
  DashboardSegmentNpsDocument,
  DashboardStudiesDocument,
  DashboardStudyDocument,
  DashboardThemeTrendDocument,
  DashboardWaveAnalysisDocument,
  StudiesDocument,
} from '../test-support/gql/graphql.js';
import { insightsStudy, type InsightsStudy } from '../test-support/insights-fixtures.js';

/**
 * "At most 3 SQL statements per dashboard query". Counted by the harness's recorder: every
 * statement TypeORM sends through the API's data source while the request runs (its logger sees
 * each one), API-key lookups excluded (they are cached per key and are not part of the query's
 * cost). The database is real; nothing is mocked. A second study makes N+1s visible.
 */
let api: TestApi;
let s: InsightsStudy;

/** Each dashboard query (its document in test-support/graphql), sent with its variables. */
const DASHBOARDS: Record<string, () => Promise<GqlResult>> = {
  'study overview with waves, NPS and band counts': () => api.gql(DashboardStudyDocument, { id: s.studyId }),
  'studies list with waves, NPS and band counts': () => api.gql(DashboardStudiesDocument),
  'segmentNps grouped by two attributes': () => api.gql(DashboardSegmentNpsDocument, { studyId: s.studyId, waveId: s.q2 }),
  compareWaves: () => api.gql(DashboardCompareWavesDocument, { studyId: s.studyId, baseWaveId: s.q1, waveId: s.q2 }),
  themeTrend: () => api.gql(DashboardThemeTrendDocument, { studyId: s.studyId }),
  'waveAnalysis with themes, prevalence, quotes and actions': () => api.gql(DashboardWaveAnalysisDocument, { id: s.q2Analysis.id }),
  npsTrend: () => api.gql(DashboardNpsTrendDocument, { studyId: s.studyId }),
  rollingNps: () => api.gql(DashboardRollingNpsDocument, { studyId: s.studyId }),
};

beforeAll(async () => {
  api = await startTestApi();
  s = await insightsStudy(api);
  await insightsStudy(api, api.a.keys.admin, api.a.id, 'Another study');
  await api.gql(StudiesDocument); // the API key is looked up once, then cached
});
afterAll(() => api.stop());

describe('dashboard queries run at most 3 SQL statements', () => {
  for (const [name, send] of Object.entries(DASHBOARDS)) {
    it(name, async () => {
      let errors: unknown;
      const statements = await api.statementsOf(async () => {
        errors = (await send()).errors;
      });
      expect(errors).toBeUndefined();
      expect(statements.length, statements.join('\n---\n')).toBeLessThanOrEqual(3);
    });
  }
});
