import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, dataOf, startTestApi, type TestApi } from '../test-support/api-harness.js';
import { insertAnalysis } from '../test-support/insights-fixtures.js';
import { studyWithWave } from '../test-support/fixtures.js';
import {
  CreateWaveDocument,
  RecodeStudyDocument,
  StudyTaxonomyDocument,
  TaxonomyVersionsDocument,
  UpdateTaxonomyDocument,
  type TaxonomyContentInput,
  type TaxonomyFieldsFragment,
} from '../test-support/gql/graphql.js';

let api: TestApi;
let studyId: string;
let waveId: string;
let secondWaveId: string;

const versions = async () => dataOf(await api.gql(TaxonomyVersionsDocument, { studyId })).taxonomyVersions;

/** The latest version as an updateTaxonomy content input. */
const contentOf = (t: TaxonomyFieldsFragment): TaxonomyContentInput => ({
  categories: t.categories.map((c) => ({ ...c, drivers: c.drivers.map((d) => ({ ...d })) })),
});

/** Support split in two, pricing and billing merged: the edit the crosswalk exists for. */
function splitAndMerge(t: TaxonomyFieldsFragment) {
  const content = contentOf(t);
  const experience = content.categories.find((c) => c.key === 'experience')!;
  experience.drivers = experience.drivers.filter((d) => d.key !== 'support');
  experience.drivers.push(
    { key: 'support_speed', label: 'Support speed', description: 'How fast support answers', examples: ['tickets sit for days'] },
    { key: 'support_quality', label: 'Support quality', description: 'Whether support solves the problem', examples: [] },
  );
  const commercial = content.categories.find((c) => c.key === 'commercial')!;
  commercial.drivers = commercial.drivers.filter((d) => !['pricing_value', 'billing'].includes(d.key));
  commercial.drivers.unshift({ key: 'cost', label: 'Cost and billing', description: 'Price, value and invoices', examples: [] });
  return content;
}

beforeAll(async () => {
  api = await startTestApi();
  ({ studyId, waveId } = await studyWithWave(api));
  secondWaveId = dataOf(await api.gql(CreateWaveDocument, { input: { studyId, name: 'Q2' } })).createWave.id;
});
afterAll(() => api.stop());

describe('successful taxonomy edits', () => {
  it('gives a new study the default B2B taxonomy as version 1', async () => {
    const t = dataOf(await api.gql(StudyTaxonomyDocument, { id: studyId })).study?.taxonomy;
    expect(t?.version).toBe(1);
    expect(t?.crosswalk).toEqual([]);
    expect(t?.categories.map((c) => c.key)).toEqual(['product', 'experience', 'commercial', 'risk']);
    const drivers = t?.categories.flatMap((c) => c.drivers.map((d) => d.key));
    expect(drivers).toEqual(expect.arrayContaining(['reliability', 'sales_gap', 'trust', 'support', 'competitive', 'security_compliance']));
  });

  it('appends a version with its crosswalk and note, newest first in the history', async () => {
    const [v1] = await versions();
    const crosswalk = [
      { from: 'support', to: ['support_speed', 'support_quality'] },
      { from: 'pricing_value', to: ['cost'] },
      { from: 'billing', to: ['cost'] },
    ];
    const r = await api.gql(UpdateTaxonomyDocument, {
      input: { studyId, baseVersion: 1, content: splitAndMerge(v1), crosswalk, note: 'support split, cost merged' },
    });
    expect(r.errors).toBeUndefined();
    expect(r.data?.updateTaxonomy).toMatchObject({
      version: 2,
      note: 'support split, cost merged',
      crosswalk: [
        { from: 'billing', to: ['cost'] },
        { from: 'pricing_value', to: ['cost'] },
        { from: 'support', to: ['support_speed', 'support_quality'] },
      ],
    });
    expect(r.data?.updateTaxonomy.createdBy).toMatch(/^api key /);
    expect((await versions()).map((t) => t.version)).toEqual([2, 1]);
    const latest = await api.gql(StudyTaxonomyDocument, { id: studyId });
    expect(latest.data?.study?.taxonomy?.version).toBe(2);
  });

  it('re-codes every wave under the latest version in one mutation, reusing an analysis already running under it', async () => {
    const running = await Promise.all(
      [waveId, secondWaveId].map((w) => insertAnalysis(api, { workspaceId: api.a.id, studyId, waveId: w, status: 'running' })),
    );
    const r = await api.gql(RecodeStudyDocument, { input: { studyId } });
    expect(r.errors).toBeUndefined();
    expect(r.data?.recodeStudy).toEqual([
      { id: running[0].id, waveId, status: 'RUNNING', taxonomyVersion: 2, synthesizer: 'OFFLINE' },
      { id: running[1].id, waveId: secondWaveId, status: 'RUNNING', taxonomyVersion: 2, synthesizer: 'OFFLINE' },
    ]);
    const one = await api.gql(RecodeStudyDocument, { input: { studyId, waveIds: [secondWaveId], taxonomyVersion: 2 } });
    expect(one.data?.recodeStudy.map((a) => a.id)).toEqual([running[1].id]);
    await api.db.query(`DELETE FROM wave_analysis WHERE study_id = $1`, [studyId]);
  });
});

describe('failing taxonomy edits and re-codes', () => {
  it('rejects an edit from an old version with TAXONOMY_VERSION_CONFLICT, and writes nothing', async () => {
    const [latest] = await versions();
    const r = await api.gql(UpdateTaxonomyDocument, { input: { studyId, baseVersion: 1, content: contentOf(latest) } });
    expect(r.errors?.[0]).toMatchObject({
      message: 'Version 1 is not the latest version of this taxonomy any more; reload and apply your edit again',
      extensions: { code: 'TAXONOMY_VERSION_CONFLICT', latestVersion: 2 },
    });
    expect(await versions()).toHaveLength(2);
  });

  it('rejects invalid content and a crosswalk naming unknown keys with TAXONOMY_INVALID, every issue with its path', async () => {
    const [latest] = await versions();
    const content = contentOf(latest);
    content.categories[0].drivers[1].key = 'Performance!';
    content.categories[1].drivers[0].key = 'reliability';
    const crosswalk = [
      { from: 'support', to: ['support_speed'] },
      { from: 'cost', to: ['price'] },
    ];
    const r = await api.gql(UpdateTaxonomyDocument, { input: { studyId, baseVersion: 2, content, crosswalk } });
    expect(r.errors?.[0].extensions).toMatchObject({
      code: 'TAXONOMY_INVALID',
      issues: [
        { path: 'content.categories.0.drivers.1.key', message: 'a key of lowercase letters, digits and underscores' },
        { path: 'content', message: 'driver keys must be unique across categories' },
        { path: 'crosswalk.0.from', message: '"support" is not a driver of version 2' },
        { path: 'crosswalk.1.to.0', message: '"price" is not a driver of the new version' },
      ],
    });
    expect(r.errors?.[0].message).toMatch(/^The taxonomy is not valid: content\.categories\.0\.drivers\.1\.key: a key of lowercase/);
    expect(await versions()).toHaveLength(2);
  });

  it('needs a write key to edit or re-code', async () => {
    const [latest] = await versions();
    const edit = await api.gql(
      UpdateTaxonomyDocument,
      { input: { studyId, baseVersion: 2, content: contentOf(latest) } },
      api.a.keys.viewer,
    );
    expect(codeOf(edit)).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(RecodeStudyDocument, { input: { studyId } }, api.a.keys.viewer))).toBe('FORBIDDEN');
  });

  it('names the unknown taxonomy version or wave, and starts nothing', async () => {
    const version = await api.gql(RecodeStudyDocument, { input: { studyId, taxonomyVersion: 7 } });
    expect(version.errors?.[0]).toMatchObject({
      message: `Taxonomy version 7 of study ${studyId} was not found`,
      extensions: { code: 'TAXONOMY_NOT_FOUND' },
    });
    const wave = await api.gql(RecodeStudyDocument, { input: { studyId, waveIds: [waveId, 'nope'] } });
    expect(wave.errors?.[0]).toMatchObject({ message: 'Wave nope was not found', extensions: { code: 'WAVE_NOT_FOUND' } });
  });

  it('fails with ANALYSIS_UNAVAILABLE when the workflow service is down, leaving no analysis behind', async () => {
    const r = await api.gql(RecodeStudyDocument, { input: { studyId } });
    expect(r.errors?.[0]).toMatchObject({
      message: 'The analysis service is unavailable; try again shortly',
      extensions: { code: 'ANALYSIS_UNAVAILABLE' },
    });
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM wave_analysis WHERE study_id = $1`, [studyId]);
    expect(n).toBe(0);
  });
});
