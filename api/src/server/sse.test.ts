import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORIGIN, startTestApi, type GqlError, type TestApi } from '../test-support/api-harness.js';
import { csvOf, studyWithWave } from '../test-support/fixtures.js';
import {
  ImportRespondentsDocument,
  OverallNpsChangedDocument,
  SchemaQueryTypeDocument,
  StudiesDocument,
  ThemeTrendsDocument,
  type TypedDocumentString,
} from '../test-support/gql/graphql.js';
import type { SubscriptionResult } from '../test-support/ws-client.js';

let dev: TestApi;
let prod: TestApi;
let studyId: string;
let waveId: string;

beforeAll(async () => {
  [dev, prod] = await Promise.all([startTestApi({ limits: { maxDepth: 3, maxCost: 30 } }), startTestApi({ production: true })]);
  ({ studyId, waveId } = await studyWithWave(dev));
  await dev.gql(ImportRespondentsDocument, {
    input: {
      waveId,
      csv: csvOf([
        ['id', 'score', 'tier'],
        ['a', 10, 'SMB'],
        ['b', 2, 'SMB'],
      ]),
    },
  });
});
afterAll(async () => {
  await Promise.all([dev?.stop(), prod?.stop()]);
});

/** `next` events carry a result of the operation; `complete` carries nothing. */
interface SseEvent<R> {
  event: string;
  data: SubscriptionResult<R> | null;
}

/**
 * A graphql-sse client in distinct-connections mode: one POST per operation, events read from the body.
 * Generated documents type their events; text (a typo, too deep, too costly) is for the refusals.
 */
function openStream<R, V>(api: TestApi, document: TypedDocumentString<R, V>, variables: V, key?: string | null): Promise<Stream<R>>;
function openStream(api: TestApi, document: string, variables: Record<string, unknown>, key?: string | null): Promise<Stream<unknown>>;
async function openStream<R>(
  api: TestApi,
  document: { toString(): string },
  variables: unknown,
  key: string | null = api.a.keys.viewer,
): Promise<Stream<R>> {
  const query = document.toString();
  const controller = new AbortController();
  const res = await fetch(`${api.url}/stream`, {
    method: 'POST',
    signal: controller.signal,
    headers: { accept: 'text/event-stream', 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const events: SseEvent<R>[] = [];
  let buffer = '';
  const reading = (async () => {
    if (!res.body || !res.headers.get('content-type')?.startsWith('text/event-stream')) return;
    const decoder = new TextDecoder();
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event) events.push({ event, data: data && data !== 'null' ? JSON.parse(data) : null });
        }
      }
    } catch {
      // aborted
    }
  })();
  return {
    res,
    events,
    reading,
    async next(event: string, timeoutMs = 5000): Promise<SseEvent<R>> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = events.find((e) => e.event === event);
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`no "${event}" event; got ${JSON.stringify(events)}`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    close: () => controller.abort(),
  };
}

interface Stream<R> {
  res: Response;
  events: SseEvent<R>[];
  reading: Promise<void>;
  next(event: string, timeoutMs?: number): Promise<SseEvent<R>>;
  close(): void;
}

describe('GraphQL over SSE', () => {
  it('delivers a subscription event notified by another process', async () => {
    const stream = await openStream(dev, OverallNpsChangedDocument, { studyId, groupBy: ['tier'] });
    expect(stream.res.status).toBe(200);
    await new Promise((r) => setTimeout(r, 200)); // the subscription is registered before the event
    const notifier = new pg.Client({ connectionString: dev.databaseUrl });
    await notifier.connect();
    await notifier.query(
      `INSERT INTO respondent (workspace_id, wave_id, external_id, score, attributes) VALUES ($1, $2, 'c', 9, '{"tier": "SMB"}')`,
      [dev.a.id, waveId],
    );
    await notifier.query(`SELECT pg_notify('ladder_events', $1)`, [
      JSON.stringify({ type: 'insights.changed', workspaceId: dev.a.id, studyId, waveId, what: 'coding' }),
    ]);
    await notifier.end();
    const { data } = await stream.next('next');
    expect(data).toEqual({ data: { segmentNpsChanged: { overall: { n: 3, nps: 33.33 } } } });
    stream.close();
  });

  it('answers queries as a single event, with the same context (workspace scope) as HTTP', async () => {
    const stream = await openStream(dev, StudiesDocument, {});
    expect((await stream.next('next')).data).toEqual({ data: { studies: [{ id: studyId }] } });
    await stream.next('complete');
    await stream.reading;
  });

  it('refuses requests without a valid API key before opening a stream', async () => {
    for (const key of [null, 'ldr_not-a-real-key-0000000000000000']) {
      const stream = await openStream(dev, StudiesDocument, {}, key);
      expect(stream.res.status).toBe(401);
      expect(((await stream.res.json()) as { errors: GqlError[] }).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  it("reports domain errors with their codes (another workspace's study is not found; ingest keys may not read)", async () => {
    const other = await openStream(dev, ThemeTrendsDocument, { studyId }, dev.b.keys.admin);
    expect((await other.next('next')).data?.errors?.[0].extensions.code).toBe('STUDY_NOT_FOUND');
    const ingest = await openStream(dev, ThemeTrendsDocument, { studyId }, dev.a.keys.ingest);
    expect((await ingest.next('next')).data?.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('applies the same depth and cost limits as HTTP', async () => {
    const deep = await openStream(
      dev,
      'subscription($s: ID!) { segmentNpsChanged(studyId: $s, groupBy: []) { overall { key { attribute } } } }',
      { s: studyId },
    );
    const error = (await deep.next('next')).data?.errors?.[0];
    expect(error?.message).toMatch(/depth limit/i);
    expect(error?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const wide = await openStream(
      dev,
      `subscription($s: ID!) { segmentNpsChanged(studyId: $s, groupBy: []) {
      groupBy overall { label n promoters passives detractors nps ciLow ciHigh smallSample }
      segments { label n promoters passives detractors nps ciLow ciHigh } } }`,
      { s: studyId },
    );
    expect((await wide.next('next')).data?.errors?.[0].message).toMatch(/cost limit/i);
  });

  it('hides field suggestions and introspection in production', async () => {
    const typo = await openStream(prod, '{ studys { id } }', {}, prod.a.keys.admin);
    const error = (await typo.next('next')).data?.errors?.[0];
    expect(error?.message).toMatch(/Cannot query field/);
    expect(error?.message).not.toMatch(/Did you mean/);
    const schema = await openStream(prod, SchemaQueryTypeDocument, {}, prod.a.keys.admin);
    expect((await schema.next('next')).data?.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('answers CORS preflights for allowed origins only', async () => {
    const preflight = (origin: string) =>
      fetch(`${dev.url}/stream`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' },
      });
    expect((await preflight(ORIGIN)).headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });
});
