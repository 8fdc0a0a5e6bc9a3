import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, startTestApi, type TestApi } from '../test-support/api-harness.js';
import { studyWithWave } from '../test-support/fixtures.js';
import { RotateIngestSecretDocument } from '../test-support/gql/graphql.js';
import { configureSource, ingestRows, originOf, postWebhook, standardHeaders } from '../test-support/webhook-requests.js';

let api: TestApi;
let origin: string;
let waveId: string;
let secret: string;
let path: string;

const responses = [
  {
    externalId: 'c-1',
    score: 3,
    email: 'ana@example.com',
    language: 'fr',
    comment: 'Exports time out',
    attributes: { tier: 'SMB', seats: 40 },
  },
  { externalId: 'c-2', score: 10, respondedAt: '2026-03-31T10:00:00Z' },
];
const payload = JSON.stringify({ responses });

/** Signs with the standardwebhooks library, as a Standard Webhooks sender would. */
function librarySigned(body: string, id: string, at = new Date()) {
  return {
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': new Webhook(secret).sign(id, at, body),
  };
}

beforeAll(async () => {
  api = await startTestApi();
  origin = originOf(api);
  ({ waveId } = await studyWithWave(api));
  ({ secret, path } = await configureSource(api, waveId, 'GENERIC'));
});
afterAll(() => api.stop());

describe('successful generic deliveries', () => {
  it('ingests a delivery signed by the standardwebhooks library, with its lineage', async () => {
    const answer = await postWebhook(origin, path, payload, librarySigned(payload, 'msg_first'));
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ inserted: 2, updated: 0, unchanged: 0, batchId: expect.any(String) });
    const rows = await api.db.query(
      `SELECT r.external_id, r.score, r.comment, r.attributes, r.source, b.id AS batch, b.delivery_id
       FROM respondent r JOIN import_batch b ON b.id = r.import_batch_id WHERE r.wave_id = $1 ORDER BY r.external_id`,
      [waveId],
    );
    expect(rows).toEqual([
      {
        external_id: 'c-1',
        score: 3,
        comment: 'Exports time out',
        attributes: { tier: 'SMB', seats: '40' },
        source: 'webhook:generic',
        batch: answer.body.batchId,
        delivery_id: 'msg_first',
      },
      {
        external_id: 'c-2',
        score: 10,
        comment: null,
        attributes: {},
        source: 'webhook:generic',
        batch: answer.body.batchId,
        delivery_id: 'msg_first',
      },
    ]);
  });

  it('is idempotent: the same responses in a new delivery change nothing; a changed score updates', async () => {
    const again = await postWebhook(origin, path, payload, standardHeaders(secret, payload));
    expect(again.body).toMatchObject({ inserted: 0, updated: 0, unchanged: 2 });
    const changed = JSON.stringify({ responses: [{ ...responses[1], score: 6 }] });
    expect((await postWebhook(origin, path, changed, standardHeaders(secret, changed))).body).toMatchObject({ inserted: 0, updated: 1 });
    const [{ band }] = await api.db.query(`SELECT band FROM respondent WHERE wave_id = $1 AND external_id = 'c-2'`, [waveId]);
    expect(band).toBe('detractor');
  });

  it('accepts a timestamp up to 5 minutes old, and several signatures while the sender rotates its key', async () => {
    const body = JSON.stringify({ responses: [{ externalId: 'c-3', score: 8 }] });
    const headers = standardHeaders(secret, body, { at: Date.now() - 4 * 60_000 });
    headers['webhook-signature'] = `v1,${Buffer.alloc(32, 1).toString('base64')} ${headers['webhook-signature']}`;
    expect((await postWebhook(origin, path, body, headers)).body).toMatchObject({ inserted: 1 });
  });
});

describe('failing generic deliveries (nothing written)', () => {
  const refused = async (body: string | Buffer, headers: Record<string, string>, contentType?: string | null) => {
    const before = await ingestRows(api.db, waveId);
    const answer = await postWebhook(origin, path, body, headers, contentType);
    expect(await ingestRows(api.db, waveId)).toEqual(before);
    return answer;
  };

  it('refuses a replayed webhook-id with 409 INGEST_REPLAYED', async () => {
    const headers = standardHeaders(secret, payload, { id: 'msg_first' });
    const answer = await refused(payload, headers);
    expect(answer).toMatchObject({ status: 409, body: { error: { code: 'INGEST_REPLAYED' } } });
  });

  it('refuses bad signatures with 401 INVALID_SIGNATURE: changed body, another secret, no headers', async () => {
    const signed = standardHeaders(secret, payload);
    const tampered = payload.replace('"score":3', '"score":9');
    const other = standardHeaders(`whsec_${Buffer.alloc(32, 7).toString('base64')}`, payload);
    for (const [body, headers] of [
      [tampered, signed],
      [payload, other],
      [payload, {}],
    ] as const) {
      const answer = await refused(body, headers);
      expect(answer.status).toBe(401);
      expect(answer.body.error).toEqual({
        code: 'INVALID_SIGNATURE',
        message: 'The signature does not match this URL’s secret and the body',
      });
    }
  });

  it('refuses stale and future timestamps with 401 STALE_TIMESTAMP, once the signature matched', async () => {
    for (const at of [Date.now() - 6 * 60_000, Date.now() + 6 * 60_000]) {
      const answer = await refused(payload, standardHeaders(secret, payload, { at }));
      expect(answer).toMatchObject({ status: 401, body: { error: { code: 'STALE_TIMESTAMP' } } });
    }
  });

  it('refuses malformed JSON, another envelope and invalid responses with 400 INVALID_PAYLOAD', async () => {
    for (const body of ['{"responses": [', '{"rows": []}', Buffer.from([0x7b, 0xff, 0x7d])]) {
      const answer = await refused(body, standardHeaders(secret, body));
      expect(answer).toMatchObject({ status: 400, body: { error: { code: 'INVALID_PAYLOAD' } } });
    }
    const bad = JSON.stringify({
      responses: [
        { externalId: 'ok', score: 5 },
        { externalId: 'x', score: 11, email: 'nope' },
        { externalId: 'y', score: 1, nps: 1 },
      ],
    });
    const unknown = await refused(bad, standardHeaders(secret, bad));
    expect(unknown.body.error?.items).toEqual([
      { index: 2, field: 'nps', code: 'UNKNOWN_FIELD', message: 'responses[2]: "nps" is not a response field' },
    ]);
    const values = JSON.stringify({
      responses: [
        { externalId: 'ok', score: 5 },
        { externalId: 'x', score: 11, email: 'nope' },
      ],
    });
    const answer = await refused(values, standardHeaders(secret, values));
    expect(answer.status).toBe(400);
    expect(answer.body.error?.items?.map(({ index, field, code }) => ({ index, field, code }))).toEqual([
      { index: 1, field: 'score', code: 'INVALID_SCORE' },
      { index: 1, field: 'email', code: 'INVALID_EMAIL' },
    ]);
  });

  it('lets a delivery refused for its content be sent again, corrected, with the same id', async () => {
    const bad = JSON.stringify({ responses: [{ externalId: 'c-9', score: 12 }] });
    expect((await refused(bad, standardHeaders(secret, bad, { id: 'msg_fixed' }))).status).toBe(400);
    const good = JSON.stringify({ responses: [{ externalId: 'c-9', score: 2 }] });
    expect((await postWebhook(origin, path, good, standardHeaders(secret, good, { id: 'msg_fixed' }))).body).toMatchObject({ inserted: 1 });
  });

  it('refuses other content types (415) and bodies over 1 MB (413)', async () => {
    const wrongType = await refused(payload, standardHeaders(secret, payload), 'text/plain');
    expect(wrongType).toMatchObject({ status: 415, body: { error: { code: 'UNSUPPORTED_MEDIA_TYPE' } } });
    expect((await refused(payload, standardHeaders(secret, payload), null)).status).toBe(415);
    const big = JSON.stringify({ responses: [{ externalId: 'big', score: 1, comment: 'x'.repeat(1024 * 1024) }] });
    const tooLarge = await refused(big, standardHeaders(secret, big));
    expect(tooLarge).toMatchObject({ status: 413, body: { error: { code: 'PAYLOAD_TOO_LARGE' } } });
  });

  it('stops accepting the old secret as soon as it is rotated', async () => {
    const oldSecret = secret;
    secret = dataOf(await api.gql(RotateIngestSecretDocument, { waveId, source: 'GENERIC' })).rotateIngestSecret.secret!;
    const body = JSON.stringify({ responses: [{ externalId: 'c-4', score: 7 }] });
    expect((await refused(body, standardHeaders(oldSecret, body))).body.error?.code).toBe('INVALID_SIGNATURE');
    expect((await postWebhook(origin, path, body, librarySigned(body, 'msg_after_rotation'))).body).toMatchObject({ inserted: 1 });
  });

  it('refuses deliveries to a closed wave with 409 WAVE_CLOSED', async () => {
    await api.db.query(`UPDATE wave SET status = 'closed' WHERE id = $1`, [waveId]);
    try {
      const body = JSON.stringify({ responses: [{ externalId: 'late', score: 9 }] });
      expect(await refused(body, standardHeaders(secret, body))).toMatchObject({ status: 409, body: { error: { code: 'WAVE_CLOSED' } } });
    } finally {
      await api.db.query(`UPDATE wave SET status = 'draft' WHERE id = $1`, [waveId]);
    }
  });
});
