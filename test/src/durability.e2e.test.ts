import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, type Loose } from './support/graphql.js';
import { startPlatform, type Platform } from './support/platform.js';

let platform: Platform;
let token: string;
let sessionId: string;

const SEND = `mutation($t: String!, $x: String!, $m: String) { sendRespondentMessage(token: $t, text: $x, clientMessageId: $m) { seq role text } }`;
const VIEW = `query($t: String!) { respondentSession(token: $t) { status turns { seq role text } } }`;

beforeAll(async () => {
  platform = await startPlatform({ seed: true });
  const key = { key: platform.bootstrapKey };
  const studies = await gql(platform.apiUrl, '{ studies { waves { id } } }', {}, key);
  const waveId = studies.data.studies[0].waves[0].id;
  const r = await gql(platform.apiUrl, 'query($w: ID!) { respondents(waveId: $w, first: 1) { edges { node { id } } } }', { w: waveId }, key);
  const started = await gql(platform.apiUrl, 'mutation($r: ID!) { startInterview(respondentId: $r) { respondentToken session { id } } }',
    { r: r.data.respondents.edges[0].node.id }, key);
  token = started.data.startInterview.respondentToken;
  sessionId = started.data.startInterview.session.id;
  for (let i = 0; i < 100 && !(await gql(platform.apiUrl, VIEW, { t: token })).data.respondentSession.turns.length; i++) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
});
afterAll(() => platform?.stop());

describe('durability', () => {
  it('continues an interview after the worker is SIGKILLed, with no lost and no duplicated turn', async () => {
    expect((await gql(platform.apiUrl, SEND, { t: token, x: 'Onboarding took months', m: 'durable-0001' })).data.sendRespondentMessage.seq).toBe(2);

    await platform.killWorker('SIGKILL');
    // The answer is sent while no worker runs: the Update waits in Temporal until one is back.
    const pending = gql(platform.apiUrl, SEND, { t: token, x: 'We lost a quarter of adoption', m: 'durable-0002' });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await platform.startWorker();
    const reply = (await pending).data.sendRespondentMessage;
    expect(reply).toMatchObject({ seq: 4, role: 'MODERATOR' });
    // The client retries the same message after the outage: applied once.
    expect((await gql(platform.apiUrl, SEND, { t: token, x: 'We lost a quarter of adoption', m: 'durable-0002' })).data.sendRespondentMessage).toEqual(reply);

    const view = (await gql(platform.apiUrl, VIEW, { t: token })).data.respondentSession;
    expect(view.turns.map((t: Loose) => t.seq)).toEqual([0, 1, 2, 3, 4]);
    expect(view.turns.filter((t: Loose) => t.role === 'RESPONDENT').map((t: Loose) => t.text)).toEqual(['Onboarding took months', 'We lost a quarter of adoption']);
    const db = new pg.Client({ connectionString: platform.databaseUrl });
    await db.connect();
    const { rows } = await db.query('SELECT count(*)::int AS n FROM turn WHERE session_id = $1', [sessionId]);
    await db.end();
    expect(rows[0].n).toBe(5);
  });
});
