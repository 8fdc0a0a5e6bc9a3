import { simulateWave, type SimulationSummary } from '@ladder/simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InterviewSessionDocument, LatestSessionsDocument, StudiesDocument, type LatestSessionsQuery } from './gql/graphql.js';
import { gqlData } from './support/graphql.js';
import { startPlatform, type Platform } from './support/platform.js';

/** Synthetic respondents answering real interviews: API, Temporal, worker and Postgres, nothing faked. */
let platform: Platform;
let waveId: string;

/** The demo seed's own finished interviews (its coding golden set), which the simulator leaves alone. */
let seeded = new Set<string>();

/** Completed interviews of the demo wave other than the seed's. */
async function completedSessions(): Promise<{ respondentId: string; sessionId: string }[]> {
  const found: { respondentId: string; sessionId: string }[] = [];
  for (let after: string | null = null, more = true; more;) {
    const page: LatestSessionsQuery = await gqlData(
      platform.apiUrl,
      LatestSessionsDocument,
      { waveId, after },
      { key: platform.bootstrapKey },
    );
    const { edges, pageInfo } = page.respondents;
    for (const { node } of edges)
      if (node.latestSession?.status === 'COMPLETED' && !seeded.has(node.latestSession.id))
        found.push({ respondentId: node.id, sessionId: node.latestSession.id });
    [after, more] = [pageInfo.endCursor, pageInfo.hasNextPage];
  }
  return found;
}

const simulate = (count: number): Promise<SimulationSummary> =>
  simulateWave({
    apiUrl: platform.apiUrl,
    apiKey: platform.bootstrapKey,
    waveId,
    count,
    concurrency: 5,
    // The seed may leave the demo wave a draft; the simulator launches it then, as a user would.
    launch: true,
  });

beforeAll(async () => {
  platform = await startPlatform({ seed: true });
  const { studies } = await gqlData(platform.apiUrl, StudiesDocument, {}, { key: platform.bootstrapKey });
  waveId = studies.find((s) => s.name === 'Demo - NPS follow-up')!.waves[0].id;
  seeded = new Set((await completedSessions()).map((s) => s.sessionId));
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
      const session = (await gqlData(platform.apiUrl, InterviewSessionDocument, { id: sessionId }, { key: platform.bootstrapKey }))
        .interviewSession;
      expect(session?.status).toBe('COMPLETED');
      const turns = session?.turns ?? [];
      expect(turns.map((t) => t.seq)).toEqual(turns.map((_, i) => i));
      const phases = new Set(turns.map((t) => t.phase));
      expect(phases).toContain('laddering');
      expect(phases).toContain('close');
      expect(Math.max(...turns.map((t) => t.ladderLevel))).toBeGreaterThanOrEqual(2);
      answers += turns.filter((t) => t.role === 'RESPONDENT').length;
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
