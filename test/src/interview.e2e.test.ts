import { createClient, type Client } from 'graphql-ws';
import pg from 'pg';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  RespondentSessionDocument,
  RespondentsDocument,
  SendRespondentMessageDocument,
  SessionUpdatedDocument,
  StartInterviewDocument,
  StudiesDocument,
  type RespondentSessionQuery,
  type SendRespondentMessageMutationVariables,
  type SessionUpdatedSubscription,
} from './gql/graphql.js';
import { gql, gqlData, subscribe } from './support/graphql.js';
import { startPlatform, type Platform } from './support/platform.js';

let platform: Platform;
let respondentId: string;

type View = RespondentSessionQuery['respondentSession'];
const view = (token: string) => gqlData(platform.apiUrl, RespondentSessionDocument, { token }).then((d) => d.respondentSession);
const send = (variables: SendRespondentMessageMutationVariables) =>
  gqlData(platform.apiUrl, SendRespondentMessageDocument, variables).then((d) => d.sendRespondentMessage);

async function untilOpening(token: string): Promise<View> {
  for (let i = 0; i < 100; i++) {
    const current = await view(token);
    if (current.turns.length > 0) return current;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the opening question never arrived');
}

beforeAll(async () => {
  platform = await startPlatform({ seed: true });
  const key = { key: platform.bootstrapKey };
  const { studies } = await gqlData(platform.apiUrl, StudiesDocument, {}, key);
  const waveId = studies.find((s) => s.name === 'Demo - NPS follow-up')!.waves[0].id;
  const { respondents } = await gqlData(platform.apiUrl, RespondentsDocument, { waveId, first: 5, filter: { bands: ['DETRACTOR'] } }, key);
  respondentId = respondents.edges[0].node.id;
});
afterAll(() => platform?.stop());

describe('an interview across API, Temporal and the worker', () => {
  it('runs end to end, persisting each turn once and pushing turns from the worker to API subscribers', async () => {
    const started = (await gqlData(platform.apiUrl, StartInterviewDocument, { respondentId }, { key: platform.bootstrapKey }))
      .startInterview;
    expect(started.session).toMatchObject({ status: 'INVITED', moderator: 'OFFLINE' });
    expect(started.chatPath).toBe(`/i/${started.respondentToken}`);
    const token = started.respondentToken;
    const opening = await untilOpening(token);
    expect(opening.turns[0]).toMatchObject({ seq: 0, role: 'MODERATOR', phase: 'context' });

    // A subscriber on the API; the turns it receives are written by the worker process.
    const client: Client = createClient({
      url: platform.wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${platform.bootstrapKey}` },
    });
    const received: SessionUpdatedSubscription['sessionUpdated'][] = [];
    const done = new Promise<void>((resolve, reject) =>
      subscribe(
        client,
        SessionUpdatedDocument,
        { sessionId: started.session.id },
        {
          next: (m) => {
            if (m.data) received.push(m.data.sessionUpdated);
          },
          error: reject,
          complete: resolve,
        },
      ),
    );
    await new Promise((r) => setTimeout(r, 300));

    const answer = 'Honestly the reporting module is slow to load and my team stopped trusting the numbers.';
    const reply = await send({ token, text: answer, clientMessageId: 'msg-0001-abcdef' });
    expect(reply).toMatchObject({ seq: 2, role: 'MODERATOR' });
    // The same client message id again is applied once: same reply, no new turns.
    const retried = await send({ token, text: answer, clientMessageId: 'msg-0001-abcdef' });
    expect(retried).toEqual(reply);

    const deadline = Date.now() + 10_000;
    while (!received.some((u) => u.turn?.seq === 2) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(received.map((u) => u.turn?.seq).filter((s) => s !== undefined)).toEqual(expect.arrayContaining([1, 2]));
    expect(received.find((u) => u.turn?.seq === 1)?.turn).toEqual({ seq: 1, role: 'RESPONDENT', text: answer });

    // Answer until the moderator closes; the session completes and takes no more messages.
    let last = reply;
    for (let i = 0; i < 20 && (await view(token)).status !== 'COMPLETED'; i++) {
      last = await send({
        token,
        text: `Answer number ${i}: it costs us hours every week in manual checks.`,
        clientMessageId: `msg-${i}-answer`,
      });
    }
    const final = await view(token);
    expect(final.status).toBe('COMPLETED');
    expect(final.turns.map((t) => t.seq)).toEqual(final.turns.map((_, i) => i));
    expect(final.turns.at(-1)?.seq).toBe(last.seq);
    const closed = await gql(platform.apiUrl, SendRespondentMessageDocument, {
      token,
      text: 'one more thing',
      clientMessageId: 'after-the-end',
    });
    expect(closed.errors?.[0].extensions.code).toBe('SESSION_CLOSED');

    const db = new pg.Client({ connectionString: platform.databaseUrl });
    await db.connect();
    const { rows } = await db.query(`SELECT count(*)::int AS n, count(DISTINCT seq)::int AS distinct_seq FROM turn WHERE session_id = $1`, [
      started.session.id,
    ]);
    await db.end();
    expect(rows[0].n).toBe(final.turns.length);
    expect(rows[0].distinct_seq).toBe(final.turns.length);
    await client.dispose();
    await done.catch(() => {});
  });

  it('re-issues the link of an open interview and refuses a completed one', async () => {
    const again = await gql(platform.apiUrl, StartInterviewDocument, { respondentId }, { key: platform.bootstrapKey });
    expect(again.errors?.[0].extensions.code).toBe('INTERVIEW_ALREADY_COMPLETED');
  });
});
