import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, dataOf, startTestApi, type TestApi } from '../test-support/api-harness.js';
import {
  AnalysisCostDocument,
  CodingProvenanceDocument,
  InterviewSessionCodingDocument,
  InterviewSessionsDocument,
  StartWaveAnalysisDocument,
  StudyLatestAnalysesDocument,
  WaveAnalysisDocument,
  WaveAnalysisThemeFiltersDocument,
} from '../test-support/gql/graphql.js';
import { insertAnalysis, insightsStudy, type InsightsStudy } from '../test-support/insights-fixtures.js';
import { wilsonInterval } from '@ladder/contracts/stats';

let api: TestApi;
let s: InsightsStudy;

beforeAll(async () => {
  api = await startTestApi();
  s = await insightsStudy(api);
});
afterAll(() => api.stop());

describe('successful wave analysis reads', () => {
  it('reads an analysis with its themes, Wilson prevalence, verbatim quotes and ranked actions', async () => {
    const r = await api.gql(WaveAnalysisDocument, { id: s.q2Analysis.id });
    expect(r.errors).toBeUndefined();
    const a = dataOf(r).waveAnalysis!;
    expect(a).toMatchObject({
      status: 'COMPLETED',
      total: 2,
      coded: 2,
      progress: 1,
      taxonomyVersion: 2,
      synthesizer: 'OFFLINE',
      summary: 'Support is the main issue.',
      error: null,
    });
    expect(a.themes.map((t) => [t.rank, t.key, t.scope])).toEqual([
      [1, 'waiting-for-support', 'CROSS_BAND'],
      [2, 'pricing', 'CROSS_BAND'],
      [3, 'onboarding', 'DETRACTOR'],
    ]);
    const [waiting] = a.themes;
    expect(waiting.drivers).toEqual([
      { key: 'support_speed', label: 'Support speed' },
      { key: 'trust', label: 'Trust and accountability' },
    ]);
    const w = wilsonInterval(16, 80);
    expect(waiting.prevalence[0]).toEqual({
      band: 'DETRACTOR',
      count: 16,
      n: 80,
      share: 0.2,
      low: w.low,
      high: w.high,
      smallSample: false,
    });
    // Hand-computed Wilson 95% for 16/80: centre (0.2 + 0.02401) / 1.04802 = 0.2137, half-width 0.0867.
    expect(waiting.prevalence[0].low).toBeCloseTo(0.127, 4);
    expect(waiting.prevalence[0].high).toBeCloseTo(0.3005, 4);
    expect(waiting.prevalence[1]).toMatchObject({ band: 'PASSIVE', count: 1, n: 10, smallSample: true });
    expect(waiting.quotes[0]).toEqual({
      quote: 'Tickets sit for days.',
      sessionId: s.sessions[3],
      turnSeq: 1,
      start: 0,
      end: 21,
      band: 'DETRACTOR',
    });
    expect(a.actions.map((x) => [x.rank, x.title, x.impactPoints, x.themes.map((t) => t.key)])).toEqual([
      [1, 'Fix pricing tiers', 12.5, ['pricing']],
      [2, 'Staff the support queue', 4, ['waiting-for-support', 'pricing']],
    ]);
    expect(a.actions[0].quotes).toEqual([{ quote: 'Tickets sit for days.' }]);
    // The interval and the words apart (issue 18); an action stored before them has nulls.
    expect(a.actions[0]).toMatchObject({
      impactLow: 4.1,
      impactHigh: 20.9,
      impactN: 90,
      smallSample: false,
      action: 'Fix pricing tiers',
      evidence: '12 of 80 detractors mention pricing',
      writer: 'template',
    });
    expect(a.actions[1]).toMatchObject({ impactLow: null, impactHigh: null, impactN: null, smallSample: null, action: null, writer: null });
  });

  it('filters themes by band (cited in it) and by scope', async () => {
    const r = await api.gql(WaveAnalysisThemeFiltersDocument, { id: s.q2Analysis.id });
    expect(r.data?.waveAnalysis).toEqual({ passive: [{ key: 'waiting-for-support' }], detractorScope: [{ key: 'onboarding' }] });
  });

  it("shows each wave's latest analysis with its progress, and a running one is returned by startWaveAnalysis", async () => {
    const running = await insertAnalysis(api, {
      workspaceId: api.a.id,
      studyId: s.studyId,
      waveId: s.q1,
      status: 'running',
      total: 8,
      coded: 2,
    });
    const r = await api.gql(StudyLatestAnalysesDocument, { id: s.studyId });
    expect(r.data?.study?.waves).toEqual([
      { name: 'Q1', latestAnalysis: { id: running.id, status: 'RUNNING', progress: 0.25, total: 8, coded: 2, finishedAt: null } },
      { name: 'Q2', latestAnalysis: expect.objectContaining({ id: s.q2Analysis.id, status: 'COMPLETED', progress: 1 }) },
    ]);
    const started = await api.gql(StartWaveAnalysisDocument, { waveId: s.q1 });
    expect(started.data?.startWaveAnalysis).toEqual({ id: running.id, status: 'RUNNING', progress: 0.25 });
    await api.db.query(`DELETE FROM wave_analysis WHERE id = $1`, [running.id]);
  });

  it('gives an interview its newest coding with driver labels and verbatim excerpts', async () => {
    const r = await api.gql(InterviewSessionCodingDocument, { id: s.sessions[0] });
    expect(r.data?.interviewSession?.coding).toEqual({
      coder: 'OFFLINE',
      taxonomyVersion: 2,
      statedDriver: null,
      rootDriver: { key: 'support_quality', label: 'Support quality' },
      rootNote: null,
      sentimentScore: -0.5,
      competitors: ['Acme'],
      competitorMentioned: true,
      excerpts: [
        {
          driverKey: 'support_quality',
          driverLabel: 'Support quality',
          categoryKey: 'experience',
          quote: 'Tickets sit for days.',
          turnSeq: 1,
          start: 0,
          end: 21,
          role: 'ROOT',
          sentiment: 'NEGATIVE',
          sentimentScore: expect.closeTo(-0.6, 5),
        },
      ],
    });
    const uncoded = await api.gql(InterviewSessionsDocument, { studyId: s.studyId });
    expect(uncoded.data?.interviewSessions.filter((x) => x.coding === null)).toEqual([]);
  });

  it("reads a coding's competitor mention without a name and its root note", async () => {
    const sessionId = s.sessions[1];
    const note = 'The respondent reached their standing with their own leadership; no driver of the taxonomy is close';
    await api.db.query(
      `UPDATE transcript_coding SET competitors = '{}', competitor_mentioned = true, root_driver = NULL, root_note = $2
       WHERE session_id = $1`,
      [sessionId, note],
    );
    try {
      const r = await api.gql(InterviewSessionCodingDocument, { id: sessionId });
      expect(r.data?.interviewSession?.coding).toMatchObject({
        competitors: [],
        competitorMentioned: true,
        rootDriver: null,
        rootNote: note,
      });
    } finally {
      await api.db.query(
        `UPDATE transcript_coding SET competitors = '{Acme}', competitor_mentioned = true, root_driver = 'support', root_note = NULL
         WHERE session_id = $1`,
        [sessionId],
      );
    }
  });
});

describe('coding provenance and cost', () => {
  it("records what made a coding, and sums an analysis's model costs per interview", async () => {
    const [q1Session] = s.sessions;
    const { id: analysisId } = s.q1Analysis;
    const [{ taxonomy_id: taxonomyId }] = await api.db.query(`SELECT taxonomy_id FROM wave_analysis WHERE id = $1`, [analysisId]);
    await api.db.query(
      `UPDATE transcript_coding SET coder = 'mistral', model = 'mistral-small-latest', prompt_version = 'coder-0123456789ab',
         prompt_tokens = 1200, completion_tokens = 300, cost_usd = 0.00021, llm_calls = 2
       WHERE session_id = $1 AND taxonomy_id = $2`,
      [q1Session, taxonomyId],
    );
    await api.db.query(`UPDATE turn SET cost_usd = 0.0001 WHERE session_id = $1`, [q1Session]);
    await api.db.query(
      `UPDATE wave_analysis SET synthesis_model = 'mistral-embed, mistral-small-latest', synthesis_prompt_version = 'themes-0123456789ab',
         synthesis_cost_usd = 0.0009 WHERE id = $1`,
      [analysisId],
    );
    const [{ turns, coded }] = await api.db.query(
      `SELECT (SELECT count(*)::int FROM turn WHERE session_id = $1) AS turns,
              (SELECT count(*)::int FROM transcript_coding WHERE wave_id = $2 AND taxonomy_id = $3) AS coded`,
      [q1Session, s.q1, taxonomyId],
    );
    const cost = dataOf(await api.gql(AnalysisCostDocument, { id: analysisId })).waveAnalysis!.cost;
    const moderation = Math.round(turns * 0.0001 * 1e6) / 1e6;
    const total = Math.round((moderation + 0.00021 + 0.0009) * 1e6) / 1e6;
    expect(cost).toEqual({
      interviews: coded,
      moderationUsd: moderation,
      codingUsd: 0.00021,
      synthesisUsd: 0.0009,
      totalUsd: total,
      perInterviewUsd: Math.round((total / coded) * 1e6) / 1e6,
      synthesisModel: 'mistral-embed, mistral-small-latest',
      synthesisPromptVersion: 'themes-0123456789ab',
    });
    // A coding stored before provenance keeps the defaults; a recorded one reads back as written.
    const before = dataOf(await api.gql(CodingProvenanceDocument, { id: q1Session })).interviewSession?.coding?.provenance;
    expect(before).toMatchObject({ coder: 'OFFLINE', model: null, promptVersion: 'unrecorded', calls: 0, costUsd: 0 });
    const q2Session = s.sessions[4];
    await api.db.query(
      `UPDATE transcript_coding SET coder = 'mistral', model = 'mistral-small-latest', prompt_version = 'coder-0123456789ab',
         prompt_tokens = 900, completion_tokens = 200, cost_usd = 0.00015, llm_calls = 1 WHERE session_id = $1`,
      [q2Session],
    );
    const recorded = dataOf(await api.gql(CodingProvenanceDocument, { id: q2Session })).interviewSession?.coding?.provenance;
    expect(recorded).toEqual({
      coder: 'MISTRAL',
      model: 'mistral-small-latest',
      promptVersion: 'coder-0123456789ab',
      taxonomyVersion: 2,
      calls: 1,
      promptTokens: 900,
      completionTokens: 200,
      costUsd: 0.00015,
    });
  });
});

describe('failing wave analysis requests', () => {
  it('fails with ANALYSIS_UNAVAILABLE when the workflow service is down, and leaves no analysis behind', async () => {
    const r = await api.gql(StartWaveAnalysisDocument, { waveId: s.q1 });
    expect(r.errors?.[0]).toMatchObject({
      message: 'The analysis service is unavailable; try again shortly',
      extensions: { code: 'ANALYSIS_UNAVAILABLE' },
    });
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM wave_analysis WHERE wave_id = $1`, [s.q1]);
    expect(n).toBe(1);
  });

  it('names an unknown wave, needs a write key, and reads an unknown analysis as null', async () => {
    const unknown = await api.gql(StartWaveAnalysisDocument, { waveId: '00000000-0000-0000-0000-000000000000' });
    expect(unknown.errors?.[0]).toMatchObject({
      message: 'Wave 00000000-0000-0000-0000-000000000000 was not found',
      extensions: { code: 'WAVE_NOT_FOUND' },
    });
    expect(codeOf(await api.gql(StartWaveAnalysisDocument, { waveId: 'not-a-uuid' }))).toBe('WAVE_NOT_FOUND');
    expect(codeOf(await api.gql(StartWaveAnalysisDocument, { waveId: s.q1 }, api.a.keys.viewer))).toBe('FORBIDDEN');
    expect((await api.gql(WaveAnalysisDocument, { id: 'nope' })).data?.waveAnalysis).toBeNull();
    expect(codeOf(await api.gql(WaveAnalysisDocument, { id: s.q1Analysis.id }, api.a.keys.ingest))).toBe('FORBIDDEN');
  });
});
