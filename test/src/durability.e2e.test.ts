import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  RespondentSessionDocument,
  RespondentsDocument,
  SendRespondentMessageDocument,
  StartInterviewDocument,
  StudiesDocument,
} from './gql/graphql.js';
import { gqlData } from './support/graphql.js';
import { startPlatform, type Platform } from './support/platform.js';

let platform: Platform;
let token: string;
let sessionId: string;

const send = (text: string, clientMessageId: string) =>
  gqlData(platform.apiUrl, SendRespondentMessageDocument, { token, text, clientMessageId }).then((d) => d.sendRespondentMessage);
const view = () => gqlData(platform.apiUrl, RespondentSessionDocument, { token }).then((d) => d.respondentSession);

beforeAll(async () => {
  platform = await startPlatform({ seed: true });
  const key = { key: platform.bootstrapKey };
  const { studies } = await gqlData(platform.apiUrl, StudiesDocument, {}, key);
  const waveId = studies[0].waves[0].id;
  const { respondents } = await gqlData(platform.apiUrl, RespondentsDocument, { waveId, first: 1 }, key);
  const { startInterview } = await gqlData(platform.apiUrl, StartInterviewDocument, { respondentId: respondents.edges[0].node.id }, key);
  token = startInterview.respondentToken;
  sessionId = startInterview.session.id;
  for (let i = 0; i < 100 && !(await view()).turns.length; i++) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
});
afterAll(() => platform?.stop());

describe('durability', () => {
  it('continues an interview after the worker is SIGKILLed, with no lost and no duplicated turn', async () => {
    expect((await send('Onboarding took months', 'durable-0001')).seq).toBe(2);

    await platform.killWorker('SIGKILL');
    // The answer is sent while no worker runs: the Update waits in Temporal until one is back.
    const pending = send('We lost a quarter of adoption', 'durable-0002');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await platform.startWorker();
    const reply = await pending;
    expect(reply).toMatchObject({ seq: 4, role: 'MODERATOR' });
    // The client retries the same message after the outage: applied once.
    expect(await send('We lost a quarter of adoption', 'durable-0002')).toEqual(reply);

    const { turns } = await view();
    expect(turns.map((t) => t.seq)).toEqual([0, 1, 2, 3, 4]);
    expect(turns.filter((t) => t.role === 'RESPONDENT').map((t) => t.text)).toEqual([
      'Onboarding took months',
      'We lost a quarter of adoption',
    ]);
    const db = new pg.Client({ connectionString: platform.databaseUrl });
    await db.connect();
    const { rows } = await db.query('SELECT count(*)::int AS n FROM turn WHERE session_id = $1', [sessionId]);
    await db.end();
    expect(rows[0].n).toBe(5);
  });
});
