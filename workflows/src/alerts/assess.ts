import { segmentLabel, type AlertDirection, type AlertMetric, type AlertSegmentKeyPart } from '@ladder/contracts';
import { adjustPValues, compareNps, compareProportions, npsEstimate, type BandTally } from '@ladder/contracts/stats';

/** One segment of a rule: its band counts in the current window and in the baseline. */
export interface SegmentCounts {
  key: AlertSegmentKeyPart[];
  current: BandTally;
  baseline: BandTally;
}

/** What an alert needs, from the rule. */
export interface AlertThresholds {
  metric: AlertMetric;
  direction: AlertDirection;
  /** Responses needed on each side to fire. */
  minN: number;
  /** Points of change needed to fire (NPS points, or percentage points of detractor share). */
  minDelta: number;
  /** The adjusted p-value must be below this to fire. */
  level: number;
}

/** A segment's metric on both sides and their difference; every figure null when a side is empty. */
interface Difference {
  /** The metric in the window and in the baseline. */
  current: number | null;
  baseline: number | null;
  /** current - baseline with its 95% interval, in the metric's points. */
  delta: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  /** Two-sided p-value of the difference. */
  pValue: number | null;
}

export interface SegmentAssessment extends Difference {
  key: AlertSegmentKeyPart[];
  label: string;
  nCurrent: number;
  nBaseline: number;
  /** The p-value, Benjamini-Hochberg adjusted over the rule's family (null outside it). */
  adjustedP: number | null;
  /** Meets every condition to fire a new alert. */
  fires: boolean;
  /** Meets the relaxed conditions that keep a firing alert open (hysteresis). */
  holds: boolean;
}

const sizeOf = (t: BandTally) => t.promoters + t.passives + t.detractors;

/**
 * The same interval methods the API shows: NPS by compareNps (trinomial variance, Wald interval,
 * z-test), the detractor share by compareProportions (Newcombe interval; pooled z-test, or Fisher's
 * exact test with small expected counts). Both on the metric's points.
 */
function difference(metric: AlertMetric, s: SegmentCounts): Difference {
  if (metric === 'nps') {
    const c = compareNps(s.baseline, s.current);
    return {
      current: npsEstimate(s.current).nps,
      baseline: npsEstimate(s.baseline).nps,
      delta: c.difference,
      ciLow: c.low,
      ciHigh: c.high,
      pValue: c.pValue,
    };
  }
  const nb = sizeOf(s.baseline);
  const nc = sizeOf(s.current);
  const c = compareProportions(s.baseline.detractors, nb, s.current.detractors, nc);
  const pts = (x: number | null) => (x === null ? null : Math.round(x * 10_000) / 100);
  return {
    current: nc ? pts(s.current.detractors / nc) : null,
    baseline: nb ? pts(s.baseline.detractors / nb) : null,
    delta: pts(c.difference),
    ciLow: pts(c.low),
    ciHigh: pts(c.high),
    pValue: c.pValue,
  };
}

/** The change in the direction the rule watches (positive = the kind of change it alerts on). */
export function directedDelta(metric: AlertMetric, direction: AlertDirection, delta: number): number {
  const worse = metric === 'nps' ? -delta : delta;
  if (direction === 'worse') return worse;
  if (direction === 'better') return -worse;
  return Math.abs(delta);
}

/**
 * Assesses every segment of one evaluation of a rule. The family for Benjamini-Hochberg is the
 * segments that could fire or stay firing (at least half of minN responses on both sides), so a
 * rule over 50 segments is held to a false discovery rate, not 50 separate tests. A new alert
 * fires when the segment has minN responses on both sides, its adjusted p-value is below the
 * level and the change in the watched direction is at least minDelta. A firing alert stays open
 * while the segment keeps half of minN on both sides, its adjusted p-value stays below twice the
 * level and the change stays at least half of minDelta: one evaluation just across a threshold
 * does not resolve and refire it.
 */
export function assessSegments(segments: readonly SegmentCounts[], t: AlertThresholds): SegmentAssessment[] {
  const holdN = Math.ceil(t.minN / 2);
  const rows = segments.map((s) => {
    const nCurrent = sizeOf(s.current);
    const nBaseline = sizeOf(s.baseline);
    return { s, nCurrent, nBaseline, d: difference(t.metric, s), inFamily: Math.min(nCurrent, nBaseline) >= holdN };
  });
  const adjusted = adjustPValues(rows.map((r) => (r.inFamily ? r.d.pValue : null)));
  return rows.map((r, i) => {
    const adjustedP = adjusted[i];
    const directed = r.d.delta === null ? null : directedDelta(t.metric, t.direction, r.d.delta);
    const fires =
      adjustedP !== null &&
      directed !== null &&
      Math.min(r.nCurrent, r.nBaseline) >= t.minN &&
      adjustedP < t.level &&
      directed >= t.minDelta;
    const holds = adjustedP !== null && directed !== null && adjustedP < Math.min(1, 2 * t.level) && directed >= t.minDelta / 2;
    return {
      key: r.s.key,
      label: segmentLabel(r.s.key),
      nCurrent: r.nCurrent,
      nBaseline: r.nBaseline,
      ...r.d,
      adjustedP,
      fires,
      holds: fires || holds,
    };
  });
}
