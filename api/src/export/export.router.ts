import type { IncomingHttpHeaders } from 'node:http';
import type { ServerResponse } from 'node:http';
import express, { type Request, type Response, type Router } from 'express';
import { GraphQLError } from 'graphql';
import { allowanceOf, requirePermission, type RequestContext } from '../common/context.js';
import { errorKind, LadderError, type ErrorKind } from '../common/errors.js';
import { formatError } from '../common/format-error.js';
import { csvLine, type CsvValue } from './csv.js';
import { ExportSlots, type ExportLimits } from './export-limits.js';
import type { CsvExport, ExportService } from './export.service.js';

interface Options {
  /** The caller's context from the Authorization header (server/context.ts's, handed in by the server); throws UNAUTHENTICATED. */
  /** The caller of a request, from its Authorization header or the console's session cookie. */
  contextOf: (headers: IncomingHttpHeaders) => Promise<RequestContext>;
  exports: ExportService;
  limits: Pick<ExportLimits, 'perKey' | 'writeTimeoutMs'>;
}

const STATUS: Record<Exclude<ErrorKind, 'auth'>, number> = { input: 400, 'not-found': 404, conflict: 409, unavailable: 503, internal: 500 };

function statusOf(error: unknown): number {
  if (error instanceof LadderError && error.code === 'RATE_LIMITED') return 429;
  if (error instanceof LadderError) {
    const kind = errorKind(error.code);
    return kind === 'auth' ? (error.code === 'UNAUTHENTICATED' ? 401 : 403) : STATUS[kind];
  }
  if (error instanceof GraphQLError && error.extensions.code === 'UNAUTHENTICATED') return 401;
  return 500;
}

/** The same JSON error shape and codes as GraphQL responses, so clients branch on one set of codes. */
function sendError(res: Response, error: unknown): void {
  const formatted = formatError(error instanceof GraphQLError ? error.toJSON() : { message: String(error) }, error);
  const retryAfter = formatted.extensions?.retryAfter;
  if (typeof retryAfter === 'number') res.set('Retry-After', String(retryAfter));
  res.status(statusOf(error)).json({ errors: [{ message: formatted.message, extensions: formatted.extensions }] });
}

const param = (req: Request, name: string): string | null => {
  const value = req.query[name];
  if (value === undefined || value === '') return null;
  if (typeof value !== 'string') throw new LadderError('BAD_USER_INPUT', `Give ${name} once`, { parameter: name });
  return value;
};

const required = (req: Request, name: string): string => {
  const value = param(req, name);
  if (value === null) throw new LadderError('BAD_USER_INPUT', `The ${name} query parameter is required`, { parameter: name });
  return value;
};

/** `groupBy=tier,region` (or repeated `groupBy=`); no groupBy gives the overall row only. */
function groupByOf(req: Request): string[] {
  const raw = req.query.groupBy;
  const values = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  return values
    .flatMap((v) => String(v).split(','))
    .map((v) => v.trim())
    .filter(Boolean);
}

/**
 * Writes a chunk, waiting for the socket to drain; false once the client has gone. A client that
 * stops reading for `timeoutMs` is dropped (the socket destroyed), so it cannot hold a pooled
 * connection and its cursor open forever.
 */
export function write(res: ServerResponse, chunk: string, timeoutMs: number): Promise<boolean> {
  if (res.destroyed || res.writableEnded) return Promise.resolve(false);
  if (res.write(chunk)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (ok: boolean) => {
      clearTimeout(timer);
      res.off('drain', onDrain);
      res.off('close', onClose);
      resolve(ok);
    };
    const onDrain = () => done(true);
    const onClose = () => done(false);
    const timer = setTimeout(() => {
      res.destroy();
      done(false);
    }, timeoutMs);
    res.once('drain', onDrain);
    res.once('close', onClose);
  });
}

async function send(res: Response, file: CsvExport, writeTimeoutMs: number): Promise<void> {
  const batches = file.batches[Symbol.asyncIterator]();
  let next: IteratorResult<CsvValue[][]>;
  try {
    next = await batches.next(); // a failing query still gets a proper error response
  } catch (error) {
    sendError(res, error);
    return;
  }
  res.status(200).set({
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${file.filename}"`,
    'cache-control': 'no-store',
  });
  try {
    // A byte-order mark, so spreadsheet programs read the file as UTF-8 (accents in quotes survive).
    let chunk = `\uFEFF${csvLine(file.header)}`;
    while (!next.done) {
      if (!(await write(res, chunk + next.value.map(csvLine).join(''), writeTimeoutMs))) {
        await batches.return?.(); // the client left: stop the cursor
        return;
      }
      chunk = '';
      next = await batches.next();
    }
    if (chunk) res.write(chunk);
    res.end();
  } catch (error) {
    // Headers are gone: cut the response so the client sees an incomplete transfer, not a short file.
    console.error('export failed while streaming: %s', error instanceof Error ? error.stack : error);
    res.destroy(error instanceof Error ? error : new Error(String(error)));
  }
}

/**
 * GET /export/themes.csv?waveId=, /export/quotes.csv?waveId=, /export/segment-nps.csv?studyId=&groupBy=a,b[&waveId=]
 * with `Authorization: Bearer <key>` or the console's session cookie (read permission). Errors are JSON with GraphQL's codes:
 * 401 UNAUTHENTICATED, 403 FORBIDDEN, 404 *_NOT_FOUND, 400 BAD_USER_INPUT / INVALID_GROUP_BY,
 * 429 RATE_LIMITED (with Retry-After) when the key already streams `limits.perKey` exports.
 */
export function createExportRouter(o: Options): Router {
  const router = express.Router();
  const slots = new ExportSlots(o.limits.perKey);
  const handle = (build: (ctx: RequestContext, req: Request) => Promise<CsvExport>) => async (req: Request, res: Response) => {
    let release = () => {};
    try {
      const ctx = await o.contextOf(req.headers);
      release = slots.take(allowanceOf(requirePermission(ctx, 'read')));
      await send(res, await build(ctx, req), o.limits.writeTimeoutMs);
    } catch (error) {
      sendError(res, error);
    } finally {
      release();
    }
  };
  router.get(
    '/themes.csv',
    handle((ctx, req) => o.exports.themes(ctx, required(req, 'waveId'))),
  );
  router.get(
    '/quotes.csv',
    handle((ctx, req) => o.exports.quotes(ctx, required(req, 'waveId'))),
  );
  router.get(
    '/segment-nps.csv',
    handle((ctx, req) => o.exports.segmentNps(ctx, required(req, 'studyId'), groupByOf(req), param(req, 'waveId'))),
  );
  return router;
}
