import { describe, expect, it } from 'vitest';
import { cellTitle, differSentence, heatColor, heatTextColor, matrixOf, maxShare } from './findings-format';

describe('heat colour scale', () => {
  it('runs from white at zero to deep blue at the table maximum, grey for small samples', () => {
    expect(heatColor(0, 0.8)).toBe('rgb(255, 255, 255)');
    expect(heatColor(0.8, 0.8)).toBe('rgb(31, 94, 168)');
    expect(heatColor(0.4, 0.8)).toBe('rgb(143, 175, 212)');
    expect(heatColor(0.8, 0.8, true)).toBe('#eceff4');
    expect(heatColor(null, 0.8)).toBe('#ffffff');
    expect(heatColor(0.5, 0)).toBe('#ffffff');
  });
  it('uses white text on the dark end only', () => {
    expect(heatTextColor(0.8, 0.8)).toBe('#ffffff');
    expect(heatTextColor(0.2, 0.8)).toBe('#1b2330');
    expect(heatTextColor(0.8, 0.8, true)).toBe('#5b6475');
  });
  it('takes the maximum over cells that are not small samples', () => {
    expect(
      maxShare([
        { share: 0.9, smallSample: true },
        { share: 0.5, smallSample: false },
        { share: null, smallSample: false },
      ]),
    ).toBe(0.5);
  });
});

describe('cell tooltip', () => {
  it('gives share, count, interval, difference from the rest and the adjusted p-value with stars', () => {
    const title = cellTitle('segment=Enterprise', {
      label: 'Onboarding',
      count: 16,
      n: 20,
      share: 0.8,
      low: 0.584,
      high: 0.919,
      smallSample: true,
      versusRest: { difference: 0.7, low: 0.45, high: 0.84, adjustedP: 0.00002, flag: '***' },
    });
    expect(title.split('\n')).toEqual([
      'segment=Enterprise · Onboarding: 80% (16 of 20)',
      '95% interval 58% to 92%',
      'vs rest of wave +70.0 pts (+45.0 pts to +84.0 pts)',
      'adjusted p < 0.001 ***',
      'n < 30: read with care',
    ]);
  });
  it('shows dashes when the rest is empty', () => {
    const title = cellTitle('All', {
      label: 'Pricing',
      count: 0,
      n: 40,
      share: 0,
      low: 0,
      high: 0.088,
      smallSample: false,
      versusRest: { difference: null, low: null, high: null, adjustedP: null, flag: '' },
    });
    expect(title.split('\n').slice(2)).toEqual(['vs rest of wave — (—)', 'adjusted —']);
  });
});

describe('stated-to-root matrix', () => {
  it('lays the cells out as rows of stated and columns of root drivers, most frequent first', () => {
    const m = matrixOf([
      { stated: 'onboarding', statedLabel: 'Onboarding', root: 'trust', rootLabel: 'Trust', count: 12 },
      { stated: 'onboarding', statedLabel: 'Onboarding', root: 'onboarding', rootLabel: 'Onboarding', count: 4 },
      { stated: 'support', statedLabel: 'Support', root: null, rootLabel: null, count: 1 },
    ]);
    expect(m.rows).toEqual(['Onboarding', 'Support']);
    expect(m.columns).toEqual(['Trust', 'Onboarding', '(none)']);
    expect(m.count('Onboarding', 'Trust')).toBe(12);
    expect(m.count('Support', 'Trust')).toBe(0);
    expect(m.count('Support', '(none)')).toBe(1);
  });
  it('says how often the root differs', () => {
    expect(differSentence(0.75, 16)).toBe('root differs from stated in 75% (of 16)');
    expect(differSentence(null, 0)).toBe('no interview with both a stated and a root driver');
  });
});
