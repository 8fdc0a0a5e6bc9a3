import { adjustPValues, compareProportions, significanceFlag, SMALL_SAMPLE_THRESHOLD, wilsonInterval } from '@ladder/contracts/stats';
import { ProportionTestKind, type ShareChange, type ShareEstimate } from './insight-trend.types.js';

export function toShareEstimate(count: number, n: number): ShareEstimate {
  return { count, n, ...wilsonInterval(count, n), smallSample: n < SMALL_SAMPLE_THRESHOLD };
}

export interface ShareComparisonInput {
  before: { count: number; n: number };
  after: { count: number; n: number };
}

/**
 * Compares each pair (after - before) and adjusts the p-values of the whole family at once
 * (Benjamini-Hochberg), so stars account for how many comparisons are shown together. A pair with
 * an empty side cannot be compared and gives null.
 */
export function compareShareFamily(pairs: readonly (ShareComparisonInput | null)[]): (ShareChange | null)[] {
  const raw = pairs.map((p) => (p ? compareProportions(p.before.count, p.before.n, p.after.count, p.after.n) : null));
  const adjusted = adjustPValues(raw.map((c) => c?.pValue ?? null));
  return raw.map((c, i) => {
    const q = adjusted[i];
    if (!c || c.pValue === null || c.difference === null || c.low === null || c.high === null || q === null || !c.test) return null;
    return {
      difference: c.difference,
      low: c.low,
      high: c.high,
      pValue: c.pValue,
      adjustedPValue: q,
      test: c.test === 'fisher-exact' ? ProportionTestKind.FISHER_EXACT : ProportionTestKind.TWO_PROPORTION_Z,
      significant: q < 0.05,
      flag: significanceFlag(q),
    };
  });
}
