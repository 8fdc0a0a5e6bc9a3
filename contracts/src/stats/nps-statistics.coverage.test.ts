import quantile from '@stdlib/stats-base-dists-normal-quantile';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../random.js';
import { npsEstimate, type BandTally } from './nps-statistics.js';

/**
 * Coverage of the 95% NPS interval (issue 13, "Honest statistics"): over a grid of trinomial mixes
 * and sample sizes, how often the interval holds the true NPS. The adjusted-Wald interval covers at
 * least 93% of all draws of the grid, and at least 93% in every cell from n = 10; at n = 5 the most
 * lopsided mixes (85% in one band) reach 89-92% (five answers cannot say more), where the plain
 * Wald interval it replaced covers 55%. Both are printed.
 */

/** The interval the API showed before: Wald on the trinomial variance, clipped to the scale. */
function plainWald(t: BandTally): [number, number] {
  const n = t.promoters + t.passives + t.detractors;
  const p = t.promoters / n;
  const d = t.detractors / n;
  const half = quantile(0.975, 0, 1) * Math.sqrt(Math.max(0, p + d - (p - d) ** 2) / n);
  return [Math.max(-100, 100 * (p - d - half)), Math.min(100, 100 * (p - d + half))];
}

const MIXES: [number, number][] = [
  [0.05, 0.05],
  [0.2, 0.2],
  [0.33, 0.33],
  [0.5, 0.1],
  [0.7, 0.1],
  [0.85, 0.05],
  [0.1, 0.7],
  [0.05, 0.85],
  [0.45, 0.25],
  [0.25, 0.5],
];
const SIZES = [5, 10, 20, 30, 50, 100, 200];
const DRAWS = 2000;

describe('NPS interval coverage', () => {
  it('covers the true NPS in at least 93% of the draws of mixes and n from 5 to 200, and of every cell from n = 10', () => {
    const random = seededRandom(2016);
    const rows: string[] = [];
    let worstAdjusted = 1;
    let worstAdjustedFromTen = 1;
    let worstWald = 1;
    let coveredAdjusted = 0;
    let coveredWald = 0;
    for (const [p, d] of MIXES) {
      const truth = 100 * (p - d);
      const cells: string[] = [];
      for (const n of SIZES) {
        let adjusted = 0;
        let wald = 0;
        for (let draw = 0; draw < DRAWS; draw++) {
          const t: BandTally = { promoters: 0, passives: 0, detractors: 0 };
          for (let i = 0; i < n; i++) {
            const u = random();
            if (u < p) t.promoters++;
            else if (u < p + d) t.detractors++;
            else t.passives++;
          }
          const e = npsEstimate(t);
          // Rounded to 0.01 points like the API; a bound equal to the truth covers it.
          if (e.ciLow! <= truth + 1e-9 && truth - 1e-9 <= e.ciHigh!) adjusted++;
          const [lo, hi] = plainWald(t);
          if (lo <= truth + 1e-9 && truth - 1e-9 <= hi) wald++;
        }
        worstAdjusted = Math.min(worstAdjusted, adjusted / DRAWS);
        if (n >= 10) worstAdjustedFromTen = Math.min(worstAdjustedFromTen, adjusted / DRAWS);
        worstWald = Math.min(worstWald, wald / DRAWS);
        coveredAdjusted += adjusted;
        coveredWald += wald;
        cells.push(`${((100 * adjusted) / DRAWS).toFixed(1)} / ${((100 * wald) / DRAWS).toFixed(1)}`.padStart(13));
      }
      rows.push(`p=${p.toFixed(2)} d=${d.toFixed(2)} ${cells.join('')}`);
    }
    const total = MIXES.length * SIZES.length * DRAWS;
    console.info(
      [
        `95% interval coverage, % of ${DRAWS} draws: adjusted Wald / plain Wald`,
        `${' '.repeat(15)}${SIZES.map((n) => `n=${n}`.padStart(13)).join('')}`,
        ...rows,
        `all draws: adjusted ${((100 * coveredAdjusted) / total).toFixed(1)}%, plain Wald ${((100 * coveredWald) / total).toFixed(1)}%; ` +
          `worst cell: adjusted ${(100 * worstAdjusted).toFixed(1)}% (from n = 10: ${(100 * worstAdjustedFromTen).toFixed(1)}%), ` +
          `plain Wald ${(100 * worstWald).toFixed(1)}%`,
      ].join('\n'),
    );
    expect(coveredAdjusted / total).toBeGreaterThanOrEqual(0.93);
    expect(worstAdjustedFromTen).toBeGreaterThanOrEqual(0.93);
    expect(worstAdjusted).toBeGreaterThanOrEqual(0.88);
    expect(worstWald).toBeLessThan(0.6); // what the adjustment fixes
  });
});
