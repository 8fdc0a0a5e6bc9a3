import cdf from '@stdlib/stats-base-dists-normal-cdf';
import hypergeometricPmf from '@stdlib/stats-base-dists-hypergeometric-pmf';
import quantile from '@stdlib/stats-base-dists-normal-quantile';

/** Share of a group; null share when the group is empty (the interval is then all of [0, 1]). */
export interface ShareInterval {
  share: number | null;
  low: number;
  high: number;
}

export type ProportionTest = 'two-proportion-z' | 'fisher-exact';

/**
 * Change in a share from group 1 to group 2 (difference = p2 - p1, on the 0..1 scale). All
 * nullable fields are null, `test` included, when either group is empty: nothing to compare.
 */
export interface ProportionComparison {
  difference: number | null;
  low: number | null;
  high: number | null;
  /** The pooled z statistic; null under Fisher's test or with an empty group. */
  z: number | null;
  pValue: number | null;
  test: ProportionTest | null;
  /** pValue < 1 - confidence. Unadjusted: see adjustPValues for a family of themes. */
  significant: boolean;
}

export type SignificanceFlag = '' | '*' | '**' | '***';

/** Below this expected count in any cell of the 2x2 table the z-test gives way to Fisher's. */
export const MIN_EXPECTED_CELL = 5;

/** R's fisher.test tolerance: tables within this relative distance of the observed one tie. */
const FISHER_RELATIVE_TOLERANCE = 1e-7;

/** Two-sided normal critical value, e.g. 1.959964 at 95%. */
export function zCritical(confidence: number): number {
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
  return quantile(1 - (1 - confidence) / 2, 0, 1);
}

/** Two-sided p-value of a standard normal statistic: 2 (1 - Phi(|z|)). */
export function twoSidedNormalP(z: number): number {
  return Math.min(1, 2 * cdf(-Math.abs(z), 0, 1));
}

function assertCount(count: number, n: number): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a non-negative integer, got ${n}`);
  if (!Number.isInteger(count) || count < 0 || count > n) {
    throw new RangeError(`count must be an integer in [0, ${n}], got ${count}`);
  }
}

/**
 * Wilson score interval for count / n. With p = count / n and z the critical value:
 *   centre = (p + z^2 / 2n) / (1 + z^2 / n)
 *   half   = z / (1 + z^2 / n) * sqrt(p (1 - p) / n + z^2 / 4n^2)
 * Unlike the Wald interval it stays inside [0, 1] and is not degenerate at 0 or n, which matters
 * for themes mentioned by few respondents. n = 0 gives share null and the whole of [0, 1].
 */
export function wilsonInterval(count: number, n: number, confidence = 0.95): ShareInterval {
  assertCount(count, n);
  const z = zCritical(confidence);
  if (n === 0) return { share: null, low: 0, high: 1 };
  const p = count / n;
  const z2n = (z * z) / n;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (z / (1 + z2n)) * Math.sqrt((p * (1 - p)) / n + z2n / (4 * n));
  // The exact bounds at 0 and n are 0 and 1; pin them so rounding cannot leave them at 1e-17.
  return {
    share: p,
    low: count === 0 ? 0 : Math.max(0, centre - half),
    high: count === n ? 1 : Math.min(1, centre + half),
  };
}

/**
 * Fisher's exact test, two-sided, for the table [[x1, n1 - x1], [x2, n2 - x2]]. With the margins
 * fixed, x1 is hypergeometric: population N = n1 + n2, K = x1 + x2 successes, n1 draws, so
 *   P(X = k) = C(K, k) C(N - K, n1 - k) / C(N, n1).
 * The p-value sums P(X = k) over every k no more probable than the observed x1 (R's definition),
 * with a relative tolerance so that tables tied with the observed one are not lost to rounding.
 */
export function fisherExactPValue(x1: number, n1: number, x2: number, n2: number): number {
  assertCount(x1, n1);
  assertCount(x2, n2);
  const total = n1 + n2;
  const successes = x1 + x2;
  const observed = hypergeometricPmf(x1, total, successes, n1);
  const threshold = observed * (1 + FISHER_RELATIVE_TOLERANCE);
  let p = 0;
  for (let k = Math.max(0, n1 - (total - successes)); k <= Math.min(successes, n1); k++) {
    const pk = hypergeometricPmf(k, total, successes, n1);
    if (pk <= threshold) p += pk;
  }
  return Math.min(1, p);
}

/**
 * Newcombe's hybrid score interval for p2 - p1 (his method 10, 1998), built from the two Wilson
 * intervals [l1, u1] and [l2, u2]:
 *   low  = d - sqrt((p2 - l2)^2 + (u1 - p1)^2)
 *   high = d + sqrt((u2 - p2)^2 + (p1 - l1)^2)
 * It keeps good coverage with small counts and shares near 0 or 1, where the Wald interval fails.
 */
export function newcombeInterval(
  x1: number,
  n1: number,
  x2: number,
  n2: number,
  confidence = 0.95,
): { difference: number; low: number; high: number } {
  const a = wilsonInterval(x1, n1, confidence);
  const b = wilsonInterval(x2, n2, confidence);
  if (a.share === null || b.share === null) throw new RangeError('both groups must be non-empty');
  const d = b.share - a.share;
  return {
    difference: d,
    low: Math.max(-1, d - Math.hypot(b.share - b.low, a.high - a.share)),
    high: Math.min(1, d + Math.hypot(b.high - b.share, a.share - a.low)),
  };
}

/** True when any expected count (row total x column total / N) of the 2x2 table is below 5. */
export function needsExactTest(x1: number, n1: number, x2: number, n2: number): boolean {
  const total = n1 + n2;
  const successes = x1 + x2;
  const smallestRow = Math.min(n1, n2);
  const smallestColumn = Math.min(successes, total - successes);
  return (smallestRow * smallestColumn) / total < MIN_EXPECTED_CELL;
}

/**
 * Compares the share x1/n1 (e.g. detractors citing a theme in Q1) with x2/n2 (in Q3).
 * Test: the pooled two-proportion z-test, with p = (x1 + x2) / (n1 + n2),
 *   z = (p2 - p1) / sqrt(p (1 - p) (1/n1 + 1/n2)),  two-sided p-value 2 (1 - Phi(|z|)),
 * or Fisher's exact test when any expected cell count is below 5, where the normal approximation
 * is poor. Interval: Newcombe's hybrid score method (see newcombeInterval), whichever the test;
 * in borderline cases the interval and the p-value can disagree, and `significant` follows the
 * p-value.
 */
export function compareProportions(x1: number, n1: number, x2: number, n2: number, confidence = 0.95): ProportionComparison {
  assertCount(x1, n1);
  assertCount(x2, n2);
  zCritical(confidence);
  if (n1 === 0 || n2 === 0) {
    return { difference: null, low: null, high: null, z: null, pValue: null, test: null, significant: false };
  }
  const { difference, low, high } = newcombeInterval(x1, n1, x2, n2, confidence);
  const alpha = 1 - confidence;
  if (needsExactTest(x1, n1, x2, n2)) {
    const pValue = fisherExactPValue(x1, n1, x2, n2);
    return { difference, low, high, z: null, pValue, test: 'fisher-exact', significant: pValue < alpha };
  }
  // Expected cells >= 5 on both sides imply 0 < pooled < 1, so the standard error is positive.
  const pooled = (x1 + x2) / (n1 + n2);
  const z = difference / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  const pValue = twoSidedNormalP(z);
  return { difference, low, high, z, pValue, test: 'two-proportion-z', significant: pValue < alpha };
}

/**
 * Benjamini-Hochberg adjustment (false discovery rate). With the m p-values sorted ascending,
 *   q_(i) = min over j >= i of min(1, p_(j) m / j),
 * returned in the input order. Applied to the family of theme comparisons shown together (one
 * band, two waves), so that among 40 themes the ~2 that clear p < 0.05 by chance alone are not
 * starred. Nulls (comparisons that could not be made) pass through and do not count towards m.
 */
export function adjustPValues(pValues: readonly number[]): number[];
export function adjustPValues(pValues: readonly (number | null)[]): (number | null)[];
export function adjustPValues(pValues: readonly (number | null)[]): (number | null)[] {
  const ranked = pValues
    .map((p, index) => ({ p, index }))
    .filter((e): e is { p: number; index: number } => e.p !== null)
    .sort((a, b) => a.p - b.p);
  for (const { p } of ranked) {
    if (!(p >= 0 && p <= 1)) throw new RangeError(`p-values must be in [0, 1], got ${p}`);
  }
  const adjusted: (number | null)[] = pValues.map(() => null);
  const m = ranked.length;
  let running = 1;
  for (let i = m - 1; i >= 0; i--) {
    running = Math.min(running, (ranked[i].p * m) / (i + 1));
    adjusted[ranked[i].index] = running;
  }
  return adjusted;
}

/** Stars for a p-value: * below 0.05, ** below 0.01, *** below 0.001 (strictly); '' otherwise. */
export function significanceFlag(pValue: number | null): SignificanceFlag {
  if (pValue === null || Number.isNaN(pValue)) return '';
  if (pValue < 0.001) return '***';
  if (pValue < 0.01) return '**';
  if (pValue < 0.05) return '*';
  return '';
}
