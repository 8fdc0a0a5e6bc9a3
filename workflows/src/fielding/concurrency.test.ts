import { describe, expect, it } from 'vitest';
import { forEachLimit, limiter } from './concurrency.js';

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('concurrency helpers', () => {
  it('forEachLimit visits every item once with at most `limit` in flight', async () => {
    let inFlight = 0;
    let peak = 0;
    const seen: number[] = [];
    await forEachLimit([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      peak = Math.max(peak, ++inFlight);
      await tick();
      seen.push(n);
      inFlight--;
    });
    expect(seen.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(peak).toBe(3);
  });

  it('limiter runs at most `limit` calls at once, passes results and errors through, and frees its slot on failure', async () => {
    const gate = limiter(2);
    let inFlight = 0;
    let peak = 0;
    const job = (n: number) =>
      gate(async () => {
        peak = Math.max(peak, ++inFlight);
        await tick();
        inFlight--;
        if (n === 3) throw new Error('three');
        return n * 10;
      });
    const results = await Promise.allSettled([1, 2, 3, 4, 5].map(job));
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual([10, 20, 'three', 40, 50]);
    expect(peak).toBe(2);
  });
});
