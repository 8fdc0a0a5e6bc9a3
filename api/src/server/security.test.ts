import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, ORIGIN, startTestApi, type TestApi } from '../test-support/api-harness.js';
import { SchemaQueryTypeDocument, StudiesDocument } from '../test-support/gql/graphql.js';
import { openSocket } from '../test-support/ws-client.js';

// Documents shaped to be refused (too deep, too costly, misspelt) are sent as text, not generated.
const DEEP = `query($w: ID!) { respondents(waveId: $w) { edges { node { latestSession { turns { id } } } } } }`;
const WIDE = `{ studies { id name description createdAt respondentCount bandCounts { detractors passives promoters total }
  waves { id name status createdAt respondentCount } } }`;

let dev: TestApi;
let prod: TestApi;
beforeAll(async () => {
  [dev, prod] = await Promise.all([startTestApi({ limits: { maxDepth: 3, maxCost: 30 } }), startTestApi({ production: true })]);
});
afterAll(async () => {
  await Promise.all([dev?.stop(), prod?.stop()]);
});

describe('HTTP', () => {
  it('prevents CSRF: simple requests without a preflight header are refused', async () => {
    const get = await fetch(`${dev.url}?query=${encodeURIComponent('{ studies { id } }')}`);
    expect(get.status).toBe(400);
    expect(await get.text()).toMatch(/CSRF/i);
    const textPlain = await fetch(dev.url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{"query":"{ studies { id } }"}',
    });
    expect(textPlain.status).toBe(400);
  });

  it('refuses batched operations', async () => {
    const res = await fetch(dev.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${dev.a.keys.admin}` },
      body: JSON.stringify([{ query: '{ studies { id } }' }, { query: '{ studies { id } }' }]),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/batching/i);
  });

  it('allows introspection and field suggestions in development only', async () => {
    expect((await dev.gql(SchemaQueryTypeDocument)).data?.__schema.queryType.name).toBe('Query');
    const closed = await prod.gql(SchemaQueryTypeDocument, {}, prod.a.keys.admin);
    expect(codeOf(closed)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await dev.gqlText('{ studys { id } }')).errors?.[0].message).toMatch(/Did you mean .*"studies"/);
    const hidden = await prod.gqlText('{ studys { id } }', {}, prod.a.keys.admin);
    expect(hidden.errors?.[0].message).not.toMatch(/Did you mean/);
    expect(codeOf(hidden)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('enforces the depth and cost limits', async () => {
    const deep = await dev.gqlText(DEEP, { w: '00000000-0000-0000-0000-000000000000' });
    expect(deep.errors?.[0].message).toMatch(/depth limit/i);
    const wide = await dev.gqlText(WIDE);
    expect(wide.errors?.[0].message).toMatch(/cost limit/i);
    expect((await dev.gql(StudiesDocument)).data?.studies).toEqual([]);
    // Fragments do not add depth: only the fields they select count (studies > waves > id is 3).
    const withFragments = await dev.gqlText('query { studies { ...S } } fragment S on Study { waves { id } }');
    expect(withFragments.errors).toBeUndefined();
  });

  it('requires a valid API key for workspace data', async () => {
    expect(codeOf(await dev.gql(StudiesDocument, {}, null))).toBe('UNAUTHENTICATED');
    const bad = await dev.gql(StudiesDocument, {}, 'ldr_not-a-real-key-at-all-000000');
    expect([bad.status, codeOf(bad)]).toEqual([401, 'UNAUTHENTICATED']);
  });

  it('answers CORS only for allowed origins', async () => {
    const preflight = (origin: string) =>
      fetch(dev.url, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' },
      });
    expect((await preflight(ORIGIN)).headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('WebSocket', () => {
  it('authenticates at connection_init', async () => {
    const anonymous = await openSocket(dev.wsUrl);
    anonymous.send({ type: 'connection_init', payload: {} });
    expect((await anonymous.closed).code).toBe(4403);
    const wrong = await openSocket(dev.wsUrl);
    wrong.send({ type: 'connection_init', payload: { authorization: 'Bearer ldr_wrong-key-0000000000000000' } });
    expect((await wrong.closed).code).toBe(4403);
    const ok = await openSocket(dev.wsUrl);
    ok.send({ type: 'connection_init', payload: { authorization: `Bearer ${dev.a.keys.viewer}` } });
    await ok.next('connection_ack');
    ok.ws.close();
  });

  it('applies the same depth and cost limits as HTTP', async () => {
    const s = await openSocket(dev.wsUrl);
    s.send({ type: 'connection_init', payload: { authorization: `Bearer ${dev.a.keys.admin}` } });
    await s.next('connection_ack');
    s.send({
      id: '1',
      type: 'subscribe',
      payload: { query: 'subscription { sessionUpdated(sessionId: "x") { session { turns { id } } turn { id } } }' },
    });
    const error = await s.next('error');
    expect(JSON.stringify(error.payload)).toMatch(/depth limit/i);
    s.send({
      id: '2',
      type: 'subscribe',
      payload: {
        query: `subscription { sessionUpdated(sessionId: "x") {
      session { id status moderator createdAt startedAt completedAt respondentId waveId }
      turn { id seq role text phase ladderLevel createdAt } } }`,
      },
    });
    await new Promise((r) => setTimeout(r, 300));
    const errors = s.messages.filter((m) => m.type === 'error' && m.id === '2');
    expect(JSON.stringify(errors)).toMatch(/cost limit/i);
    s.ws.close();
  });

  it('hides field suggestions on the WebSocket path in production', async () => {
    const s = await openSocket(prod.wsUrl);
    s.send({ type: 'connection_init', payload: { authorization: `Bearer ${prod.a.keys.admin}` } });
    await s.next('connection_ack');
    s.send({ id: '1', type: 'subscribe', payload: { query: 'subscription { sessionUpdatd(sessionId: "x") { turn { id } } }' } });
    const error = JSON.stringify((await s.next('error')).payload);
    expect(error).toMatch(/Cannot query field/);
    expect(error).not.toMatch(/Did you mean/);
    s.ws.close();
  });

  it('closes connections that send oversized frames', async () => {
    const s = await openSocket(dev.wsUrl);
    s.send('x'.repeat(100 * 1024));
    expect((await s.closed).code).toBe(1009);
  });

  it('refuses upgrades from origins not on the allow-list', async () => {
    await expect(openSocket(dev.wsUrl, 'https://evil.example')).rejects.toThrow(/401/);
    const allowed = await openSocket(dev.wsUrl, ORIGIN);
    allowed.ws.close();
  });
});
