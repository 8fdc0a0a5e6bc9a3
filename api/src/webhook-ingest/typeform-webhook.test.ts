import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test-support/api-harness.js';
import { studyWithWave } from '../test-support/fixtures.js';
import { ConfigureIngestSourceDocument } from '../test-support/gql/graphql.js';
import { configureSource, ingestRows, jsonObject, originOf, postWebhook, typeformHeaders } from '../test-support/webhook-requests.js';
import { typeformDelivery } from './typeform-sample.js';

let api: TestApi;
let origin: string;
let waveId: string;
let secret: string;
let path: string;
let submittedAt: string;

const isoSeconds = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Posts a delivery signed as Typeform signs it. */
const deliver = (delivery: unknown, key = secret) => {
  const body = JSON.stringify(delivery);
  return postWebhook(origin, path, body, typeformHeaders(key, body));
};

beforeAll(async () => {
  api = await startTestApi();
  origin = originOf(api);
  ({ waveId } = await studyWithWave(api));
  ({ secret, path } = await configureSource(api, waveId, 'TYPEFORM'));
});
afterAll(() => api.stop());

describe('successful Typeform deliveries', () => {
  it('ingests a documented form_response with the default mapping', async () => {
    submittedAt = isoSeconds(Date.now() - 30_000);
    const answer = await deliver(typeformDelivery({ eventId: 'evt-1', submittedAt }));
    expect(answer).toMatchObject({ status: 200, body: { inserted: 1, updated: 0, unchanged: 0 } });
    const [row] = await api.db.query(
      `SELECT r.external_id, r.score, r.band, r.comment, r.attributes, r.language, r.responded_at, r.source, c.email, b.delivery_id
       FROM respondent r JOIN import_batch b ON b.id = r.import_batch_id LEFT JOIN respondent_contact c ON c.respondent_id = r.id
       WHERE r.wave_id = $1`,
      [waveId],
    );
    expect(row).toMatchObject({
      external_id: 'a3a12ec67a1365927098a606107fac15',
      score: 4,
      band: 'detractor',
      comment: 'Exports keep timing out since the last release, and support takes days to answer.',
      attributes: { customer_id: 'C-1042', tier: 'Enterprise', region: 'EU' },
      language: 'fr',
      source: 'webhook:typeform',
      delivery_id: 'evt-1',
    });
    expect(row.email.toLowerCase()).toBe('lian.ops@example.com');
    expect(new Date(row.responded_at).toISOString()).toBe(new Date(submittedAt).toISOString());
  });

  it('is idempotent across event ids, and a replayed event_id is refused with nothing written', async () => {
    expect((await deliver(typeformDelivery({ eventId: 'evt-2', submittedAt }))).body).toMatchObject({
      inserted: 0,
      updated: 0,
      unchanged: 1,
    });
    const before = await ingestRows(api.db, waveId);
    const replay = await deliver(typeformDelivery({ eventId: 'evt-1', submittedAt }));
    expect(replay).toMatchObject({ status: 409, body: { error: { code: 'INGEST_REPLAYED' } } });
    expect(await ingestRows(api.db, waveId)).toEqual(before);
  });

  it('follows the wave’s mapping, and a wider tolerance admits a retry of an older submission', async () => {
    const mapping = {
      externalId: 'hidden.customer_id',
      attributes: { tier: 'hidden.tier', product: 'ref.product' },
      toleranceMinutes: 120,
    };
    await api.gql(ConfigureIngestSourceDocument, { input: { waveId, source: 'TYPEFORM', mapping: jsonObject(mapping) } });
    const answer = await deliver(typeformDelivery({ eventId: 'evt-3', score: 9, submittedAt: isoSeconds(Date.now() - 60 * 60_000) }));
    expect(answer.body).toMatchObject({ inserted: 1 });
    const [row] = await api.db.query(`SELECT score, attributes FROM respondent WHERE wave_id = $1 AND external_id = 'C-1042'`, [waveId]);
    expect(row).toEqual({ score: 9, attributes: { tier: 'Enterprise', product: 'Analytics' } });
    await api.gql(ConfigureIngestSourceDocument, { input: { waveId, source: 'TYPEFORM', mapping: {} } });
  });
});

describe('failing Typeform deliveries (nothing written)', () => {
  const refused = async (delivery: unknown, headers?: Record<string, string>) => {
    const before = await ingestRows(api.db, waveId);
    const body = JSON.stringify(delivery);
    const answer = await postWebhook(origin, path, body, headers ?? typeformHeaders(secret, body));
    expect(await ingestRows(api.db, waveId)).toEqual(before);
    return answer;
  };

  it('refuses a bad signature: another secret, a changed body, a hex digest, no header', async () => {
    const delivery = typeformDelivery({ eventId: 'evt-bad', token: 'bad-sig' });
    const body = JSON.stringify(delivery);
    const hex = { 'typeform-signature': typeformHeaders(secret, body)['typeform-signature'].replace(/=.*/, '=') + 'ab'.repeat(32) };
    for (const headers of [typeformHeaders('another secret', body), typeformHeaders(secret, `${body} `), hex, {}]) {
      expect(await refused(delivery, headers)).toMatchObject({ status: 401, body: { error: { code: 'INVALID_SIGNATURE' } } });
    }
  });

  it('applies the 5-minute rule to the signed submitted_at, both ways', async () => {
    for (const at of [Date.now() - 6 * 60_000, Date.now() + 6 * 60_000]) {
      const answer = await refused(typeformDelivery({ eventId: `evt-at-${at}`, token: `t-${at}`, submittedAt: isoSeconds(at) }));
      expect(answer).toMatchObject({ status: 401, body: { error: { code: 'STALE_TIMESTAMP' } } });
    }
  });

  it('refuses other events and responses it cannot map, with per-item errors', async () => {
    const partial = { ...typeformDelivery({ eventId: 'evt-partial' }), event_type: 'form_response_partial' };
    expect(await refused(partial)).toMatchObject({
      status: 400,
      body: { error: { code: 'INVALID_PAYLOAD', message: 'Only form_response events are ingested, not form_response_partial' } },
    });
    const noScore = typeformDelivery({ eventId: 'evt-no-score', token: 'no-score' });
    noScore.form_response.answers = noScore.form_response.answers.slice(1);
    const missing = await refused(noScore);
    expect(missing.body.error?.items).toEqual([
      {
        index: 0,
        field: 'score',
        code: 'INVALID_SCORE',
        message: 'responses[0] has no score: the first nps or opinion_scale answer is not in the response',
      },
    ]);
    const outOfRange = await refused(typeformDelivery({ eventId: 'evt-11', token: 'eleven', score: 11 }));
    expect(outOfRange.body.error?.items).toMatchObject([{ index: 0, field: 'score', code: 'INVALID_SCORE' }]);
  });
});
