import 'reflect-metadata';
import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RATE_LIMITS, GraphqlRateLimiter } from './rate-limits.js';

// The plugin's hooks driven as Apollo drives them, over a schema of two fields.
const schema = buildSchema(`type Query { studies: Int } type Mutation { ingest: Int }`);
const operationOf = (source: string) => parse(source).definitions[0] as OperationDefinitionNode;
const tick = () => new Promise((r) => setImmediate(r));

type Hooks = {
  didResolveOperation: (rc: unknown) => Promise<void>;
  willSendResponse: (rc: unknown) => Promise<void>;
};

async function request(limiter: GraphqlRateLimiter, keyId: string, source: string) {
  const hooks = (await limiter.plugin().requestDidStart!({} as never)) as unknown as Hooks;
  const context = { contextValue: { principal: { kind: 'api-key', keyId } }, operation: operationOf(source), request: {} };
  let resolved = false;
  const running = hooks.didResolveOperation(context).then(() => (resolved = true));
  await tick();
  return { started: () => resolved, running, finish: () => hooks.willSendResponse({ errors: undefined }) };
}

describe('queries of one key at once', () => {
  it('runs at most concurrentQueriesPerKey queries of a key; the next starts when one finishes', async () => {
    const limiter = new GraphqlRateLimiter(schema, { ...DEFAULT_RATE_LIMITS, concurrentQueriesPerKey: 2 });
    const [a, b, c] = [
      await request(limiter, 'k1', '{ studies }'),
      await request(limiter, 'k1', '{ studies }'),
      await request(limiter, 'k1', '{ studies }'),
    ];
    expect([a.started(), b.started(), c.started()]).toEqual([true, true, false]);
    // Another key is not held by k1's queries.
    expect((await request(limiter, 'k2', '{ studies }')).started()).toBe(true);
    await a.finish();
    await c.running;
    expect(c.started()).toBe(true);
  });

  it('never holds mutations (concurrent ingest calls of one key are written together)', async () => {
    const limiter = new GraphqlRateLimiter(schema, { ...DEFAULT_RATE_LIMITS, concurrentQueriesPerKey: 1 });
    await request(limiter, 'k1', '{ studies }');
    expect((await request(limiter, 'k1', 'mutation { ingest }')).started()).toBe(true);
    expect((await request(limiter, 'k1', '{ studies }')).started()).toBe(false);
  });
});
