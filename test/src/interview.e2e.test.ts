import { createClient, type Client } from 'graphql-ws';
import pg from 'pg';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from './support/graphql.js';
import { startPlatform, type Platform } from './support/platform.js';

// Responses are walked by path in assertions.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

let platform: Platform;
let respondentId: string;

const RESPONDENTS = `query($w: ID!) { respondents(waveId: $w, first: 5, filter: { bands: [DETRACTOR] }) { edges { node { id band } } } }`;
const START = `mutation($r: ID!) { startInterview(respondentId: $r) { respondentToken chatPath session { id status moderator } } }`;
const VIEW = `query($t: String!) { respondentSession(token: $t) { sessionId status moderator turns { seq role text phase } } }`;
const SEND = `mutation($t: String!, $text: String!, $m: String) { sendRespondentMessage(token: $t, text: $text, clientMessageId: $m) { seq role text phase ladderLevel } }`;

async function untilOpening(token: string): Promise<Loose> {
  for (let i = 0; i < 100; i++) {
    const view = (await gql(platform.apiUrl, VIEW, { t: token })).data.respondentSession;
    if (view.turns.length > 0) return view;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the opening question never arrived');
}

beforeAll(async () => {
  platform = await startPlatform({ seed: true });
  const studies = await gql(platform.apiUrl, '{ studies { name waves { id } } }', {}, { key: platform.bootstrapKey });
  const waveId = studies.data.studies.find((s: Loose) => s.name === 'Demo - NPS follow-up').waves[0].id;
  const respondents = await gql(platform.apiUrl, RESPONDENTS, { w: waveId }, { key: platform.bootstrapKey });
  respondentId = respondents.data.respondents.edges[0].node.id;
});
afterAll(() => platform?.stop());

describe('an interview across API, Temporal and the worker', () => {
  it('runs end to end, persisting each turn once and pushing turns from the worker to API subscribers', async () => {
    const started = (await gql(platform.apiUrl, START, { r: respondentId }, { key: platform.bootstrapKey })).data.startInterview;
    expect(started.session).toMatchObject({ status: 'INVITED', moderator: 'OFFLINE' });
    expect(started.chatPath).toBe(`/i/${started.respondentToken}`);
    const token = started.respondentToken as string;
    const opening = await untilOpening(token);
    expect(opening.turns[0]).toMatchObject({ seq: 0, role: 'MODERATOR', phase: 'context' });

    // A subscriber on the API; the turns it receives are written by the worker process.
    const client: Client = createClient({
      url: platform.wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${platform.bootstrapKey}` },
    });
    const received: Loose[] = [];
    const done = new Promise<void>((resolve, reject) => client.subscribe(
      { query: 'subscription($id: ID!) { sessionUpdated(sessionId: $id) { session { status } turn { seq role text } } }', variables: { id: started.session.id } },
      { next: (m) => { received.push(m.data?.sessionUpdated); }, error: reject, complete: resolve },
    ));
    await new Promise((r) => setTimeout(r, 300));

    const answer = 'Honestly the reporting module is slow to load and my team stopped trusting the numbers.';
    const reply = (await gql(platform.apiUrl, SEND, { t: token, text: answer, m: 'msg-0001-abcdef' })).data.sendRespondentMessage;
    expect(reply).toMatchObject({ seq: 2, role: 'MODERATOR' });
    // The same client message id again is applied once: same reply, no new turns.
    const retried = (await gql(platform.apiUrl, SEND, { t: token, text: answer, m: 'msg-0001-abcdef' })).data.sendRespondentMessage;
    expect(retried).toEqual(reply);

    const deadline = Date.now() + 10_000;
    while (!received.some((u) => u.turn?.seq === 2) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(received.map((u) => u.turn?.seq).filter((s) => s !== undefined)).toEqual(expect.arrayContaining([1, 2]));
    expect(received.find((u) => u.turn?.seq === 1).turn).toEqual({ seq: 1, role: 'RESPONDENT', text: answer });

    // Answer until the moderator closes; the session completes and takes no more messages.
    let last = reply;
    for (let i = 0; i < 20 && (await gql(platform.apiUrl, VIEW, { t: token })).data.respondentSession.status !== 'COMPLETED'; i++) {
      last = (await gql(platform.apiUrl, SEND, { t: token, text: `Answer number ${i}: it costs us hours every week in manual checks.` })).data.sendRespondentMessage;
    }
    const final = (await gql(platform.apiUrl, VIEW, { t: token })).data.respondentSession;
    expect(final.status).toBe('COMPLETED');
    expect(final.turns.map((t: Loose) => t.seq)).toEqual(final.turns.map((_: Loose, i: number) => i));
    expect(final.turns.at(-1).seq).toBe(last.seq);
    const closed = await gql(platform.apiUrl, SEND, { t: token, text: 'one more thing' });
    expect(closed.errors?.[0].extensions.code).toBe('SESSION_CLOSED');

    const db = new pg.Client({ connectionString: platform.databaseUrl });
    await db.connect();
    const { rows } = await db.query(`SELECT count(*)::int AS n, count(DISTINCT seq)::int AS distinct_seq FROM turn WHERE session_id = $1`, [started.session.id]);
    await db.end();
    expect(rows[0].n).toBe(final.turns.length);
    expect(rows[0].distinct_seq).toBe(final.turns.length);
    await client.dispose();
    await done.catch(() => {});
  });

  it('re-issues the link of an open interview and refuses a completed one', async () => {
    const again = await gql(platform.apiUrl, START, { r: respondentId }, { key: platform.bootstrapKey });
    expect(again.errors?.[0].extensions.code).toBe('INTERVIEW_ALREADY_COMPLETED');
  });
});
