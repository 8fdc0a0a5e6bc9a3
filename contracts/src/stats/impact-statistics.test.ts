import { describe, expect, it } from 'vitest';
import { npsImpactEstimate } from './impact-statistics.js';

describe('npsImpactEstimate', () => {
  it('matches a hand computation with both bands', () => {
    // 300 respondents: 120 detractors (w .4), 100 passives (w 1/3). 10 of 40 interviewed detractors and 5 of 20 passives raise it.
    // Detractors: s~ = 10/43 = .2325581, p~ = 10.75/43 = .25, d~ = .75/43 = .0174419,
    //   Var~ = (.2674419 - .2325581^2) / 43 = .2133586 / 43 = .00496183
    // Passives: s~ = 5/23 = .2173913, p~ = 5.75/23 = .25, d~ = .75/23 = .0326087,
    //   Var~ = (.2826087 - .2173913^2) / 23 = .2353497 / 23 = .01023260
    // G~ = .4 × .2325581 + 1/3 × .2173913 = .0930233 + .0724638 = .1654871 -> 16.5 points
    // Var = .16 × .00496183 + 1/9 × .01023260 = .00079389 + .00113696 = .00193085, se = .0439415
    // half = 1.959964 × .0439415 = .0861238 -> [.0793633, .2516109] -> 7.9 to 25.2
    // shrinkage = 1 - .00193085 / .1654871^2 = 1 - .0705051 = .9294949 -> point .1538194 -> 15.4
    // observed (plug-in) = 100 × (.4 × .25 + 1/3 × .25) = 18.3, the figure printed alone before
    const e = npsImpactEstimate({
      total: 300,
      detractor: { respondents: 120, interviewed: 40, raising: 10 },
      passive: { respondents: 100, interviewed: 20, raising: 5 },
    });
    expect(e).toMatchObject({ points: 15.4, low: 7.9, high: 25.2, centre: 16.5, observed: 18.3, n: 60, smallSample: false });
    expect(e.shrinkage).toBeCloseTo(0.9294949, 6);
  });

  it('shrinks 6 of 7 detractors and flags the small sample', () => {
    // 40 respondents, 10 detractors (w .25); 6 of 7 interviewed detractors raise it; no passive interviewed (left out).
    // s~ = 6/10 = .6, p~ = .675, d~ = .075, Var~ = (.75 - .36) / 10 = .039; G~ = .25 × .6 = .15
    // Var = .0625 × .039 = .0024375, se = .0493710, half = .0967654 -> [.0532346, .2467654] -> 5.3 to 24.7
    // shrinkage = 1 - .0024375 / .0225 = .8916667 -> point .13375 -> 13.4 (the plug-in said 25 × 6/7 = 21.4)
    const e = npsImpactEstimate({
      total: 40,
      detractor: { respondents: 10, interviewed: 7, raising: 6 },
      passive: { respondents: 12, interviewed: 0, raising: 0 },
    });
    expect(e).toMatchObject({ points: 13.4, low: 5.3, high: 24.7, centre: 15, observed: 21.4, n: 7, smallSample: true });
    expect(e.shrinkage).toBeCloseTo(0.8916667, 6);
  });

  it('shows an estimate within one standard error of zero as 0, with its interval', () => {
    // 1 of 1 detractor: s~ = 1/4 = .25, p~ = .4375, d~ = .1875, Var~ = (.625 - .0625) / 4 = .140625, se = .375.
    // w = .25: G~ = .0625, Var = .0087890625 > G~^2 = .00390625 -> shrinkage 0 -> point 0;
    // high = .0625 + 1.959964 × .09375 = .2462466 -> 24.6 (the most the moves could add is 25)
    const e = npsImpactEstimate({
      total: 40,
      detractor: { respondents: 10, interviewed: 1, raising: 1 },
      passive: { respondents: 10, interviewed: 0, raising: 0 },
    });
    expect(e).toMatchObject({ points: 0, low: 0, high: 24.6, centre: 6.3, observed: 25, shrinkage: 0, n: 1, smallSample: true });
  });

  it('shrinks less as the sample grows, and the point stays inside the interval', () => {
    const at = (n: number) =>
      npsImpactEstimate({
        total: 1000,
        detractor: { respondents: 300, interviewed: n, raising: Math.round(n / 2) },
        passive: { respondents: 300, interviewed: n, raising: Math.round(n / 5) },
      });
    const factors = [4, 10, 30, 100, 300].map((n) => at(n).shrinkage);
    expect(factors).toEqual([...factors].sort((a, b) => a - b));
    expect(factors[4]).toBeGreaterThan(0.98);
    for (const n of [1, 2, 4, 10, 30, 100, 300]) {
      const e = at(n);
      expect(e.points).toBeGreaterThanOrEqual(e.low);
      expect(e.points).toBeLessThanOrEqual(e.high);
      expect(e.high).toBeLessThanOrEqual(60);
    }
    // every interviewee raising it, at large n: still inside
    const all = npsImpactEstimate({
      total: 100,
      detractor: { respondents: 100, interviewed: 100, raising: 100 },
      passive: { respondents: 0, interviewed: 0, raising: 0 },
    });
    expect(all.points).toBeGreaterThanOrEqual(all.low);
    expect(all.high).toBe(100);
  });

  it('is zero without respondents or interviews, and refuses impossible counts', () => {
    const none = { respondents: 0, interviewed: 0, raising: 0 };
    expect(npsImpactEstimate({ total: 0, detractor: none, passive: none })).toMatchObject({
      points: 0,
      low: 0,
      high: 0,
      n: 0,
      smallSample: true,
    });
    expect(() => npsImpactEstimate({ total: 10, detractor: { respondents: 5, interviewed: 2, raising: 3 }, passive: none })).toThrow(
      RangeError,
    );
  });
});
