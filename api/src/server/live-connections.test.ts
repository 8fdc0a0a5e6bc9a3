import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateApiKeySecret, hashSecret } from '../api-key/api-key.service.js';
import { startTestApi, type TestApi } from '../test-support/api-harness.js';
import { studyWithWave } from '../test-support/fixtures.js';
import { OverallNpsChangedDocument } from '../test-support/gql/graphql.js';
import { openSocket, subscribe } from '../test-support/ws-client.js';

let api: TestApi;
let studyId: string;

beforeAll(async () => {
  api = await startTestApi({ live: { connectionsPerKey: 2, pingIntervalMs: 1000 }, revocationSweepMs: 500 });
  ({ studyId } = await studyWithWave(api));
});
afterAll(() => api?.stop());

const variables = () => ({ studyId, groupBy: [] });
const wsOf = (key: string) => subscribe(api.wsUrl, key, OverallNpsChangedDocument, variables());

/** A graphql-sse stream read as raw text (comments included). */
async function openSse(key: string) {
  const controller = new AbortController();
  const res = await fetch(`${api.url}/stream`, {
    method: 'POST',
    signal: controller.signal,
    headers: { accept: 'text/event-stream', 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query: OverallNpsChangedDocument.toString(), variables: variables() }),
  });
  let text = '';
  const ended = (async () => {
    if (!res.body || !res.headers.get('content-type')?.startsWith('text/event-stream')) return;
    const decoder = new TextDecoder();
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) text += decoder.decode(chunk, { stream: true });
    } catch {
      // aborted by the test
    }
  })();
  return { res, ended, text: () => text, close: () => controller.abort() };
}

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('live connections per key', () => {
  it('refuses the WebSocket or SSE connection beyond the cap with RATE_LIMITED, and counts a closed one out', async () => {
    const key = api.a.keys.viewer;
    const first = await wsOf(key);
    const stream = await openSse(key);
    expect(stream.res.status).toBe(200);

    const third = await openSocket(api.wsUrl);
    third.send({ type: 'connection_init', payload: { authorization: `Bearer ${key}` } });
    expect(await third.closed).toEqual({ code: 4429, reason: 'RATE_LIMITED: at most 2 live connections per API key' });
    const refused = await openSse(key);
    expect(refused.res.status).toBe(429);
    expect(refused.res.headers.get('retry-after')).toBe('30');
    expect(await refused.res.json()).toEqual({
      errors: [{ message: 'At most 2 live connections per API key: close one first.', extensions: { code: 'RATE_LIMITED' } }],
    });

    // Another key of the workspace is not held by this one's connections.
    const otherKey = await wsOf(api.a.keys.analyst);
    expect(otherKey.socket.ws.readyState).toBe(WebSocket.OPEN);

    first.socket.ws.close();
    await first.socket.closed;
    stream.close();
    await stream.ended;
    await settle(100);
    const [again, andSse] = [await wsOf(key), await openSse(key)];
    expect(again.socket.ws.readyState).toBe(WebSocket.OPEN);
    expect(andSse.res.status).toBe(200);
    for (const s of [again, otherKey]) s.socket.ws.close();
    andSse.close();
  });
});

describe('idle pings', () => {
  it('writes a comment heartbeat on an idle SSE stream every ping interval', async () => {
    const stream = await openSse(api.a.keys.admin);
    await settle(3500);
    // graphql-sse writes one comment when the stream opens; the heartbeat adds one per second.
    expect(stream.text().match(/^:\n\n/gm)?.length ?? 0).toBeGreaterThanOrEqual(3);
    stream.close();
  });

  it('pings WebSocket clients: one that answers stays, one that never answers is dropped', async () => {
    const alive = await wsOf(api.a.keys.analyst);
    const pings: number[] = [];
    alive.socket.ws.on('ping', () => pings.push(Date.now()));
    const dead = new WebSocket(api.wsUrl, 'graphql-transport-ws', { autoPong: false });
    const deadClosed = new Promise<number>((r) => dead.on('close', (code) => r(code)));
    await new Promise((r) => dead.once('open', r));
    dead.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${api.a.keys.analyst}` } }));
    const started = Date.now();
    expect(await deadClosed).toBe(1006); // terminated without a close frame
    expect(Date.now() - started).toBeLessThan(4000);
    expect(pings.length).toBeGreaterThanOrEqual(1);
    expect(alive.socket.ws.readyState).toBe(WebSocket.OPEN);
    alive.socket.ws.close();
  });
});

describe('revocation sweep', () => {
  it('closes the connections of a key revoked without a notification (one lost while the listener reconnected)', async () => {
    const secret = generateApiKeySecret();
    await api.db.query(`INSERT INTO api_key (workspace_id, name, role, prefix, secret_hash) VALUES ($1, 'swept', 'viewer', 'x', $2)`, [
      api.a.id,
      hashSecret(secret),
    ]);
    const socket = await wsOf(secret);
    await api.db.query(`UPDATE api_key SET revoked_at = now() WHERE secret_hash = $1`, [hashSecret(secret)]);
    const closed = await Promise.race([socket.socket.closed, settle(3000).then(() => null)]);
    expect(closed).toEqual({ code: 4403, reason: 'UNAUTHENTICATED: the API key was revoked' });
  });
});
