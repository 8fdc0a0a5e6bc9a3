import { LadderError } from '../common/errors.js';

/** A workspace lists at most this many partner origins (the column's check says the same). */
export const MAX_EMBED_ORIGINS = 20;
const MAX_ORIGIN_LENGTH = 200;
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

export interface EmbedOriginRules {
  /** http on this machine (localhost, 127.0.0.1, [::1], *.localhost): outside production only. */
  allowLoopbackHttp: boolean;
}

const invalid = (origin: string, reason: string) =>
  new LadderError('EMBED_ORIGIN_INVALID', `${JSON.stringify(origin.slice(0, MAX_ORIGIN_LENGTH))} is not a partner origin: ${reason}.`, {
    origin: origin.slice(0, MAX_ORIGIN_LENGTH),
  });

const isLoopback = (hostname: string) => LOOPBACK.has(hostname) || hostname.endsWith('.localhost');

/**
 * One origin as a page's `location.origin` spells it: scheme, host and port, nothing else
 * (a trailing slash is forgiven, case is folded). Wildcards are refused: each partner origin is
 * named, so the frame-ancestors policy and the postMessage target are exact.
 */
export function parseEmbedOrigin(value: string, rules: EmbedOriginRules): string {
  const text = value.trim().replace(/\/$/, '');
  if (!text || text.length > MAX_ORIGIN_LENGTH)
    throw invalid(value, `write it as https://app.example.com (at most ${MAX_ORIGIN_LENGTH} characters)`);
  if (text.includes('*')) throw invalid(value, 'wildcards are not accepted: list each origin');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw invalid(value, 'write it as https://app.example.com');
  }
  if (url.origin === 'null' || url.origin.toLowerCase() !== text.toLowerCase())
    throw invalid(value, 'an origin is a scheme, a host and an optional port, with no path, query or user name');
  if (url.protocol === 'https:') return url.origin;
  if (url.protocol === 'http:' && rules.allowLoopbackHttp && isLoopback(url.hostname)) return url.origin;
  throw invalid(value, rules.allowLoopbackHttp ? 'use https (http only for localhost)' : 'use https');
}

/** The whole list, checked and in canonical form, duplicates dropped, the given order kept. */
export function parseEmbedOrigins(values: readonly string[], rules: EmbedOriginRules): string[] {
  const origins = [...new Set(values.map((v) => parseEmbedOrigin(v, rules)))];
  if (origins.length > MAX_EMBED_ORIGINS)
    throw new LadderError('EMBED_ORIGIN_INVALID', `A workspace lists at most ${MAX_EMBED_ORIGINS} partner origins.`, {
      max: MAX_EMBED_ORIGINS,
    });
  return origins;
}
