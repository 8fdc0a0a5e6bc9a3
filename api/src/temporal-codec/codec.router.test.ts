import { EncryptionCodec, generatePayloadKey, parsePayloadKeys } from '@ladder/contracts/payload-codec';
import { defaultPayloadConverter } from '@temporalio/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test-support/api-harness.js';
import { CODEC_MAX_BODY } from './codec.router.js';

const UI_ORIGIN = 'http://temporal-ui.test:8233';
const MARKER = 'codec-marker-5b1e: my manager ignores every ticket';

let api: TestApi;
let codecUrl: string;

beforeAll(async () => {
  api = await startTestApi({ codec: { temporalUiOrigin: UI_ORIGIN, codecRatePerIpPerMinute: 40 } });
  codecUrl = api.url.replace(/\/graphql$/, '/codec');
});
afterAll(() => api.stop());

const b64 = (s: string) => Buffer.from(s).toString('base64');
const jsonPayload = (value: unknown) => ({ metadata: { encoding: b64('json/plain') }, data: b64(JSON.stringify(value)) });

async function post(path: 'encode' | 'decode', body: unknown, key: string | null = api.a.keys.admin, headers: Record<string, string> = {}) {
  const res = await fetch(`${codecUrl}/${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-namespace': 'default',
      ...(key ? { authorization: `Bearer ${key}` } : {}),
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, unknown> };
}

describe('successful codec calls', () => {
  it('encodes with the current key and decodes back, in the remote codec JSON shape', async () => {
    const encoded = await post('encode', { payloads: [jsonPayload({ text: MARKER })] });
    expect(encoded.status).toBe(200);
    const [sealed] = encoded.body.payloads as { metadata: Record<string, string>; data: string }[];
    expect(Buffer.from(sealed.metadata.encoding, 'base64').toString()).toBe('binary/encrypted');
    expect(Buffer.from(sealed.metadata['encryption-key-id'], 'base64').toString()).toBe('test');
    expect(JSON.stringify(encoded.body)).not.toContain(b64(JSON.stringify({ text: MARKER })).slice(0, 12));
    const decoded = await post('decode', { payloads: [sealed] });
    expect(decoded).toMatchObject({ status: 200, body: { payloads: [jsonPayload({ text: MARKER })] } });
  });

  it('decodes what a worker encrypted, and passes plain payloads through', async () => {
    const [sealed] = await new EncryptionCodec(api.payloadKeys).encode([defaultPayloadConverter.toPayload({ text: MARKER })!]);
    const asJson = {
      metadata: Object.fromEntries(Object.entries(sealed.metadata!).map(([k, v]) => [k, Buffer.from(v).toString('base64')])),
      data: Buffer.from(sealed.data!).toString('base64'),
    };
    const decoded = await post('decode', { payloads: [asJson, jsonPayload('already plain')] });
    expect(decoded.body.payloads).toEqual([jsonPayload({ text: MARKER }), jsonPayload('already plain')]);
  });

  it('answers the Temporal UI origin, and only it, from the browser', async () => {
    const preflight = (origin: string) =>
      fetch(`${codecUrl}/decode`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization,content-type,x-namespace',
        },
      });
    const allowed = await preflight(UI_ORIGIN);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(UI_ORIGIN);
    expect(allowed.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    const console = await preflight('http://localhost:5173');
    expect(console.headers.get('access-control-allow-origin')).toBeNull();
    const call = await post('decode', { payloads: [] }, api.a.keys.admin, { origin: 'http://evil.test' });
    expect(call.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('failing codec calls', () => {
  it('needs an admin API key', async () => {
    const body = { payloads: [jsonPayload(MARKER)] };
    expect(await post('decode', body, null)).toMatchObject({
      status: 401,
      body: { error: { code: 'UNAUTHENTICATED', message: 'The codec needs "Authorization: Bearer <admin API key>"' } },
    });
    expect(await post('decode', body, 'ldr_not-a-key-000000000000000000')).toMatchObject({
      status: 401,
      body: { error: { code: 'UNAUTHENTICATED' } },
    });
    for (const role of ['analyst', 'viewer', 'ingest'] as const) {
      expect(await post('encode', body, api.a.keys[role])).toMatchObject({
        status: 403,
        body: { error: { code: 'FORBIDDEN', message: 'Only admin keys may encode or decode Temporal payloads' } },
      });
    }
  });

  it('refuses bodies that are too large, not JSON, or not the codec shape', async () => {
    const huge = { payloads: [{ metadata: { encoding: b64('json/plain') }, data: 'A'.repeat(CODEC_MAX_BODY) }] };
    expect(await post('encode', huge)).toMatchObject({ status: 413, body: { error: { code: 'PAYLOAD_TOO_LARGE' } } });
    expect(await post('decode', '{not json')).toMatchObject({ status: 400, body: { error: { code: 'INVALID_PAYLOAD' } } });
    expect(await post('decode', { payloads: [{ data: 'not base64!' }] })).toMatchObject({
      status: 400,
      body: { error: { code: 'INVALID_PAYLOAD' } },
    });
    expect(await post('decode', 'payloads', api.a.keys.admin, { 'content-type': 'text/plain' })).toMatchObject({
      status: 415,
      body: { error: { code: 'UNSUPPORTED_MEDIA_TYPE' } },
    });
  });

  it('refuses a payload under a key it does not hold, or tampered with', async () => {
    const foreign = new EncryptionCodec(parsePayloadKeys(generatePayloadKey('other')));
    const [sealed] = await foreign.encode([defaultPayloadConverter.toPayload(MARKER)!]);
    const asJson = {
      metadata: Object.fromEntries(Object.entries(sealed.metadata!).map(([k, v]) => [k, Buffer.from(v).toString('base64')])),
      data: Buffer.from(sealed.data!).toString('base64'),
    };
    expect(await post('decode', { payloads: [asJson] })).toMatchObject({
      status: 422,
      body: { error: { code: 'PAYLOAD_UNDECRYPTABLE', message: expect.stringContaining('no payload key "other"') } },
    });
  });

  it('rate limits per address with Retry-After', async () => {
    let last = await post('decode', { payloads: [] });
    for (let i = 0; i < 45 && last.status !== 429; i++) last = await post('decode', { payloads: [] });
    expect(last).toMatchObject({ status: 429, body: { error: { code: 'RATE_LIMITED' } } });
    expect(Number(last.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
