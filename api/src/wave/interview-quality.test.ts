import { randomUUID } from 'node:crypto';
import type { SessionQualityRow } from '@ladder/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, startTestApi, type TestApi } from '../test-support/api-harness.js';
import { fieldingWave, type FieldingWave } from '../test-support/fielding-fixtures.js';
import { CreateWaveDocument, StudyWaveInterviewQualityDocument } from '../test-support/gql/graphql.js';
import { interviewQualityOf } from './interview-quality.js';

let api: TestApi;
let w: FieldingWave;
let emptyWaveId: string;
let noProbesWaveId: string;
let previewWaveId: string;

/**
 * A stored quality record as the worker writes it (the figures a test does not care about are zeros). Typed loosely:
 * only the fields read here matter, whatever else the worker adds.
 */
const quality = (q: Partial<SessionQualityRow>): Record<string, unknown> => ({
  ladderDepth: 0,
  phasesCovered: ['context'],
  leadingQuestionsCaught: 0,
  probes: 0,
  probesReusingWords: 0,
  moderatorTurns: 1,
  respondentTurns: 1,
  fallbackTurns: 0,
  durationSeconds: 0,
  promptTokens: 0,
  completionTokens: 0,
  costUsd: 0,
  ...q,
});

async function insertSession(waveId: string, status: string, q: Record<string, unknown> | null): Promise<void> {
  const [{ id: respondentId }]: { id: string }[] = await api.db.query(
    `INSERT INTO respondent (workspace_id, wave_id, external_id, score) VALUES ($1, $2, $3, 3) RETURNING id`,
    [api.a.id, waveId, `q-${randomUUID()}`],
  );
  await api.db.query(
    `INSERT INTO interview_session (workspace_id, respondent_id, wave_id, moderator, token_hash, workflow_id, status, completed_at, quality)
     VALUES ($1, $2, $3, 'offline', $4, $4, $5, CASE WHEN $5 = 'completed' THEN now() END, $6::jsonb)`,
    [api.a.id, respondentId, waveId, `wf-${randomUUID()}`, status, q === null ? null : JSON.stringify(q)],
  );
}

/**
 * The counted wave: four completed interviews (depths 2, 5, 6, 3; 10, 15, 20 and 5 minutes; 20
 * probes of which 15 reuse the respondent's words; 3 leading questions caught; $0.06 in all), and
 * interviews that must not count: abandoned, expired, active, and one completed without quality.
 */
async function seed(): Promise<void> {
  const wave = w.waveId;
  await insertSession(
    wave,
    'completed',
    quality({ ladderDepth: 2, leadingQuestionsCaught: 1, probes: 4, probesReusingWords: 3, durationSeconds: 600, costUsd: 0.01 }),
  );
  await insertSession(
    wave,
    'completed',
    quality({ ladderDepth: 5, probes: 6, probesReusingWords: 6, durationSeconds: 900, costUsd: 0.03 }),
  );
  await insertSession(
    wave,
    'completed',
    quality({ ladderDepth: 6, leadingQuestionsCaught: 2, probes: 5, probesReusingWords: 4, durationSeconds: 1200, costUsd: 0.02 }),
  );
  await insertSession(wave, 'completed', quality({ ladderDepth: 3, probes: 5, probesReusingWords: 2, durationSeconds: 300 }));
  const dropped = quality({ ladderDepth: 9, leadingQuestionsCaught: 5, probes: 3, durationSeconds: 60, costUsd: 1 });
  await insertSession(wave, 'abandoned', dropped);
  await insertSession(wave, 'expired', dropped);
  await insertSession(wave, 'active', dropped);
  await insertSession(wave, 'completed', null);
  // A wave whose one interview closed at once: no probe asked, depth 0.
  await insertSession(noProbesWaveId, 'completed', quality({ durationSeconds: 90 }));
  // The guide editor's "try it" interviews of the same study, in its preview wave.
  await insertSession(previewWaveId, 'completed', quality({ ladderDepth: 7, probes: 10, probesReusingWords: 10, durationSeconds: 120 }));
}

const wavesOf = async () => dataOf(await api.gql(StudyWaveInterviewQualityDocument, { id: w.studyId })).study!.waves;
const qualityOf = async (waveId: string) => (await wavesOf()).find((v) => v.id === waveId)!.interviewQuality;

beforeAll(async () => {
  api = await startTestApi();
  w = await fieldingWave(api, [['r0', 9, '']]);
  emptyWaveId = dataOf(await api.gql(CreateWaveDocument, { input: { studyId: w.studyId, name: 'Q2' } })).createWave.id;
  noProbesWaveId = dataOf(await api.gql(CreateWaveDocument, { input: { studyId: w.studyId, name: 'Q3' } })).createWave.id;
  [{ id: previewWaveId }] = await api.db.query(
    `INSERT INTO wave (workspace_id, study_id, name, status, preview, launched_at)
     VALUES ($1, $2, 'preview', 'fielding', true, now()) RETURNING id`,
    [api.a.id, w.studyId],
  );
  await seed();
});
afterAll(() => api.stop());

describe('Wave.interviewQuality', () => {
  it("computes the figures over the wave's completed interviews only", async () => {
    const q = await qualityOf(w.waveId);
    expect(q).toEqual({
      interviews: 4,
      medianDepth: 4,
      shareDepthAtLeast5: 0.5,
      leadingCaught: 3,
      probesReusingWordsShare: 0.75,
      medianMinutes: 12.5,
      costPerInterview: expect.closeTo(0.015, 10),
      depthDistribution: [0, 0, 1, 1, 0, 1, 1].map((interviews, depth) => ({ depth, interviews })),
    });
  });

  it('gives zero counts, null figures and no distribution to a wave without a completed interview', async () => {
    expect(await qualityOf(emptyWaveId)).toEqual({
      interviews: 0,
      medianDepth: null,
      shareDepthAtLeast5: null,
      leadingCaught: 0,
      probesReusingWordsShare: null,
      medianMinutes: null,
      costPerInterview: null,
      depthDistribution: [],
    });
  });

  it('leaves the share of probes reusing words null when no probe was asked', async () => {
    expect(await qualityOf(noProbesWaveId)).toEqual({
      interviews: 1,
      medianDepth: 0,
      shareDepthAtLeast5: 0,
      leadingCaught: 0,
      probesReusingWordsShare: null,
      medianMinutes: 1.5,
      costPerInterview: 0,
      depthDistribution: [{ depth: 0, interviews: 1 }],
    });
  });

  it('never counts preview interviews, even asked for their wave', async () => {
    expect((await wavesOf()).map((v) => v.id)).not.toContain(previewWaveId);
    const [preview, counted] = [previewWaveId, w.waveId].map((id) => interviewQualityOf(api.db, api.a.id, [id]));
    expect((await preview).get(previewWaveId)).toMatchObject({ interviews: 0, medianDepth: null, depthDistribution: [] });
    expect((await counted).get(w.waveId)).toMatchObject({ interviews: 4 });
  });

  it("answers nothing of another workspace's wave", async () => {
    const other = await interviewQualityOf(api.db, api.b.id, [w.waveId]);
    expect(other.get(w.waveId)).toMatchObject({ interviews: 0, depthDistribution: [] });
  });

  it('costs one statement for the quality of every wave listed', async () => {
    const statements = await api.statementsOf(() => wavesOf());
    expect(statements.filter((s) => s.includes('percentile_cont'))).toHaveLength(1);
  });
});
