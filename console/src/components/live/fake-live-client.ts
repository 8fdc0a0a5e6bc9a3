import type { Client } from 'graphql-ws';

/** Specs only: a graphql-ws client stand-in that lets a test connect the socket and push events. */
type Sink = { next: (value: { data?: unknown }) => void; error: (e: unknown) => void; complete: () => void };
interface Subscription {
  query: string;
  variables: Record<string, unknown>;
  sink: Sink;
}

function createFakeLiveClient() {
  let subscriptions: Subscription[] = [];
  let listeners: { event: string; listener: () => void }[] = [];
  const makeClient = () => ({
    subscribe(payload: { query: string; variables?: Record<string, unknown> }, sink: Sink) {
      const entry = { query: payload.query, variables: payload.variables ?? {}, sink };
      subscriptions.push(entry);
      return () => {
        subscriptions = subscriptions.filter((s) => s !== entry);
      };
    },
    on(event: string, listener: () => void) {
      const entry = { event, listener };
      listeners.push(entry);
      return () => {
        listeners = listeners.filter((l) => l !== entry);
      };
    },
    dispose: () => undefined,
    terminate: () => undefined,
  });
  let client = makeClient();
  const emit = (event: string) => listeners.filter((l) => l.event === event).forEach((l) => l.listener());
  const of = (operation: string) => subscriptions.filter((s) => s.query.includes(`subscription ${operation}`));
  return {
    /** A fresh client after each reset, as a page load would get. */
    get client() {
      return client as unknown as Client;
    },
    connect: () => emit('connected'),
    close: () => emit('closed'),
    /** The variables of the open subscriptions of this operation. */
    variables: (operation: string) => of(operation).map((s) => s.variables),
    push: (operation: string, data: unknown) => of(operation).forEach((s) => s.sink.next({ data })),
    fail: (operation: string, error: unknown) => of(operation).forEach((s) => s.sink.error(error)),
    reset() {
      subscriptions = [];
      listeners = [];
      client = makeClient();
    },
  };
}

export const fakeLive = createFakeLiveClient();
