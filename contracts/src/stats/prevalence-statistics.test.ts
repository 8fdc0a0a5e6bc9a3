import { describe, expect, it } from 'vitest';
import {
  adjustPValues,
  compareProportions,
  fisherExactPValue,
  needsExactTest,
  newcombeInterval,
  significanceFlag,
  twoSidedNormalP,
  wilsonInterval,
  zCritical,
} from './prevalence-statistics.js';

// Throughout: z(95%) = 1.959964, z^2 = 3.841459.

describe('wilsonInterval', () => {
  it('matches a hand computation: 12 of 100 at 95%', () => {
    // p = .12, z^2/n = .0384146; centre = (.12 + .0192073) / 1.0384146 = .1340575
    // half = 1.959964 / 1.0384146 * sqrt(.12 * .88 / 100 + 3.841459 / 40000)
    //      = 1.887456 * sqrt(.001056 + .0000960) = 1.887456 * .0339417 = .0640635
    // -> [.0699941, .1981210]
    const w = wilsonInterval(12, 100);
    expect(w.share).toBe(0.12);
    expect(w.low).toBeCloseTo(0.069994, 6);
    expect(w.high).toBeCloseTo(0.198121, 6);
  });

  it('matches a hand computation: 28 of 100 at 95%', () => {
    // centre = (.28 + .0192073) / 1.0384146 = .2881386; half = 1.887456 * sqrt(.002016 + .000096) = .0867417
    const w = wilsonInterval(28, 100);
    expect(w.low).toBeCloseTo(0.201397, 6);
    expect(w.high).toBeCloseTo(0.37488, 6);
  });

  it('stays inside [0, 1] with a non-degenerate interval at count = n (all promoters)', () => {
    // 10/10: centre = (1 + .1920730) / 1.3841459 = .8612336, half = 1.415996 * sqrt(3.841459 / 400) = .1387664
    expect(wilsonInterval(10, 10)).toEqual({ share: 1, low: expect.closeTo(0.722467, 6), high: 1 });
    // And symmetrically at 0/10.
    expect(wilsonInterval(0, 10)).toEqual({ share: 0, low: 0, high: expect.closeTo(0.277533, 6) });
  });

  it('returns share null and the whole of [0, 1] when n = 0', () => {
    expect(wilsonInterval(0, 0)).toEqual({ share: null, low: 0, high: 1 });
  });

  it('widens with the confidence level and mirrors count <-> n - count', () => {
    const ninety = wilsonInterval(30, 80, 0.9);
    const ninetyNine = wilsonInterval(30, 80, 0.99);
    expect(ninetyNine.high - ninetyNine.low).toBeGreaterThan(ninety.high - ninety.low);
    const mirror = wilsonInterval(50, 80, 0.9);
    expect(mirror.low).toBeCloseTo(1 - ninety.high, 12);
    expect(mirror.high).toBeCloseTo(1 - ninety.low, 12);
  });

  it('rejects impossible counts and confidence levels', () => {
    expect(() => wilsonInterval(11, 10)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 10)).toThrow(RangeError);
    expect(() => wilsonInterval(1.5, 10)).toThrow(RangeError);
    expect(() => wilsonInterval(1, 10, 1)).toThrow(RangeError);
    expect(() => zCritical(0)).toThrow(RangeError);
  });
});

describe('fisherExactPValue', () => {
  it('matches a hand computation: [[1, 9], [11, 3]]', () => {
    // N = 24, K = 12 successes, n1 = 10 draws; P(k) = C(12, k) C(12, 10 - k) / C(24, 10), C(24, 10) = 1961256.
    // Observed k = 1: 12 * 220 = 2640. As or less probable: k = 0 (66), 1 (2640), 9 (2640), 10 (66);
    // k = 2 is already 66 * 495 = 32670. p = 5412 / 1961256 = .0027594 (R: fisher.test gives .002759).
    // k = 1 and k = 9 tie exactly: the relative tolerance keeps the tie whatever the rounding.
    expect(fisherExactPValue(1, 10, 11, 14)).toBeCloseTo(5412 / 1961256, 10);
  });

  it('matches a hand computation on a tiny table: 1 of 4 vs 4 of 5', () => {
    // N = 9, K = 5, n1 = 4; C(9, 4) = 126; P(k) * 126 for k = 0..4: 1, 20, 60, 40, 5.
    // Observed k = 1 (20): sum of {1, 20, 5} = 26 -> p = 26 / 126 = .2063492.
    expect(fisherExactPValue(1, 4, 4, 5)).toBeCloseTo(26 / 126, 12);
  });

  it('is 1 (not above) when the observed table is the most probable, or the only one', () => {
    expect(fisherExactPValue(5, 10, 5, 10)).toBeCloseTo(1, 12);
    expect(fisherExactPValue(5, 10, 5, 10)).toBeLessThanOrEqual(1);
    expect(fisherExactPValue(0, 3, 0, 4)).toBe(1);
    expect(fisherExactPValue(3, 3, 4, 4)).toBe(1);
  });
});

describe('compareProportions', () => {
  it('matches a hand computation for the z-test: 12/100 vs 28/100', () => {
    // Pooled p = 40 / 200 = .2; se = sqrt(.2 * .8 * (1/100 + 1/100)) = sqrt(.0032) = .0565685
    // z = (.28 - .12) / .0565685 = 2.828427; p = 2 (1 - Phi(2.828427)) = .0046777
    // Newcombe, from the Wilson intervals [.069994, .198121] and [.201397, .374880]:
    //   low  = .16 - sqrt((.28 - .201397)^2 + (.198121 - .12)^2) = .16 - .110821 = .049179
    //   high = .16 + sqrt((.374880 - .28)^2 + (.12 - .069994)^2) = .16 + .107251 = .267251
    const c = compareProportions(12, 100, 28, 100);
    expect(c.test).toBe('two-proportion-z');
    expect(c.difference).toBeCloseTo(0.16, 12);
    expect(c.z).toBeCloseTo(2.828427, 6);
    expect(c.pValue).toBeCloseTo(0.0046777, 7);
    expect(c.low).toBeCloseTo(0.049179, 6);
    expect(c.high).toBeCloseTo(0.267251, 6);
    expect(c.significant).toBe(true);
    expect(significanceFlag(c.pValue)).toBe('**');
  });

  it('matches a hand computation at the switch-over: 2/20 vs 8/20 keeps the z-test', () => {
    // Expected successes = 20 * 10 / 40 = 5 (not below 5). Pooled .25; se = sqrt(.1875 * .1) = .1369306;
    // z = .3 / .1369306 = 2.190890; p = .0284597.
    expect(needsExactTest(2, 20, 8, 20)).toBe(false);
    const c = compareProportions(2, 20, 8, 20);
    expect(c.test).toBe('two-proportion-z');
    expect(c.z).toBeCloseTo(2.19089, 5);
    expect(c.pValue).toBeCloseTo(0.0284597, 7);
  });

  it('switches to Fisher when an expected cell is below 5', () => {
    // 1/20 vs 8/20: expected successes = 20 * 9 / 40 = 4.5.
    expect(needsExactTest(1, 20, 8, 20)).toBe(true);
    const c = compareProportions(1, 20, 8, 20);
    expect(c.test).toBe('fisher-exact');
    expect(c.z).toBeNull();
    expect(c.pValue).toBe(fisherExactPValue(1, 20, 8, 20));
    const tiny = compareProportions(1, 4, 4, 5);
    expect(tiny).toMatchObject({ test: 'fisher-exact', significant: false, difference: expect.closeTo(0.55, 12) });
    expect(tiny.pValue).toBeCloseTo(26 / 126, 12);
  });

  it('is symmetric when the groups are swapped', () => {
    for (const [x1, n1, x2, n2] of [
      [12, 100, 28, 100],
      [1, 4, 4, 5],
      [0, 7, 6, 9],
      [30, 45, 10, 60],
    ]) {
      const ab = compareProportions(x1, n1, x2, n2);
      const ba = compareProportions(x2, n2, x1, n1);
      expect(ba.test).toBe(ab.test);
      expect(ba.pValue).toBeCloseTo(ab.pValue!, 12);
      expect(ba.difference).toBeCloseTo(-ab.difference!, 12);
      expect(ba.low).toBeCloseTo(-ab.high!, 12);
      expect(ba.high).toBeCloseTo(-ab.low!, 12);
    }
  });

  it('keeps p-values in [0, 1] and the difference inside its interval over every small table', () => {
    for (let n1 = 1; n1 <= 12; n1++) {
      for (let n2 = 1; n2 <= 12; n2 += 3) {
        for (let x1 = 0; x1 <= n1; x1++) {
          for (let x2 = 0; x2 <= n2; x2++) {
            const c = compareProportions(x1, n1, x2, n2);
            expect(c.pValue).toBeGreaterThanOrEqual(0);
            expect(c.pValue).toBeLessThanOrEqual(1);
            expect(c.low).toBeGreaterThanOrEqual(-1);
            expect(c.high).toBeLessThanOrEqual(1);
            expect(c.difference).toBeGreaterThanOrEqual(c.low! - 1e-12);
            expect(c.difference).toBeLessThanOrEqual(c.high! + 1e-12);
          }
        }
      }
    }
  });

  it('finds nothing to compare when a group is empty', () => {
    expect(compareProportions(0, 0, 3, 10)).toEqual({
      difference: null,
      low: null,
      high: null,
      z: null,
      pValue: null,
      test: null,
      significant: false,
    });
    expect(() => newcombeInterval(0, 0, 3, 10)).toThrow(RangeError);
  });

  it('treats no change at all as p = 1 (Fisher on an all-zero column)', () => {
    expect(compareProportions(0, 50, 0, 50)).toMatchObject({ difference: 0, pValue: 1, test: 'fisher-exact' });
  });

  it('rejects impossible counts', () => {
    expect(() => compareProportions(5, 4, 1, 4)).toThrow(RangeError);
    expect(() => compareProportions(1, 4, 1, 4, 0)).toThrow(RangeError);
  });
});

describe('twoSidedNormalP', () => {
  it('matches the textbook values', () => {
    expect(twoSidedNormalP(1.959964)).toBeCloseTo(0.05, 6);
    expect(twoSidedNormalP(-2.575829)).toBeCloseTo(0.01, 6);
    expect(twoSidedNormalP(0)).toBe(1);
  });
});

describe('adjustPValues (Benjamini-Hochberg)', () => {
  it('matches a hand computation', () => {
    // Sorted: .005, .01, .03, .04 (m = 4) -> p m / rank: .02, .02, .04, .04; running minimum from the
    // top changes nothing; back in input order: .02, .04, .04, .02 (R: p.adjust(..., 'BH')).
    const q = adjustPValues([0.01, 0.04, 0.03, 0.005]);
    [0.02, 0.04, 0.04, 0.02].forEach((v, i) => expect(q[i]).toBeCloseTo(v, 12));
  });

  it('enforces monotonicity with the running minimum', () => {
    // Sorted .02, .03, .04 -> .06, .045, .04; running minimum from the top: .04, .04, .04.
    adjustPValues([0.04, 0.03, 0.02]).forEach((v) => expect(v).toBeCloseTo(0.04, 12));
    // Sorted .8, .9 -> 1.6, .9 -> .9, .9 (and never above 1).
    adjustPValues([0.9, 0.8]).forEach((v) => expect(v).toBeCloseTo(0.9, 12));
  });

  it('passes nulls through without counting them', () => {
    // m = 2: .01 * 2 / 1 = .02, .02 * 2 / 2 = .02.
    const q = adjustPValues([null, 0.01, 0.02]);
    expect(q[0]).toBeNull();
    expect(q[1]).toBeCloseTo(0.02, 12);
    expect(q[2]).toBeCloseTo(0.02, 12);
  });

  it('leaves a single p-value alone, never lowers one, and handles an empty family', () => {
    expect(adjustPValues([0.03])).toEqual([0.03]);
    expect(adjustPValues([])).toEqual([]);
    const raw = [0.001, 0.2, 0.049, 0.5, 0.013, 1, 0];
    adjustPValues(raw).forEach((q, i) => {
      expect(q).toBeGreaterThanOrEqual(raw[i]);
      expect(q).toBeLessThanOrEqual(1);
    });
  });

  it('rejects values that are not p-values', () => {
    expect(() => adjustPValues([0.1, 1.5])).toThrow(RangeError);
    expect(() => adjustPValues([Number.NaN])).toThrow(RangeError);
  });
});

describe('significanceFlag', () => {
  it('stars strictly below 0.05, 0.01 and 0.001', () => {
    expect(significanceFlag(0.0009)).toBe('***');
    expect(significanceFlag(0.001)).toBe('**');
    expect(significanceFlag(0.0099)).toBe('**');
    expect(significanceFlag(0.01)).toBe('*');
    expect(significanceFlag(0.0499)).toBe('*');
    expect(significanceFlag(0.05)).toBe('');
    expect(significanceFlag(1)).toBe('');
    expect(significanceFlag(null)).toBe('');
  });
});
