import { describe, expect, it } from 'vitest';
import { LadderError } from '../common/errors.js';
import { MAX_EMBED_ORIGINS, parseEmbedOrigin, parseEmbedOrigins } from './embed-origins.js';

const dev = { allowLoopbackHttp: true };
const production = { allowLoopbackHttp: false };

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof LadderError) return { code: error.code, message: error.message, details: error.details };
    throw error;
  }
  throw new Error('accepted');
};

describe('successful partner origins', () => {
  it('keeps an exact https origin in the form a page reports it (case folded, a trailing slash forgiven)', () => {
    expect(parseEmbedOrigin('https://app.partner.example', production)).toBe('https://app.partner.example');
    expect(parseEmbedOrigin(' https://App.Partner.example/ ', production)).toBe('https://app.partner.example');
    expect(parseEmbedOrigin('https://app.partner.example:8443', production)).toBe('https://app.partner.example:8443');
  });

  it('accepts http on this machine outside production only', () => {
    for (const origin of ['http://localhost:3000', 'http://127.0.0.1:8080', 'http://[::1]:9000', 'http://shop.localhost:5000']) {
      expect(parseEmbedOrigin(origin, dev)).toBe(origin);
      expect(refusal(() => parseEmbedOrigin(origin, production)).code).toBe('EMBED_ORIGIN_INVALID');
    }
  });

  it('drops duplicates and keeps the order given', () => {
    expect(parseEmbedOrigins(['https://b.example', 'https://a.example', 'https://B.example/'], production)).toEqual([
      'https://b.example',
      'https://a.example',
    ]);
    expect(parseEmbedOrigins([], production)).toEqual([]);
  });
});

describe('failing partner origins', () => {
  it.each([
    ['https://*.partner.example', 'wildcards are not accepted'],
    ['*', 'wildcards are not accepted'],
    ['https://app.partner.example/embed', 'no path'],
    ['https://app.partner.example?x=1', 'no path, query'],
    ['https://user@app.partner.example', 'user name'],
    ['app.partner.example', 'write it as https://app.example.com'],
    ['http://app.partner.example', 'use https (http only for localhost)'],
    ['javascript:alert(1)', 'no path'],
    ['', 'write it as'],
    [`https://${'a'.repeat(200)}.example`, 'at most 200 characters'],
  ])('refuses %j with EMBED_ORIGIN_INVALID naming it', (origin, reason) => {
    const r = refusal(() => parseEmbedOrigin(origin, dev));
    expect(r.code).toBe('EMBED_ORIGIN_INVALID');
    expect(r.message).toContain(reason);
    expect(r.details).toEqual({ origin: origin.slice(0, 200) });
  });

  it(`refuses more than ${MAX_EMBED_ORIGINS} origins`, () => {
    const origins = Array.from({ length: MAX_EMBED_ORIGINS + 1 }, (_, i) => `https://p${i}.example`);
    expect(parseEmbedOrigins(origins.slice(1), production)).toHaveLength(MAX_EMBED_ORIGINS);
    expect(refusal(() => parseEmbedOrigins(origins, production))).toMatchObject({
      code: 'EMBED_ORIGIN_INVALID',
      details: { max: MAX_EMBED_ORIGINS },
    });
  });
});
