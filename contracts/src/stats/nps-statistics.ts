import { bandOf, type Band } from '../vocabulary.js';
import cdf from '@stdlib/stats-base-dists-normal-cdf';
import quantile from '@stdlib/stats-base-dists-normal-quantile';

export interface BandTally {
  promoters: number;
  passives: number;
  detractors: number;
}

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
 * The adjusted-Wald shares of a tally (Rocks, "Interval Estimation for the Net Promoter Score",
 * The American Statistician 70(4), 2016): 3/4 of a respondent added to the promoters and to the
 * detractors and 3 to n (so 1.5 to the passives). With P promoters and D detractors of n,
 *   p~ = (P + 0.75) / (n + 3),  d~ = (D + 0.75) / (n + 3),  n~ = n + 3,
 *   NPS~ = p~ - d~,  Var~ = (p~ + d~ - (p~ - d~)^2) / n~.
 * Unlike the plain Wald interval it is never degenerate (one detractor is not "-100 (-100 to -100)")
 * and keeps about its nominal coverage down to n = 5 (nps-statistics.coverage.test.ts).
 */
export function adjustedNps(t: BandTally): { n: number; nps: number; variance: number } {
  const n = t.promoters + t.passives + t.detractors + 3;
  const p = (t.promoters + 0.75) / n;
  const d = (t.detractors + 0.75) / n;
  return { n, nps: p - d, variance: Math.max(0, p + d - (p - d) ** 2) / n };
}

/**
 * NPS (the observed one: promoters minus detractors, in points) with its adjusted-Wald interval
 * (adjustedNps), clipped to the scale. Below 30 respondents the flag says to read it with care.
 */
export function npsEstimate(t: BandTally, confidence = 0.95): NpsEstimate {
  const n = t.promoters + t.passives + t.detractors;
  if (n === 0) return { n, nps: null, ciLow: null, ciHigh: null, smallSample: true };
  const adjusted = adjustedNps(t);
  const half = quantile(1 - (1 - confidence) / 2, 0, 1) * Math.sqrt(adjusted.variance);
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    n,
    nps: round((100 * (t.promoters - t.detractors)) / n),
    ciLow: round(Math.max(-100, 100 * (adjusted.nps - half))),
    ciHigh: round(Math.min(100, 100 * (adjusted.nps + half))),
    smallSample: n < SMALL_SAMPLE_THRESHOLD,
  };
}

export interface NpsComparison {
  /** NPS(b) - NPS(a) in points, -200..200; null when either group is empty. */
  difference: number | null;
  low: number | null;
  high: number | null;
  z: number | null;
  pValue: number | null;
  /** pValue < 1 - confidence. */
  significant: boolean;
  /** Either group below SMALL_SAMPLE_THRESHOLD: the normal approximation is rough. */
  smallSample: boolean;
}

/**
 * Difference of two independent NPS values, b - a (e.g. Q3 - Q1), in points. The interval and the
 * test use each group's adjusted-Wald shares (adjustedNps), like the single-group interval:
 *   Var(NPS~_b - NPS~_a) = Var~_a + Var~_b,  interval (NPS~_b - NPS~_a) +- z se, clipped to [-200, 200],
 *   z = (NPS~_b - NPS~_a) / se,  p = 2 (1 - Phi(|z|)).
 * `difference` is the observed one. The adjustment pulls each group a little toward NPS 0, so with
 * small groups the test is slightly conservative; se is never 0.
 */
export function compareNps(a: BandTally, b: BandTally, confidence = 0.95): NpsComparison {
  const zc = quantile(1 - (1 - confidence) / 2, 0, 1);
  const na = a.promoters + a.passives + a.detractors;
  const nb = b.promoters + b.passives + b.detractors;
  const smallSample = Math.min(na, nb) < SMALL_SAMPLE_THRESHOLD;
  if (na === 0 || nb === 0) {
    return { difference: null, low: null, high: null, z: null, pValue: null, significant: false, smallSample };
  }
  const ea = adjustedNps(a);
  const eb = adjustedNps(b);
  const adjustedDiff = eb.nps - ea.nps;
  const se = Math.sqrt(ea.variance + eb.variance);
  const z = adjustedDiff / se;
  const pValue = Math.min(1, 2 * cdf(-Math.abs(z), 0, 1));
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    difference: round(100 * ((b.promoters - b.detractors) / nb - (a.promoters - a.detractors) / na)),
    low: round(Math.max(-200, 100 * (adjustedDiff - zc * se))),
    high: round(Math.min(200, 100 * (adjustedDiff + zc * se))),
    z,
    pValue,
    significant: pValue < 1 - confidence,
    smallSample,
  };
}

export interface ScoredPoint {
  date: Date;
  score: number;
}

export interface RollingWindowOptions {
  /** Window length in calendar days (UTC), the end day included. */
  days?: number;
  /** Distance between successive window ends. */
  step?: 'day' | 'week';
  /** First and last window end; default the days of the earliest and latest point. */
  from?: Date;
  to?: Date;
}

export interface RollingWindow {
  /** UTC midnight of the first and of the last day in the window (both included). */
  start: Date;
  end: Date;
  tally: BandTally;
  n: number;
  nps: number | null;
  low: number | null;
  high: number | null;
  smallSample: boolean;
}

const DAY_MS = 86_400_000;

function utcDay(date: Date): number {
  const t = date.getTime();
  if (Number.isNaN(t)) throw new RangeError('invalid date');
  return Math.floor(t / DAY_MS);
}

const TALLY_KEY = { detractor: 'detractors', passive: 'passives', promoter: 'promoters' } as const satisfies Record<Band, keyof BandTally>;

function bandKey(score: number): keyof BandTally {
  if (!Number.isInteger(score) || score < 0 || score > 10) throw new RangeError(`score must be 0..10, got ${score}`);
  return TALLY_KEY[bandOf(score)];
}

/**
 * Trailing windows of `days` UTC calendar days over respondent dates, one per `step`, the latest
 * ending on `to`: the window ending on day E holds the points dated E - (days - 1) .. E, and its
 * NPS and interval are npsEstimate's. Points are swept once in date order (two pointers), so the
 * cost is O(points log points + windows); the input is not mutated.
 */
export function rollingWindows(points: readonly ScoredPoint[], options: RollingWindowOptions = {}): RollingWindow[] {
  const days = new Map<number, BandTally>();
  for (const p of points) {
    const day = utcDay(p.date);
    const tally = days.get(day) ?? { promoters: 0, passives: 0, detractors: 0 };
    tally[bandKey(p.score)]++;
    days.set(day, tally);
  }
  return rollingWindowsOfDays(
    [...days].map(([day, tally]) => ({ date: new Date(day * DAY_MS), tally })),
    options,
  );
}

/** Band counts of one UTC day (`date`: any time of that day). */
export interface DayTally {
  date: Date;
  tally: BandTally;
}

/**
 * rollingWindows over counts per day (a per-day rollup) rather than one point per respondent: the
 * same windows, in O(days log days + windows). Several entries for one day add up.
 */
export function rollingWindowsOfDays(dayTallies: readonly DayTally[], options: RollingWindowOptions = {}): RollingWindow[] {
  const { days = 30, step = 'day' } = options;
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`days must be a positive integer, got ${days}`);
  const sorted = dayTallies.map((p) => ({ day: utcDay(p.date), tally: p.tally })).sort((x, y) => x.day - y.day);
  const first = options.from ? utcDay(options.from) : sorted[0]?.day;
  const last = options.to ? utcDay(options.to) : sorted[sorted.length - 1]?.day;
  if (first === undefined || last === undefined) return [];
  const ends: number[] = [];
  for (let e = last; e >= first; e -= step === 'week' ? 7 : 1) ends.push(e);
  ends.reverse();

  const tally: BandTally = { promoters: 0, passives: 0, detractors: 0 };
  const move = (t: BandTally, sign: number) => {
    tally.promoters += sign * t.promoters;
    tally.passives += sign * t.passives;
    tally.detractors += sign * t.detractors;
  };
  let added = 0;
  let removed = 0;
  return ends.map((end) => {
    for (; added < sorted.length && sorted[added].day <= end; added++) move(sorted[added].tally, 1);
    for (; removed < added && sorted[removed].day <= end - days; removed++) move(sorted[removed].tally, -1);
    const estimate = npsEstimate(tally);
    return {
      start: new Date((end - days + 1) * DAY_MS),
      end: new Date(end * DAY_MS),
      tally: { ...tally },
      n: estimate.n,
      nps: estimate.nps,
      low: estimate.ciLow,
      high: estimate.ciHigh,
      smallSample: estimate.smallSample,
    };
  });
}
