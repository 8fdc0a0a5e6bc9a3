import { readFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import { join } from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test-support/api-harness.js';
import { DEFAULT_DOCS_DIR, loadDocsSite, routeOf, siteLink } from './docs-pages.js';
import { createDocsRouter } from './docs.router.js';

let server: Server;
let base: string;
const site = loadDocsSite(DEFAULT_DOCS_DIR);

beforeAll(async () => {
  const app = express();
  app.use('/docs', createDocsRouter({ dir: DEFAULT_DOCS_DIR, rateLimit: { points: 10_000, durationSeconds: 60 } }).router);
  server = app.listen(0);
  await new Promise((r) => server.once('listening', r));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  await new Promise((r) => server?.close(r));
});

/** A GET sent with its path as written: fetch would resolve `..` before sending it. */
function rawGet(path: string, origin = base): Promise<{ status: number; body: string }> {
  const url = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const hrefsOf = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1].replaceAll('&amp;', '&'));

describe('successful /docs', () => {
  it('lists the guide pages on the index, each linked to its route', async () => {
    const res = await fetch(`${base}/docs`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await res.text();
    expect(html).toContain('<h1 id="ladder-api-guide">Ladder API guide</h1>');
    expect(hrefsOf(html.slice(html.indexOf('<nav'), html.indexOf('</nav>')))[0]).toBe('/docs');
    for (const slug of ['keys', 'object-model', 'pagination', 'errors', 'limits', 'examples', 'typed-client', 'webhooks', 'bi']) {
      expect(hrefsOf(html), slug).toContain(`/docs/${slug}`);
    }
  });

  it('renders /docs/errors with every error code a client can branch on', async () => {
    const res = await fetch(`${base}/docs/errors`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/<title>Errors and their codes · Ladder API guide<\/title>/);
    expect(html).toContain('<td><code>UNAUTHENTICATED</code></td>');
    expect(html).toContain('<a href="/docs/errors" aria-current="page">');
  });

  it('serves each example file as it is on disk, as text', async () => {
    expect(site.examples.size).toBeGreaterThanOrEqual(7);
    for (const [name, { text }] of site.examples) {
      const res = await fetch(`${base}/docs/examples/${name}`);
      expect(res.status, name).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(await res.text()).toBe(readFileSync(join(DEFAULT_DOCS_DIR, 'examples', name), 'utf8'));
      expect(text.length).toBeGreaterThan(0);
    }
  });

  it('links every page of docs/api to pages and examples the site serves (no dead relative link)', async () => {
    for (const page of site.pages.values()) {
      if (!page.source.startsWith('api/')) continue;
      for (const href of hrefsOf(page.html)) {
        if (/^(https?:|mailto:|#)/.test(href)) continue;
        expect(href, `${page.source} links ${href}`).toMatch(/^\/docs(\/|$|#)/);
        const res = await fetch(`${base}${href.replace(/#.*$/, '')}`);
        expect(res.status, `${page.source} links ${href}`).toBe(200);
      }
    }
  });

  it('rewrites links as the site serves them, whatever page they are written on', () => {
    expect(siteLink('errors.md#codes', 'api/keys.md', site)).toBe('/docs/errors#codes');
    expect(siteLink('README.md', 'api/errors.md', site)).toBe('/docs');
    expect(siteLink('../webhooks.md', 'api/README.md', site)).toBe('/docs/webhooks');
    expect(siteLink('examples/export-csv.sh', 'api/examples.md', site)).toBe('/docs/examples/export-csv.sh');
    expect(siteLink('https://example.com/x.md', 'api/README.md', site)).toBe('https://example.com/x.md');
    expect(siteLink('../decisions.md', 'api/README.md', site)).toBe('../decisions.md');
    expect(routeOf('')).toBe('/docs');
  });
});

describe('failing /docs', () => {
  it('answers 404 for any path that is not a known page, traversal included', async () => {
    for (const path of [
      '/docs/../../package.json',
      '/docs/%2e%2e/%2e%2e/package.json',
      '/docs/..%2f..%2fpackage.json',
      '/docs/examples/../../../package.json',
      '/docs/examples/..%2f..%2f..%2fpackage.json',
      '/docs/readme.md',
      '/docs/README',
      '/docs/examples/tsconfig.json',
      '/docs/decisions',
    ]) {
      const res = await rawGet(path);
      expect(res.status, path).toBe(404);
      expect(res.body, path).not.toContain('"name"');
    }
  });

  it('is read-only (405) and rate limited per address (429 with Retry-After)', async () => {
    expect((await fetch(`${base}/docs/errors`, { method: 'POST', body: 'x' })).status).toBe(405);
    const app = express();
    app.use('/docs', createDocsRouter({ dir: DEFAULT_DOCS_DIR, rateLimit: { points: 2, durationSeconds: 60 } }).router);
    const limited = app.listen(0);
    await new Promise((r) => limited.once('listening', r));
    const address = limited.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/docs`;
    try {
      expect([(await fetch(url)).status, (await fetch(url)).status]).toEqual([200, 200]);
      const refused = await fetch(url);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await new Promise((r) => limited.close(r));
    }
  });

  it('serves nothing when the folder is missing', async () => {
    expect(loadDocsSite(join(DEFAULT_DOCS_DIR, 'no-such-folder')).pages.size).toBe(0);
  });
});

describe('the guide stays true to the code', () => {
  it('documents every code of the ErrorCode union in errors.md', () => {
    const source = readFileSync(new URL('../common/errors.ts', import.meta.url), 'utf8');
    const union = /export type ErrorCode =([\s\S]*?);/.exec(source)![1];
    const codes = [...union.matchAll(/'([A-Z_]+)'/g)].map((m) => m[1]);
    expect(codes.length).toBeGreaterThan(40);
    const errorsPage = readFileSync(join(DEFAULT_DOCS_DIR, 'errors.md'), 'utf8');
    expect(codes.filter((code) => !errorsPage.includes(`| \`${code}\``))).toEqual([]);
  });

  it('shows excerpts that are verbatim parts of their example files', () => {
    let excerpts = 0;
    for (const page of site.pages.values()) {
      if (!page.source.startsWith('api/')) continue;
      const markdown = readFileSync(join(DEFAULT_DOCS_DIR, '..', page.source), 'utf8');
      for (const m of markdown.matchAll(/<!-- excerpt: (examples\/[a-z0-9.-]+) -->\n```[a-z]*\n([\s\S]*?)\n```/g)) {
        const file = readFileSync(join(DEFAULT_DOCS_DIR, m[1]), 'utf8');
        expect(file, `${page.source}: excerpt of ${m[1]}`).toContain(m[2]);
        excerpts++;
      }
    }
    expect(excerpts).toBeGreaterThanOrEqual(7);
  });
});

describe('/docs on the API', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api?.stop();
  });

  it('is served by the API server next to /graphql', async () => {
    const origin = new URL(api.url).origin;
    const res = await fetch(`${origin}/docs/errors`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Errors and their codes');
    expect((await rawGet('/docs/../../package.json', origin)).status).toBe(404);
  });
});
