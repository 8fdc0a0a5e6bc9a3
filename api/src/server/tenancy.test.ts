import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApi, type Loose, type TestApi, type TestWorkspace } from '../test-support/api-harness.js';
import { csvOf, IMPORT, studyWithWave, toGuideInput, UPDATE_GUIDE } from '../test-support/fixtures.js';
import { openSocket } from '../test-support/ws-client.js';
import { insertAnalysis } from '../test-support/insights-fixtures.js';

interface Fixture { studyId: string; waveId: string; respondentId: string; sessionId: string; token: string; guideId: string; escalationId: string }

let api: TestApi;
let b: Fixture;
let a: Fixture;
let bAnalysisId: string;

/** A study, wave, respondent and an interview session with one turn, written as the worker would. */
async function fixture(ws: TestWorkspace, name: string): Promise<Fixture> {
  const { studyId, waveId } = await studyWithWave(api, ws.keys.admin, name);
  await api.gql(IMPORT, { input: { waveId, csv: csvOf([['id', 'score'], [`${name}-1`, 4]]) } }, ws.keys.admin);
  const [{ id: respondentId }] = await api.db.query(`SELECT id FROM respondent WHERE wave_id = $1`, [waveId]);
  const token = `token-of-${name}-0123456789`;
  const [{ id: sessionId }] = await api.db.query(
    `INSERT INTO interview_session (workspace_id, respondent_id, wave_id, moderator, token_hash, workflow_id)
     VALUES ($1, $2, $3, 'offline', $4, $5) RETURNING id`,
    [ws.id, respondentId, waveId, createHash('sha256').update(token).digest('hex'), `wf-${name}`]);
  const [{ id: turnId }] = await api.db.query(
    `INSERT INTO turn (workspace_id, session_id, seq, role, text, phase) VALUES ($1, $2, 0, 'moderator', $3, 'context') RETURNING id`,
    [ws.id, sessionId, `Hello ${name}`]);
  const [{ id: escalationId }] = await api.db.query(
    `INSERT INTO escalation (workspace_id, study_id, wave_id, session_id, turn_id, reason, quote, detected_by)
     VALUES ($1, $2, $3, $4, $5, 'churn_risk', 'we will cancel', 'offline') RETURNING id`, [ws.id, studyId, waveId, sessionId, turnId]);
  const [{ id: guideId }] = await api.db.query(`SELECT id FROM interview_guide WHERE study_id = $1 AND band = 'detractor'`, [studyId]);
  return { studyId, waveId, respondentId, sessionId, token, guideId, escalationId };
}

const snapshotB = () => api.db.query(`
  SELECT (SELECT count(*) FROM study WHERE workspace_id = $1) AS studies, (SELECT count(*) FROM wave WHERE workspace_id = $1) AS waves,
         (SELECT count(*) FROM respondent WHERE workspace_id = $1) AS respondents, (SELECT count(*) FROM interview_session WHERE workspace_id = $1) AS sessions,
         (SELECT count(*) FROM turn WHERE workspace_id = $1) AS turns, (SELECT max(updated_at) FROM study WHERE workspace_id = $1) AS touched,
         (SELECT count(*) FROM interview_guide WHERE workspace_id = $1) AS guides,
         (SELECT string_agg(status || coalesce(owner, ''), ',') FROM escalation WHERE workspace_id = $1) AS escalations,
         (SELECT string_agg(status, ',') FROM wave WHERE workspace_id = $1) AS wave_status,
         (SELECT count(*) FROM driver_taxonomy WHERE workspace_id = $1) AS taxonomies,
         (SELECT count(*) FROM wave_analysis WHERE workspace_id = $1) AS analyses`, [api.b.id]);

async function subscriptionError(query: string, variables: Record<string, unknown>): Promise<string> {
  const s = await openSocket(api.wsUrl);
  s.send({ type: 'connection_init', payload: { authorization: `Bearer ${api.a.keys.admin}` } });
  await s.next('connection_ack');
  s.send({ id: '1', type: 'subscribe', payload: { query, variables } });
  const message = await s.next('next');
  s.ws.close();
  return (message.payload as Loose).errors[0].extensions.code;
}

beforeAll(async () => {
  api = await startTestApi();
  b = await fixture(api.b, 'bee');
  a = await fixture(api.a, 'ay');
  bAnalysisId = (await insertAnalysis(api, { workspaceId: api.b.id, studyId: b.studyId, waveId: b.waveId })).id;
});
afterAll(() => api.stop());

/** Key A aimed at workspace B, one case per root field. The last test checks the list is complete. */
const cases: Record<string, () => Promise<void>> = {
  'Query.studies': async () => {
    const r = await api.gql('{ studies { id } }');
    expect(r.data.studies.map((s: Loose) => s.id)).toEqual([a.studyId]);
  },
  'Query.study': async () => {
    expect((await api.gql('query($id: ID!) { study(id: $id) { id } }', { id: b.studyId })).data.study).toBeNull();
  },
  'Query.respondents': async () => {
    expect(codeOf(await api.gql('query($w: ID!) { respondents(waveId: $w) { totalCount } }', { w: b.waveId }))).toBe('WAVE_NOT_FOUND');
  },
  'Query.segmentNps': async () => {
    const r = await api.gql('query($s: ID!) { segmentNps(studyId: $s, groupBy: []) { overall { n } } }', { s: b.studyId });
    expect(codeOf(r)).toBe('STUDY_NOT_FOUND');
    const viaWave = await api.gql('query($s: ID!, $w: ID!) { segmentNps(studyId: $s, waveId: $w, groupBy: []) { overall { n } } }', { s: a.studyId, w: b.waveId });
    expect(codeOf(viaWave)).toBe('WAVE_NOT_FOUND');
  },
  'Query.interviewSession': async () => {
    expect((await api.gql('query($id: ID!) { interviewSession(id: $id) { id } }', { id: b.sessionId })).data.interviewSession).toBeNull();
  },
  'Query.respondentSession': async () => {
    const own = await api.gql('query($t: String!) { respondentSession(token: $t) { sessionId turns { text } } }', { t: a.token }, null);
    expect(own.data.respondentSession).toEqual({ sessionId: a.sessionId, turns: [{ text: 'Hello ay' }] });
    const guessed = await api.gql('query($t: String!) { respondentSession(token: $t) { sessionId } }', { t: `${a.token}x` });
    expect(codeOf(guessed)).toBe('SESSION_NOT_FOUND');
  },
  'Mutation.createStudy': async () => {
    await api.gql('mutation { createStudy(input: { name: "A only" }) { id } }');
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM study WHERE name = 'A only' AND workspace_id = $1`, [api.b.id]);
    expect(n).toBe(0);
  },
  'Mutation.createWave': async () => {
    const r = await api.gql('mutation($s: ID!) { createWave(input: { studyId: $s, name: "X" }) { id } }', { s: b.studyId });
    expect(codeOf(r)).toBe('STUDY_NOT_FOUND');
  },
  'Mutation.importRespondents': async () => {
    expect(codeOf(await api.gql(IMPORT, { input: { waveId: b.waveId, csv: 'id,score\nz,1\n' } }))).toBe('WAVE_NOT_FOUND');
  },
  'Mutation.startInterview': async () => {
    expect(codeOf(await api.gql('mutation($r: ID!) { startInterview(respondentId: $r) { respondentToken } }', { r: b.respondentId }))).toBe('RESPONDENT_NOT_FOUND');
  },
  'Mutation.sendRespondentMessage': async () => {
    const r = await api.gql('mutation($t: String!) { sendRespondentMessage(token: $t, text: "hi") { id } }', { t: `not-${b.token}` });
    expect(codeOf(r)).toBe('SESSION_NOT_FOUND');
  },
  'Query.interviewSessions': async () => {
    expect(codeOf(await api.gql('query($s: ID!) { interviewSessions(studyId: $s) { id } }', { s: b.studyId }))).toBe('STUDY_NOT_FOUND');
    const viaWave = await api.gql('query($s: ID!, $w: ID!) { interviewSessions(studyId: $s, waveId: $w) { id } }', { s: a.studyId, w: b.waveId });
    expect(viaWave.data.interviewSessions).toEqual([]);
  },
  'Query.guideVersions': async () => {
    expect(codeOf(await api.gql('query($s: ID!) { guideVersions(studyId: $s, band: DETRACTOR) { id } }', { s: b.studyId }))).toBe('STUDY_NOT_FOUND');
  },
  'Query.guide': async () => {
    expect((await api.gql('query($id: ID!) { guide(id: $id) { id } }', { id: b.guideId })).data.guide).toBeNull();
  },
  'Query.escalations': async () => {
    expect(codeOf(await api.gql('query($s: ID!) { escalations(studyId: $s) { id } }', { s: b.studyId }))).toBe('STUDY_NOT_FOUND');
  },
  'Mutation.updateGuide': async () => {
    const [{ content }] = await api.db.query(`SELECT content FROM interview_guide WHERE id = $1`, [b.guideId]);
    const input = { studyId: b.studyId, band: 'DETRACTOR', baseVersion: 1, content: toGuideInput(content) };
    expect(codeOf(await api.gql(UPDATE_GUIDE, { input }))).toBe('STUDY_NOT_FOUND');
  },
  'Mutation.launchWave': async () => {
    expect(codeOf(await api.gql('mutation($id: ID!) { launchWave(id: $id) { id } }', { id: b.waveId }))).toBe('WAVE_NOT_FOUND');
  },
  'Mutation.startGuidePreview': async () => {
    const r = await api.gql('mutation($s: ID!) { startGuidePreview(input: { studyId: $s, band: PASSIVE }) { chatPath } }', { s: b.studyId });
    expect(codeOf(r)).toBe('STUDY_NOT_FOUND');
    const viaGuide = await api.gql('mutation($s: ID!, $g: ID!) { startGuidePreview(input: { studyId: $s, band: DETRACTOR, guideId: $g }) { chatPath } }',
      { s: a.studyId, g: b.guideId });
    expect(codeOf(viaGuide)).toBe('GUIDE_NOT_FOUND');
  },
  'Mutation.updateEscalation': async () => {
    const r = await api.gql('mutation($id: ID!) { updateEscalation(input: { id: $id, status: RESOLVED, owner: "eve" }) { id } }', { id: b.escalationId });
    expect(codeOf(r)).toBe('ESCALATION_NOT_FOUND');
  },
  'Query.taxonomyVersions': async () => {
    expect(codeOf(await api.gql('query($s: ID!) { taxonomyVersions(studyId: $s) { id } }', { s: b.studyId }))).toBe('STUDY_NOT_FOUND');
  },
  'Mutation.updateTaxonomy': async () => {
    const [{ content }] = await api.db.query(`SELECT content FROM driver_taxonomy WHERE study_id = $1`, [b.studyId]);
    const r = await api.gql('mutation($input: UpdateTaxonomyInput!) { updateTaxonomy(input: $input) { id } }', { input: { studyId: b.studyId, baseVersion: 1, content } });
    expect(codeOf(r)).toBe('STUDY_NOT_FOUND');
  },
  'Mutation.recodeStudy': async () => {
    expect(codeOf(await api.gql('mutation($s: ID!) { recodeStudy(input: { studyId: $s }) { id } }', { s: b.studyId }))).toBe('STUDY_NOT_FOUND');
    const viaWave = await api.gql('mutation($s: ID!, $w: ID!) { recodeStudy(input: { studyId: $s, waveIds: [$w] }) { id } }', { s: a.studyId, w: b.waveId });
    expect(codeOf(viaWave)).toBe('WAVE_NOT_FOUND');
  },
  'Mutation.startWaveAnalysis': async () => {
    expect(codeOf(await api.gql('mutation($w: ID!) { startWaveAnalysis(waveId: $w) { id } }', { w: b.waveId }))).toBe('WAVE_NOT_FOUND');
  },
  'Query.waveAnalysis': async () => {
    expect((await api.gql('query($id: ID!) { waveAnalysis(id: $id) { id } }', { id: bAnalysisId })).data.waveAnalysis).toBeNull();
  },
  'Query.compareWaves': async () => {
    const q = 'query($s: ID!, $b: ID!, $w: ID!) { compareWaves(studyId: $s, baseWaveId: $b, waveId: $w) { themes { key } } }';
    expect(codeOf(await api.gql(q, { s: b.studyId, b: b.waveId, w: a.waveId }))).toBe('STUDY_NOT_FOUND');
    expect(codeOf(await api.gql(q, { s: a.studyId, b: a.waveId, w: b.waveId }))).toBe('WAVE_NOT_FOUND');
  },
  'Query.themeTrend': async () => {
    expect(codeOf(await api.gql('query($s: ID!) { themeTrend(studyId: $s) { waves { id } } }', { s: b.studyId }))).toBe('STUDY_NOT_FOUND');
  },
  'Query.npsTrend': async () => {
    expect(codeOf(await api.gql('query($s: ID!) { npsTrend(studyId: $s) { groupBy } }', { s: b.studyId }))).toBe('STUDY_NOT_FOUND');
  },
  'Query.rollingNps': async () => {
    expect(codeOf(await api.gql('query($s: ID!) { rollingNps(studyId: $s) { days } }', { s: b.studyId }))).toBe('STUDY_NOT_FOUND');
  },
  'Subscription.studySessionUpdated': async () => {
    expect(await subscriptionError('subscription($s: ID!) { studySessionUpdated(studyId: $s) { session { id } } }', { s: b.studyId })).toBe('STUDY_NOT_FOUND');
  },
  'Subscription.escalationRaised': async () => {
    expect(await subscriptionError('subscription($s: ID!) { escalationRaised(studyId: $s) { id } }', { s: b.studyId })).toBe('STUDY_NOT_FOUND');
  },
  'Subscription.segmentNpsChanged': async () => {
    const query = 'subscription($s: ID!) { segmentNpsChanged(studyId: $s, groupBy: ["tier"]) { overall { n } } }';
    expect(await subscriptionError(query, { s: b.studyId })).toBe('STUDY_NOT_FOUND');
  },
  'Subscription.themeTrends': async () => {
    expect(await subscriptionError('subscription($s: ID!) { themeTrends(studyId: $s) { studyId } }', { s: b.studyId })).toBe('STUDY_NOT_FOUND');
  },
  'Subscription.waveAnalysisProgress': async () => {
    expect(await subscriptionError('subscription($w: ID!) { waveAnalysisProgress(waveId: $w) { coded } }', { w: b.waveId })).toBe('WAVE_NOT_FOUND');
  },
  'Subscription.sessionUpdated': async () => {
    const s = await openSocket(api.wsUrl);
    s.send({ type: 'connection_init', payload: { authorization: `Bearer ${api.a.keys.admin}` } });
    await s.next('connection_ack');
    s.send({ id: '1', type: 'subscribe', payload: { query: 'subscription($id: ID!) { sessionUpdated(sessionId: $id) { turn { text } } }', variables: { id: b.sessionId } } });
    const message = await s.next('next');
    expect((message.payload as Loose).errors[0].extensions.code).toBe('SESSION_NOT_FOUND');
    s.ws.close();
  },
};

describe('a key of workspace A reaches nothing of workspace B', () => {
  for (const [field, run] of Object.entries(cases)) it(field, run);

  it('covers every query, mutation and subscription of the schema, and B is unchanged', async () => {
    const before = await snapshotB();
    const r = await api.gql(`{ __schema { queryType { fields { name } } mutationType { fields { name } } subscriptionType { fields { name } } } }`);
    const s = r.data.__schema;
    const all = [
      ...s.queryType.fields.map((f: Loose) => `Query.${f.name}`),
      ...s.mutationType.fields.map((f: Loose) => `Mutation.${f.name}`),
      ...s.subscriptionType.fields.map((f: Loose) => `Subscription.${f.name}`),
    ].sort();
    expect(Object.keys(cases).sort()).toEqual(all);
    expect(await snapshotB()).toEqual(before);
  });
});

describe('roles', () => {
  it('lets viewers read but not write, and ingest keys import but not read', async () => {
    expect((await api.gql('{ studies { id } }', {}, api.a.keys.viewer)).data.studies.length).toBeGreaterThan(0);
    expect(codeOf(await api.gql('mutation { createStudy(input: { name: "v" }) { id } }', {}, api.a.keys.viewer))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql('{ studies { id } }', {}, api.a.keys.ingest))).toBe('FORBIDDEN');
    const imported = await api.gql(IMPORT, { input: { waveId: a.waveId, csv: 'id,score\ningest-1,9\n' } }, api.a.keys.ingest);
    expect(imported.data.importRespondents.ok).toBe(true);
  });
});
