import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, valueFromASTUntyped, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { RequestContext } from '../common/context.js';

/** Requests per minute; each API replica counts its own (state in memory). */
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

/**
 * Rate limits of /graphql. A flood from one key, token or address exhausts only its own bucket:
 * the others keep their whole allowance, so one client cannot slow the rest down to its level.
 */
export class GraphqlRateLimiter {
  private readonly ip: RateLimiterMemory;
  private readonly token: RateLimiterMemory;
  private readonly key: RateLimiterMemory;
  /** The client address of each request's context (Apollo's plugins do not see the socket). */
  private readonly addresses = new WeakMap<object, string>();
  /** Root fields that take a respondent `token` argument: the public respondent operations. */
  private readonly tokenFields: Set<string>;

  constructor(schema: GraphQLSchema, limits: RateLimits) {
    this.ip = new RateLimiterMemory({ keyPrefix: 'ip', points: limits.perIpPerMinute, duration: 60 });
    this.token = new RateLimiterMemory({ keyPrefix: 'token', points: limits.perTokenPerMinute, duration: 60 });
    this.key = new RateLimiterMemory({ keyPrefix: 'key', points: limits.perKeyPerMinute, duration: 60 });
    this.tokenFields = new Set(
      [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
        Object.values(type?.getFields() ?? {})
          .filter((field) => field.args.some((arg) => arg.name === 'token'))
          .map((field) => `${type!.name}.${field.name}`),
      ),
    );
  }

  /** Remembers the address a context's request came from. */
  track<T extends object>(ctx: T, address: string | undefined): T {
    this.addresses.set(ctx, address ?? 'unknown');
    return ctx;
  }

  /** Charges one call to its key, or to its address and every respondent token it names. */
  async charge(ctx: RequestContext, operation: OperationDefinitionNode, variables: Record<string, unknown>): Promise<void> {
    if (ctx.principal.kind === 'api-key') return this.consume(this.key, ctx.principal.keyId, 'API key');
    await this.consume(this.ip, this.addresses.get(ctx) ?? 'unknown', 'address');
    for (const token of this.tokensOf(operation, variables)) await this.consume(this.token, token, 'link');
  }

  plugin(): ApolloServerPlugin<RequestContext> {
    return {
      requestDidStart: async () => ({
        didResolveOperation: async ({ contextValue, operation, request }) => {
          if (operation) await this.charge(contextValue, operation, request.variables ?? {});
        },
      }),
    };
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
