import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, startTestApi, type TestApi } from '../test-support/api-harness.js';
import { fieldingWave, type FieldingWave } from '../test-support/fielding-fixtures.js';
import { csvOf } from '../test-support/fixtures.js';
import { ImportRespondentsDocument, IngestResponsesDocument, UpdateWaveFieldingDocument } from '../test-support/gql/graphql.js';

let api: TestApi;
let w: FieldingWave;

const outbox = (waveId: string): Promise<{ external_id: string; status: string; trigger: string; delay: number }[]> =>
  api.db.query(
    `SELECT r.external_id, d.status, d.trigger, round(extract(epoch FROM d.due_at - d.created_at) / 60)::int AS delay
     FROM email_delivery d JOIN respondent r ON r.id = d.respondent_id WHERE d.wave_id = $1 ORDER BY r.external_id`,
    [waveId],
  );

const ingest = (responses: { externalId: string; score: number; email?: string }[]) =>
  api.gql(IngestResponsesDocument, { input: { waveId: w.waveId, responses } }, api.a.keys.ingest);

beforeAll(async () => {
  api = await startTestApi();
  w = await fieldingWave(api, []);
  const autoInvite = { bands: ['DETRACTOR' as const], sampleRate: 1, delayMinutes: 10 };
  dataOf(await api.gql(UpdateWaveFieldingDocument, { input: { waveId: w.waveId, autoInvite } }));
});
afterAll(() => api.stop());

describe('responses arriving in a wave with an automatic rule', () => {
  it('queue the invitations of the new matching responses, after the delay, in the ingest call', async () => {
    const r = await ingest([
      { externalId: 'det', score: 3, email: 'det@example.com' },
      { externalId: 'pro', score: 9, email: 'pro@example.com' },
      { externalId: 'quiet', score: 2 },
    ]);
    expect(dataOf(r).ingestResponses).toMatchObject({ ok: true, inserted: 3 });
    expect(await outbox(w.waveId)).toEqual([{ external_id: 'det', status: 'queued', trigger: 'auto', delay: 10 }]);
  });

  it('queue nothing for a repeated payload, nor for a response that changes band later (only new responses are invited)', async () => {
    expect(dataOf(await ingest([{ externalId: 'det', score: 3, email: 'det@example.com' }])).ingestResponses).toMatchObject({
      unchanged: 1,
    });
    expect(dataOf(await ingest([{ externalId: 'pro', score: 1, email: 'pro@example.com' }])).ingestResponses).toMatchObject({ updated: 1 });
    expect((await outbox(w.waveId)).map((d) => d.external_id)).toEqual(['det']);
  });

  it('queue invitations for a CSV import too', async () => {
    const csv = csvOf([
      ['id', 'score', 'email'],
      ['csv-det', 0, 'csv-det@example.com'],
      ['csv-pas', 7, 'csv-pas@example.com'],
    ]);
    expect(dataOf(await api.gql(ImportRespondentsDocument, { input: { waveId: w.waveId, csv } })).importRespondents.ok).toBe(true);
    expect((await outbox(w.waveId)).map((d) => d.external_id)).toEqual(['csv-det', 'det']);
  });
});
