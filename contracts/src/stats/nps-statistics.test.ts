import { describe, expect, it } from 'vitest';
import { compareNps, npsEstimate, rollingWindows, rollingWindowsOfDays, type BandTally, type ScoredPoint } from './nps-statistics.js';

describe('npsEstimate', () => {
  it('matches a hand computation: 50 promoters, 30 passives, 20 detractors', () => {
    // Adjusted Wald: n~ = 103, p~ = 50.75 / 103 = .492718, d~ = 20.75 / 103 = .201456, NPS~ = 29.1262
    // Var~ = (.492718 + .201456 - .291262^2) / 103 = .0059159; se = .076915; z = 1.959964
    // half width = 100 * 1.959964 * .076915 = 15.0751 -> [14.05, 44.20]; the NPS shown stays the observed 30
    const e = npsEstimate({ promoters: 50, passives: 30, detractors: 20 });
    expect(e).toEqual({ n: 100, nps: 30, ciLow: 14.05, ciHigh: 44.2, smallSample: false });
  });

  it('gives one respondent an honest interval, not a point', () => {
    const one = npsEstimate({ promoters: 0, passives: 0, detractors: 1 });
    expect(one.nps).toBe(-100);
    // n~ = 4, p~ = .1875, d~ = .4375: NPS~ = -25, se = sqrt((.625 - .0625) / 4) = .375, half = 73.5 -> [-98.5, 48.5]
    expect(one).toMatchObject({ ciLow: -98.5, ciHigh: 48.5, smallSample: true });
  });

  it('flags small samples and clips the interval to the scale', () => {
    const e = npsEstimate({ promoters: 9, passives: 1, detractors: 0 });
    expect(e.nps).toBe(90);
    expect(e.smallSample).toBe(true);
    expect(e.ciHigh).toBe(100);
    expect(e.ciLow).toBe(38.08); // n~ = 13: NPS~ 69.23, se .158939, half 31.15
  });

  it('returns nulls when nobody answered', () => {
    expect(npsEstimate({ promoters: 0, passives: 0, detractors: 0 })).toEqual({
      n: 0,
      nps: null,
      ciLow: null,
      ciHigh: null,
      smallSample: true,
    });
  });

  it('widens with a higher confidence level', () => {
    const t = { promoters: 40, passives: 30, detractors: 30 };
    const ninety = npsEstimate(t, 0.9);
    const ninetyNine = npsEstimate(t, 0.99);
    expect(ninetyNine.ciHigh! - ninetyNine.ciLow!).toBeGreaterThan(ninety.ciHigh! - ninety.ciLow!);
  });
});

describe('compareNps', () => {
  const q1 = { promoters: 50, passives: 30, detractors: 20 };

  it('matches a hand computation: NPS 30 (Q1) vs NPS -10 (Q3), n = 100 each', () => {
    // Adjusted Wald per group (n~ = 103): Var~_a = .0059159, Var~_b = (30.75 + 40.75) / 103 ... = .0066480
    // se = sqrt(.0125639) = .1120892; adjusted difference = -.100971 - .291262 = -.388350
    // half width = 100 * 1.959964 * .1120892 = 21.9691 -> [-60.80, -16.87]; the difference shown is the observed -40
    // z = -.388350 / .1120892 = -3.464648; p = 2 (1 - Phi(3.464648)) = .000531
    const c = compareNps(q1, { promoters: 30, passives: 30, detractors: 40 });
    expect(c).toMatchObject({ difference: -40, low: -60.8, high: -16.87, significant: true, smallSample: false });
    expect(c.z).toBeCloseTo(-3.464648, 6);
    expect(c.pValue).toBeCloseTo(0.000531, 6);
  });

  it('matches a hand computation for a difference that is not significant', () => {
    // b = 60/25/15: Var~_b = .0053577; se = sqrt(.0059159 + .0053577) = .1061774
    // adjusted difference 14.5631 points; half width = 20.8104 -> [-6.25, 35.37]
    // z = .145631 / .1061774 = 1.371583; p = .170193
    const c = compareNps(q1, { promoters: 60, passives: 25, detractors: 15 });
    expect(c).toMatchObject({ difference: 15, low: -6.25, high: 35.37, significant: false });
    expect(c.pValue).toBeCloseTo(0.170193, 6);
  });

  it('is symmetric when the groups are swapped', () => {
    const b = { promoters: 30, passives: 30, detractors: 40 };
    const ab = compareNps(q1, b);
    const ba = compareNps(b, q1);
    expect(ba).toMatchObject({ difference: 40, low: 16.87, high: 60.8, smallSample: false });
    expect(ba.pValue).toBeCloseTo(ab.pValue!, 15);
    expect(ba.z).toBeCloseTo(-ab.z!, 15);
  });

  it('keeps a variance where every respondent of both groups is in one band', () => {
    // The adjustment adds 3/4 of a respondent to promoters and detractors: Var~ = (40.75 + .75) / 43 ... = .0023206 a group.
    const allPromoters = { promoters: 40, passives: 0, detractors: 0 };
    const same = compareNps(allPromoters, allPromoters);
    expect(same).toMatchObject({ difference: 0, low: -13.35, high: 13.35, z: 0, pValue: 1, significant: false });
    const opposite = compareNps({ promoters: 0, passives: 0, detractors: 40 }, allPromoters);
    expect(opposite).toMatchObject({ difference: 200, low: 172.69, high: 199.4, significant: true });
    expect(opposite.z).toBeCloseTo(27.309329, 5);
  });

  it('clips to [-200, 200], flags small samples, and returns nulls for an empty group', () => {
    const c = compareNps({ promoters: 1, passives: 0, detractors: 4 }, { promoters: 5, passives: 0, detractors: 0 });
    expect(c.difference).toBe(160);
    expect([c.low, c.high]).toEqual([27.53, 172.47]); // adjusted difference 100, se .369755
    expect(c.smallSample).toBe(true);
    expect(c.pValue).toBeGreaterThanOrEqual(0);
    expect(compareNps({ promoters: 0, passives: 0, detractors: 0 }, q1)).toEqual({
      difference: null,
      low: null,
      high: null,
      z: null,
      pValue: null,
      significant: false,
      smallSample: true,
    });
  });

  it('keeps p-values in [0, 1] and widens with the confidence level', () => {
    const b = { promoters: 45, passives: 30, detractors: 25 };
    const ninety = compareNps(q1, b, 0.9);
    const ninetyNine = compareNps(q1, b, 0.99);
    expect(ninetyNine.high! - ninetyNine.low!).toBeGreaterThan(ninety.high! - ninety.low!);
    expect(ninety.pValue).toBe(ninetyNine.pValue);
    expect(ninety.pValue).toBeGreaterThan(0);
    expect(ninety.pValue).toBeLessThanOrEqual(1);
  });
});

describe('rollingWindows', () => {
  const at = (iso: string, score: number): ScoredPoint => ({ date: new Date(iso), score });
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const points = [
    at('2024-03-01T08:00:00Z', 10),
    at('2024-03-01T12:00:00Z', 3),
    at('2024-03-02T09:30:00Z', 8),
    at('2024-03-04T00:00:00Z', 9),
    at('2024-03-04T23:59:59Z', 10),
  ];

  it('counts trailing windows of UTC calendar days, the end day included', () => {
    // days = 3. End 03-01: 02-28..03-01 -> P1 D1 (NPS 0). End 03-02: 02-29..03-02 -> P1 Pa1 D1 (0).
    // End 03-03: 03-01..03-03 -> same. End 03-04: 03-02..03-04 -> Pa1 P2: NPS 2/3 = 66.67.
    const w = rollingWindows(points, { days: 3 });
    expect(w.map((x) => x.end)).toEqual([day('2024-03-01'), day('2024-03-02'), day('2024-03-03'), day('2024-03-04')]);
    expect(w.map((x) => x.start)).toEqual([day('2024-02-28'), day('2024-02-29'), day('2024-03-01'), day('2024-03-02')]);
    expect(w.map((x) => x.tally)).toEqual([
      { promoters: 1, passives: 0, detractors: 1 },
      { promoters: 1, passives: 1, detractors: 1 },
      { promoters: 1, passives: 1, detractors: 1 },
      { promoters: 2, passives: 1, detractors: 0 },
    ]);
    expect(w.map((x) => x.nps)).toEqual([0, 0, 0, 66.67]);
    const last = npsEstimate({ promoters: 2, passives: 1, detractors: 0 });
    expect(w[3]).toMatchObject({ n: 3, low: last.ciLow, high: last.ciHigh, smallSample: true });
  });

  it('extends to a later end with empty windows, and steps by week back from `to`', () => {
    const w = rollingWindows(points, { days: 3, to: day('2024-03-08') });
    expect(w).toHaveLength(8);
    expect(w[7]).toMatchObject({ n: 0, nps: null, low: null, high: null, smallSample: true });
    const weekly = rollingWindows(points, { days: 7, step: 'week', from: day('2024-02-20'), to: new Date('2024-03-15T18:00:00Z') });
    expect(weekly.map((x) => x.end)).toEqual([day('2024-02-23'), day('2024-03-01'), day('2024-03-08'), day('2024-03-15')]);
    expect(weekly.map((x) => x.n)).toEqual([0, 2, 3, 0]);
  });

  it('agrees with a naive filter on pseudo-random data, 30-day default', () => {
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const start = Date.UTC(2024, 0, 1);
    const data = Array.from({ length: 400 }, () => ({
      date: new Date(start + Math.floor(next() * 120 * 86_400_000)),
      score: Math.floor(next() * 11),
    }));
    const windows = rollingWindows(data);
    expect(windows.length).toBeGreaterThan(100);
    for (const w of windows) {
      const inside = data.filter((p) => p.date >= w.start && p.date.getTime() < w.end.getTime() + 86_400_000);
      const tally: BandTally = { promoters: 0, passives: 0, detractors: 0 };
      for (const p of inside) tally[p.score >= 9 ? 'promoters' : p.score >= 7 ? 'passives' : 'detractors']++;
      expect(w.tally).toEqual(tally);
      expect(w.end.getTime() - w.start.getTime()).toBe(29 * 86_400_000);
    }
  });

  it('gives the same windows from counts per day (a per-day rollup), several entries of one day adding up', () => {
    const tallies = [
      { date: day('2024-03-01'), tally: { promoters: 1, passives: 0, detractors: 0 } },
      { date: new Date('2024-03-01T17:00:00Z'), tally: { promoters: 0, passives: 0, detractors: 1 } },
      { date: day('2024-03-02'), tally: { promoters: 0, passives: 1, detractors: 0 } },
      { date: day('2024-03-04'), tally: { promoters: 2, passives: 0, detractors: 0 } },
    ];
    for (const options of [{ days: 3 }, { days: 3, to: day('2024-03-08') }, { days: 7, step: 'week' as const, from: day('2024-02-20') }])
      expect(rollingWindowsOfDays([...tallies].reverse(), options)).toEqual(rollingWindows(points, options));
  });

  it('does not mutate its input, returns nothing for no points, and rejects bad input', () => {
    const frozen = Object.freeze([...points].reverse());
    const before = frozen.map((p) => p.date.getTime());
    rollingWindows(frozen, { days: 2 });
    expect(frozen.map((p) => p.date.getTime())).toEqual(before);
    expect(rollingWindows([])).toEqual([]);
    expect(() => rollingWindows([at('2024-03-01T00:00:00Z', 11)])).toThrow(RangeError);
    expect(() => rollingWindows([at('not a date', 5)])).toThrow(RangeError);
    expect(() => rollingWindows(points, { days: 0 })).toThrow(RangeError);
  });
});
