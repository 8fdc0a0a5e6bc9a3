import type { Server } from 'node:http';
import { GraphQLError, type DocumentNode, type GraphQLSchema, type ValidationRule } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { ApiKeyService } from '../api-key/api-key.service.js';
import type { Principal } from '../common/context.js';
import { formatError } from '../common/format-error.js';
import type { DataSource } from 'typeorm';
import type { EventPubSub } from '../events/session-events.js';
import { contextFor, principalFrom } from './context.js';
import { isAllowedOrigin, parseOperation, validateOperation, withoutSuggestions, WS_MAX_PAYLOAD_BYTES } from './security.js';

interface Options {
  httpServer: Server;
  schema: GraphQLSchema;
  rules: ValidationRule[];
  allowedOrigins: string[];
  apiKeys: ApiKeyService;
  db: DataSource;
  events: EventPubSub;
  production: boolean;
}

type Extra = { principal?: Principal };

/**
 * graphql-ws on the HTTP server's port. This path bypasses Apollo's plugins, so it applies the
 * same protections itself: Origin allow-list at the upgrade, API key at connection_init, the same
 * depth and cost rules per operation, a small frame limit, and the same error formatting.
 */
export function attachWebSocketServer(o: Options): { dispose(): Promise<void> } {
  const wss = new WebSocketServer({
    server: o.httpServer,
    path: '/graphql',
    maxPayload: WS_MAX_PAYLOAD_BYTES,
    verifyClient: ({ origin }: { origin?: string }) => isAllowedOrigin(origin, o.allowedOrigins),
  });
  const format = (errors: readonly GraphQLError[]) => errors.map((e) => formatError(e.toJSON(), e));
  const cleanup = useServer<Record<string, unknown> | undefined, Extra>(
    {
      schema: o.schema,
      onConnect: async (ctx) => {
        const params = ctx.connectionParams ?? {};
        const header = params.authorization ?? params.Authorization;
        if (!header) return false;
        try {
          const principal = await principalFrom(header, o.apiKeys);
          (ctx.extra as Extra).principal = principal;
          return true;
        } catch {
          return false;
        }
      },
      onSubscribe: (ctx, _id, payload) => {
        let document: DocumentNode;
        try {
          document = parseOperation(payload.query);
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError('Syntax error')];
        }
        const errors = validateOperation(o.schema, document, o.rules, payload.variables);
        if (errors.length) return o.production ? errors.map(withoutSuggestions) : errors;
        return {
          schema: o.schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: contextFor((ctx.extra as Extra).principal ?? { kind: 'anonymous' }, o.db, o.events),
        };
      },
      onError: (_ctx, _id, _payload, errors) => format(errors) as never,
      onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: format(result.errors) } : undefined),
    },
    wss,
  );
  return {
    async dispose() {
      await cleanup.dispose();
      await new Promise<void>((r) => wss.close(() => r()));
    },
  };
}
