import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApi, type TestApi } from '../test-support/api-harness.js';
import { csvOf, studyWithWave } from '../test-support/fixtures.js';
import { ImportRespondentsDocument, StudiesDocument } from '../test-support/gql/graphql.js';
import { openSocket } from '../test-support/ws-client.js';

// Documents shaped to be refused are sent as text, not generated.
const PAGE = `query($w: ID!, $n: Int) { respondents(waveId: $w, first: $n) { edges { node { id externalId score band } } } }`;
const DEFAULT_PAGE = `query($w: ID!) { respondents(waveId: $w) { edges { node { id externalId score band } } } }`;
const SESSION = `query($t: String!) { respondentSession(token: $t) { status } }`;
const manyTokens = (n: number) => `{ ${'__typename '.repeat(n)}}`;

let api: TestApi;
let limited: TestApi;
let tarpit: TestApi;
let waveId: string;

beforeAll(async () => {
  // One page of respondents costs 23 per row: 50 rows (the schema's default page) exceed 1,000, 10 do not.
  api = await startTestApi({ limits: { maxCost: 1000 } });
  limited = await startTestApi({
    http: { rateLimits: { perKeyPerMinute: 30, perIpPerMinute: 30, perTokenPerMinute: 18, refusalDelayMs: 0 } },
  });
  tarpit = await startTestApi({
    http: { rateLimits: { perKeyPerMinute: 30, perTokenPerMinute: 18, refusalDelayMs: 400, maxHeldRefusals: 3 } },
  });
  ({ waveId } = await studyWithWave(api));
});
afterAll(async () => {
  await Promise.all([api?.stop(), limited?.stop(), tarpit?.stop()]);
});

const post = (t: TestApi, body: string, key: string | null) =>
  fetch(t.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body,
  });

describe('body size on /graphql', () => {
  const padded = (query: string, variables: Record<string, unknown>, bytes: number) =>
    JSON.stringify({ query, variables: { ...variables, pad: 'x'.repeat(bytes) } });

  it('refuses a body over 256 kB before authentication with 413 and PAYLOAD_TOO_LARGE', async () => {
    const res = await post(api, padded('{ studies { id } }', {}, 300 * 1024), null);
    expect(res.status).toBe(413);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses a large body with an invalid key, and a large non-import call with a valid one', async () => {
    expect((await post(api, padded('{ studies { id } }', {}, 300 * 1024), 'ldr_not-a-real-key-at-all-000000')).status).toBe(413);
    const res = await post(api, padded('{ studies { id } }', {}, 300 * 1024), api.a.keys.admin);
    expect(res.status).toBe(413);
    expect(JSON.stringify(await res.json())).toMatch(/PAYLOAD_TOO_LARGE/);
  });

  it('accepts a large import from an authenticated caller', async () => {
    const rows: (string | number)[][] = [['id', 'score', 'note']];
    for (let i = 0; i < 3000; i++) rows.push([`r${i}`, i % 11, 'n'.repeat(200)]);
    const csv = csvOf(rows);
    expect(csv.length).toBeGreaterThan(512 * 1024);
    const result = await api.gql(ImportRespondentsDocument, { input: { waveId, csv } });
    expect(result.status).toBe(200);
    expect(result.data?.importRespondents.importedCount).toBe(3000);
  });

  it('still accepts small bodies from anyone', async () => {
    expect(codeOf(await api.gql(StudiesDocument, {}, null))).toBe('UNAUTHENTICATED');
    expect((await api.gql(StudiesDocument)).status).toBe(200);
  });
});

describe('graphql-armor limits', () => {
  it('limits aliases and directives', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: studies { id }`).join(' ');
    expect((await api.gqlText(`{ ${aliases} }`)).errors?.[0].message).toMatch(/aliases limit/i);
    const directives = Array.from({ length: 11 }, () => '@include(if: true)').join(' ');
    expect((await api.gqlText(`{ __typename ${directives} }`)).errors?.[0].message).toMatch(/directives limit/i);
    expect((await api.gqlText(`{ a: studies { id } b: studies { id } }`)).errors).toBeUndefined();
  });

  it('limits tokens on HTTP', async () => {
    const refused = await api.gqlText(manyTokens(2100));
    expect(refused.errors?.[0].message).toMatch(/more that 2000 tokens/);
    expect(codeOf(refused)).toBe('GRAPHQL_PARSE_FAILED');
    expect((await api.gqlText(manyTokens(100))).errors).toBeUndefined();
  });

  it('limits tokens on WebSocket', async () => {
    const s = await openSocket(api.wsUrl);
    s.send({ type: 'connection_init', payload: { authorization: `Bearer ${api.a.keys.admin}` } });
    await s.next('connection_ack');
    s.send({ id: '1', type: 'subscribe', payload: { query: `subscription ${manyTokens(2100)}` } });
    expect(JSON.stringify((await s.next('error')).payload)).toMatch(/more that 2000 tokens/);
    s.ws.close();
  });

  it('limits tokens and counts `first: $n` on SSE', async () => {
    const stream = (query: string, variables: Record<string, unknown> = {}) =>
      fetch(`${api.url}/stream`, {
        method: 'POST',
        headers: { accept: 'text/event-stream', 'content-type': 'application/json', authorization: `Bearer ${api.a.keys.admin}` },
        body: JSON.stringify({ query, variables }),
      }).then((r) => r.text());
    expect(await stream(manyTokens(2100))).toMatch(/more that 2000 tokens/);
    expect(await stream(PAGE, { w: waveId, n: 500 })).toMatch(/cost limit/i);
    expect(await stream(PAGE, { w: waveId, n: 10 })).not.toMatch(/cost limit/i);
  });

  it('multiplies a list by the `first` it asks for: a variable, or the schema default', async () => {
    expect((await api.gqlText(PAGE, { w: waveId, n: 10 })).errors).toBeUndefined();
    const large = await api.gqlText(PAGE, { w: waveId, n: 500 });
    expect(large.errors?.[0].message).toMatch(/cost limit of 1000 exceeded/i);
    expect([large.status, codeOf(large)]).toEqual([400, 'GRAPHQL_VALIDATION_FAILED']);
    // No `first`: the schema's default page (50 rows) is what it costs.
    expect((await api.gqlText(DEFAULT_PAGE, { w: waveId })).errors?.[0].message).toMatch(/cost limit/i);
    expect((await api.gqlText(PAGE.replace('$n: Int', '$n: Int = 500'), { w: waveId })).errors?.[0].message).toMatch(/cost limit/i);
  });
});

describe('rate limits', () => {
  it('limits each API key on its own: RATE_LIMITED, retryAfter and Retry-After with 429', async () => {
    for (let i = 0; i < 5; i++) expect((await limited.gql(StudiesDocument, {}, limited.a.keys.viewer)).status).toBe(200);
    const refused = await fetch(limited.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${limited.a.keys.viewer}` },
      body: JSON.stringify({ query: '{ studies { id } }' }),
    });
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(10);
    const body = (await refused.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter });
    // Another key of the same workspace keeps its whole allowance.
    expect((await limited.gql(StudiesDocument, {}, limited.a.keys.analyst)).status).toBe(200);
  });

  it('limits each respondent token, and anonymous calls per address', async () => {
    const anonymous = (token: string) => limited.gqlText(SESSION, { t: token }, null);
    for (let i = 0; i < 3; i++) expect(codeOf(await anonymous('token-one'))).not.toBe('RATE_LIMITED');
    const byToken = await anonymous('token-one');
    expect([byToken.status, codeOf(byToken)]).toEqual([429, 'RATE_LIMITED']);
    expect(byToken.errors?.[0].message).toMatch(/link/);
    // A different token still answers: until the address has used its five calls.
    expect(codeOf(await anonymous('token-two'))).not.toBe('RATE_LIMITED');
    const byAddress = await anonymous('token-three');
    expect(codeOf(byAddress)).toBe('RATE_LIMITED');
    expect(byAddress.errors?.[0].message).toMatch(/address/);
    // Guessing keys is charged to the address as well: refused before the key is even reported wrong.
    const guessed = await limited.gql(StudiesDocument, {}, 'ldr_not-a-real-key-at-all-000000');
    expect([guessed.status, codeOf(guessed)]).toEqual([429, 'RATE_LIMITED']);
    // A valid key has its own allowance.
    expect((await limited.gql(StudiesDocument, {}, limited.b.keys.viewer)).status).toBe(200);
  });
});

describe('refusals: held, and refused before GraphQL', () => {
  const timed = async <T>(call: () => Promise<T>) => {
    const started = performance.now();
    const result = await call();
    return { result, ms: performance.now() - started };
  };

  it('holds a refusal refusalDelayMs before sending it; allowed calls are not held', async () => {
    const key = tarpit.a.keys.viewer;
    for (let i = 0; i < 5; i++) expect((await tarpit.gql(StudiesDocument, {}, key)).status).toBe(200);
    const refused = await timed(() => tarpit.gql(StudiesDocument, {}, key));
    expect([refused.result.status, codeOf(refused.result)]).toEqual([429, 'RATE_LIMITED']);
    expect(refused.ms).toBeGreaterThanOrEqual(380);
  });

  it('refuses a link with no allowance left before GraphQL reads the query, whatever its variable is called', async () => {
    const asked = (token: string) => tarpit.gqlText(SESSION, { t: token }, null);
    for (let i = 0; i < 3; i++) expect(codeOf(await asked('gate-token'))).not.toBe('RATE_LIMITED');
    expect(codeOf(await asked('gate-token'))).toBe('RATE_LIMITED');
    // Not even GraphQL: were it parsed, this would be a syntax error.
    const garbage = (token: string) => post(tarpit, JSON.stringify({ query: '{ not graphql', variables: { link: token } }), null);
    const gated = await garbage('gate-token');
    expect(gated.status).toBe(429);
    expect(Number(gated.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(((await gated.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('RATE_LIMITED');
    // Another link goes through to GraphQL, which answers the syntax error.
    const other = await garbage('another-token');
    expect(other.status).toBe(400);
    expect(((await other.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('past maxHeldRefusals, sends refusals at once and closes their connections', async () => {
    const key = tarpit.b.keys.viewer;
    for (let i = 0; i < 5; i++) expect((await tarpit.gql(StudiesDocument, {}, key)).status).toBe(200);
    const refusals = await Promise.all(
      Array.from({ length: 6 }, () => timed(() => post(tarpit, JSON.stringify({ query: '{ studies { id } }' }), key))),
    );
    expect(refusals.map((r) => r.result.status)).toEqual(Array(6).fill(429));
    const closed = refusals.filter((r) => r.result.headers.get('connection') === 'close');
    expect(closed.length).toBe(3);
    expect(refusals.filter((r) => r.ms >= 380).length).toBe(3);
  });
});
