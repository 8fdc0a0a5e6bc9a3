import type { IncomingMessage, Server } from 'node:http';
import { getOperationAST, GraphQLError, type DocumentNode, type GraphQLSchema, type ValidationRule } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { auditOperation } from '../audit/audit.plugin.js';
import { allowanceOf, type Principal } from '../common/context.js';
import { formatError } from '../common/format-error.js';
import type { DataSource } from 'typeorm';
import type { EventPubSub } from '../events/session-events.js';
import type { Authenticator } from './authenticator.js';
import { contextFor, principalFrom } from './context.js';
import { liveKeyOf, WS_CLOSE_RATE_LIMITED, WS_CLOSE_REVOKED, type LiveConnections } from './live-connections.js';
import type { GraphqlRateLimiter } from './rate-limits.js';
import type { TrustedDocuments } from './trusted-documents.js';
import { FanOutSocket, markShared, sharedJsonOf, sharedSubscribe } from './shared-fanout.js';
import { isAllowedOrigin, parseOperation, validateOperation, withoutSuggestions, WS_MAX_PAYLOAD_BYTES } from './security.js';

interface Options {
  httpServer: Server;
  schema: GraphQLSchema;
  rules: ValidationRule[];
  allowedOrigins: string[];
  auth: Authenticator;
  db: DataSource;
  events: EventPubSub;
  production: boolean;
  /** Open connections per key (capped; closed when the key is revoked). */
  live: LiveConnections;
  /** The server pings every client this often and drops one that has not answered the previous ping. */
  pingIntervalMs: number;
  /** The limiter of /graphql: every operation is charged to its key there, a subscription once when it starts. */
  rateLimiter: GraphqlRateLimiter;
  /** Which document an operation runs (a registered hash), and whether a session may send its own. */
  trustedDocuments: TrustedDocuments;
}

type Extra = { principal?: Principal; release?: () => void; socket: WebSocket; request: IncomingMessage };

/**
 * Variables that do not coerce stop graphql-js before execution (a result without `data`) with an
 * error wrapping the coercion's, which formatError would take for an unexpected one. Apollo answers
 * it BAD_USER_INPUT; so do the WebSocket and SSE paths, to the client and in the audit log.
 */
export function withInputCodes(result: { data?: unknown; errors?: readonly GraphQLError[] }): readonly GraphQLError[] | undefined {
  if (!result.errors || 'data' in result) return result.errors;
  return result.errors.map((e) =>
    e.path || e.extensions.code || !e.message.startsWith('Variable "$')
      ? e
      : new GraphQLError(e.message, { nodes: e.nodes, extensions: { ...e.extensions, code: 'BAD_USER_INPUT' } }),
  );
}

/**
 * graphql-ws on the HTTP server's port. This path bypasses Apollo's plugins, so it applies the
 * same protections itself: Origin allow-list at the upgrade (which is also what keeps another
 * site's page from using the console's session cookie), an API key at connection_init or else the
 * session cookie of the upgrade request, the same
 * depth and cost rules per operation, a small frame limit, and the same error formatting.
 * A refused key closes the socket with 4403 and a reason starting "UNAUTHENTICATED:"; a key that
 * already holds its most connections, with 4429 "RATE_LIMITED: ..."; a key revoked while
 * connected, with 4403 "UNAUTHENTICATED: the API key was revoked".
 * Every operation is charged to its key in the same bucket as its HTTP requests (over the limit:
 * a RATE_LIMITED error for that operation, the socket stays open), and every executed mutation is
 * audited like over HTTP, before its result is sent.
 */
export function attachWebSocketServer(o: Options): { dispose(): Promise<void> } {
  const wss = new WebSocketServer({
    server: o.httpServer,
    path: '/graphql',
    maxPayload: WS_MAX_PAYLOAD_BYTES,
    WebSocket: FanOutSocket,
    verifyClient: ({ origin }: { origin?: string }) => isAllowedOrigin(origin, o.allowedOrigins),
  });
  const format = (errors: readonly GraphQLError[]) => errors.map((e) => formatError(e.toJSON(), e));
  const cleanup = useServer<Record<string, unknown> | undefined, Extra>(
    {
      schema: o.schema,
      subscribe: sharedSubscribe,
      onConnect: async (ctx) => {
        const params = ctx.connectionParams ?? {};
        const header = params.authorization ?? params.Authorization;
        const extra = ctx.extra as Extra;
        // graphql-ws then closes with 4403 "Forbidden", which no longer changes the reason given here.
        const refuse = (code: number, reason: string) => {
          extra.socket.close(code, reason);
          return false;
        };
        let principal: Principal;
        try {
          principal = header
            ? await principalFrom(header, o.auth.apiKeys)
            : await o.auth.principalOf({ cookie: extra.request.headers.cookie });
        } catch {
          return refuse(WS_CLOSE_REVOKED, 'UNAUTHENTICATED: the API key is not valid or has been revoked');
        }
        if (principal.kind === 'anonymous') return refuse(WS_CLOSE_REVOKED, 'UNAUTHENTICATED: send an API key in connection_init');
        const user = principal.kind === 'user';
        const release = o.live.open(liveKeyOf(principal), {
          close: () => extra.socket.close(WS_CLOSE_REVOKED, `UNAUTHENTICATED: the ${user ? 'session ended' : 'API key was revoked'}`),
        });
        if (!release) {
          return refuse(
            WS_CLOSE_RATE_LIMITED,
            `RATE_LIMITED: at most ${o.live.perKey} live connections per ${user ? 'session' : 'API key'}`,
          );
        }
        // The client may have left while its key was checked: onClose has run, so release here.
        if (extra.socket.readyState !== extra.socket.OPEN) {
          release();
          return false;
        }
        extra.principal = principal;
        extra.release = release;
        return true;
      },
      onClose: (ctx) => (ctx.extra as Extra).release?.(),
      onSubscribe: async (ctx, _id, payload) => {
        const principal = (ctx.extra as Extra).principal ?? { kind: 'anonymous' };
        if (principal.kind !== 'anonymous') {
          const limited = await o.rateLimiter.chargeKey(allowanceOf(principal));
          if (limited) return [limited];
        }
        // The protocol wants a query string: a registered hash comes with "" (or the text), in `extensions`.
        const resolved = o.trustedDocuments.resolve(payload, principal);
        if (!resolved.ok) return [resolved.error];
        let document: DocumentNode;
        try {
          document = parseOperation(resolved.query ?? '');
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError('Syntax error')];
        }
        const errors = validateOperation(o.schema, document, o.rules, payload.variables);
        if (errors.length) return o.production ? errors.map(withoutSuggestions) : errors;
        const args = {
          schema: o.schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: contextFor(principal, o.db, o.events),
        };
        if (principal.kind !== 'anonymous') markShared(args, resolved.query ?? '', principal.role);
        return args;
      },
      onError: (_ctx, _id, _payload, errors) => format(errors) as never,
      onNext: async (ctx, _id, _payload, args, result) => {
        // A live topic's update: the one serialization every subscriber of the operation shares.
        const shared = sharedJsonOf(result);
        const socket = (ctx.extra as Extra).socket;
        if (shared !== undefined && socket instanceof FanOutSocket) return socket.placeholder(shared) as never;
        const errors = withInputCodes(result);
        const formatted = errors ? { ...result, errors: format(errors) } : undefined;
        const operation = getOperationAST(args.document, args.operationName);
        if (operation?.operation === 'mutation') {
          await auditOperation(o.db, {
            principal: (ctx.extra as Extra).principal ?? { kind: 'anonymous' },
            schema: o.schema,
            operation,
            variables: args.variableValues ?? undefined,
            errors: formatted?.errors ?? [],
          });
        }
        return formatted;
      },
    },
    wss,
    o.pingIntervalMs,
  );
  return {
    async dispose() {
      await cleanup.dispose();
      await new Promise<void>((r) => wss.close(() => r()));
    },
  };
}
