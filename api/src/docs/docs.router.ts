import express, { type Response, type Router } from 'express';
import { ipRateLimit, type IpRateLimit } from '../fielding/rate-limit.js';
import { loadDocsSite, type DocsSite } from './docs-pages.js';

/** Page views per minute per address: a reader clicks through the guide, a crawler does not empty the CPU. */
export const DOCS_RATE_LIMIT: IpRateLimit = { points: 300, durationSeconds: 60 };

/** Nothing on these pages runs or loads from elsewhere: styles are inline, images none, scripts none. */
const CSP = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export interface DocsOptions {
  /** The guide's folder (docs/api of the repository by default; LADDER_DOCS_DIR). */
  dir: string;
  rateLimit?: IpRateLimit;
}

const notFound = (res: Response) => res.status(404).type('text/plain').send('No such page in the API guide.\n');

/**
 * GET /docs: the partner guide (docs/api) as static HTML pages, its examples as text. Only the files read at
 * boot are served, by name from a map (no path from the request reaches the file system), each at most
 * MAX_SOURCE_BYTES; no request body is read; every address is rate limited.
 */
export function createDocsRouter(options: DocsOptions): { router: Router; site: DocsSite } {
  const site = loadDocsSite(options.dir);
  if (site.pages.size === 0) console.warn('api: no API guide at LADDER_DOCS_DIR or docs/api: /docs answers 404');
  if (site.skipped.length) console.warn(`api: API guide files left out: ${site.skipped.join(', ')}`);
  const router = express.Router({ strict: false });
  router.use(ipRateLimit(options.rateLimit ?? DOCS_RATE_LIMIT), (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.status(405).set('Allow', 'GET, HEAD').type('text/plain').send('The API guide is read-only.\n');
      return;
    }
    res.set({ 'Content-Security-Policy': CSP, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'public, max-age=300' });
    next();
  });
  const page = (slug: string, res: Response) => {
    const found = site.pages.get(slug);
    if (!found) return notFound(res);
    res.type('html').send(found.html);
  };
  router.get('/', (_req, res) => page('', res));
  router.get('/examples/:file', (req, res) => {
    const example = site.examples.get(String(req.params.file));
    if (!example) return notFound(res);
    res.set('Content-Type', example.contentType).send(example.text);
  });
  router.get('/:page', (req, res) => page(String(req.params.page).toLowerCase(), res));
  router.use((_req, res) => notFound(res));
  return { router, site };
}
