import { SMALL_SAMPLE_THRESHOLD, wilsonInterval } from '@ladder/contracts/stats';
import type { PrevalenceRow, ThemePrevalence } from './analysis.types.js';

/** A stored count / n with its 95% Wilson interval and the small-sample flag. */
export function toPrevalence(row: PrevalenceRow): ThemePrevalence {
  const { share, low, high } = wilsonInterval(row.count, row.n);
  return { band: row.band, count: row.count, n: row.n, share, low, high, smallSample: row.n < SMALL_SAMPLE_THRESHOLD };
}
