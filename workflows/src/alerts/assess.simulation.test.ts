import { describe, expect, it } from 'vitest';
import quantile from '@stdlib/stats-base-dists-normal-quantile';
import type { BandTally } from '@ladder/contracts/stats';
import { seededRandom } from '@ladder/contracts';
import { assessSegments, type AlertThresholds, type SegmentCounts } from './assess.js';

/**
 * The alert method on simulated response streams (issue 11): on a null stream the false alarm
 * rate stays at most the rule's level, and a spike in one segment of 20 is found within one
 * evaluation of enough responses having arrived. Figures are printed.
 */

interface Shares {
  promoters: number;
  passives: number;
}

function sample(
  random: () => number,
  n: number,
  shares: Shares,
  into: BandTally = { promoters: 0, passives: 0, detractors: 0 },
): BandTally {
  for (let i = 0; i < n; i++) {
    const u = random();
    if (u < shares.promoters) into.promoters++;
    else if (u < shares.promoters + shares.passives) into.passives++;
    else into.detractors++;
  }
  return into;
}

const SEGMENTS = 20;
const key = (i: number) => [{ attribute: 'region', value: `r${i}` }];

describe('alert assessment on simulated streams', () => {
  it.each([
    { metric: 'detractor_share', direction: 'either' },
    { metric: 'nps', direction: 'either' },
    { metric: 'nps', direction: 'worse' },
  ] as const)('keeps false alarms on a null stream at most the level ($metric, $direction)', ({ metric, direction }) => {
    const random = seededRandom(metric === 'nps' ? 11 : 7);
    const rule: AlertThresholds = { metric, direction, minN: 30, minDelta: 0, level: 0.05 };
    // 50 evaluations of a 20-segment rule: 1,000 segment-windows, and 50 families.
    const evaluations = 50;
    let alarms = 0;
    let familiesWithAlarm = 0;
    for (let e = 0; e < evaluations; e++) {
      const segments: SegmentCounts[] = Array.from({ length: SEGMENTS }, (_, i) => {
        // Segments of different sizes and mixes; the window and the baseline share the mix (no change).
        const shares = { promoters: 0.3 + 0.02 * (i % 5), passives: 0.3 };
        return { key: key(i), baseline: sample(random, 150 + 10 * i, shares), current: sample(random, 40 + 5 * i, shares) };
      });
      const fired = assessSegments(segments, rule).filter((s) => s.fires).length;
      alarms += fired;
      if (fired > 0) familiesWithAlarm++;
    }
    const windows = evaluations * SEGMENTS;
    const rate = alarms / windows;
    console.info(
      `null stream (${metric}, ${direction}, level ${rule.level}): ${alarms} false alarms in ${windows} segment-windows ` +
        `(rate ${rate.toFixed(4)}), evaluations with any alarm ${familiesWithAlarm} of ${evaluations}`,
    );
    expect(rate).toBeLessThanOrEqual(rule.level);
  });

  it('detects +15 points of detractor share in one segment of 20 within one evaluation of enough responses', () => {
    const rule: AlertThresholds = { metric: 'detractor_share', direction: 'worse', minN: 30, minDelta: 5, level: 0.05 };
    const base: Shares = { promoters: 0.4, passives: 0.3 }; // 30% detractors
    const spiked: Shares = { promoters: 0.3, passives: 0.25 }; // 45% detractors: +15 points
    const baselineN = 400;
    const perEvaluation = 20; // responses per segment between two evaluations
    // Enough responses, by the normal approximation: the window size at which the spike's z clears the
    // Bonferroni critical value of the family (stricter than Benjamini-Hochberg) with 90% power, and
    // its observed change clears minDelta with 95% probability.
    const p1 = 0.3;
    const p2 = 0.45;
    const windowFor = (margin: number, z: number) => Math.ceil((p2 * (1 - p2)) / ((margin / z) ** 2 - (p1 * (1 - p1)) / baselineN));
    const zTest = quantile(1 - rule.level / (2 * SEGMENTS), 0, 1) + quantile(0.9, 0, 1);
    const enough = Math.max(windowFor(p2 - p1, zTest), windowFor(p2 - p1 - rule.minDelta / 100, quantile(0.95, 0, 1)));
    const enoughAt = Math.ceil(enough / perEvaluation); // the evaluation at which the window holds that many
    const trials = 200;
    const detectedAt: number[] = [];
    let otherAlarms = 0;
    for (let trial = 0; trial < trials; trial++) {
      const random = seededRandom(1000 + trial);
      const segments: SegmentCounts[] = Array.from({ length: SEGMENTS }, (_, i) => ({
        key: key(i),
        baseline: sample(random, baselineN, base),
        current: { promoters: 0, passives: 0, detractors: 0 },
      }));
      let found = Infinity;
      for (let evaluation = 1; evaluation <= enoughAt + 10 && found === Infinity; evaluation++) {
        segments.forEach((s, i) => sample(random, perEvaluation, i === 0 ? spiked : base, s.current));
        const assessed = assessSegments(segments, rule);
        if (assessed[0].fires) found = evaluation;
        otherAlarms += assessed.slice(1).filter((s) => s.fires).length;
      }
      detectedAt.push(found);
    }
    const inTime = detectedAt.filter((e) => e <= enoughAt + 1).length;
    const sorted = [...detectedAt].sort((a, b) => a - b);
    const median = sorted[Math.floor(trials / 2)];
    console.info(
      `spike +15 pts detractor share in 1 of ${SEGMENTS} segments (baseline ${baselineN} a segment, ${perEvaluation} responses a segment ` +
        `per evaluation): enough responses = ${enough} (evaluation ${enoughAt}); detected by evaluation ${enoughAt + 1} in ` +
        `${inTime} of ${trials} trials, median evaluation ${median} (${median * perEvaluation} responses); ` +
        `alarms in the 19 unchanged segments: ${otherAlarms}`,
    );
    expect(inTime / trials).toBeGreaterThanOrEqual(0.9);
    expect(median).toBeLessThanOrEqual(enoughAt + 1);
  });
});
