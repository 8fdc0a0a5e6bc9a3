import { MAX_INGEST_BATCH } from '@ladder/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, dataOf, startTestApi, type TestApi } from '../test-support/api-harness.js';
import { studyWithWave } from '../test-support/fixtures.js';
import { ImportBatchesDocument, IngestResponsesDocument, type IngestResponseInput } from '../test-support/gql/graphql.js';

let api: TestApi;
let studyId: string;
let waveId: string;

beforeAll(async () => {
  api = await startTestApi();
  ({ studyId, waveId } = await studyWithWave(api));
});
afterAll(() => api.stop());

/** Everything an ingest may write, in workspace A and B: a refused call must change none of it. */
const written = async () =>
  (
    await api.db.query(`SELECT (SELECT count(*)::int FROM respondent) AS respondents, (SELECT count(*)::int FROM import_batch) AS batches,
      (SELECT count(*)::int FROM respondent_contact) AS contacts, (SELECT coalesce(sum(n), 0)::int FROM respondent_cube) AS cube`)
  )[0];

const send = (responses: IngestResponseInput[], key: string | null = api.a.keys.admin, wave = waveId) =>
  api.gql(IngestResponsesDocument, { input: { waveId: wave, responses } }, key);

const many = (n: number, prefix: string): IngestResponseInput[] =>
  Array.from({ length: n }, (_, i) => ({ externalId: `${prefix}${i}`, score: i % 11 }));

describe('failing ingests', () => {
  it('is all or nothing: every refused item with its index, field, code and message, and nothing written', async () => {
    await send([{ externalId: 'kept', score: 5 }]);
    const before = await written();
    const r = dataOf(
      await send([
        { externalId: 'fine', score: 9, email: 'f@x.io' },
        { externalId: 'kept', score: 12 },
        { externalId: '', score: 4, email: 'not-an-email' },
        { externalId: 'lang', score: 4, language: 'english please' },
        { externalId: 'future', score: 4, respondedAt: '2100-01-01T00:00:00Z' },
        { externalId: 'long', score: 4, comment: 'c'.repeat(5001) },
        { externalId: 'fine', score: 1 },
      ]),
    ).ingestResponses;
    expect(r).toEqual({
      ok: false,
      inserted: 0,
      updated: 0,
      unchanged: 0,
      batchId: null,
      errors: [
        { index: 1, field: 'score', code: 'INVALID_SCORE', message: 'responses[1]: score "12" is not a whole number from 0 to 10' },
        { index: 2, field: 'externalId', code: 'MISSING_VALUE', message: 'responses[2] has no id' },
        { index: 2, field: 'email', code: 'INVALID_EMAIL', message: 'responses[2]: "not-an-email" is not an email address' },
        {
          index: 3,
          field: 'language',
          code: 'INVALID_LANGUAGE',
          message: 'responses[3]: "english please" is not a language code such as en, fr or pt-br',
        },
        { index: 4, field: 'respondedAt', code: 'INVALID_DATE', message: 'responses[4]: "2100-01-01T00:00:00.000Z" is in the future' },
        { index: 5, field: 'comment', code: 'VALUE_TOO_LONG', message: 'responses[5].comment is longer than 5000 characters' },
        { index: 6, field: 'externalId', code: 'DUPLICATE_ID', message: 'responses[6]: id "fine" already appears at index 0' },
      ],
    });
    expect(await written()).toEqual(before);
    const [{ score }] = await api.db.query(`SELECT score FROM respondent WHERE wave_id = $1 AND external_id = 'kept'`, [waveId]);
    expect(score).toBe(5);
  });

  it(`refuses more than ${MAX_INGEST_BATCH} responses in one call, writing nothing, and takes exactly ${MAX_INGEST_BATCH}`, async () => {
    const before = await written();
    const tooMany = await send(many(MAX_INGEST_BATCH + 1, 'big-'));
    expect(codeOf(tooMany)).toBe('INGEST_BATCH_TOO_LARGE');
    expect(tooMany.errors?.[0]).toMatchObject({ message: 'At most 1000 responses per call; this one has 1001', extensions: { max: 1000 } });
    expect(await written()).toEqual(before);
    const full = dataOf(await send(many(MAX_INGEST_BATCH, 'big-'))).ingestResponses;
    expect(full).toMatchObject({ ok: true, inserted: MAX_INGEST_BATCH, errors: [] });
  });

  it('treats another workspace wave, a malformed id and a preview wave as not found', async () => {
    const other = await studyWithWave(api, api.b.keys.admin, 'Other');
    const [{ id: preview }] = await api.db.query(
      `INSERT INTO wave (workspace_id, study_id, name, preview) VALUES ($1, $2, 'preview', true) RETURNING id`,
      [api.a.id, studyId],
    );
    const before = await written();
    for (const wave of [other.waveId, 'not-a-uuid', preview]) {
      const r = await send([{ externalId: 'x', score: 1 }], api.a.keys.admin, wave);
      expect(r.errors?.[0]).toMatchObject({ message: `Wave ${wave} was not found`, extensions: { code: 'WAVE_NOT_FOUND' } });
    }
    expect(codeOf(await api.gql(ImportBatchesDocument, { waveId: other.waveId }))).toBe('WAVE_NOT_FOUND');
    expect(await written()).toEqual(before);
  });

  it('lets ingest, admin and analyst keys write, and refuses viewer keys and anonymous callers', async () => {
    const before = await written();
    expect(codeOf(await send([{ externalId: 'v', score: 1 }], api.a.keys.viewer))).toBe('FORBIDDEN');
    expect(codeOf(await send([{ externalId: 'v', score: 1 }], null))).toBe('UNAUTHENTICATED');
    expect(await written()).toEqual(before);
    for (const role of ['ingest', 'analyst'] as const) {
      expect(dataOf(await send([{ externalId: `by-${role}`, score: 7 }], api.a.keys[role])).ingestResponses.inserted).toBe(1);
    }
    // An ingest key writes but cannot read back what it wrote.
    expect(codeOf(await api.gql(ImportBatchesDocument, { waveId }, api.a.keys.ingest))).toBe('FORBIDDEN');
  });

  it('refuses a closed wave', async () => {
    const { waveId: closed } = await studyWithWave(api, api.a.keys.admin, 'Closed');
    await api.db.query(`UPDATE wave SET status = 'closed' WHERE id = $1`, [closed]);
    const r = await send([{ externalId: 'late', score: 3 }], api.a.keys.admin, closed);
    expect(r.errors?.[0]).toMatchObject({
      message: `Wave ${closed} is closed: it takes no more responses`,
      extensions: { code: 'WAVE_CLOSED' },
    });
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM import_batch WHERE wave_id = $1`, [closed]);
    expect(n).toBe(0);
  });
});
