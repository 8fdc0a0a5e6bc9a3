import { describe, expect, it } from 'vitest';
import { backoffMs, DEFAULT_TUNING, retriesExhausted } from './dispatch-config.js';

describe('retry backoff', () => {
  it('doubles from one second and stops growing at the cap (60 s by default)', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 100].map((n) => backoffMs(n, DEFAULT_TUNING) / 1000)).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60]);
    expect(backoffMs(5, { ...DEFAULT_TUNING, retryMaxMs: 3000 })).toBe(3000);
  });

  it('gives up once the waits add up to giveUpAfterMs (24 h by default: about 1,440 attempts at the cap)', () => {
    // 1+2+4+8+16+32 = 63 s, then 60 s per attempt: 24 h is reached at attempt 6 + ceil((86400 - 63) / 60) = 1,445.
    expect(retriesExhausted(1444, DEFAULT_TUNING)).toBe(false);
    expect(retriesExhausted(1445, DEFAULT_TUNING)).toBe(true);
    const short = { retryBaseMs: 100, retryMaxMs: 400, giveUpAfterMs: 1000 };
    // 100 + 200 + 400 = 700, + 400 = 1100.
    expect(retriesExhausted(3, short)).toBe(false);
    expect(retriesExhausted(4, short)).toBe(true);
    expect(retriesExhausted(0, short)).toBe(false);
  });
});
