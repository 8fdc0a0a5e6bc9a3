import { createSourceEventStream, execute, getOperationAST, Kind, subscribe, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { WebSocket } from 'ws';

/**
 * Live fan-out without per-subscriber work. The live topics (insights/live) compute one update per
 * topic and hand the same object to every subscriber; graphql-js would then execute each
 * subscriber's selection over it and graphql-ws serialize each result, 10,000 times for 10,000
 * subscribers (about two thirds of the API's CPU per change, with the garbage they leave). Here a
 * subscription whose events are shared executes its selection once per event and operation, and
 * its result is serialized once; each socket only wraps those bytes in its own message.
 *
 * Which subscriptions share: the root fields below, whose event is computed with the workspace's
 * read scope (the same for every reader) and whose selection resolves from the event alone (plain
 * fields, no resolver reads the caller's context). Subscribers share an execution only when they
 * sent the same document text, operation name and variables with the same role; the event object
 * is itself one topic's, so one workspace's.
 */
export const SHARED_SUBSCRIPTION_FIELDS: ReadonlySet<string> = new Set(['segmentNpsChanged', 'themeTrends', 'waveAnalysisProgress']);

/** The share key of each subscription's execution arguments (set at subscribe, read when it runs). */
const shareKeys = new WeakMap<ExecutionArgs, string>();
/** Per event object: the result of each share key's execution. */
const executions = new WeakMap<object, Map<string, ExecutionResult | Promise<ExecutionResult>>>();
/** The JSON of a shared result, made once. */
const serialized = new WeakMap<ExecutionResult, string>();

/**
 * Marks an operation's execution arguments as shareable when its only root field is one of
 * `SHARED_SUBSCRIPTION_FIELDS`; `query` is the document's text, `role` the caller's.
 */
export function markShared(args: ExecutionArgs, query: string, role: string): void {
  const operation = getOperationAST(args.document, args.operationName);
  const [only, ...more] = operation?.operation === 'subscription' ? operation.selectionSet.selections : [];
  if (!only || more.length || only.kind !== Kind.FIELD || !SHARED_SUBSCRIPTION_FIELDS.has(only.name.value)) return;
  shareKeys.set(args, JSON.stringify([role, query, args.operationName ?? null, args.variableValues ?? null]));
}

/**
 * graphql-ws's `subscribe`: graphql-js's own for an unmarked operation; for a marked one, the same
 * source stream (the field's `subscribe`, with its checks and errors), each event executed once per
 * share key, as graphql-js would (`execute` with the event as the root value).
 */
export async function sharedSubscribe(args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const key = shareKeys.get(args);
  if (key === undefined) return subscribe(args);
  const source = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in source)) return source;
  return mapEvents(source, (event) => executeOnce(args, key, event));
}

function executeOnce(args: ExecutionArgs, key: string, event: unknown): ExecutionResult | Promise<ExecutionResult> {
  if (typeof event !== 'object' || event === null) return execute({ ...args, rootValue: event });
  let byKey = executions.get(event);
  if (!byKey) executions.set(event, (byKey = new Map()));
  let result = byKey.get(key);
  if (!result) {
    result = Promise.resolve(execute({ ...args, rootValue: event })).then((r) => {
      if (!r.errors) serialized.set(r, JSON.stringify(r));
      return r;
    });
    byKey.set(key, result);
  }
  return result;
}

/** Maps a source stream; `return` reaches the source at once (a generator would wait for its next event). */
function mapEvents<T, R>(source: AsyncIterable<T>, map: (value: T) => R | Promise<R>): AsyncIterableIterator<R> {
  const iterator = source[Symbol.asyncIterator]();
  const mapped: AsyncIterableIterator<R> = {
    async next() {
      const step = await iterator.next();
      return step.done ? { value: undefined, done: true } : { value: await map(step.value), done: false };
    },
    async return() {
      await iterator.return?.();
      return { value: undefined, done: true };
    },
    async throw(error?: unknown) {
      await iterator.return?.();
      throw error;
    },
    [Symbol.asyncIterator]: () => mapped,
  };
  return mapped;
}

/** The JSON of a result when it is a shared one (made once for every subscriber), else undefined. */
export const sharedJsonOf = (result: ExecutionResult): string | undefined => serialized.get(result);

const MARK = '__ladderSharedPayload';
const markPattern = new RegExp(`\\{"${MARK}":(\\d+)\\}\\}$`);

/**
 * The WebSocket class of the server (ws's `WebSocket` option). graphql-ws serializes every message
 * itself; `placeholder` gives it a tiny payload that names a shared JSON held by this socket, and
 * `send` puts the JSON in its place. A message without a placeholder goes out unchanged.
 */
export class FanOutSocket extends WebSocket {
  private readonly held = new Map<number, string>();
  private nextHold = 0;

  /** A payload for graphql-ws to serialize in place of `json`, which `send` then puts back. */
  placeholder(json: string): Record<string, number> {
    const n = this.nextHold++;
    this.held.set(n, json);
    return { [MARK]: n };
  }

  override send(data: unknown, options?: unknown, cb?: unknown): void {
    if (typeof data === 'string' && this.held.size) data = this.expand(data);
    (super.send as (...a: unknown[]) => void)(data, options, cb);
  }

  /** `{"id":..,"type":"next","payload":{"<MARK>":n}}` with the held JSON for n as its payload. */
  private expand(message: string): string {
    const match = markPattern.exec(message);
    if (!match) return message;
    const n = Number(match[1]);
    const json = this.held.get(n);
    if (json === undefined) return message;
    this.held.delete(n);
    return `${message.slice(0, match.index)}${json}}`;
  }
}
