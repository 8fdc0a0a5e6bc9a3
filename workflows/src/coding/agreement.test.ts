import { describe, expect, it } from 'vitest';
import { compareCodings } from './agreement.js';

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
