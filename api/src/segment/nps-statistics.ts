import quantile from '@stdlib/stats-base-dists-normal-quantile';

export interface BandTally { promoters: number; passives: number; detractors: number }

export interface NpsEstimate {
  n: number;
  /** NPS on the -100..100 scale; null when there is nobody to compute it from. */
  nps: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  smallSample: boolean;
}

/** Below this many respondents an NPS is shown greyed, with a warning. */
export const SMALL_SAMPLE_THRESHOLD = 30;

/**
 * NPS with a Wald interval from the trinomial variance: with shares p (promoters) and d
 * (detractors), NPS = p - d and Var(p - d) = (p + d - (p - d)^2) / n. Bounds are clipped to the
 * scale. With n < 30 (or a share at 0 or 1) the normal approximation is rough: hence the flag.
 */
export function npsEstimate(t: BandTally, confidence = 0.95): NpsEstimate {
  const n = t.promoters + t.passives + t.detractors;
  if (n === 0) return { n, nps: null, ciLow: null, ciHigh: null, smallSample: true };
  const p = t.promoters / n;
  const d = t.detractors / n;
  const diff = p - d;
  const se = Math.sqrt(Math.max(0, p + d - diff * diff) / n);
  const z = quantile(1 - (1 - confidence) / 2, 0, 1);
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    n,
    nps: round(100 * diff),
    ciLow: round(Math.max(-100, 100 * (diff - z * se))),
    ciHigh: round(Math.min(100, 100 * (diff + z * se))),
    smallSample: n < SMALL_SAMPLE_THRESHOLD,
  };
}
