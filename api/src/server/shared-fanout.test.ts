import type { AddressInfo } from 'node:net';
import { GraphQLInt, GraphQLObjectType, GraphQLSchema, GraphQLString, parse, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import { createSubscriberQueue, type SubscriberQueue } from '../insights/live/subscriber-queue.js';
import { FanOutSocket, markShared, sharedJsonOf, sharedSubscribe } from './shared-fanout.js';

/**
 * A schema shaped like the live topics: every subscriber of a field gets the same event object from
 * its own queue. `executions` counts how often a selection was executed over an event.
 */
let executions = 0;
const queues: SubscriberQueue<unknown>[] = [];
const listen = () => {
  const queue = createSubscriberQueue<unknown>(() => queues.splice(queues.indexOf(queue), 1));
  queues.push(queue);
  return queue.iterator;
};
const Update = new GraphQLObjectType({
  name: 'Update',
  fields: {
    n: { type: GraphQLInt },
    doubled: {
      type: GraphQLInt,
      resolve: (u: { n: number }) => {
        executions++;
        return u.n * 2;
      },
    },
  },
});
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLString, resolve: () => 'ok' } } }),
  subscription: new GraphQLObjectType({
    name: 'Subscription',
    fields: {
      segmentNpsChanged: { type: Update, subscribe: listen, resolve: (e: unknown) => e },
      sessionUpdated: { type: Update, subscribe: listen, resolve: (e: unknown) => e },
    },
  }),
});

async function start(query: string, role = 'viewer', variableValues?: Record<string, unknown>) {
  const args: ExecutionArgs = { schema, document: parse(query), variableValues };
  markShared(args, query, role);
  const stream = (await sharedSubscribe(args)) as AsyncIterableIterator<ExecutionResult>;
  return { stream, next: () => stream.next().then((r) => r.value as ExecutionResult) };
}

const publish = (event: unknown) => queues.forEach((q) => q.push(event));

describe('shared subscription execution', () => {
  it('executes a shared field once per event for every subscriber of the same operation and role, and serializes it once', async () => {
    const query = 'subscription { segmentNpsChanged { n doubled } }';
    const subscribers = await Promise.all([start(query), start(query), start(query)]);
    executions = 0;
    const pending = subscribers.map((s) => s.next());
    publish({ n: 21 });
    const results = await Promise.all(pending);
    expect(executions).toBe(1);
    expect(results.map((r) => r.data)).toEqual([1, 2, 3].map(() => ({ segmentNpsChanged: { n: 21, doubled: 42 } })));
    expect(new Set(results).size).toBe(1);
    expect(sharedJsonOf(results[0])).toBe(JSON.stringify(results[0]));
    await Promise.all(subscribers.map((s) => s.stream.return?.()));
    expect(queues).toHaveLength(0);
  });

  it('executes apart for another role, another selection or other variables', async () => {
    const subscribers = await Promise.all([
      start('subscription { segmentNpsChanged { n doubled } }', 'viewer'),
      start('subscription { segmentNpsChanged { n doubled } }', 'admin'),
      start('subscription { segmentNpsChanged { doubled } }', 'viewer'),
      start('subscription S($x: Int) { segmentNpsChanged { doubled } }', 'viewer', { x: 1 }),
    ]);
    executions = 0;
    const pending = subscribers.map((s) => s.next());
    publish({ n: 5 });
    const results = await Promise.all(pending);
    expect(executions).toBe(4);
    expect(results[2].data).toEqual({ segmentNpsChanged: { doubled: 10 } });
    await Promise.all(subscribers.map((s) => s.stream.return?.()));
  });

  it('leaves other fields, fragments at the root and queries to graphql-js, one execution per subscriber', async () => {
    const subscribers = await Promise.all([
      start('subscription { sessionUpdated { doubled } }'),
      start('subscription { sessionUpdated { doubled } }'),
      start('subscription { ...F } fragment F on Subscription { segmentNpsChanged { doubled } }'),
    ]);
    executions = 0;
    const pending = subscribers.map((s) => s.next());
    publish({ n: 1 });
    const results = await Promise.all(pending);
    expect(executions).toBe(3);
    expect(results.map(sharedJsonOf)).toEqual([undefined, undefined, undefined]);
    await Promise.all(subscribers.map((s) => s.stream.return?.()));
    const query: ExecutionArgs = { schema, document: parse('{ ok }') };
    markShared(query, '{ ok }', 'viewer');
    expect(await sharedSubscribe(query)).toMatchObject({ errors: [{ message: expect.stringMatching(/subscription/i) }] });
  });

  it('ends the source stream at once when the subscriber leaves, without waiting for an event', async () => {
    const s = await start('subscription { segmentNpsChanged { n } }');
    expect(queues).toHaveLength(1);
    const waiting = s.next();
    await s.stream.return?.();
    expect(queues).toHaveLength(0);
    expect(await waiting).toBeUndefined();
  });
});

describe('FanOutSocket', () => {
  let server: WebSocketServer;
  let url: string;
  beforeAll(async () => {
    server = new WebSocketServer({ port: 0, host: '127.0.0.1', WebSocket: FanOutSocket });
    await new Promise((r) => server.once('listening', r));
    url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((r) => server.close(r)));

  it('puts the held JSON in place of its placeholder, once, and sends anything else unchanged', async () => {
    const accepted = new Promise<FanOutSocket>((r) => server.once('connection', (s) => r(s as FanOutSocket)));
    const client = new WebSocket(url);
    const received: string[] = [];
    client.on('message', (data) => received.push(String(data)));
    await new Promise((r) => client.once('open', r));
    const socket = await accepted;

    const shared = JSON.stringify({ data: { segmentNpsChanged: { overall: { n: 3 } } } });
    const placeholder = socket.placeholder(shared);
    const tricky = '{"__ladderSharedPayload":0}}';
    socket.send(JSON.stringify({ id: tricky, type: 'next', payload: placeholder }));
    // Sent again (no longer held), an id that only looks like one, and a message without any.
    socket.send(JSON.stringify({ id: 'again', type: 'next', payload: placeholder }));
    socket.send(JSON.stringify({ id: tricky, type: 'complete' }));
    await new Promise<void>((resolve) => {
      const poll = () => (received.length >= 3 ? resolve() : setTimeout(poll, 10));
      poll();
    });
    expect(received.map((m) => JSON.parse(m))).toEqual([
      { id: tricky, type: 'next', payload: JSON.parse(shared) },
      { id: 'again', type: 'next', payload: placeholder },
      { id: tricky, type: 'complete' },
    ]);
    client.close();
  });
});
