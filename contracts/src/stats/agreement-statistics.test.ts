import { describe, expect, it } from 'vitest';
import { agreementOf, compareCodings, emptyTable, poolTables, tally } from './agreement-statistics.js';

describe("Cohen's kappa and percent agreement", () => {
  it('matches the textbook 2x2 example: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no', () => {
    // po = (20 + 15) / 50 = .70; golden yes .50, other yes .60: pe = .5 * .6 + .5 * .4 = .50; kappa = (.7 - .5) / (1 - .5) = .40
    const a = agreementOf({ both: 20, goldenOnly: 5, otherOnly: 10, neither: 15 });
    expect(a.n).toBe(50);
    expect(a.percentAgreement).toBeCloseTo(0.7, 12);
    expect(a.expectedAgreement).toBeCloseTo(0.5, 12);
    expect(a.kappa).toBeCloseTo(0.4, 12);
  });

  it('matches a second hand computation: 45, 15, 25, 15 of 100', () => {
    // po = .60; golden yes .60, other yes .70: pe = .42 + .12 = .54; kappa = .06 / .46 = .130435
    const a = agreementOf({ both: 45, goldenOnly: 15, otherOnly: 25, neither: 15 });
    expect(a.percentAgreement).toBeCloseTo(0.6, 12);
    expect(a.expectedAgreement).toBeCloseTo(0.54, 12);
    expect(a.kappa).toBeCloseTo(0.130435, 6);
  });

  it('is 1 for perfect agreement with both answers present, and negative below chance', () => {
    expect(agreementOf({ both: 3, goldenOnly: 0, otherOnly: 0, neither: 7 }).kappa).toBeCloseTo(1, 12);
    // Complete disagreement, balanced: po = 0, pe = .5 -> kappa = -1.
    expect(agreementOf({ both: 0, goldenOnly: 5, otherOnly: 5, neither: 0 }).kappa).toBeCloseTo(-1, 12);
  });

  it('leaves kappa undefined (null) when chance explains every agreement (pe = 1), and everything null without decisions', () => {
    expect(agreementOf({ both: 0, goldenOnly: 0, otherOnly: 0, neither: 12 })).toEqual({
      n: 12,
      percentAgreement: 1,
      kappa: null,
      expectedAgreement: 1,
    });
    expect(agreementOf({ both: 4, goldenOnly: 0, otherOnly: 0, neither: 0 }).kappa).toBeNull();
    expect(agreementOf(emptyTable())).toEqual({ n: 0, percentAgreement: null, kappa: null, expectedAgreement: null });
  });

  it('tallies paired decisions and pools tables cell by cell', () => {
    const t = emptyTable();
    for (const [g, o] of [
      [true, true],
      [true, false],
      [false, true],
      [false, false],
      [false, false],
    ] as const)
      tally(t, g, o);
    expect(t).toEqual({ both: 1, goldenOnly: 1, otherOnly: 1, neither: 2 });
    expect(poolTables([t, { both: 19, goldenOnly: 4, otherOnly: 9, neither: 13 }])).toEqual({
      both: 20,
      goldenOnly: 5,
      otherOnly: 10,
      neither: 15,
    });
  });
});

describe('compareCodings', () => {
  it('pools every (transcript, driver) decision and reports each driver on its own', () => {
    const golden = [
      { stated: 'pricing', root: 'trust' },
      { stated: 'support', root: 'support' },
      { stated: 'pricing', root: null },
      { stated: 'support', root: 'trust' },
    ];
    const recoded = [
      { stated: 'pricing', root: 'trust' },
      { stated: 'support', root: 'trust' },
      { stated: 'support', root: null },
      { stated: 'support', root: 'trust' },
    ];
    const f = compareCodings(golden, recoded, ['pricing', 'support', 'trust', 'billing']);
    // pricing: golden yes in 1 and 3, re-code yes in 1: both 1, goldenOnly 1, otherOnly 0, neither 2 -> po .75,
    //   pe = .5 * .25 + .5 * .75 = .5 -> kappa .5
    // support: golden 2, 4; re-code 2, 3, 4: both 2, otherOnly 1, neither 1 -> po .75, pe = .5 * .75 + .5 * .25 = .5 -> kappa .5
    // trust: golden 1, 4; re-code 1, 2, 4: the same table -> kappa .5; billing: never cited -> po 1, kappa undefined
    expect(f.n).toBe(4);
    expect(f.drivers.map((d) => [d.driverKey, d.goldenCount, d.recodeCount, d.bothCount, d.percentAgreement, d.kappa])).toEqual([
      ['pricing', 2, 1, 1, 0.75, 0.5],
      ['support', 2, 3, 2, 0.75, 0.5],
      ['trust', 2, 3, 2, 0.75, 0.5],
      ['billing', 0, 0, 0, 1, null],
    ]);
    // Pooled 16 decisions: both 5, goldenOnly 1, otherOnly 2, neither 8 -> po 13/16 = .8125;
    // golden yes 6/16, re-code yes 7/16: pe = .375 * .4375 + .625 * .5625 = .515625 -> kappa = .296875 / .484375 = .612903
    expect(f.percentAgreement).toBeCloseTo(0.8125, 12);
    expect(f.kappa).toBeCloseTo(0.612903, 6);
  });

  it('agrees fully with itself, and has nothing to say without transcripts', () => {
    const same = [{ stated: 'pricing', root: 'trust' }];
    expect(compareCodings(same, same, ['pricing', 'trust', 'support'])).toMatchObject({ n: 1, percentAgreement: 1, kappa: 1 });
    expect(compareCodings([], [], ['pricing'])).toEqual({
      n: 0,
      percentAgreement: null,
      kappa: null,
      drivers: [{ driverKey: 'pricing', goldenCount: 0, recodeCount: 0, bothCount: 0, percentAgreement: null, kappa: null }],
    });
  });
});
