import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, dataOf, startTestApi, type TestApi } from '../test-support/api-harness.js';
import { csvOf, studyWithWave } from '../test-support/fixtures.js';
import { CommentDriversDocument, ImportRespondentsDocument, RespondentCommentsDocument } from '../test-support/gql/graphql.js';

let api: TestApi;
let studyId: string;
let waveId: string;

/** What the worker's comment coder writes (the worker is not running in API tests). */
async function code(externalId: string, driverKey: string | null, sentiment: string, quote: string | null) {
  await api.db.query(
    `INSERT INTO respondent_comment_coding (respondent_id, workspace_id, wave_id, comment_hash, driver_key, sentiment, quote, coder)
     SELECT id, workspace_id, wave_id, md5(comment), $2, $3, $4, 'offline' FROM respondent WHERE wave_id = $1 AND external_id = $5`,
    [waveId, driverKey, sentiment, quote, externalId],
  );
}

beforeAll(async () => {
  api = await startTestApi();
  ({ studyId, waveId } = await studyWithWave(api));
  await api.db.query(
    `INSERT INTO respondent (workspace_id, wave_id, external_id, score, attributes, comment) VALUES
       ($1, $2, 'r1', 2, '{"tier":"Ent"}', 'Support takes days to answer.'),
       ($1, $2, 'r2', 3, '{"tier":"Ent"}', 'Support never calls back.'),
       ($1, $2, 'r3', 9, '{"tier":"SMB"}', 'Cheap and simple.'),
       ($1, $2, 'r4', 8, '{"tier":"SMB"}', 'Fine.'),
       ($1, $2, 'r5', 10, '{"tier":"SMB"}', NULL)`,
    [api.a.id, waveId],
  );
  await code('r1', 'support', 'negative', 'Support takes days to answer.');
  await code('r2', 'support', 'negative', 'Support never calls back.');
  await code('r3', 'pricing_value', 'positive', 'Cheap and simple.');
  // r4 is commented but not coded yet; r5 has no comment.
});
afterAll(() => api.stop());

describe('commentDrivers', () => {
  it('counts the drivers coded comments name, with shares of the coded comments and what is still pending', async () => {
    const { commentDrivers } = dataOf(await api.gql(CommentDriversDocument, { waveId }));
    expect(commentDrivers).toMatchObject({ waveId, commented: 4, coded: 3, withoutDriver: 0, smallSample: true });
    expect(commentDrivers.drivers.map((d) => [d.driver.key, d.count, d.negative])).toEqual([
      ['support', 2, 2],
      ['pricing_value', 1, 0],
    ]);
    const support = commentDrivers.drivers[0];
    expect(support.share).toBeCloseTo(2 / 3, 10);
    expect(support.ciLow).toBeLessThan(support.share);
    expect(support.ciHigh).toBeGreaterThan(support.share);
    // The label comes from the study's taxonomy.
    expect(support.driver.label).not.toBe('support');
  });

  it('narrows to a segment with the segmentNps filter', async () => {
    const { commentDrivers } = dataOf(
      await api.gql(CommentDriversDocument, { waveId, filter: { attributes: [{ attribute: 'tier', values: ['SMB'] }] } }),
    );
    expect(commentDrivers).toMatchObject({ commented: 2, coded: 1 });
    expect(commentDrivers.drivers.map((d) => d.driver.key)).toEqual(['pricing_value']);
    const detractors = dataOf(await api.gql(CommentDriversDocument, { waveId, filter: { bands: ['DETRACTOR'] } })).commentDrivers;
    expect(detractors.drivers.map((d) => d.driver.key)).toEqual(['support']);
  });

  it("refuses another workspace's wave, and keys that may not read", async () => {
    expect(codeOf(await api.gql(CommentDriversDocument, { waveId }, api.b.keys.admin))).toBe('WAVE_NOT_FOUND');
    expect(codeOf(await api.gql(CommentDriversDocument, { waveId }, api.a.keys.ingest))).toBe('FORBIDDEN');
  });
});

describe('Respondent.commentCoding', () => {
  it('shows the coding with the verbatim quote, and null until coded or without a comment', async () => {
    const { respondents } = dataOf(await api.gql(RespondentCommentsDocument, { waveId }));
    const byId = new Map(respondents.edges.map((e) => [e.node.externalId, e.node.commentCoding]));
    expect(byId.get('r1')).toMatchObject({ driver: { key: 'support' }, sentiment: 'NEGATIVE', quote: 'Support takes days to answer.' });
    expect(byId.get('r4')).toBeNull();
    expect(byId.get('r5')).toBeNull();
  });

  it('is read through a viewer key, never through an ingest key', async () => {
    const viewer = dataOf(await api.gql(RespondentCommentsDocument, { waveId }, api.a.keys.viewer));
    expect(viewer.respondents.edges.some((e) => e.node.commentCoding?.quote)).toBe(true);
    expect(codeOf(await api.gql(RespondentCommentsDocument, { waveId }, api.a.keys.ingest))).toBe('FORBIDDEN');
  });
});

it('keeps the import path free of comment codings: a CSV import codes nothing by itself', async () => {
  const { waveId: other } = await studyWithWave(api, api.a.keys.admin, 'Other');
  const imported = await api.gql(ImportRespondentsDocument, {
    input: {
      waveId: other,
      csv: csvOf([
        ['id', 'score'],
        ['x1', 5],
      ]),
    },
  });
  expect(imported.data?.importRespondents.ok).toBe(true);
  expect(dataOf(await api.gql(CommentDriversDocument, { waveId: other })).commentDrivers).toMatchObject({ commented: 0, coded: 0 });
  expect(studyId).toBeTruthy();
});
