import quantile from '@stdlib/stats-base-dists-normal-quantile';
import { adjustedNps, SMALL_SAMPLE_THRESHOLD } from './nps-statistics.js';

/** One band's part in an NPS impact estimate. */
export interface ImpactBand {
  /** The wave's respondents in the band (interviewed or not): its weight in the NPS. */
  respondents: number;
  /** Interviewed (coded) respondents of the band: the sample the share is estimated from. */
  interviewed: number;
  /** Of those, the ones who raised the theme. */
  raising: number;
}

export interface ImpactInput {
  /** All the wave's respondents: the NPS base. */
  total: number;
  /** Detractors who raise the theme would move to passive, passives to promoter. */
  detractor: ImpactBand;
  passive: ImpactBand;
}

export interface NpsImpactEstimate {
  /** The estimate shown, in NPS points: the interval's centre shrunk toward zero (see npsImpactEstimate). */
  points: number;
  /** The 95% (or `confidence`) interval, clipped to 0 .. the most the moves could add. */
  low: number;
  high: number;
  /** The interval's centre (adjusted-Wald), before the shrinkage. */
  centre: number;
  /** The plain plug-in figure, 100 × Σ (respondents × raising / interviewed) / total: what used to be printed alone. */
  observed: number;
  /** points / centre, 0..1. */
  shrinkage: number;
  /** Interviews the estimate rests on (the interviewed detractors and passives). */
  n: number;
  /** n below SMALL_SAMPLE_THRESHOLD. */
  smallSample: boolean;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * The NPS gain, in points, if the wave's detractors who share a theme became passives and its
 * passives who share it became promoters. Each move adds 100 / total points, so the gain is
 *   G = 100 × Σ_b w_b s_b,  w_b = respondents_b / total,  s_b = the band's share raising the theme,
 * with s_b estimated from the band's interviews. Each interview is one draw of a trinomial "moves up
 * one band / stays / moves down" (nobody moves down here), the variable an NPS is built from, so s_b
 * gets the same adjusted-Wald treatment as a segment's NPS (adjustedNps, Rocks 2016): with x of n
 * raising it,
 *   s~_b = ((x + 0.75) - 0.75) / (n + 3) = x / (n + 3),
 *   Var~_b = ((x + 1.5) / (n + 3) - s~_b^2) / (n + 3).
 * The bands' interviews are independent samples: Var(G) = 100^2 Σ_b w_b^2 Var~_b, and the interval is
 * G~ ± z sqrt(Var(G)), clipped to [0, 100 Σ w_b]. A band without interviews is left out (nothing is
 * known of it; the caller says so). The weights are treated as known (the wave's own counts) and the
 * interviews as a sample of the band's respondents, without finite-population correction: the
 * estimate speaks for the customers the wave stands for, not only for those who answered it.
 *
 * The point shown is G~ shrunk toward zero, empirical-Bayes style: with a prior of mean 0 and a
 * variance τ² estimated by the method of moments from the estimate itself (τ² = max(0, G~² - Var)),
 * the posterior mean is G~ × τ² / (τ² + Var) = G~ × max(0, 1 - Var / G~²) = G~ × max(0, 1 - 1/z²),
 * the positive-part James-Stein factor of one estimate. Since Var falls as 1/n, the factor behaves
 * like n / (n + k) with k = n Var / G~² set by the data: 6 of 7 detractors raising a theme keep
 * about 90% of the centre (itself 6/10, not 6/7), an estimate within two standard errors of zero
 * keeps less than 75%, one within one standard error is shown as 0. The point always lies inside
 * the interval.
 */
export function npsImpactEstimate(input: ImpactInput, confidence = 0.95): NpsImpactEstimate {
  const bands = [input.detractor, input.passive].filter((b) => b.interviewed > 0 && b.respondents > 0);
  const n = input.detractor.interviewed + input.passive.interviewed;
  if (input.total <= 0 || !bands.length) {
    return { points: 0, low: 0, high: 0, centre: 0, observed: 0, shrinkage: 0, n, smallSample: n < SMALL_SAMPLE_THRESHOLD };
  }
  let centre = 0;
  let variance = 0;
  let observed = 0;
  let most = 0;
  for (const b of bands) {
    if (b.raising < 0 || b.raising > b.interviewed) throw new RangeError(`raising must be 0..${b.interviewed}, got ${b.raising}`);
    const w = b.respondents / input.total;
    const moves = adjustedNps({ promoters: b.raising, passives: b.interviewed - b.raising, detractors: 0 });
    centre += w * moves.nps;
    variance += w * w * moves.variance;
    observed += (w * b.raising) / b.interviewed;
    most += w;
  }
  const half = quantile(1 - (1 - confidence) / 2, 0, 1) * Math.sqrt(variance);
  const shrinkage = centre > 0 ? Math.max(0, 1 - variance / centre ** 2) : 0;
  return {
    points: round1(100 * centre * shrinkage),
    low: round1(100 * Math.max(0, centre - half)),
    high: round1(100 * Math.min(most, centre + half)),
    centre: round1(100 * centre),
    observed: round1(100 * observed),
    shrinkage,
    n,
    smallSample: n < SMALL_SAMPLE_THRESHOLD,
  };
}
