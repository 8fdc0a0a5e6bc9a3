import { describe, expect, it } from 'vitest';
import { npsEstimate } from './nps-statistics.js';

describe('npsEstimate', () => {
  it('matches a hand computation: 50 promoters, 30 passives, 20 detractors', () => {
    // p = .5, d = .2, NPS = 30; Var = (.5 + .2 - .09) / 100 = .0061; se = .078102; z = 1.959964
    // half width = 100 * 1.959964 * .078102 = 15.3077
    const e = npsEstimate({ promoters: 50, passives: 30, detractors: 20 });
    expect(e).toEqual({ n: 100, nps: 30, ciLow: 14.69, ciHigh: 45.31, smallSample: false });
  });

  it('flags small samples and clips the interval to the scale', () => {
    const e = npsEstimate({ promoters: 9, passives: 1, detractors: 0 });
    expect(e.nps).toBe(90);
    expect(e.smallSample).toBe(true);
    expect(e.ciHigh).toBe(100);
    expect(e.ciLow).toBeGreaterThan(60);
  });

  it('returns nulls when nobody answered', () => {
    expect(npsEstimate({ promoters: 0, passives: 0, detractors: 0 })).toEqual({
      n: 0, nps: null, ciLow: null, ciHigh: null, smallSample: true,
    });
  });

  it('widens with a higher confidence level', () => {
    const t = { promoters: 40, passives: 30, detractors: 30 };
    const ninety = npsEstimate(t, 0.9);
    const ninetyNine = npsEstimate(t, 0.99);
    expect(ninetyNine.ciHigh! - ninetyNine.ciLow!).toBeGreaterThan(ninety.ciHigh! - ninety.ciLow!);
  });
});
