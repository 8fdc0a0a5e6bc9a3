import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type GqlError, type TestApi } from '../test-support/api-harness.js';
import { auditRowsSince, lastAuditEventId, type AuditRow } from '../test-support/audit-rows.js';
import { csvOf, studyWithWave } from '../test-support/fixtures.js';
import {
  CreateStudyDocument,
  CreateWaveDocument,
  EraseRespondentDocument,
  ImportRespondentsDocument,
  SessionTranscriptDocument,
  StudiesDocument,
} from '../test-support/gql/graphql.js';
import { openSocket, type RawSocket } from '../test-support/ws-client.js';

type Transport = 'http' | 'ws' | 'sse';

interface Result {
  status?: number;
  data?: unknown;
  errors?: GqlError[];
}

let api: TestApi;
let limited: TestApi;

const MISSING = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  [api, limited] = await Promise.all([startTestApi(), startTestApi({ http: { rateLimits: { perKeyPerMinute: 60 } } })]);
});
afterAll(async () => {
  await Promise.all([api?.stop(), limited?.stop()]);
});

/** A socket past connection_init with `key`. */
async function authedSocket(t: TestApi, key: string): Promise<RawSocket> {
  const socket = await openSocket(t.wsUrl);
  socket.send({ type: 'connection_init', payload: { authorization: `Bearer ${key}` } });
  await socket.next('connection_ack');
  return socket;
}

let nextId = 0;

/** Sends one operation on an open socket and waits for its `next` (a result) or `error` (a refusal). */
async function overSocket(socket: RawSocket, query: string, variables: Record<string, unknown>): Promise<Result> {
  const id = String(++nextId);
  socket.send({ id, type: 'subscribe', payload: { query, variables } });
  for (let i = 0; i < 100; i++) {
    const message = socket.messages.find((m) => m.id === id && (m.type === 'next' || m.type === 'error'));
    if (message?.type === 'next') return message.payload as Result;
    if (message?.type === 'error') return { errors: message.payload as GqlError[] };
    await sleep(50);
  }
  throw new Error(`no answer to operation ${id}: ${JSON.stringify(socket.messages)}`);
}

/** One graphql-sse request (distinct connections mode): its first `next` event, or its JSON refusal. */
async function overSse(t: TestApi, key: string, query: string, variables: Record<string, unknown>): Promise<Result & { res: Response }> {
  const res = await fetch(`${t.url}/stream`, {
    method: 'POST',
    headers: { accept: 'text/event-stream', 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  if (!res.headers.get('content-type')?.startsWith('text/event-stream')) return { res, ...(JSON.parse(text) as Result) };
  const data = /^event: next\ndata: (.*)$/m.exec(text)?.[1];
  if (!data) throw new Error(`no next event: ${text}`);
  return { res, ...(JSON.parse(data) as Result) };
}

async function run(t: TestApi, transport: Transport, key: string, query: string, variables: Record<string, unknown> = {}): Promise<Result> {
  if (transport === 'http') return t.gqlText(query, variables, key);
  if (transport === 'sse') return overSse(t, key, query, variables);
  const socket = await authedSocket(t, key);
  try {
    return await overSocket(socket, query, variables);
  } finally {
    socket.ws.close();
  }
}

const lastEventId = () => lastAuditEventId(api.db);

/** Events of workspace A after `id`, oldest first, waiting until `count` are there. */
const rowsAfter = (id: number, count: number, action?: string): Promise<AuditRow[]> =>
  auditRowsSince(api.db, api.a.id, id, { count, action });

describe('audit over WebSocket and SSE', () => {
  it('records the same events for the same mutations over HTTP, WebSocket and SSE (name, key, target ids, outcome, code)', async () => {
    const keys = api.a.keys;
    const byTransport = {} as Record<Transport, AuditRow[]>;
    for (const transport of ['http', 'ws', 'sse'] as const) {
      const before = await lastEventId();
      const created = await run(api, transport, keys.admin, CreateStudyDocument.toString(), { input: { name: `Via ${transport}` } });
      expect(created.errors).toBeUndefined();
      const wave = await run(api, transport, keys.admin, CreateWaveDocument.toString(), { input: { studyId: MISSING, name: 'W' } });
      expect(wave.errors?.[0].extensions.code).toBe('STUDY_NOT_FOUND');
      const refused = await run(api, transport, keys.viewer, CreateStudyDocument.toString(), { input: { name: 'No' } });
      expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
      const erased = await run(api, transport, keys.admin, EraseRespondentDocument.toString(), { id: MISSING });
      expect(erased.errors?.[0].extensions.code).toBe('RESPONDENT_NOT_FOUND');
      // Variables that do not coerce: the mutation is resolved but never runs.
      const uncoerced = await run(api, transport, keys.admin, CreateWaveDocument.toString(), { input: { name: 'W' } });
      expect(uncoerced.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      byTransport[transport] = await rowsAfter(before, 5);
    }
    const [admin, viewer] = await Promise.all(
      ['admin', 'viewer'].map(async (name) => {
        const [{ id }] = await api.db.query(`SELECT id FROM api_key WHERE workspace_id = $1 AND name = $2`, [api.a.id, name]);
        return id as string;
      }),
    );
    expect(byTransport.http).toEqual([
      { action: 'mutation', name: 'createStudy', target: {}, outcome: 'ok', error_code: null, key_id: admin },
      {
        action: 'mutation',
        name: 'createWave',
        target: { 'input.studyId': MISSING },
        outcome: 'error',
        error_code: 'STUDY_NOT_FOUND',
        key_id: admin,
      },
      { action: 'mutation', name: 'createStudy', target: {}, outcome: 'error', error_code: 'FORBIDDEN', key_id: viewer },
      {
        action: 'erasure',
        name: 'eraseRespondent',
        target: { id: MISSING },
        outcome: 'error',
        error_code: 'RESPONDENT_NOT_FOUND',
        key_id: admin,
      },
      { action: 'mutation', name: 'createWave', target: {}, outcome: 'error', error_code: 'BAD_USER_INPUT', key_id: admin },
    ]);
    expect(byTransport.ws).toEqual(byTransport.http);
    expect(byTransport.sse).toEqual(byTransport.http);
  });

  it('records nothing for a mutation refused before it runs (a typo), as over HTTP', async () => {
    const before = await lastEventId();
    for (const transport of ['http', 'ws', 'sse'] as const) {
      const typo = await run(api, transport, api.a.keys.admin, `mutation { createStudyy(input: { name: "x" }) { id } }`);
      expect(typo.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    }
    await sleep(200);
    expect(await rowsAfter(before, 0)).toEqual([]);
  });

  it('records transcript reads over WebSocket and SSE as over HTTP: one event listing the session', async () => {
    const { waveId } = await studyWithWave(api, api.a.keys.admin, 'Live transcripts');
    await api.gql(ImportRespondentsDocument, {
      input: {
        waveId,
        csv: csvOf([
          ['id', 'score'],
          ['live-1', 4],
        ]),
      },
    });
    const [{ id: respondentId }] = await api.db.query(`SELECT id FROM respondent WHERE wave_id = $1`, [waveId]);
    const [{ id: sessionId }] = await api.db.query(
      `INSERT INTO interview_session (workspace_id, respondent_id, wave_id, moderator, token_hash, workflow_id)
       VALUES ($1, $2, $3, 'offline', $4, 'wf-live-audit') RETURNING id`,
      [api.a.id, respondentId, waveId, createHash('sha256').update('live-audit-token').digest('hex')],
    );
    await api.db.query(
      `INSERT INTO turn (workspace_id, session_id, seq, role, text, phase) VALUES ($1, $2, 0, 'moderator', 'Hi', 'context')`,
      [api.a.id, sessionId],
    );
    for (const transport of ['ws', 'sse'] as const) {
      const before = await lastEventId();
      const read = await run(api, transport, api.a.keys.viewer, SessionTranscriptDocument.toString(), { id: sessionId });
      expect(read.data).toMatchObject({ interviewSession: { turns: [{ seq: 0, text: 'Hi' }] } });
      expect(await rowsAfter(before, 1, 'transcript_read')).toMatchObject([
        { name: 'InterviewSession.turns', target: { sessionIds: [sessionId] }, outcome: 'ok' },
      ]);
    }
  });
});

describe('per-key rate limit over WebSocket and SSE', () => {
  it("charges every operation to the key's HTTP bucket whatever the transport; over it, RATE_LIMITED for that operation only", async () => {
    // 60 a minute: 10 per 10-second window, spent across the three transports.
    const key = limited.a.keys.viewer;
    const studies = StudiesDocument.toString();
    for (let i = 0; i < 4; i++) expect((await limited.gqlText(studies, {}, key)).status).toBe(200);
    const socket = await authedSocket(limited, key);
    for (let i = 0; i < 4; i++) expect((await overSocket(socket, studies, {})).errors).toBeUndefined();
    for (let i = 0; i < 2; i++) expect((await overSse(limited, key, studies, {})).errors).toBeUndefined();

    const overWs = await overSocket(socket, studies, {});
    expect(overWs.errors).toHaveLength(1);
    const { retryAfter } = overWs.errors![0].extensions;
    expect(overWs.errors![0].extensions).toEqual({ code: 'RATE_LIMITED', retryAfter });
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(10);
    // The socket stays open: the refusal was for that operation only.
    await sleep(100);
    expect(socket.ws.readyState).toBe(socket.ws.OPEN);
    expect(socket.messages.some((m) => m.type === 'connection_error')).toBe(false);

    const sse = await overSse(limited, key, studies, {});
    expect(sse.res.status).toBe(429);
    expect(Number(sse.res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(sse.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter: expect.any(Number) });
    expect((await limited.gqlText(studies, {}, key)).status).toBe(429);

    // Another key keeps its whole allowance on every transport.
    const other = limited.a.keys.analyst;
    expect((await run(limited, 'ws', other, studies)).errors).toBeUndefined();
    expect((await overSse(limited, other, studies, {})).errors).toBeUndefined();
    socket.ws.close();
  });
});
