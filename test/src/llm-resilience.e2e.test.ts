import { startFakeMistral, type FakeMistral } from '@ladder/workflows/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  RespondentSessionDocument,
  RespondentsDocument,
  SendRespondentMessageDocument,
  StartInterviewDocument,
  StudiesDocument,
} from './gql/graphql.js';
import { gql, gqlData } from './support/graphql.js';
import { startPlatform, type Platform } from './support/platform.js';
import { DETRACTOR_ANSWERS as ANSWERS } from './support/answers.js';

let platform: Platform;
let fake: FakeMistral;

beforeAll(async () => {
  // A share of calls fails with 429, 500, or never answers (the client times out after 400 ms).
  fake = await startFakeMistral({ seed: 11, failures: { rateLimited: 0.2, serverError: 0.15, timeout: 0.1 } });
  platform = await startPlatform({
    seed: true,
    env: { MISTRAL_API_KEY: 'e2e-key', MISTRAL_SERVER_URL: fake.url, MISTRAL_TIMEOUT_MS: '400' },
  });
});
afterAll(async () => {
  await platform?.stop();
  await fake?.close();
});

async function interview(token: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    const r = await gql(platform.apiUrl, SendRespondentMessageDocument, {
      token,
      text: ANSWERS[Math.min(i, ANSWERS.length - 1)],
      clientMessageId: `${token.slice(0, 12)}-${i}`,
    });
    expect(r.errors).toBeUndefined();
    if ((await gqlData(platform.apiUrl, RespondentSessionDocument, { token })).respondentSession.status === 'COMPLETED') return;
  }
  throw new Error('the interview did not complete in 40 answers');
}

describe('interviews on an unreliable LLM', () => {
  it('complete every interview while Mistral fails a share of calls with 429, 500 and timeouts', async () => {
    const key = { key: platform.bootstrapKey };
    const { studies } = await gqlData(platform.apiUrl, StudiesDocument, {}, key);
    const { respondents } = await gqlData(platform.apiUrl, RespondentsDocument, { waveId: studies[0].waves[0].id, first: 4 }, key);
    const tokens: string[] = [];
    const respondentIds = respondents.edges.map((e) => e.node.id);
    for (const edge of respondents.edges) {
      const started = await gqlData(platform.apiUrl, StartInterviewDocument, { respondentId: edge.node.id }, key);
      tokens.push(started.startInterview.respondentToken);
    }
    await Promise.all(tokens.map(interview));

    expect(fake.stats.rateLimited).toBeGreaterThan(0);
    expect(fake.stats.serverError).toBeGreaterThan(0);
    expect(fake.stats.timeout).toBeGreaterThan(0);
    const db = new pg.Client({ connectionString: platform.databaseUrl });
    await db.connect();
    try {
      // The demo seed holds finished interviews of its own (its coding golden set): only this test's are counted.
      const { rows: sessions } = await db.query(
        `SELECT id, status, moderator FROM interview_session WHERE respondent_id = ANY($1::uuid[])`,
        [respondentIds],
      );
      expect(sessions).toHaveLength(4);
      expect(sessions.every((s) => s.status === 'completed' && s.moderator === 'mistral')).toBe(true);
      const { rows: turns } = await db.query(
        `SELECT session_id, array_agg(seq ORDER BY seq) AS seqs, count(*) FILTER (WHERE author = 'mistral')::int AS by_llm,
                count(*) FILTER (WHERE author = 'offline_fallback')::int AS fallbacks
         FROM turn WHERE session_id = ANY($1::uuid[]) GROUP BY session_id`,
        [sessions.map((x) => x.id)],
      );
      for (const t of turns) expect(t.seqs).toEqual([...Array(t.seqs.length).keys()]); // no lost, no duplicated turn
      // Most turns still come from the LLM (retries absorb most failures); the rest are recorded fallbacks.
      const byLlm = turns.reduce((n, t) => n + t.by_llm, 0);
      const fallbacks = turns.reduce((n, t) => n + t.fallbacks, 0);
      expect(byLlm).toBeGreaterThan(fallbacks);
      const {
        rows: [{ recorded }],
      } = await db.query(
        `SELECT count(*)::int AS recorded FROM turn
         WHERE author = 'offline_fallback' AND fallback_reason IS NOT NULL AND session_id = ANY($1::uuid[])`,
        [sessions.map((x) => x.id)],
      );
      expect(recorded).toBe(fallbacks);
    } finally {
      await db.end();
    }
  });
});
