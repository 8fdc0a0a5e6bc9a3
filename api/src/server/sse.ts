import type { IncomingMessage } from 'node:http';
import express, { type Request, type Response, type Router } from 'express';
import {
  getOperationAST,
  GraphQLError,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValidationRule,
} from 'graphql';
import type { ExecutionResult } from 'graphql-sse';
import { createHandler } from 'graphql-sse/lib/use/express';
import type { DataSource } from 'typeorm';
import { auditOperation } from '../audit/audit.plugin.js';
import { allowanceOf, type Principal } from '../common/context.js';
import { formatError } from '../common/format-error.js';
import type { EventPubSub } from '../events/session-events.js';
import { preflighted, type Authenticator } from './authenticator.js';
import { contextFor } from './context.js';
import { withInputCodes } from './websocket.js';
import { liveKeyOf, type LiveConnections } from './live-connections.js';
import type { GraphqlRateLimiter } from './rate-limits.js';
import type { TrustedDocuments } from './trusted-documents.js';
import { parseOperation, validateOperation, withoutSuggestions } from './security.js';

interface Options {
  schema: GraphQLSchema;
  rules: ValidationRule[];
  auth: Authenticator;
  db: DataSource;
  events: EventPubSub;
  production: boolean;
  /** Open streams per key (capped; ended when the key is revoked). */
  live: LiveConnections;
  /** A comment line is written this often on every open stream, so proxies keep idle streams. */
  pingIntervalMs: number;
  /** The limiter of /graphql: every request (one operation) is charged to its key there. */
  rateLimiter: GraphqlRateLimiter;
  /** Which document an operation runs (a registered hash), and whether a session may send its own. */
  trustedDocuments: TrustedDocuments;
}

/** Operations are small documents; imports go through /graphql. */
export const SSE_MAX_BODY = '64kb';

const STATUS_TEXT: Record<number, string> = { 401: 'Unauthorized', 415: 'Unsupported Media Type', 429: 'Too Many Requests' };

const jsonError = (
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
  extensions: Record<string, unknown> = {},
) =>
  [
    JSON.stringify({ errors: [{ message, extensions: { code, ...extensions } }] }),
    {
      status,
      statusText: STATUS_TEXT[status] ?? 'Bad Request',
      headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    },
  ] as const;

/** The last words of a stream whose key was revoked, then its end. */
const revokedEvent = (message: string) =>
  `event: next\ndata: ${JSON.stringify({
    errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }],
  })}\n\nevent: complete\ndata:\n\n`;

/**
 * Registers an open stream under its key, or refuses it (null) when the key holds its most
 * streams. A comment line every `pingIntervalMs` keeps proxies from dropping an idle stream, and
 * TCP keepalive lets the system close a peer that went away without a word.
 */
function track(o: Options, keyId: string, req: IncomingMessage, res: Response): boolean {
  const ended = keyId.startsWith('session:') ? 'The session ended' : 'The API key was revoked';
  const release = o.live.open(keyId, {
    close: () => {
      if (res.headersSent && res.writable) res.write(revokedEvent(ended));
      res.end();
    },
  });
  if (!release) return false;
  if (req.socket.destroyed) {
    // The client left while its key was checked; its 'close' has been emitted already.
    release();
    return true;
  }
  req.socket.setKeepAlive(true, o.pingIntervalMs);
  const heartbeat = setInterval(() => {
    if (res.headersSent && res.writable) res.write(':\n\n');
  }, o.pingIntervalMs);
  res.once('close', () => {
    clearInterval(heartbeat);
    release();
  });
  return true;
}

/** An operation refused before execution; graphql-sse recognises a result by its `data` key. */
const rejected = (errors: readonly GraphQLError[]): ExecutionResult => ({ data: null, errors });

const format = (errors: readonly GraphQLError[]) => errors.map((e) => formatError(e.toJSON(), e));

/**
 * GraphQL over Server-Sent Events (graphql-sse, "distinct connections" mode: one request per
 * operation, `Accept: text/event-stream`) for clients without WebSockets. Like the WebSocket path
 * it bypasses Apollo, so it applies the same protections itself: an API key in the Authorization
 * header or the console's session cookie (checked before the stream opens: 401 otherwise; a
 * request relying on the cookie must be one a browser preflights, JSON or a preflight header, as
 * Apollo's CSRF prevention asks: 415 otherwise), the same validation rules (depth, cost, no
 * suggestions in production), the same request context and error formatting. A key holds at
 * most `live.perKey` open streams (429 RATE_LIMITED beyond); a revoked key's streams receive an
 * UNAUTHENTICATED error and end. Every request is charged to its key in the same bucket as its
 * HTTP requests, before its stream opens (over the limit: 429 RATE_LIMITED with retryAfter and
 * Retry-After, as on /graphql), and every executed mutation is audited like over HTTP, before its
 * result is written.
 */
export function createSseRouter(o: Options): Router {
  const principals = new WeakMap<IncomingMessage, Principal>();
  /** The operation a request executes (one per request in this mode), for the audit of its result. */
  const operations = new WeakMap<IncomingMessage, { operation: OperationDefinitionNode; variables: Record<string, unknown> | undefined }>();
  const handler = createHandler({
    schema: o.schema,
    authenticate: () => null, // no single-connection streams: every operation has its own request
    onConnect: async (req) => {
      let principal: Principal;
      let via: string;
      try {
        ({ principal, via } = await o.auth.authenticate(req.raw.headers));
      } catch (error) {
        return jsonError(401, 'UNAUTHENTICATED', error instanceof GraphQLError ? error.message : 'The API key is not valid');
      }
      if (principal.kind === 'anonymous') {
        return jsonError(401, 'UNAUTHENTICATED', 'An API key is required: send "Authorization: Bearer <key>".');
      }
      // The cookie goes with any request the browser sends: only a request that needed a CORS preflight may rely on it.
      if (via === 'cookie' && !preflighted(req.raw.headers)) {
        return jsonError(
          415,
          'UNSUPPORTED_MEDIA_TYPE',
          'A request with the session cookie must be JSON (or send apollo-require-preflight).',
        );
      }
      const limited = await o.rateLimiter.chargeKey(allowanceOf(principal));
      if (limited) {
        const { retryAfter } = limited.extensions;
        return jsonError(429, 'RATE_LIMITED', limited.message, { 'retry-after': String(retryAfter) }, { retryAfter });
      }
      if (!track(o, liveKeyOf(principal), req.raw, req.context.res)) {
        const per = principal.kind === 'user' ? 'session' : 'API key';
        const message = `At most ${o.live.perKey} live connections per ${per}: close one first.`;
        return jsonError(429, 'RATE_LIMITED', message, { 'retry-after': '30' });
      }
      principals.set(req.raw, principal);
    },
    onSubscribe: (req, params) => {
      const principal = principals.get(req.raw) ?? { kind: 'anonymous' };
      const resolved = o.trustedDocuments.resolve(params, principal);
      if (!resolved.ok) return rejected([resolved.error]);
      let document: DocumentNode;
      try {
        document = parseOperation(resolved.query ?? '');
      } catch (error) {
        return rejected([error instanceof GraphQLError ? error : new GraphQLError('Syntax error')]);
      }
      const errors = validateOperation(o.schema, document, o.rules, params.variables);
      if (errors.length) return rejected(o.production ? errors.map(withoutSuggestions) : errors);
      const operation = getOperationAST(document, params.operationName);
      if (operation?.operation === 'mutation') operations.set(req.raw, { operation, variables: params.variables });
      return {
        schema: o.schema,
        document,
        operationName: params.operationName,
        variableValues: params.variables,
        contextValue: contextFor(principal, o.db, o.events) as unknown as undefined,
      };
    },
    // Formatted errors are what clients receive; the type expects GraphQLError instances.
    onNext: async (_ctx, req, result) => {
      const raw = withInputCodes(result as { data?: unknown; errors?: readonly GraphQLError[] });
      const errors = raw ? format(raw) : undefined;
      const mutation = operations.get(req.raw);
      if (mutation) {
        operations.delete(req.raw);
        const principal = principals.get(req.raw) ?? { kind: 'anonymous' };
        await auditOperation(o.db, { principal, schema: o.schema, ...mutation, errors: errors ?? [] });
      }
      return errors ? ({ ...result, errors } as unknown as ExecutionResult) : undefined;
    },
  });
  const router = express.Router();
  router.use(express.json({ limit: SSE_MAX_BODY }));
  router.use(async (req: Request, res: Response) => {
    try {
      await handler(req, res);
    } catch (error) {
      console.error('graphql-sse: %s', error instanceof Error ? error.stack : error);
      if (!res.headersSent)
        res.status(500).json({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.end();
    }
  });
  return router;
}
