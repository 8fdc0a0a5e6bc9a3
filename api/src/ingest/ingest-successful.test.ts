import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, startTestApi, type TestApi } from '../test-support/api-harness.js';
import { studyWithWave } from '../test-support/fixtures.js';
import {
  ImportBatchesDocument,
  IngestResponsesDocument,
  RespondentLineageDocument,
  type IngestResponseInput,
} from '../test-support/gql/graphql.js';

let api: TestApi;
let waveId: string;

beforeAll(async () => {
  api = await startTestApi();
  ({ waveId } = await studyWithWave(api));
});
afterAll(() => api.stop());

const ingest = async (responses: IngestResponseInput[], key = api.a.keys.admin, wave = waveId) =>
  dataOf(await api.gql(IngestResponsesDocument, { input: { waveId: wave, responses } }, key)).ingestResponses;

/** Each row's physical version (xmin changes with every write) and its lineage, by external id. */
async function stored(wave = waveId) {
  const rows: { external_id: string; version: string; updated_at: Date; import_batch_id: string; source: string; email: string | null }[] =
    await api.db.query(
      `SELECT r.external_id, r.xmin::text AS version, r.updated_at, r.import_batch_id, r.source, c.email
       FROM respondent r LEFT JOIN respondent_contact c ON c.respondent_id = r.id WHERE r.wave_id = $1 ORDER BY r.external_id`,
      [wave],
    );
  return Object.fromEntries(rows.map((r) => [r.external_id, r]));
}

const FIRST: IngestResponseInput[] = [
  {
    externalId: 'c-1',
    score: 3,
    email: 'ann@x.io',
    language: 'FR',
    attributes: { tier: 'SMB' },
    comment: 'Onboarding took weeks.',
    respondedAt: '2026-03-31T10:00:00Z',
  },
  { externalId: 'c-2', score: 8, attributes: { tier: 'Ent' } },
  { externalId: 'c-3', score: 10 },
];

describe('successful ingests', () => {
  it('inserts new responses with their lineage, and the same payload again writes nothing', async () => {
    const first = await ingest(FIRST);
    expect(first).toMatchObject({ ok: true, inserted: 3, updated: 0, unchanged: 0, errors: [] });
    const before = await stored();
    expect(Object.values(before).map((r) => [r.source, r.import_batch_id])).toEqual(Array(3).fill(['api', first.batchId]));
    const [{ api_key_id }] = await api.db.query(`SELECT api_key_id FROM import_batch WHERE id = $1`, [first.batchId]);
    const [{ id: adminKeyId }] = await api.db.query(`SELECT id FROM api_key WHERE workspace_id = $1 AND role = 'admin'`, [api.a.id]);
    expect(api_key_id).toBe(adminKeyId);

    const again = await ingest(FIRST);
    expect(again).toMatchObject({ ok: true, inserted: 0, updated: 0, unchanged: 3, errors: [] });
    expect(again.batchId).not.toBe(first.batchId);
    // No new row version at all: not even updated_at or the lineage moved.
    expect(await stored()).toEqual(before);

    const batches = dataOf(await api.gql(ImportBatchesDocument, { waveId })).importBatches;
    expect(batches.map((b) => [b.id, b.source, b.inserted, b.updated, b.unchanged, b.deliveryId])).toEqual([
      [again.batchId, 'api', 0, 0, 3, null],
      [first.batchId, 'api', 3, 0, 0, null],
    ]);
  });

  it('shows the comment, contact and lineage with the respondent, to keys that may read contacts', async () => {
    const listed = dataOf(await api.gql(RespondentLineageDocument, { waveId, first: 1 }, api.a.keys.analyst)).respondents.edges[0].node;
    expect(listed).toMatchObject({
      externalId: 'c-1',
      score: 3,
      band: 'DETRACTOR',
      email: 'ann@x.io',
      language: 'fr',
      attributes: { tier: 'SMB' },
      comment: 'Onboarding took weeks.',
      source: 'api',
      respondedAt: '2026-03-31T10:00:00.000Z',
    });
    expect(Math.abs(Date.parse(listed.receivedAt) - Date.now())).toBeLessThan(60_000);
    expect(listed.updatedAt).toBe(listed.receivedAt);
  });

  it('updates only what changed: an absent field keeps its value, null clears it', async () => {
    const before = await stored();
    const scoreOnly = await ingest([{ externalId: 'c-1', score: 9 }, FIRST[1], FIRST[2]]);
    expect(scoreOnly).toMatchObject({ ok: true, inserted: 0, updated: 1, unchanged: 2 });
    const after = await stored();
    expect(after['c-1']).toMatchObject({ email: 'ann@x.io', import_batch_id: scoreOnly.batchId });
    expect(after['c-1'].updated_at.getTime()).toBeGreaterThan(before['c-1'].updated_at.getTime());
    expect([after['c-2'], after['c-3']]).toEqual([before['c-2'], before['c-3']]);

    const cleared = await ingest([{ externalId: 'c-1', score: 9, email: null, comment: null, attributes: null, language: null }]);
    expect(cleared).toMatchObject({ inserted: 0, updated: 1, unchanged: 0 });
    const node = dataOf(
      await api.gql(RespondentLineageDocument, { waveId, filter: { importBatchId: cleared.batchId } }),
    ).respondents.edges.map((e) => e.node);
    expect(node).toMatchObject([{ externalId: 'c-1', email: null, comment: null, attributes: {}, language: null }]);
    // The date is kept when absent or null: a response cannot lose when it was given.
    expect(node[0].respondedAt).toBe('2026-03-31T10:00:00.000Z');
    expect(
      await api.db.query(`SELECT 1 FROM respondent_contact c JOIN respondent r ON r.id = c.respondent_id WHERE r.external_id = 'c-1'`),
    ).toEqual([]);

    // A changed contact email alone is a change of the response (it lives in another table).
    expect(await ingest([{ externalId: 'c-3', score: 10, email: 'cy@x.io' }])).toMatchObject({ updated: 1, unchanged: 0 });
    expect((await stored())['c-3'].email).toBe('cy@x.io');
  });

  it('filters respondents by import batch and by source (lineage)', async () => {
    const batch = await ingest([
      { externalId: 'n-1', score: 6 },
      { externalId: 'c-2', score: 8, attributes: { tier: 'Ent' } },
    ]);
    expect(batch).toMatchObject({ inserted: 1, updated: 0, unchanged: 1 });
    const byBatch = dataOf(await api.gql(RespondentLineageDocument, { waveId, filter: { importBatchId: batch.batchId } })).respondents;
    expect(byBatch.edges.map((e) => e.node.externalId)).toEqual(['n-1']);
    const byApi = dataOf(await api.gql(RespondentLineageDocument, { waveId, filter: { source: 'api' } })).respondents;
    expect(byApi.totalCount).toBe(4);
    const byCsv = dataOf(await api.gql(RespondentLineageDocument, { waveId, filter: { source: 'csv' } })).respondents;
    expect(byCsv.totalCount).toBe(0);
    const unknown = dataOf(await api.gql(RespondentLineageDocument, { waveId, filter: { importBatchId: 'not-a-batch' } })).respondents;
    expect(unknown.totalCount).toBe(0);
  });

  it('keeps attributes as text, as the CSV import does', async () => {
    const { waveId: typed } = await studyWithWave(api, api.a.keys.admin, 'Typed');
    // JSON numbers and booleans arrive through the JSONObject scalar; the generated type says strings.
    const attributes = { seats: 25, trial: true, tier: ' SMB ', empty: '' } as unknown as Record<string, string>;
    expect(await ingest([{ externalId: 't-1', score: 5, attributes }], api.a.keys.ingest, typed)).toMatchObject({ ok: true, inserted: 1 });
    const [row] = await api.db.query(`SELECT attributes FROM respondent WHERE wave_id = $1`, [typed]);
    expect(row.attributes).toEqual({ seats: '25', trial: 'true', tier: 'SMB' });
  });
});
