import { afterEach, describe, expect, it } from 'vitest';
import { simulateWave, type SimulationProgress } from './simulate-wave.js';
import { startFakeApi, type FakeApi } from './test-support/fake-api.js';

let api: FakeApi | undefined;
afterEach(() => api?.close());

describe('simulateWave against a fake API', () => {
  it('runs up to count interviews to completion, skipping completed respondents, with concurrency', async () => {
    api = await startFakeApi({ respondents: 12, completed: [0, 2] });
    const progress: SimulationProgress[] = [];
    const summary = await simulateWave({
      apiUrl: api.url,
      apiKey: 'test-key',
      waveId: 'w-1',
      count: 6,
      concurrency: 3,
      onProgress: (p) => progress.push(p),
    });
    expect(summary).toMatchObject({ interviews: 6, completed: 6, failed: [], turns: 42 });
    const run = api.sessions.filter((s) => !s.id.startsWith('s-done'));
    expect(run.map((s) => s.respondentId)).toEqual(['r-1', 'r-3', 'r-4', 'r-5', 'r-6', 'r-7']);
    expect(run.every((s) => s.status === 'COMPLETED')).toBe(true);
    expect(progress.at(-1)).toEqual({ total: 6, done: 6, completed: 6, failed: 0, turns: 42 });
  });

  it('retries an INTERVIEW_UNAVAILABLE send with the same client message id, so no turn is duplicated', async () => {
    api = await startFakeApi({ respondents: 3, unavailableEvery: 4 });
    const summary = await simulateWave({ apiUrl: api.url, apiKey: 'test-key', waveId: 'w-1', count: 3, retry: { backoffMs: 5 } });
    expect(summary).toMatchObject({ completed: 3, failed: [] });
    const ids = api.sends.map(([id]) => id);
    expect(ids.length).toBeGreaterThan(new Set(ids).size);
    for (const session of api.sessions) expect(session.turns.map((t) => t.seq)).toEqual(session.turns.map((_, i) => i));
    expect(new Set(ids).size).toBe(21);
  });

  it('waits the retryAfter a RATE_LIMITED answer gives before trying the same call again', async () => {
    api = await startFakeApi({ respondents: 2, rateLimited: { every: 5, retryAfter: 0.3 } });
    const summary = await simulateWave({
      apiUrl: api.url,
      apiKey: 'test-key',
      waveId: 'w-1',
      count: 2,
      concurrency: 1,
      retry: { backoffMs: 5 },
    });
    expect(summary).toMatchObject({ completed: 2, failed: [] });
    const calls = api.respondentCalls;
    const refused = calls.flatMap((c, i) => (c.refused ? [i] : []));
    expect(refused.length).toBeGreaterThan(2);
    // One interview at a time: the call after a refusal is its retry, at least retryAfter later (backoff alone is ~5 ms).
    for (const i of refused.filter((i) => i + 1 < calls.length)) expect(calls[i + 1].at - calls[i].at).toBeGreaterThanOrEqual(290);
    for (const session of api.sessions) expect(session.turns.map((t) => t.seq)).toEqual(session.turns.map((_, i) => i));
  });

  it('takes respondents from the end when asked, and stops when the wave runs out', async () => {
    api = await startFakeApi({ respondents: 4 });
    const summary = await simulateWave({ apiUrl: api.url, apiKey: 'test-key', waveId: 'w-1', count: 10, from: 'end' });
    expect(summary.interviews).toBe(4);
    expect(api.sessions.map((s) => s.respondentId)).toEqual(['r-3', 'r-2', 'r-1', 'r-0']);
  });

  it('refuses a draft wave unless told to launch it', async () => {
    api = await startFakeApi({ respondents: 2, waveStatus: 'DRAFT' });
    await expect(simulateWave({ apiUrl: api.url, apiKey: 'test-key', waveId: 'w-1', count: 1 })).rejects.toMatchObject({
      code: 'WAVE_NOT_LAUNCHED',
    });
    const summary = await simulateWave({ apiUrl: api.url, apiKey: 'test-key', waveId: 'w-1', count: 1, launch: true });
    expect(summary.completed).toBe(1);
  });

  it('reports each failed interview with its code instead of throwing', async () => {
    api = await startFakeApi({ respondents: 2 });
    const summary = await simulateWave({ apiUrl: api.url, apiKey: 'test-key', waveId: 'w-1', count: 2, maxAnswers: 3 });
    expect(summary.completed).toBe(0);
    expect(summary.failed).toEqual([
      { respondentId: 'r-0', code: 'ANSWER_CAP', message: expect.stringMatching(/not completed after 3 answers/) },
      { respondentId: 'r-1', code: 'ANSWER_CAP', message: expect.stringMatching(/not completed after 3 answers/) },
    ]);
  });

  it('names the wave that does not exist and the key that is refused', async () => {
    api = await startFakeApi({ respondents: 1 });
    await expect(simulateWave({ apiUrl: api.url, apiKey: 'test-key', waveId: 'nope', count: 1 })).rejects.toMatchObject({
      code: 'WAVE_NOT_FOUND',
    });
    await expect(simulateWave({ apiUrl: api.url, apiKey: 'wrong', waveId: 'w-1', count: 1 })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });
});
