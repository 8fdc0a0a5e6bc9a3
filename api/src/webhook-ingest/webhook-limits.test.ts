import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IngestService } from '../ingest/ingest.service.js';
import { startTestApi, type TestApi } from '../test-support/api-harness.js';
import { studyWithWave } from '../test-support/fixtures.js';
import { configureSource, ingestRows, originOf, postWebhook, standardHeaders, typeformHeaders } from '../test-support/webhook-requests.js';
import { createWebhookIngestRouter } from './webhook-ingest.router.js';

let api: TestApi;
let waveId: string;
let secret: string;
let path: string;

beforeAll(async () => {
  api = await startTestApi();
  ({ waveId } = await studyWithWave(api));
  ({ secret, path } = await configureSource(api, waveId, 'GENERIC'));
});
afterAll(() => api.stop());

const body = (id: string) => JSON.stringify({ responses: [{ externalId: id, score: 8 }] });

describe('one 404 for every missing target, so waves cannot be probed', () => {
  it('answers INGEST_TARGET_NOT_FOUND for an unknown wave, a bad id, an unknown tool and an unconfigured source', async () => {
    const origin = originOf(api);
    const b = body('probe');
    const headers = standardHeaders(secret, b);
    const paths = [
      `/ingest/generic/${randomUUID()}`,
      '/ingest/generic/not-a-uuid',
      `/ingest/surveymonkey/${waveId}`,
      `/ingest/typeform/${waveId}`,
    ];
    for (const target of paths) {
      const answer = await postWebhook(origin, target, b, headers);
      expect(answer).toEqual({
        status: 404,
        headers: expect.anything(),
        body: { error: { code: 'INGEST_TARGET_NOT_FOUND', message: 'No webhook source is configured at this URL' } },
      });
    }
    expect(await ingestRows(api.db, waveId)).toEqual({ respondents: 0, batches: 0, deliveries: 0 });
  });

  it('treats another workspace’s wave like any other: 404 without a source, 401 for a secret that is not its own', async () => {
    const origin = originOf(api);
    const theirs = (await studyWithWave(api, api.b.keys.admin, 'Theirs')).waveId;
    const b = body('cross');
    const noSource = await postWebhook(origin, `/ingest/generic/${theirs}`, b, standardHeaders(secret, b));
    expect(noSource.body.error?.code).toBe('INGEST_TARGET_NOT_FOUND');
    await configureSource(api, theirs, 'GENERIC', {}, api.b.keys.admin);
    const ourSecret = await postWebhook(origin, `/ingest/generic/${theirs}`, b, standardHeaders(secret, b));
    expect(ourSecret).toMatchObject({ status: 401, body: { error: { code: 'INVALID_SIGNATURE' } } });
    expect(await ingestRows(api.db, theirs)).toEqual({ respondents: 0, batches: 0, deliveries: 0 });
  });
});

describe('rate limits', () => {
  let server: Server;
  let origin: string;

  /** The route alone, with small limits: the API's own limits are too large to reach in a test. */
  beforeAll(async () => {
    const app = express();
    app.use(
      '/ingest',
      createWebhookIngestRouter({ db: api.db, ingest: new IngestService(), limits: { perIpPerMinute: 6, perWavePerMinute: 2 } }),
    );
    server = app.listen(0);
    await new Promise((resolve) => server.once('listening', resolve));
    const address = server.address();
    origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('counts only signed deliveries against a wave, and answers 429 RATE_LIMITED with Retry-After', async () => {
    const unsigned = await postWebhook(origin, path, body('x'), typeformHeaders(secret, body('x')));
    expect(unsigned.body.error?.code).toBe('INVALID_SIGNATURE');
    for (const id of ['w1', 'w2']) expect((await postWebhook(origin, path, body(id), standardHeaders(secret, body(id)))).status).toBe(200);
    const before = await ingestRows(api.db, waveId);
    const third = await postWebhook(origin, path, body('w3'), standardHeaders(secret, body('w3')));
    expect(third).toMatchObject({ status: 429, body: { error: { code: 'RATE_LIMITED' } } });
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(third.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect(await ingestRows(api.db, waveId)).toEqual(before);
  });

  it('limits each IP address across waves, before reading anything', async () => {
    // 4 requests so far from this address; 2 more are allowed, whatever they are.
    for (let i = 0; i < 2; i++) expect((await postWebhook(origin, `/ingest/generic/${randomUUID()}`, '{}')).status).toBe(404);
    const limited = await postWebhook(origin, `/ingest/generic/${randomUUID()}`, '{}', {}, 'text/plain');
    expect(limited).toMatchObject({ status: 429, body: { error: { code: 'RATE_LIMITED' } } });
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
  });
});
