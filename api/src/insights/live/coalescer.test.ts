import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Coalescer } from './coalescer.js';

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

/** Reads what a subscriber has received so far, without waiting for more. */
function collect<V>(iterator: AsyncIterableIterator<V>): { values: V[]; at: number[] } {
  const seen = { values: [] as V[], at: [] as number[] };
  void (async () => {
    for await (const v of iterator) {
      seen.values.push(v);
      seen.at.push(Date.now());
    }
  })();
  return seen;
}

describe('Coalescer', () => {
  it('turns a burst of 500 changes into a leading and a trailing update per second, ending on the last state', async () => {
    let state = 0;
    const c = new Coalescer<null, never, number>({ compute: async () => state });
    const seen = collect(c.subscribe('ws:study:tier', 'ws:study', null));
    for (let i = 1; i <= 500; i++) {
      state = i;
      c.changed('ws:study');
      await vi.advanceTimersByTimeAsync(3); // 500 changes over 1.5 s
    }
    await vi.advanceTimersByTimeAsync(2000);
    expect(seen.values).toEqual([1, expect.any(Number), 500]);
    expect(seen.at).toEqual([0, 1000, 2000]);
    expect(c.computations).toBe(3);
    for (let i = 1; i < seen.at.length; i++) expect(seen.at[i] - seen.at[i - 1]).toBeGreaterThanOrEqual(1000);
  });

  it('computes once per update for all subscribers of a topic, separately per topic', async () => {
    const compute = vi.fn(async (groupBy: string) => `nps by ${groupBy}`);
    const c = new Coalescer<string, never, string>({ compute });
    const tier = [1, 2, 3].map(() => collect(c.subscribe('s1:tier', 's1', 'tier')));
    const region = collect(c.subscribe('s1:region', 's1', 'region'));
    const other = collect(c.subscribe('s2:tier', 's2', 'tier'));
    c.changed('s1');
    await vi.advanceTimersByTimeAsync(0);
    expect(compute).toHaveBeenCalledTimes(2);
    expect(tier.map((s) => s.values)).toEqual([['nps by tier'], ['nps by tier'], ['nps by tier']]);
    expect(region.values).toEqual(['nps by region']);
    expect(other.values).toEqual([]);
  });

  it('recomputes after the window when a change lands during a computation', async () => {
    let state = 'old';
    let release: () => void = () => {};
    const c = new Coalescer<null, never, string>({
      compute: async () => {
        const seenState = state;
        await new Promise<void>((r) => {
          release = r;
        });
        return seenState;
      },
    });
    const seen = collect(c.subscribe('t', 'g', null));
    c.changed('g');
    state = 'new';
    c.changed('g'); // arrives while the first computation (which read "old") is running
    release();
    await vi.advanceTimersByTimeAsync(999);
    expect(seen.values).toEqual(['old']);
    await vi.advanceTimersByTimeAsync(1);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(seen.values).toEqual(['old', 'new']);
  });

  it('merges the hints of coalesced changes and skips null results', async () => {
    const c = new Coalescer<null, Set<string>, string[]>({
      merge: (a, b) => new Set([...(a ?? []), ...b]),
      compute: async (_p, waves) => (waves?.has('skip') ? null : [...(waves ?? [])].sort()),
    });
    const seen = collect(c.subscribe('t', 'g', null));
    c.changed('g', new Set(['w1']));
    c.changed('g', new Set(['w2']));
    c.changed('g', new Set(['w3', 'w2']));
    await vi.advanceTimersByTimeAsync(1000);
    c.changed('g', new Set(['skip']));
    await vi.advanceTimersByTimeAsync(1000);
    expect(seen.values).toEqual([['w1'], ['w2', 'w3']]);
  });

  it('drops a topic with its last subscriber, so changes nobody listens to cost nothing', async () => {
    const compute = vi.fn(async () => 1);
    const c = new Coalescer<null, never, number>({ compute });
    const a = c.subscribe('t', 'g', null);
    const b = c.subscribe('t', 'g', null);
    c.changed('g');
    await vi.advanceTimersByTimeAsync(100);
    c.changed('g'); // trailing run pending
    await a.return!();
    expect(c.subscriberCount('t')).toBe(1);
    await b.return!();
    expect(c.has('t')).toBe(false);
    await vi.advanceTimersByTimeAsync(5000);
    c.changed('g');
    await vi.advanceTimersByTimeAsync(5000);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('keeps going after a failed computation and delivers the next state', async () => {
    let fail = true;
    const log = { error: vi.fn() };
    const c = new Coalescer<null, never, string>({
      log,
      compute: async () => {
        if (fail) throw new Error('db down');
        return 'ok';
      },
    });
    const seen = collect(c.subscribe('t', 'g', null));
    c.changed('g');
    await vi.advanceTimersByTimeAsync(0);
    expect(log.error).toHaveBeenCalledTimes(1);
    fail = false;
    c.changed('g');
    await vi.advanceTimersByTimeAsync(1000);
    expect(seen.values).toEqual(['ok']);
  });

  it('refreshAll recomputes every topic of every group without a hint, so a resync reads everything', async () => {
    const hints: (string[] | undefined)[] = [];
    const c = new Coalescer<string, string[], string>({
      merge: (pending, next) => [...(pending ?? []), ...next],
      compute: async (study, hint) => (hints.push(hint), `${study}: ${hint ? hint.join(',') : 'all waves'}`),
    });
    const s1 = collect(c.subscribe('s1', 's1', 's1'));
    const s2 = collect(c.subscribe('s2', 's2', 's2'));
    c.changed('s1', ['w1']);
    await vi.advanceTimersByTimeAsync(0);
    c.changed('s1', ['w2']); // pending within the window: the resync covers it
    c.refreshAll();
    await vi.advanceTimersByTimeAsync(1000);
    expect(s1.values).toEqual(['s1: w1', 's1: all waves']);
    expect(s2.values).toEqual(['s2: all waves']);
    expect(hints).toEqual([['w1'], undefined, undefined]);
  });
});
