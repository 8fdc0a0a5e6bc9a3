import { createHmac } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import {
  generateStandardSecret,
  generateTypeformSecret,
  isFresh,
  verifyStandardWebhook,
  verifyTypeformSignature,
  TIMESTAMP_TOLERANCE_MS,
} from './signatures.js';

const body = Buffer.from('{"responses":[{"externalId":"c-1","score":3,"comment":"Ça coince"}]}');
const NOW = Date.UTC(2026, 2, 31, 12, 0, 0);
const seconds = (ms: number) => String(Math.floor(ms / 1000));

describe('Standard Webhooks signatures (generic source)', () => {
  const secret = generateStandardSecret();

  it('accepts what the standardwebhooks library signs, over the raw bytes', () => {
    const signature = new Webhook(secret).sign('msg_1', new Date(NOW), body.toString());
    expect(verifyStandardWebhook(secret, { id: 'msg_1', timestamp: seconds(NOW), signature }, body, NOW)).toEqual({ ok: true });
  });

  it('accepts a signature made with node:crypto, among several space-separated ones (sender key rotation)', () => {
    const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
    const mac = createHmac('sha256', key)
      .update(`msg_2.${seconds(NOW)}.`)
      .update(body)
      .digest('base64');
    const signature = `v1,${Buffer.alloc(32).toString('base64')} v1,${mac}`;
    expect(verifyStandardWebhook(secret, { id: 'msg_2', timestamp: seconds(NOW), signature }, body, NOW).ok).toBe(true);
  });

  it('refuses a changed body, id or timestamp, another secret, a non-v1 scheme and missing headers', () => {
    const signature = new Webhook(secret).sign('msg_3', new Date(NOW), body.toString());
    const headers = { id: 'msg_3', timestamp: seconds(NOW), signature };
    const bad = { ok: false, reason: 'signature' };
    expect(verifyStandardWebhook(secret, headers, Buffer.concat([body, Buffer.from(' ')]), NOW)).toEqual(bad);
    expect(verifyStandardWebhook(secret, { ...headers, id: 'msg_4' }, body, NOW)).toEqual(bad);
    expect(verifyStandardWebhook(secret, { ...headers, timestamp: seconds(NOW + 1000) }, body, NOW)).toEqual(bad);
    expect(verifyStandardWebhook(generateStandardSecret(), headers, body, NOW)).toEqual(bad);
    expect(verifyStandardWebhook(secret, { ...headers, signature: signature.replace('v1,', 'v2,') }, body, NOW)).toEqual(bad);
    expect(verifyStandardWebhook(secret, { ...headers, signature: undefined }, body, NOW)).toEqual(bad);
    expect(verifyStandardWebhook(secret, { ...headers, timestamp: 'soon' }, body, NOW)).toEqual(bad);
  });

  it('checks the timestamp only once the signature matched: 5 minutes either way', () => {
    const at = (ms: number) => {
      const signature = new Webhook(secret).sign('msg_5', new Date(ms), body.toString());
      return verifyStandardWebhook(secret, { id: 'msg_5', timestamp: seconds(ms), signature }, body, NOW);
    };
    expect(at(NOW - TIMESTAMP_TOLERANCE_MS)).toEqual({ ok: true });
    expect(at(NOW + TIMESTAMP_TOLERANCE_MS)).toEqual({ ok: true });
    expect(at(NOW - TIMESTAMP_TOLERANCE_MS - 1000)).toEqual({ ok: false, reason: 'timestamp' });
    expect(at(NOW + TIMESTAMP_TOLERANCE_MS + 1000)).toEqual({ ok: false, reason: 'timestamp' });
  });

  it('makes whsec_ secrets of 32 random bytes', () => {
    const a = generateStandardSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(a.slice(6), 'base64')).toHaveLength(32);
    expect(generateStandardSecret()).not.toBe(a);
  });
});

describe('Typeform signatures', () => {
  const secret = generateTypeformSecret();
  const sign = (s: string, b: Buffer) => `sha256=${createHmac('sha256', s).update(b).digest('base64')}`;

  it('accepts sha256=<base64 HMAC of the raw body> keyed with the secret string', () => {
    expect(verifyTypeformSignature(secret, sign(secret, body), body)).toBe(true);
  });

  it('refuses another body, another secret, a hex digest, another prefix and no header', () => {
    expect(verifyTypeformSignature(secret, sign(secret, body), Buffer.from(body.toString().replace('3', '4')))).toBe(false);
    expect(verifyTypeformSignature(secret, sign(generateTypeformSecret(), body), body)).toBe(false);
    expect(verifyTypeformSignature(secret, `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`, body)).toBe(false);
    expect(verifyTypeformSignature(secret, sign(secret, body).replace('sha256=', 'sha1='), body)).toBe(false);
    expect(verifyTypeformSignature(secret, undefined, body)).toBe(false);
  });
});

describe('isFresh', () => {
  it('allows the given age in the past and the clock tolerance in the future', () => {
    const hour = 3_600_000;
    expect(isFresh(NOW - hour, NOW, hour)).toBe(true);
    expect(isFresh(NOW - hour - 1, NOW, hour)).toBe(false);
    expect(isFresh(NOW + TIMESTAMP_TOLERANCE_MS + 1, NOW, hour)).toBe(false);
    expect(isFresh(Number.NaN, NOW, hour)).toBe(false);
  });
});
