import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import { GraphQLError, Kind, valueFromASTUntyped, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { ApiKeyService } from '../api-key/api-key.service.js';
import type { RequestContext } from '../common/context.js';
import { principalFrom } from './context.js';

/**
 * Requests per minute; each API replica counts its own (state in memory). They are counted over
 * 10-second windows (a sixth of the figure each), so a flooder cannot spend a minute's allowance in
 * one burst.
 */
export interface RateLimits {
  /** Anonymous calls (the respondent operations, which need no key) from one IP address. */
  perIpPerMinute: number;
  /** Calls naming one respondent link token (respondentSession, sendRespondentMessage...). */
  perTokenPerMinute: number;
  /** Calls made with one API key. */
  perKeyPerMinute: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = { perIpPerMinute: 6000, perTokenPerMinute: 120, perKeyPerMinute: 6000 };

/** The RATE_LIMITED error of GraphQL responses; HTTP 429 with Retry-After when it refuses the whole request. */
export function rateLimited(retryAfterSeconds: number, what: string): GraphQLError {
  return new GraphQLError(`Too many requests for this ${what}; retry in ${retryAfterSeconds} s`, {
    extensions: {
      code: 'RATE_LIMITED',
      retryAfter: retryAfterSeconds,
      http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
    },
  });
}

const secondsOf = (rejection: RateLimiterRes) => Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));

const WINDOW_SECONDS = 10;
const limiter = (keyPrefix: string, perMinute: number) =>
  new RateLimiterMemory({ keyPrefix, points: Math.max(1, Math.ceil((perMinute * WINDOW_SECONDS) / 60)), duration: WINDOW_SECONDS });

/**
 * Rate limits of /graphql. A flood from one key, token or address exhausts only its own bucket:
 * the others keep their whole allowance. Keys and addresses are counted before the body is read
 * (refusing a flood costs a cached key lookup, not a parse); tokens once the operation is known.
 */
export class GraphqlRateLimiter {
  private readonly ip: RateLimiterMemory;
  private readonly token: RateLimiterMemory;
  private readonly key: RateLimiterMemory;
  /** Root fields that take a respondent `token` argument: the public respondent operations. */
  private readonly tokenFields: Set<string>;

  constructor(schema: GraphQLSchema, limits: RateLimits) {
    this.ip = limiter('ip', limits.perIpPerMinute);
    this.token = limiter('token', limits.perTokenPerMinute);
    this.key = limiter('key', limits.perKeyPerMinute);
    this.tokenFields = new Set(
      [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
        Object.values(type?.getFields() ?? {})
          .filter((field) => field.args.some((arg) => arg.name === 'token'))
          .map((field) => `${type!.name}.${field.name}`),
      ),
    );
  }

  /**
   * Charges each request to its API key, or to its address without a valid one (guessing keys costs
   * the address's allowance; the context then answers 401). Over the limit: 429 with Retry-After and
   * a GraphQL-shaped RATE_LIMITED error.
   */
  middleware(apiKeys: ApiKeyService): RequestHandler {
    return (req, res, next) => {
      principalFrom(req.headers.authorization, apiKeys)
        .catch(() => null)
        .then(async (principal) => {
          if (principal?.kind === 'api-key') await this.consume(this.key, principal.keyId, 'API key');
          else await this.consume(this.ip, req.ip ?? req.socket.remoteAddress ?? 'unknown', 'address');
          next();
        })
        .catch((error: unknown) => {
          if (!(error instanceof GraphQLError) || error.extensions.code !== 'RATE_LIMITED') return next(error);
          const { retryAfter } = error.extensions;
          res
            .status(429)
            .set('Retry-After', String(retryAfter))
            .json({ errors: [{ message: error.message, extensions: { code: 'RATE_LIMITED', retryAfter } }] });
        });
    };
  }

  /** Charges every respondent token an anonymous operation names. */
  plugin(): ApolloServerPlugin<RequestContext> {
    return {
      requestDidStart: async () => ({
        didResolveOperation: async ({ contextValue, operation, request }) => {
          if (!operation || contextValue.principal.kind === 'api-key') return;
          for (const token of this.tokensOf(operation, request.variables ?? {})) await this.consume(this.token, token, 'link');
        },
      }),
    };
  }

  /**
   * Charges one operation sent over WebSocket or SSE to its key, in the bucket its HTTP requests
   * use (switching transport does not reset the allowance). Returns the RATE_LIMITED error to
   * answer that operation with (code and retryAfter, no HTTP status: the connection stays), or null.
   */
  async chargeKey(keyId: string): Promise<GraphQLError | null> {
    try {
      await this.consume(this.key, keyId, 'API key');
      return null;
    } catch (error) {
      if (!(error instanceof GraphQLError) || error.extensions.code !== 'RATE_LIMITED') throw error;
      return new GraphQLError(error.message, { extensions: { code: 'RATE_LIMITED', retryAfter: error.extensions.retryAfter } });
    }
  }

  private async consume(limiter: RateLimiterMemory, subject: string, what: string): Promise<void> {
    try {
      await limiter.consume(subject);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) throw rateLimited(secondsOf(rejection), what);
      throw rejection;
    }
  }

  private tokensOf(operation: OperationDefinitionNode, variables: Record<string, unknown>): string[] {
    if (operation.operation === 'subscription') return [];
    const type = operation.operation === 'query' ? 'Query' : 'Mutation';
    const tokens: string[] = [];
    for (const selection of operation.selectionSet.selections) {
      if (selection.kind !== Kind.FIELD || !this.tokenFields.has(`${type}.${selection.name.value}`)) continue;
      const argument = selection.arguments?.find((a) => a.name.value === 'token');
      const value = argument ? valueFromASTUntyped(argument.value, variables) : undefined;
      if (typeof value === 'string') tokens.push(value);
    }
    return tokens;
  }
}
