import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler, Response } from 'express';
import { GraphQLError, Kind, valueFromASTUntyped, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { allowanceOf, type RequestContext } from '../common/context.js';
import type { Authenticator } from './authenticator.js';
import { KeySlots } from './key-slots.js';

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
  /**
   * How long a refusal is held before it is sent (at most until the bucket refills): a client that
   * retries in a loop then costs a timer per second and loop, not a request per millisecond.
   */
  refusalDelayMs: number;
  /** Refusals held at once per API process; past it they are sent at once, closing their connection. */
  maxHeldRefusals?: number;
  /**
   * Queries of one API key executing at once; the others wait their turn. A key spending its
   * allowance in a burst then queues behind itself, not in front of everyone else. Mutations are
   * not held (concurrent ingest calls of one key are what lets them be written together).
   */
  concurrentQueriesPerKey: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  perIpPerMinute: 6000,
  perTokenPerMinute: 120,
  perKeyPerMinute: 6000,
  refusalDelayMs: 1000,
  concurrentQueriesPerKey: 4,
};

export const MAX_HELD_REFUSALS = 2000;
/** String variables of an anonymous request looked up as link tokens before GraphQL runs. */
const GATE_VARIABLES = 8;

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
 * (refusing a flood costs a cached key lookup, not a parse); tokens once the operation is known,
 * and a token whose bucket is already empty is refused right after the body is read, before
 * GraphQL parses anything. Refusals are held `refusalDelayMs` (a tarpit): the cheapest refusal
 * still costs the same cores as everyone's requests, so a flooder that waits for its answers is
 * slowed to a few requests a second instead of being answered a thousand times a second.
 */
export class GraphqlRateLimiter {
  private readonly ip: RateLimiterMemory;
  private readonly token: RateLimiterMemory;
  private readonly key: RateLimiterMemory;
  private readonly tokenPoints: number;
  private readonly refusalDelayMs: number;
  private readonly maxHeld: number;
  private held = 0;
  private readonly querySlots: KeySlots;
  /** Root fields that take a respondent `token` argument: the public respondent operations. */
  private readonly tokenFields: Set<string>;

  constructor(schema: GraphQLSchema, limits: RateLimits) {
    this.ip = limiter('ip', limits.perIpPerMinute);
    this.token = limiter('token', limits.perTokenPerMinute);
    this.key = limiter('key', limits.perKeyPerMinute);
    this.tokenPoints = this.token.points;
    this.refusalDelayMs = limits.refusalDelayMs;
    this.maxHeld = limits.maxHeldRefusals ?? MAX_HELD_REFUSALS;
    this.querySlots = new KeySlots(limits.concurrentQueriesPerKey);
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
  middleware(auth: Authenticator): RequestHandler {
    return (req, res, next) => {
      auth
        .principalOf(req.headers)
        .catch(() => null)
        .then(async (principal) => {
          // A person's sessions share one allowance, counted like a key's.
          if (principal && principal.kind !== 'anonymous') await this.consume(this.key, allowanceOf(principal), 'API key');
          else await this.consume(this.ip, req.ip ?? req.socket.remoteAddress ?? 'unknown', 'address');
          next();
        })
        .catch((error: unknown) => {
          if (!(error instanceof GraphQLError) || error.extensions.code !== 'RATE_LIMITED') return next(error);
          this.refuse(res, error);
        });
    };
  }

  /**
   * After the body is read, before GraphQL: an anonymous request with a variable naming a link that
   * has no allowance left is refused here (any variable name: clients name it as they like; the
   * first few string variables are looked up). It charges nothing: the plugin charges what runs.
   */
  tokenGate(): RequestHandler {
    return (req, res, next) => {
      const variables = (req.body as { variables?: unknown } | undefined)?.variables;
      if (req.headers.authorization || !variables || typeof variables !== 'object') return next();
      const candidates = Object.values(variables)
        .filter((v): v is string => typeof v === 'string')
        .slice(0, GATE_VARIABLES);
      Promise.all(candidates.map((token) => this.token.get(token))).then((states) => {
        const exhausted = states.find((state) => state && state.consumedPoints >= this.tokenPoints);
        if (exhausted) this.refuse(res, rateLimited(secondsOf(exhausted), 'link'));
        else next();
      }, next);
    };
  }

  /** 429 with Retry-After and a GraphQL-shaped RATE_LIMITED error, once the refusal has been held. */
  private refuse(res: Response, error: GraphQLError): void {
    const { retryAfter } = error.extensions as { retryAfter: number };
    const body = { errors: [{ message: error.message, extensions: { code: 'RATE_LIMITED', retryAfter } }] };
    void this.hold(retryAfter).then((held) => {
      if (res.writableEnded || res.destroyed) return;
      if (!held) res.set('Connection', 'close');
      res.status(429).set('Retry-After', String(retryAfter)).json(body);
    });
  }

  /** Waits `refusalDelayMs` (at most `retryAfter`); false at once when too many refusals are held already. */
  private async hold(retryAfterSeconds: number): Promise<boolean> {
    const delay = Math.min(this.refusalDelayMs, retryAfterSeconds * 1000);
    if (delay <= 0 || this.held >= this.maxHeld) return false;
    this.held++;
    try {
      await new Promise((resolve) => setTimeout(resolve, delay).unref());
      return true;
    } finally {
      this.held--;
    }
  }

  /** Charges every respondent token an anonymous operation names; queues a key's queries past its concurrent share. */
  plugin(): ApolloServerPlugin<RequestContext> {
    return {
      requestDidStart: async () => {
        let release: (() => void) | undefined;
        return {
          didResolveOperation: async ({ contextValue, operation, request }) => {
            if (!operation) return;
            const { principal } = contextValue;
            if (principal.kind !== 'anonymous') {
              if (operation.operation === 'query') release = await this.querySlots.acquire(allowanceOf(principal));
              return;
            }
            for (const token of this.tokensOf(operation, request.variables ?? {})) await this.consume(this.token, token, 'link');
          },
          // A link refused by GraphQL (its first refusal of a window, or a token written in the query) is held too.
          willSendResponse: async ({ errors }) => {
            release?.();
            const refusal = errors?.find((e) => e.extensions?.code === 'RATE_LIMITED');
            if (refusal) await this.hold(Number(refusal.extensions.retryAfter) || 1);
          },
        };
      },
    };
  }

  /**
   * Charges one operation sent over WebSocket or SSE to its key (or person: `allowanceOf`), in the bucket its HTTP requests
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
