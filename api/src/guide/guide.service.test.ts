import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, dataOf, startTestApi, type TestApi } from '../test-support/api-harness.js';
import { csvOf, studyWithWave, toGuideInput } from '../test-support/fixtures.js';
import {
  CreateWaveDocument,
  GuideVersionsDocument,
  ImportRespondentsDocument,
  LaunchWaveDocument,
  StartGuidePreviewDocument,
  StartInterviewDocument,
  StudyGuidesDocument,
  StudyWaveGuidesDocument,
  UpdateGuideDocument,
  type Band,
  type GuideVersionFieldsFragment,
} from '../test-support/gql/graphql.js';

let api: TestApi;
let studyId: string;
let waveId: string;

const versions = async (band: Band = 'DETRACTOR') => dataOf(await api.gql(GuideVersionsDocument, { studyId, band })).guideVersions;

/** The guide as GraphQL returned it, turned back into an updateGuide input. */
const inputOf = (g: GuideVersionFieldsFragment) =>
  toGuideInput({
    ...g.content,
    phases: g.content.phases.map((p) => ({
      ...p,
      openingQuestions: Object.fromEntries(p.openingQuestions.map((q) => [q.language, q.questions])),
    })),
  });

beforeAll(async () => {
  api = await startTestApi();
  ({ studyId, waveId } = await studyWithWave(api));
});
afterAll(() => api.stop());

describe('successful guide edits', () => {
  it('seeds one guide per band with five phases, budgets, depth 5-7 and openings in the five offline languages', async () => {
    const study = dataOf(await api.gql(StudyGuidesDocument, { id: studyId })).study!;
    expect(study.guides.map((g) => [g.band, g.version])).toEqual([
      ['DETRACTOR', 1],
      ['PASSIVE', 1],
      ['PROMOTER', 1],
    ]);
    const [detractor] = study.guides;
    expect(detractor.content.ladderTargetDepth).toEqual({ min: 5, max: 7 });
    expect(detractor.content.phases.map((p) => p.key)).toEqual(['CONTEXT', 'SURFACE', 'LADDERING', 'COMPARATIVE', 'CLOSE']);
    expect(detractor.content.phases[0].openingQuestions.map((q) => q.language)).toEqual(['en', 'fr', 'de', 'es', 'pt']);
    const passiveOpening = study.guides[1].content.phases[0].openingQuestions[0].questions[0];
    expect(passiveOpening).toMatch(/reasonably satisfied but not enthusiastic/);
  });

  it('appends a version per edit with its note, keeps the history, and pins the latest at launch', async () => {
    const [v1] = await versions();
    const content = inputOf(v1);
    content.phases[2].budget = { turns: 9, minutes: 12 };
    content.topicsToAvoid = [...content.topicsToAvoid, 'the renewal discount'];
    const saved = await api.gql(UpdateGuideDocument, {
      input: { studyId, band: 'DETRACTOR', baseVersion: 1, content, note: 'longer laddering' },
    });
    expect(saved.data?.updateGuide).toMatchObject({ version: 2, note: 'longer laddering' });
    expect(saved.data?.updateGuide.content.phases[2].budget).toEqual({ turns: 9, minutes: 12 });
    expect((await versions()).map((g) => g.version)).toEqual([2, 1]);

    const launched = await api.gql(LaunchWaveDocument, { id: waveId });
    expect(launched.data?.launchWave).toMatchObject({
      status: 'FIELDING',
      guides: [
        { band: 'DETRACTOR', version: 2 },
        { band: 'PASSIVE', version: 1 },
        { band: 'PROMOTER', version: 1 },
      ],
    });
    // An edit after launch makes version 3; the launched wave keeps version 2.
    await api.gql(UpdateGuideDocument, { input: { studyId, band: 'DETRACTOR', baseVersion: 2, content } });
    const wave = await api.gql(StudyWaveGuidesDocument, { id: studyId });
    expect(wave.data?.study?.waves[0].guides[0]).toEqual({ band: 'DETRACTOR', version: 2 });
  });
});

describe('failing guide edits and launches', () => {
  it('rejects an edit from an old version with GUIDE_VERSION_CONFLICT, and writes nothing', async () => {
    const [latest] = await versions('PROMOTER');
    const r = await api.gql(UpdateGuideDocument, { input: { studyId, band: 'PROMOTER', baseVersion: 0, content: inputOf(latest) } });
    expect(r.errors?.[0]).toMatchObject({ extensions: { code: 'GUIDE_VERSION_CONFLICT', latestVersion: 1 } });
    expect(await versions('PROMOTER')).toHaveLength(1);
  });

  it('rejects an invalid guide with GUIDE_INVALID listing every issue with its path', async () => {
    const [latest] = await versions('PASSIVE');
    const content = inputOf(latest);
    content.ladderTargetDepth = { min: 7, max: 5 };
    content.phases[1].budget = { turns: 0, minutes: 3 };
    content.phases[3].openingQuestions = [{ language: 'fr', questions: ['Une question ?'] }];
    const r = await api.gql(UpdateGuideDocument, { input: { studyId, band: 'PASSIVE', baseVersion: 1, content } });
    expect(r.errors?.[0].extensions.code).toBe('GUIDE_INVALID');
    const paths = (r.errors?.[0].extensions.issues as { path: string }[]).map((i) => i.path);
    expect(paths).toEqual(['ladderTargetDepth', 'phases.1.budget.turns', 'phases.3.openingQuestions']);
    expect(r.errors?.[0].message).toMatch(/^The guide is not valid: ladderTargetDepth: min must not exceed max;/);
    const reordered = inputOf(latest);
    reordered.phases.reverse();
    const order = await api.gql(UpdateGuideDocument, { input: { studyId, band: 'PASSIVE', baseVersion: 1, content: reordered } });
    expect(order.errors?.[0].message).toMatch(/phases must be, in order: context, surface, laddering, comparative, close/);
    expect(await versions('PASSIVE')).toHaveLength(1);
  });

  it('launches a wave once, and starts no interview in a draft wave', async () => {
    const again = await api.gql(LaunchWaveDocument, { id: waveId });
    expect(again.errors?.[0]).toMatchObject({ extensions: { code: 'WAVE_ALREADY_LAUNCHED', status: 'fielding' } });
    const draft = await api.gql(CreateWaveDocument, { input: { studyId, name: 'Q2' } });
    const draftId = dataOf(draft).createWave.id;
    await api.gql(ImportRespondentsDocument, {
      input: {
        waveId: draftId,
        csv: csvOf([
          ['id', 'score'],
          ['d-1', 2],
        ]),
      },
    });
    const [{ id }] = await api.db.query(`SELECT id FROM respondent WHERE wave_id = $1`, [draftId]);
    const start = await api.gql(StartInterviewDocument, { respondentId: id });
    expect(start.errors?.[0]).toMatchObject({ extensions: { code: 'WAVE_NOT_LAUNCHED', status: 'draft' } });
    expect(start.errors?.[0].message).toMatch(/is not launched yet/);
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM interview_session WHERE wave_id = $1`, [draftId]);
    expect(n).toBe(0);
  });

  it('needs a write key to edit, and an existing version to preview', async () => {
    const [latest] = await versions();
    const r = await api.gql(
      UpdateGuideDocument,
      { input: { studyId, band: 'DETRACTOR', baseVersion: latest.version, content: inputOf(latest) } },
      api.a.keys.viewer,
    );
    expect(codeOf(r)).toBe('FORBIDDEN');
    const preview = await api.gql(StartGuidePreviewDocument, {
      input: { studyId, band: 'PASSIVE', guideId: '00000000-0000-0000-0000-000000000000' },
    });
    expect(codeOf(preview)).toBe('GUIDE_NOT_FOUND');
    const language = await api.gql(StartGuidePreviewDocument, { input: { studyId, band: 'PASSIVE', language: 'French' } });
    expect(language.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'language' } });
  });
});
