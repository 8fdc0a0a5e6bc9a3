// @vitest-environment node
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { frameAncestorsOf, framePolicyMiddleware, SCRIPT_CACHE_CONTROL } from './frame-policy-plugin';

const PARTNER_TOKEN = 'partner_token_0123456789';
const SLOW_TOKEN = 'slowslow_token_0123456789';
const policyCalls: string[] = [];

/** The API's frame policy endpoint, as a local server: origins per token, one that fails, one that never answers in time. */
function fakeApi(req: IncomingMessage, res: ServerResponse) {
  const token = /^\/embed\/frame-policy\/(.+)$/.exec(req.url ?? '')?.[1] ?? '';
  policyCalls.push(token);
  if (token === SLOW_TOKEN) return void setTimeout(() => res.end('{"origins":["https://late.example"]}'), 500);
  if (token === 'broken_token_0123456789') return void res.writeHead(502).end();
  const origins = token === PARTNER_TOKEN ? ['https://app.partner.example', 'http://127.0.0.1:8080', "x; script-src 'unsafe-inline'"] : [];
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ origins }));
}

const listen = async (server: Server) => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};

let api: Server;
let consoleServer: Server;
let apiUrl: string;
let consoleUrl: string;

beforeAll(async () => {
  api = createServer(fakeApi);
  apiUrl = await listen(api);
  const middleware = framePolicyMiddleware({ apiUrl, timeoutMs: 200, scriptRatePerMinute: 2, readScript: () => 'window.Ladder = {};\n' });
  consoleServer = createServer((req, res) => middleware(req, res, () => res.end('<!doctype html><title>page</title>')));
  consoleUrl = await listen(consoleServer);
});
afterAll(() => {
  api?.close();
  consoleServer?.close();
});

const headersOf = async (path: string) => {
  const res = await fetch(`${consoleUrl}${path}`);
  return { csp: res.headers.get('content-security-policy'), xfo: res.headers.get('x-frame-options') };
};

describe('the console framing policy', () => {
  it("lets the chat in embed mode be framed by its workspace's partner origins only", async () => {
    expect(await headersOf(`/i/${PARTNER_TOKEN}?embed=1`)).toEqual({
      csp: 'frame-ancestors https://app.partner.example http://127.0.0.1:8080',
      xfo: null,
    });
    expect(await headersOf(`/i/other_token_0123456789?embed=1`)).toEqual({ csp: "frame-ancestors 'none'", xfo: null });
  });

  it('refuses framing everywhere else: the chat outside embed mode, every console page, odd paths', async () => {
    for (const path of [`/i/${PARTNER_TOKEN}`, `/i/${PARTNER_TOKEN}?embed=0`, '/', '/studies/1', '/sign-in?embed=1', `/i/x?embed=1`]) {
      expect(await headersOf(path)).toEqual({ csp: "frame-ancestors 'none'", xfo: 'DENY' });
    }
  });

  it('fails closed when the API errs or is too slow, after one retry', async () => {
    policyCalls.length = 0;
    expect(await frameAncestorsOf('broken_token_0123456789', { apiUrl, timeoutMs: 200 })).toBe("'none'");
    expect(policyCalls).toEqual(['broken_token_0123456789', 'broken_token_0123456789']);
    expect(await frameAncestorsOf(SLOW_TOKEN, { apiUrl, timeoutMs: 100 })).toBe("'none'");
    expect(await frameAncestorsOf(PARTNER_TOKEN, { apiUrl: 'http://127.0.0.1:1', timeoutMs: 100 })).toBe("'none'");
  });

  it('serves /embed.js to any page, cached, GET only, no body, rate limited per address', async () => {
    const res = await fetch(`${consoleUrl}/embed.js`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('window.Ladder = {};\n');
    expect(
      Object.fromEntries(['content-type', 'cache-control', 'access-control-allow-origin'].map((h) => [h, res.headers.get(h)])),
    ).toEqual({
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': SCRIPT_CACHE_CONTROL,
      'access-control-allow-origin': '*',
    });
    expect((await fetch(`${consoleUrl}/embed.js`, { method: 'POST', body: 'x' })).status).toBe(405);
    expect((await fetch(`${consoleUrl}/embed.js`, { method: 'HEAD' })).status).toBe(200);
    const refused = await fetch(`${consoleUrl}/embed.js`);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
