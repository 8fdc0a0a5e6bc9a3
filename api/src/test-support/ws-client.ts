import WebSocket from 'ws';

export interface RawSocket {
  ws: WebSocket;
  messages: Record<string, unknown>[];
  closed: Promise<{ code: number; reason: string }>;
  next(type: string, timeoutMs?: number): Promise<Record<string, unknown>>;
  send(message: unknown): void;
}

/** A bare graphql-transport-ws socket, to check the protocol edges the client library hides. */
export function openSocket(url: string, origin?: string): Promise<RawSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, 'graphql-transport-ws', origin ? { headers: { origin } } : {});
    const messages: Record<string, unknown>[] = [];
    const waiters: (() => void)[] = [];
    ws.on('message', (data) => {
      messages.push(JSON.parse(String(data)));
      waiters.splice(0).forEach((w) => w());
    });
    const closed = new Promise<{ code: number; reason: string }>((r) => ws.on('close', (code, reason) => r({ code, reason: String(reason) })));
    ws.once('error', reject);
    ws.once('open', () => resolve({
      ws, messages, closed,
      send: (m) => ws.send(typeof m === 'string' ? m : JSON.stringify(m)),
      async next(type, timeoutMs = 5000) {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
          const found = messages.find((m) => m.type === type);
          if (found) return found;
          if (Date.now() > deadline) throw new Error(`no "${type}" message; got ${JSON.stringify(messages)}`);
          await new Promise<void>((r) => { waiters.push(r); setTimeout(r, 100); });
        }
      },
    }));
  });
}
