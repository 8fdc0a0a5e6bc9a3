import { simulateWave, type SimulationSummary } from '@ladder/simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, type Loose } from './support/graphql.js';
import { startPlatform, type Platform } from './support/platform.js';

/** Synthetic respondents answering real interviews: API, Temporal, worker and Postgres, nothing faked. */
let platform: Platform;
let waveId: string;

const LATEST = `query($w: ID!, $after: String) { respondents(waveId: $w, first: 100, after: $after) {
  pageInfo { hasNextPage endCursor } edges { node { id latestSession { id status } } } } }`;
const SESSION = `query($id: ID!) { interviewSession(id: $id) { status turns { seq role phase ladderLevel text } } }`;

async function completedSessions(): Promise<{ respondentId: string; sessionId: string }[]> {
  const found: { respondentId: string; sessionId: string }[] = [];
  for (let after: string | null = null, more = true; more;) {
    const page = await gql(platform.apiUrl, LATEST, { w: waveId, after }, { key: platform.bootstrapKey });
    expect(page.errors).toBeUndefined();
    const { edges, pageInfo } = page.data.respondents;
    for (const { node } of edges) if (node.latestSession?.status === 'COMPLETED') found.push({ respondentId: node.id, sessionId: node.latestSession.id });
    [after, more] = [pageInfo.endCursor, pageInfo.hasNextPage];
  }
  return found;
}

const simulate = (count: number): Promise<SimulationSummary> => simulateWave({
  apiUrl: platform.apiUrl, apiKey: platform.bootstrapKey, waveId, count, concurrency: 5,
  // The seed may leave the demo wave a draft; the simulator launches it then, as a user would.
  launch: true,
});

beforeAll(async () => {
  platform = await startPlatform({ seed: true });
  const studies = await gql(platform.apiUrl, '{ studies { name waves { id } } }', {}, { key: platform.bootstrapKey });
  waveId = studies.data.studies.find((s: Loose) => s.name === 'Demo - NPS follow-up').waves[0].id;
});
afterAll(() => platform?.stop());

describe('simulated respondents on the seeded demo wave', () => {
  it('complete five interviews through the public API, each laddering past the surface phase', async () => {
    const summary = await simulate(5);
    console.log(`simulator: ${summary.interviews} interviews, ${summary.turns} answers, ${(summary.durationMs / 1000).toFixed(1)} s`);
    expect(summary).toMatchObject({ interviews: 5, completed: 5, failed: [] });

    const completed = await completedSessions();
    expect(completed).toHaveLength(5);
    let answers = 0;
    for (const { sessionId } of completed) {
      const session = (await gql(platform.apiUrl, SESSION, { id: sessionId }, { key: platform.bootstrapKey })).data.interviewSession;
      expect(session.status).toBe('COMPLETED');
      expect(session.turns.map((t: Loose) => t.seq)).toEqual(session.turns.map((_: Loose, i: number) => i));
      const phases = new Set(session.turns.map((t: Loose) => t.phase));
      expect(phases).toContain('laddering');
      expect(phases).toContain('close');
      expect(Math.max(...session.turns.map((t: Loose) => t.ladderLevel))).toBeGreaterThanOrEqual(2);
      answers += session.turns.filter((t: Loose) => t.role === 'RESPONDENT').length;
    }
    // Each answer sent is stored once (consecutive seqs above, and as many respondent turns as answers):
    // no duplicated turn from a retried send. (Personas may repeat a sentence, e.g. "nothing else", so texts are not compared.)
    expect(answers).toBe(summary.turns);
  });

  it('skips completed respondents on the next run', async () => {
    const before = await completedSessions();
    const summary = await simulate(2);
    expect(summary).toMatchObject({ interviews: 2, completed: 2, failed: [] });
    const after = await completedSessions();
    expect(after).toHaveLength(7);
    expect(after.map((s) => s.sessionId)).toEqual(expect.arrayContaining(before.map((s) => s.sessionId)));
  });
});
