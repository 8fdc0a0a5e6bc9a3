import express, { type ErrorRequestHandler, type Request, type RequestHandler } from 'express';
import { Kind } from 'graphql';
import type { Authenticator } from './authenticator.js';
import { parseOperation } from './security.js';

export interface BodyLimits {
  /** Bytes of any /graphql body, before authentication. */
  defaultBytes: number;
  /** Bytes of an import call (IMPORT_FIELDS only) made with a valid API key. */
  importBytes: number;
}

/** The operations that carry files or batches in their variables (inviteRespondents: up to 10,000 ids, ~400 kB). */
const IMPORT_FIELDS = new Set(['importRespondents', 'ingestResponses', 'inviteRespondents']);

const tooLarge = (limitBytes: number) => ({
  errors: [
    {
      message: `The request body is larger than ${limitBytes} bytes`,
      extensions: { code: 'PAYLOAD_TOO_LARGE', limitBytes },
    },
  ],
});

/** True when the body's one operation is a mutation whose root fields are all imports. */
function isImportCall(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false;
  const { query, operationName } = body as { query?: unknown; operationName?: unknown };
  if (typeof query !== 'string') return false;
  try {
    const operations = parseOperation(query).definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    const operation = operations.length === 1 ? operations[0] : operations.find((o) => o.name?.value === operationName);
    return (
      operation?.operation === 'mutation' &&
      operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && IMPORT_FIELDS.has(s.name.value))
    );
  } catch {
    return false;
  }
}

/**
 * JSON bodies of /graphql: small for everyone; larger only once the Authorization header holds a
 * valid API key (or the cookie a live console session), and kept only when the operation is an import. The key is checked before the
 * large body is read, so an anonymous caller can never make the server buffer more than the
 * default. Oversized: 413 with a GraphQL-style JSON error (PAYLOAD_TOO_LARGE).
 */
export function graphqlBodyParser(o: { auth: Authenticator; limits: BodyLimits }): (RequestHandler | ErrorRequestHandler)[] {
  const sizes = new WeakMap<Request, number>();
  const small = express.json({ limit: o.limits.defaultBytes });
  const large = express.json({ limit: o.limits.importBytes, verify: (req, _res, buf) => sizes.set(req as Request, buf.length) });
  const choose: RequestHandler = (req, res, next) => {
    const length = Number(req.headers['content-length'] ?? Number.NaN);
    if ((!req.headers.authorization && !req.headers.cookie) || length <= o.limits.defaultBytes) return small(req, res, next);
    o.auth.principalOf(req.headers).then(
      (principal) => (principal.kind !== 'anonymous' ? large : small)(req, res, next),
      () => small(req, res, next), // the request's context answers 401 for the bad key
    );
  };
  const importsOnly: RequestHandler = (req, res, next) => {
    const limitBytes = o.limits.defaultBytes;
    if ((sizes.get(req) ?? 0) > limitBytes && !isImportCall(req.body)) {
      res.status(413).json(tooLarge(limitBytes));
      return;
    }
    next();
  };
  const onTooLarge: ErrorRequestHandler = (error: { type?: string; limit?: number }, _req, res, next) => {
    if (error?.type !== 'entity.too.large') return next(error);
    res.status(413).json(tooLarge(error.limit ?? o.limits.defaultBytes));
  };
  return [choose, importsOnly, onTooLarge];
}
