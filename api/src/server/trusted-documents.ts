import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printExecutableGraphQLDocument } from '@graphql-tools/documents';
import type { Request, RequestHandler, Response } from 'express';
import type { GraphQLError } from 'graphql';
import type { Principal } from '../common/context.js';
import { LadderError } from '../common/errors.js';
import type { Authenticator } from './authenticator.js';
import { parseOperation } from './security.js';

/**
 * `off`: no manifest, every document runs as sent. `allowed` (default outside production): registered
 * documents run by their hash, ad-hoc documents too. `required` (default in production): browser
 * sessions and anonymous callers (respondent pages) run registered documents only; API keys still
 * send any document, within the usual limits.
 */
export const TRUSTED_DOCUMENTS_MODES = ['off', 'allowed', 'required'] as const;
export type TrustedDocumentsMode = (typeof TRUSTED_DOCUMENTS_MODES)[number];

export interface TrustedDocumentsConfig {
  mode: TrustedDocumentsMode;
  /** The manifest `{ "sha256:<hex>": "<document>" }`; default the console's, written by `npm run codegen`. */
  manifestPath?: string;
}

/** console/src/gql/persisted-documents.json, from api/src/server (tests) and api/dist/server (npm start) alike. */
export const DEFAULT_MANIFEST_PATH = fileURLToPath(new URL('../../../console/src/gql/persisted-documents.json', import.meta.url));

/** What a client sends for one operation on any transport: an HTTP body or URL, a graphql-ws or graphql-sse payload. */
export interface OperationParams {
  query?: unknown;
  /** GraphQL over HTTP's persisted documents: "sha256:<hex>". */
  documentId?: unknown;
  /** APQ's `{ persistedQuery: { version: 1, sha256Hash: "<hex>" } }`. */
  extensions?: unknown;
}

/** The document to run (undefined: none was sent, the transport answers that), or the error refusing the operation. */
export type Resolution = { ok: true; query: string | undefined } | { ok: false; error: GraphQLError };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The hash a request names (lowercase hex, the "sha256:" prefix dropped), or undefined when it names none. */
export function requestedHash(params: OperationParams): string | undefined {
  const persisted = isObject(params.extensions) ? params.extensions.persistedQuery : undefined;
  const apq = isObject(persisted) ? persisted.sha256Hash : undefined;
  const raw = typeof params.documentId === 'string' ? params.documentId : typeof apq === 'string' ? apq : undefined;
  return raw?.replace(/^sha256:/i, '').toLowerCase();
}

/**
 * The hash codegen gives a document: sha256 of its normalized text (definitions and selections
 * sorted, white space collapsed: @graphql-tools/documents, as the client preset does). Undefined
 * when the text does not parse (or is over the token limit).
 */
export function documentHash(text: string): string | undefined {
  try {
    return sha256(printExecutableGraphQLDocument(parseOperation(text)));
  } catch {
    return undefined;
  }
}

/** Reads a manifest, refusing one whose keys are not the sha256 of their documents (hand-edited or corrupt). */
export function parseManifest(json: string): Map<string, string> {
  const manifest: unknown = JSON.parse(json);
  if (!isObject(manifest)) throw new Error('the trusted documents manifest must be a JSON object of "sha256:<hex>": "<document>"');
  const documents = new Map<string, string>();
  for (const [key, document] of Object.entries(manifest)) {
    const hash = /^sha256:([0-9a-f]{64})$/.exec(key)?.[1];
    if (!hash || typeof document !== 'string') throw new Error(`the trusted documents manifest has an invalid entry ${key}`);
    if (sha256(document) !== hash) throw new Error(`the trusted documents manifest entry ${key} is not the hash of its document`);
    documents.set(hash, document);
  }
  return documents;
}

const notFound = () =>
  new LadderError(
    'PERSISTED_QUERY_NOT_FOUND',
    'No registered document has this hash: send the document itself in `query` (with or without its hash).',
  ).toGraphQLError();

const required = () =>
  new LadderError(
    'TRUSTED_DOCUMENT_REQUIRED',
    "Browser sessions and respondent pages may only run the console's registered documents: send one (its hash in " +
      '`extensions.persistedQuery.sha256Hash` or `documentId`, or its registered text), or call with an API key.',
  ).toGraphQLError();

/**
 * The registered documents (persisted operations) and the mode that decides who may run anything
 * else. One decision for every transport: HTTP (`middleware`), graphql-ws and SSE (`resolve` in
 * their onSubscribe).
 */
export class TrustedDocuments {
  private constructor(
    readonly mode: TrustedDocumentsMode,
    private readonly documents: ReadonlyMap<string, string>,
  ) {}

  static of(mode: TrustedDocumentsMode, documents: ReadonlyMap<string, string>): TrustedDocuments {
    return new TrustedDocuments(mode, mode === 'off' ? new Map() : documents);
  }

  /**
   * Reads the manifest once at boot. Missing, it stops a `required` API (nothing a browser sends
   * could run); an `allowed` one warns and runs what is sent as text.
   */
  static load(config: TrustedDocumentsConfig, log: Pick<Console, 'warn'> = console): TrustedDocuments {
    if (config.mode === 'off') return TrustedDocuments.of('off', new Map());
    const path = config.manifestPath ?? DEFAULT_MANIFEST_PATH;
    let json: string;
    try {
      json = readFileSync(path, 'utf8');
    } catch {
      if (config.mode === 'required') {
        throw new Error(`LADDER_TRUSTED_DOCUMENTS=required needs the manifest of registered documents at ${path} (npm run codegen)`);
      }
      log.warn(`trusted documents: no manifest at ${path}; documents sent by hash only are not found`);
      return TrustedDocuments.of(config.mode, new Map());
    }
    return TrustedDocuments.of(config.mode, parseManifest(json));
  }

  get size(): number {
    return this.documents.size;
  }

  /**
   * Which document one operation runs. A registered hash runs its registered document (the text
   * sent with it is not read), in every mode, so tests run what production runs. A hash nobody
   * registered, sent without text: PERSISTED_QUERY_NOT_FOUND (an APQ client then sends the text).
   * In `required` mode a session or anonymous caller's text runs only when it is a registered
   * document (normalized as codegen does); otherwise TRUSTED_DOCUMENT_REQUIRED.
   */
  resolve(params: OperationParams, principal: Principal): Resolution {
    const hash = requestedHash(params);
    const text = typeof params.query === 'string' && params.query.trim() !== '' ? params.query : undefined;
    if (hash === undefined && text === undefined) return { ok: true, query: undefined }; // nothing to run: the transport says so
    const registered = hash === undefined ? undefined : this.documents.get(hash);
    if (registered === undefined && text === undefined) return { ok: false, error: notFound() };
    if (registered !== undefined || !this.restricts(principal)) return { ok: true, query: registered ?? text };
    const own = text === undefined ? undefined : this.documents.get(documentHash(text) ?? '');
    return own === undefined ? { ok: false, error: required() } : { ok: true, query: own };
  }

  /** Who runs registered documents only: in `required` mode, everyone but API keys. */
  private restricts(principal: Principal): boolean {
    return this.mode === 'required' && principal.kind !== 'api-key';
  }

  /**
   * /graphql, after the body is read: resolves the operation, writes the document to run into the
   * request (body or URL) for Apollo and drops the hash, so Apollo's own APQ never sees it. A
   * refusal is a GraphQL error: 200 for PERSISTED_QUERY_NOT_FOUND (as Apollo answers it, APQ
   * clients retry with the text), 403 for TRUSTED_DOCUMENT_REQUIRED. A bad API key passes on: the
   * request's context answers 401.
   */
  middleware(auth: Authenticator): RequestHandler {
    return async (req, res, next) => {
      const params = req.method === 'GET' ? urlParams(req) : isObject(req.body) ? (req.body as OperationParams) : undefined;
      if (!params) return next();
      let principal: Principal;
      try {
        principal = await auth.principalOf(req.headers);
      } catch {
        return next();
      }
      const resolution = this.resolve(params, principal);
      if (!resolution.ok) return refuse(res, resolution.error);
      if (resolution.query !== params.query || requestedHash(params) !== undefined) {
        if (req.method === 'GET') rewriteUrl(req, resolution.query);
        else rewriteBody(req.body as Record<string, unknown>, resolution.query);
      }
      next();
    };
  }
}

function refuse(res: Response, error: GraphQLError): void {
  const code = error.extensions.code;
  res
    .status(code === 'TRUSTED_DOCUMENT_REQUIRED' ? 403 : 200)
    .set('cache-control', 'private, no-cache, must-revalidate')
    .json({ errors: [{ message: error.message, extensions: { code } }] });
}

/** Without the persisted-query extension (an object), or as it was. */
function withoutPersistedQuery(extensions: unknown): unknown {
  if (!isObject(extensions) || !('persistedQuery' in extensions)) return extensions;
  const { persistedQuery: _dropped, ...rest } = extensions;
  return rest;
}

function rewriteBody(body: Record<string, unknown>, query: string | undefined): void {
  if (query !== undefined) body.query = query;
  delete body.documentId;
  if (body.extensions !== undefined) body.extensions = withoutPersistedQuery(body.extensions);
}

function urlParams(req: Request): OperationParams {
  const search = new URL(req.url, 'http://localhost').searchParams;
  let extensions: unknown;
  try {
    extensions = JSON.parse(search.get('extensions') ?? 'null');
  } catch {
    extensions = undefined; // Apollo answers the unparsable parameter
  }
  return { query: search.get('query') ?? undefined, documentId: search.get('documentId') ?? undefined, extensions };
}

/** A GET request: Apollo reads the operation from the URL's query string. */
function rewriteUrl(req: Request, query: string | undefined): void {
  const url = new URL(req.url, 'http://localhost');
  if (query !== undefined) url.searchParams.set('query', query);
  url.searchParams.delete('documentId');
  const raw = url.searchParams.get('extensions');
  if (raw !== null) {
    try {
      url.searchParams.set('extensions', JSON.stringify(withoutPersistedQuery(JSON.parse(raw))));
    } catch {
      // left for Apollo to refuse
    }
  }
  req.url = url.pathname + url.search;
}
