import WebSocket from 'ws';
import { credentialHeaders, type GqlError } from './api-harness.js';
import type { TypedDocumentString } from './gql/graphql.js';

export interface RawSocket {
  ws: WebSocket;
  messages: Record<string, unknown>[];
  closed: Promise<{ code: number; reason: string }>;
  next(type: string, timeoutMs?: number): Promise<Record<string, unknown>>;
  send(message: unknown): void;
}

/** A bare graphql-transport-ws socket, to check the protocol edges the client library hides. */
export function openSocket(url: string, origin?: string, headers: Record<string, string> = {}): Promise<RawSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, 'graphql-transport-ws', { headers: { ...(origin ? { origin } : {}), ...headers } });
    const messages: Record<string, unknown>[] = [];
    const waiters: (() => void)[] = [];
    ws.on('message', (data) => {
      messages.push(JSON.parse(String(data)));
      waiters.splice(0).forEach((w) => w());
    });
    const closed = new Promise<{ code: number; reason: string }>((r) =>
      ws.on('close', (code, reason) => r({ code, reason: String(reason) })),
    );
    ws.once('error', reject);
    ws.once('open', () =>
      resolve({
        ws,
        messages,
        closed,
        send: (m) => ws.send(typeof m === 'string' ? m : JSON.stringify(m)),
        async next(type, timeoutMs = 5000) {
          const deadline = Date.now() + timeoutMs;
          for (;;) {
            const found = messages.find((m) => m.type === type);
            if (found) return found;
            if (Date.now() > deadline) throw new Error(`no "${type}" message; got ${JSON.stringify(messages)}`);
            await new Promise<void>((r) => {
              waiters.push(r);
              setTimeout(r, 100);
            });
          }
        },
      }),
    );
  });
}

/** What a `next` message carries: one result of the subscribed operation. */
export interface SubscriptionResult<R> {
  data?: R | null;
  errors?: GqlError[];
}

export interface Subscription<R> {
  socket: RawSocket;
  /** The results in `socket.messages`, oldest first. */
  results(): SubscriptionResult<R>[];
  /** The oldest result in `socket.messages`, waiting for one if there is none yet. */
  next(timeoutMs?: number): Promise<SubscriptionResult<R>>;
}

/**
 * A socket authenticated with `key` at connection_init (or, for a session "session:<secret>", with
 * its cookie on the upgrade request, as a browser sends it), subscribed to a generated document.
 */
export async function subscribe<R, V>(
  url: string,
  key: string,
  document: TypedDocumentString<R, V>,
  variables: V,
): Promise<Subscription<R>> {
  const session = key.startsWith('session:');
  const socket = await openSocket(url, undefined, session ? credentialHeaders(key) : {});
  socket.send({ type: 'connection_init', payload: session ? {} : { authorization: `Bearer ${key}` } });
  await socket.next('connection_ack');
  socket.send({ id: '1', type: 'subscribe', payload: { query: document.toString(), variables } });
  // The payloads answer the document sent: its type is theirs.
  const resultOf = (message: Record<string, unknown>) => message.payload as SubscriptionResult<R>;
  return {
    socket,
    results: () => socket.messages.filter((m) => m.type === 'next').map(resultOf),
    next: async (timeoutMs) => resultOf(await socket.next('next', timeoutMs)),
  };
}
