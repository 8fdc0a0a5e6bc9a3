import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Marked, type Tokens } from 'marked';
import { renderPage } from './docs-template.js';

/**
 * The partner guide's folder when LADDER_DOCS_DIR is not set: `docs/api` of the repository, found from this
 * module (api/src/docs in tests, api/dist/docs once built: both three levels below the root).
 */
export const DEFAULT_DOCS_DIR = fileURLToPath(new URL('../../../docs/api/', import.meta.url));

/** Pages of the folder above the guide that its pages link to; served beside them (webhooks, bi...). */
export const RELATED_PAGES = ['webhooks', 'bi', 'ingest-webhooks', 'fielding'] as const;

/** A source larger than this is left out (and said at boot): every response stays small. */
export const MAX_SOURCE_BYTES = 512 * 1024;
/** Example files served as text, by extension. */
const EXAMPLE_TYPES: Record<string, string> = { '.ts': 'text/plain; charset=utf-8', '.sh': 'text/plain; charset=utf-8' };

const PAGE_NAME = /^[a-z0-9][a-z0-9-]*$/;
const EXAMPLE_NAME = /^[a-z0-9][a-z0-9-]*\.(ts|sh)$/;

export interface DocsPage {
  /** '' for the index (README.md), else the file's name without `.md`, lower-cased. */
  slug: string;
  title: string;
  /** Where it lives, relative to the guide's parent folder: `api/errors.md`, `webhooks.md`. */
  source: string;
  html: string;
}

export interface DocsSite {
  pages: Map<string, DocsPage>;
  /** Example files by name, as they are on disk. */
  examples: Map<string, { text: string; contentType: string }>;
  /** Files left out (too large or oddly named), for the boot log. */
  skipped: string[];
}

/** `/docs`, `/docs/errors`, `/docs/examples/x.ts`: the routes the site answers. */
export const routeOf = (slug: string) => (slug ? `/docs/${slug}` : '/docs');

function readBounded(path: string, skipped: string[]): string | null {
  if (statSync(path).size > MAX_SOURCE_BYTES) {
    skipped.push(`${basename(path)} (over ${MAX_SOURCE_BYTES} bytes)`);
    return null;
  }
  return readFileSync(path, 'utf8');
}

interface Source {
  slug: string;
  /** Virtual path of the file under the guide's parent folder, to resolve its relative links. */
  source: string;
  markdown: string;
}

function sourcesOf(dir: string, skipped: string[]): Source[] {
  const sources: Source[] = [];
  for (const file of readdirSync(dir).sort()) {
    if (extname(file) !== '.md') continue;
    const slug = file === 'README.md' ? '' : basename(file, '.md').toLowerCase();
    if (slug && !PAGE_NAME.test(slug)) {
      skipped.push(file);
      continue;
    }
    const markdown = readBounded(join(dir, file), skipped);
    if (markdown !== null) sources.push({ slug, source: `api/${file}`, markdown });
  }
  // The index leads the menu (readdir puts upper-case names such as CHANGELOG.md before it).
  sources.sort((a, b) => Number(b.slug === '') - Number(a.slug === ''));
  for (const name of RELATED_PAGES) {
    const path = join(dir, '..', `${name}.md`);
    if (sources.some((s) => s.slug === name) || !existsSync(path)) continue;
    const markdown = readBounded(path, skipped);
    if (markdown !== null) sources.push({ slug: name, source: `${name}.md`, markdown });
  }
  return sources;
}

function examplesOf(dir: string, skipped: string[]): DocsSite['examples'] {
  const examples: DocsSite['examples'] = new Map();
  const folder = join(dir, 'examples');
  if (!existsSync(folder)) return examples;
  for (const file of readdirSync(folder).sort()) {
    const contentType = EXAMPLE_TYPES[extname(file)];
    if (!contentType) continue;
    if (!EXAMPLE_NAME.test(file)) {
      skipped.push(`examples/${file}`);
      continue;
    }
    const text = readBounded(join(folder, file), skipped);
    if (text !== null) examples.set(file, { text, contentType });
  }
  return examples;
}

/**
 * Where a link of a page leads on the site: relative links to a served page or example become its route (anchor
 * kept); anything else (absolute URLs, anchors, files the site does not serve) is left as written.
 */
export function siteLink(href: string, source: string, site: Pick<DocsSite, 'pages' | 'examples'>): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('#') || href.startsWith('/')) return href;
  const url = new URL(href, `http://guide.invalid/${source}`);
  const path = decodeURIComponent(url.pathname);
  const example = /^\/api\/examples\/([^/]+)$/.exec(path)?.[1];
  if (example && site.examples.has(example)) return `/docs/examples/${example}`;
  const page = /^\/(?:api\/)?([^/]+)\.md$/i.exec(path);
  if (!page) return href;
  const inGuide = path.startsWith('/api/');
  const slug = inGuide && page[1] === 'README' ? '' : page[1].toLowerCase();
  const served = site.pages.get(slug);
  if (!served || served.source !== path.slice(1)) return href;
  return `${routeOf(slug)}${url.hash}`;
}

const headingId = (text: string) =>
  text
    .toLowerCase()
    .replace(/<[^>]+>/g, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s+/g, '-');

function renderMarkdown(markdown: string, source: string, site: Pick<DocsSite, 'pages' | 'examples'>): string {
  const marked = new Marked({
    gfm: true,
    walkTokens: (token) => {
      if (token.type === 'link') (token as Tokens.Link).href = siteLink((token as Tokens.Link).href, source, site);
    },
    renderer: {
      // GitHub's anchors, so `page.md#section` links work on the site as they do on GitHub.
      heading({ tokens, depth, text }) {
        return `<h${depth} id="${headingId(text)}">${this.parser.parseInline(tokens)}</h${depth}>\n`;
      },
    },
  });
  return marked.parse(markdown, { async: false });
}

/**
 * Reads the guide once (at boot): its pages rendered to HTML with links between them rewritten to the site's
 * routes, and its example files as text. A missing folder gives an empty site.
 */
export function loadDocsSite(dir: string): DocsSite {
  const skipped: string[] = [];
  const site: DocsSite = { pages: new Map(), examples: new Map(), skipped };
  if (!existsSync(dir)) return site;
  site.examples = examplesOf(dir, skipped);
  const sources = sourcesOf(dir, skipped);
  // Known before rendering, so links between pages resolve whatever their order.
  for (const s of sources) site.pages.set(s.slug, { slug: s.slug, source: s.source, title: titleOf(s.markdown, s.slug), html: '' });
  const nav = sources.map((s) => site.pages.get(s.slug)!);
  for (const s of sources) {
    const page = site.pages.get(s.slug)!;
    page.html = renderPage({ title: page.title, body: renderMarkdown(s.markdown, s.source, site), nav, current: s.slug });
  }
  return site;
}

function titleOf(markdown: string, slug: string): string {
  return /^#\s+(.+)$/m.exec(markdown)?.[1].replace(/[`*_]/g, '').trim() ?? (slug || 'API guide');
}
