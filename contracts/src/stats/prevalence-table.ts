import { segmentLabel, type SegmentKeyValue } from '../segments.js';
import { SMALL_SAMPLE_THRESHOLD } from './nps-statistics.js';
import { adjustPValues, compareProportions, significanceFlag, wilsonInterval, type SignificanceFlag } from './prevalence-statistics.js';

/** How a segment differs from the rest of the wave for one finding (a theme or a driver). */
export interface VersusRestCell {
  /** Segment share - the rest's share, 0..1; null when either is empty or there is no grouping. */
  difference: number | null;
  low: number | null;
  high: number | null;
  pValue: number | null;
  /** Benjamini-Hochberg over every cell of the table. */
  adjustedP: number | null;
  flag: SignificanceFlag;
  significant: boolean;
}

export interface PrevalenceCell {
  key: string;
  label: string;
  count: number;
  n: number;
  share: number | null;
  low: number;
  high: number;
  smallSample: boolean;
  versusRest: VersusRestCell;
}

export interface PrevalenceSegment {
  key: SegmentKeyValue[];
  label: string;
  n: number;
  cells: PrevalenceCell[];
}

/** A segment's coded interviews; its key columns k0..k3 hold the values of groupBy's attributes, in order. */
export interface PrevalenceTotalRow {
  [k: string]: unknown;
  n: number;
}

/** Interviews of a segment (its k0..k3) with one finding. */
export interface PrevalenceCountRow {
  [k: string]: unknown;
  finding: string;
  count: number;
}

const keyOf = (groupBy: readonly string[], row: Record<string, unknown>): SegmentKeyValue[] =>
  groupBy.map((attribute, i) => ({ attribute, value: (row[`k${i}`] as string | null) ?? null }));
const idOf = (key: readonly SegmentKeyValue[]) => JSON.stringify(key.map((k) => k.value));

/**
 * Findings by segment (the API's themePrevalence and driverPrevalence, and the executive summary's
 * segment differences): for each segment and finding, the count with its Wilson interval, and the
 * difference from the rest of the wave (the same filter) with Newcombe's interval and the
 * two-proportion test (Fisher's with small counts), Benjamini-Hochberg adjusted across every cell
 * (a segment x theme table of 5 x 20 is 100 tests: unadjusted, five would be starred by chance).
 */
export function prevalenceBySegment(
  groupBy: string[],
  totals: readonly PrevalenceTotalRow[],
  counts: readonly PrevalenceCountRow[],
  findings: readonly { key: string; label: string }[],
  whole = 'All coded interviews',
): { n: number; segments: PrevalenceSegment[] } {
  const waveN = totals.reduce((sum, t) => sum + t.n, 0);
  const waveCount = new Map<string, number>();
  const cellCount = new Map<string, number>();
  for (const c of counts) {
    const segment = idOf(keyOf(groupBy, c));
    waveCount.set(c.finding, (waveCount.get(c.finding) ?? 0) + c.count);
    cellCount.set(`${segment} ${c.finding}`, c.count);
  }
  const segments: PrevalenceSegment[] = totals.map((t) => {
    const key = keyOf(groupBy, t);
    const cells: PrevalenceCell[] = findings.map((f) => {
      const count = cellCount.get(`${idOf(key)} ${f.key}`) ?? 0;
      const { share, low, high } = wilsonInterval(count, t.n);
      const restN = waveN - t.n;
      const restCount = (waveCount.get(f.key) ?? 0) - count;
      const vs = groupBy.length ? compareProportions(restCount, restN, count, t.n) : null;
      return {
        key: f.key,
        label: f.label,
        count,
        n: t.n,
        share,
        low,
        high,
        smallSample: t.n < SMALL_SAMPLE_THRESHOLD,
        versusRest: {
          difference: vs?.difference ?? null,
          low: vs?.low ?? null,
          high: vs?.high ?? null,
          pValue: vs?.pValue ?? null,
          adjustedP: null,
          flag: '',
          significant: false,
        },
      };
    });
    return { key, label: segmentLabel(key, whole), n: t.n, cells };
  });
  const all = segments.flatMap((s) => s.cells);
  const adjusted = adjustPValues(all.map((c) => c.versusRest.pValue));
  all.forEach((c, i) => {
    c.versusRest.adjustedP = adjusted[i];
    c.versusRest.flag = significanceFlag(adjusted[i]);
    c.versusRest.significant = adjusted[i] !== null && adjusted[i]! < 0.05;
  });
  return { n: waveN, segments };
}
