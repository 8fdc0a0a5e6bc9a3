import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Connect, Plugin } from 'vite';

/**
 * The console's framing policy and `/embed.js`, for the Vite server of `npm start` and `vite preview`
 * (the browser tests). Every page answers `frame-ancestors 'none'` and `X-Frame-Options: DENY`, except
 * the chat in embed mode (`/i/<token>?embed=1`), whose frame-ancestors are the partner origins of the
 * link's workspace, asked of the API (`GET /embed/frame-policy/<token>`) per page load: 2 s per try,
 * one retry, and `'none'` when the API cannot say (fail closed). A deployment behind a reverse proxy
 * does the same there (docs/api/embed.md).
 */
export interface FramePolicyOptions {
  /** The API's base URL (LADDER_API_URL). */
  apiUrl: string;
  fetchImpl?: typeof fetch;
  timeoutMs?: number;
  /** `/embed.js` requests per address and minute (in this process). */
  scriptRatePerMinute?: number;
}

const EMBED_PAGE = /^\/i\/([A-Za-z0-9_-]{16,128})\/?$/;
/** What a partner origin looks like once the API validated it; anything else never reaches a header. */
const ORIGIN = /^https?:\/\/(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/;
const NONE = "'none'";
const ATTEMPTS = 2;
const RETRY_DELAY_MS = 200;
export const SCRIPT_RATE_PER_MINUTE = 600;
/** A day: partners' pages load it on every visit; a new version reaches them within a day. */
export const SCRIPT_CACHE_CONTROL = 'public, max-age=86400, stale-while-revalidate=604800';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The frame-ancestors source list for a chat link, from the API; `'none'` unless it answers a list. */
export async function frameAncestorsOf(token: string, options: FramePolicyOptions): Promise<string> {
  const fetchImpl = options.fetchImpl ?? fetch;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    try {
      const res = await fetchImpl(`${options.apiUrl}/embed/frame-policy/${token}`, {
        signal: AbortSignal.timeout(options.timeoutMs ?? 2_000),
      });
      if (res.ok) {
        const body = (await res.json()) as { origins?: unknown };
        const origins = Array.isArray(body.origins) ? body.origins.filter((o): o is string => typeof o === 'string' && ORIGIN.test(o)) : [];
        return origins.length ? origins.join(' ') : NONE;
      }
      // A refusal (429, 4xx) is an answer: not retried.
      if (res.status < 500) return NONE;
    } catch {
      // timed out or unreachable: once more
    }
    if (attempt < ATTEMPTS) await sleep(RETRY_DELAY_MS);
  }
  return NONE;
}

/** A fixed one-minute window per address, in memory. */
function perMinute(limit: number): (address: string) => number {
  const windows = new Map<string, { count: number; resetAt: number }>();
  return (address) => {
    const now = Date.now();
    let w = windows.get(address);
    if (!w || w.resetAt <= now) {
      if (windows.size > 10_000) windows.clear();
      w = { count: 0, resetAt: now + 60_000 };
      windows.set(address, w);
    }
    w.count++;
    return w.count > limit ? Math.ceil((w.resetAt - now) / 1000) : 0;
  };
}

/**
 * `/embed.js`: public and free of data, so any page may load it (CORS `*`, cross-origin resource
 * policy) and cache it; GET and HEAD only, no request body, rate limited per address.
 */
function serveScript(readScript: () => string, limit: (address: string) => number): Connect.NextHandleFunction {
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain' }).end('Method not allowed.\n');
      return;
    }
    if (Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding']) {
      res.writeHead(413, { 'Content-Type': 'text/plain' }).end('Request body too large.\n');
      return;
    }
    const retryAfter = limit(req.socket.remoteAddress ?? 'unknown');
    if (retryAfter) {
      res.writeHead(429, { 'Retry-After': String(retryAfter), 'Content-Type': 'text/plain' }).end('Too many requests; try again later.\n');
      return;
    }
    const body = readScript();
    res.writeHead(200, {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Content-Length': Buffer.byteLength(body),
      'Cache-Control': SCRIPT_CACHE_CONTROL,
      'Access-Control-Allow-Origin': '*',
      'Cross-Origin-Resource-Policy': 'cross-origin',
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}

export function framePolicyMiddleware(options: FramePolicyOptions & { readScript: () => string }): Connect.NextHandleFunction {
  const script = serveScript(options.readScript, perMinute(options.scriptRatePerMinute ?? SCRIPT_RATE_PER_MINUTE));
  return (req, res, next) => {
    const url = new URL(req.url ?? '/', 'http://console.invalid');
    if (url.pathname === '/embed.js') return script(req, res, next);
    const token = url.searchParams.get('embed') === '1' ? EMBED_PAGE.exec(url.pathname)?.[1] : undefined;
    if (!token) {
      res.setHeader('Content-Security-Policy', `frame-ancestors ${NONE}`);
      res.setHeader('X-Frame-Options', 'DENY');
      return next();
    }
    // No X-Frame-Options here: it cannot name origins, and browsers that know frame-ancestors ignore it anyway.
    frameAncestorsOf(token, options).then((ancestors) => {
      res.setHeader('Content-Security-Policy', `frame-ancestors ${ancestors}`);
      next();
    }, next);
  };
}

export function framePolicy(options: FramePolicyOptions): Plugin {
  let publicDir = '';
  let cached: string | undefined;
  // Read on first use (the file in public/, copied into dist/ by the build for static hosting).
  const readScript = () => (cached ??= readFileSync(join(publicDir, 'embed.js'), 'utf8'));
  const middleware = () => framePolicyMiddleware({ ...options, readScript });
  return {
    name: 'ladder-frame-policy',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    configureServer(server) {
      server.middlewares.use(middleware());
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware());
    },
  };
}
