import type { IncomingMessage } from 'node:http';
import express, { type Request, type Response, type Router } from 'express';
import { GraphQLError, type DocumentNode, type GraphQLSchema, type ValidationRule } from 'graphql';
import type { ExecutionResult } from 'graphql-sse';
import { createHandler } from 'graphql-sse/lib/use/express';
import type { DataSource } from 'typeorm';
import type { ApiKeyService } from '../api-key/api-key.service.js';
import type { Principal } from '../common/context.js';
import { formatError } from '../common/format-error.js';
import type { EventPubSub } from '../events/session-events.js';
import { contextFor, principalFrom } from './context.js';
import { parseOperation, validateOperation, withoutSuggestions } from './security.js';

interface Options {
  schema: GraphQLSchema;
  rules: ValidationRule[];
  apiKeys: ApiKeyService;
  db: DataSource;
  events: EventPubSub;
  production: boolean;
}

/** Operations are small documents; imports go through /graphql. */
export const SSE_MAX_BODY = '64kb';

const jsonError = (status: number, code: string, message: string) =>
  [
    JSON.stringify({ errors: [{ message, extensions: { code } }] }),
    { status, statusText: status === 401 ? 'Unauthorized' : 'Bad Request', headers: { 'content-type': 'application/json; charset=utf-8' } },
  ] as const;

/** An operation refused before execution; graphql-sse recognises a result by its `data` key. */
const rejected = (errors: readonly GraphQLError[]): ExecutionResult => ({ data: null, errors });

const format = (errors: readonly GraphQLError[]) => errors.map((e) => formatError(e.toJSON(), e));

/**
 * GraphQL over Server-Sent Events (graphql-sse, "distinct connections" mode: one request per
 * operation, `Accept: text/event-stream`) for clients without WebSockets. Like the WebSocket path
 * it bypasses Apollo, so it applies the same protections itself: an API key in the Authorization
 * header (checked before the stream opens: 401 otherwise; a header-carried credential also means
 * no cross-site request can open a stream), the same validation rules (depth, cost, no
 * suggestions in production), the same request context and error formatting.
 */
export function createSseRouter(o: Options): Router {
  const principals = new WeakMap<IncomingMessage, Principal>();
  const handler = createHandler({
    schema: o.schema,
    authenticate: () => null, // no single-connection streams: every operation has its own request
    onConnect: async (req) => {
      const header = req.headers.get('authorization');
      if (!header) return jsonError(401, 'UNAUTHENTICATED', 'An API key is required: send "Authorization: Bearer <key>".');
      try {
        principals.set(req.raw, await principalFrom(header, o.apiKeys));
      } catch (error) {
        return jsonError(401, 'UNAUTHENTICATED', error instanceof GraphQLError ? error.message : 'The API key is not valid');
      }
    },
    onSubscribe: (req, params) => {
      let document: DocumentNode;
      try {
        document = parseOperation(params.query);
      } catch (error) {
        return rejected([error instanceof GraphQLError ? error : new GraphQLError('Syntax error')]);
      }
      const errors = validateOperation(o.schema, document, o.rules, params.variables);
      if (errors.length) return rejected(o.production ? errors.map(withoutSuggestions) : errors);
      const principal = principals.get(req.raw) ?? { kind: 'anonymous' };
      return {
        schema: o.schema,
        document,
        operationName: params.operationName,
        variableValues: params.variables,
        contextValue: contextFor(principal, o.db, o.events) as unknown as undefined,
      };
    },
    // Formatted errors are what clients receive; the type expects GraphQLError instances.
    onNext: (_ctx, _req, result) =>
      result.errors ? ({ ...result, errors: format(result.errors as GraphQLError[]) } as unknown as ExecutionResult) : undefined,
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
