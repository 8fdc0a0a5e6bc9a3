import { describe, expect, it } from 'vitest';
import { adjustPValues, compareNps } from '@ladder/contracts/stats';
import { assessSegments, directedDelta, type AlertThresholds, type SegmentCounts } from './assess.js';

const tally = (promoters: number, passives: number, detractors: number) => ({ promoters, passives, detractors });
const seg = (value: string, baseline: ReturnType<typeof tally>, current: ReturnType<typeof tally>): SegmentCounts => ({
  key: [{ attribute: 'plan', value }],
  baseline,
  current,
});
const RULE: AlertThresholds = { metric: 'nps', direction: 'worse', minN: 30, minDelta: 10, level: 0.05 };

describe('assessSegments', () => {
  it('fires on a large enough, significant drop with the API interval figures', () => {
    const [a] = assessSegments([seg('Enterprise', tally(60, 20, 20), tally(20, 20, 60))], RULE);
    const expected = compareNps(tally(60, 20, 20), tally(20, 20, 60));
    expect(a).toMatchObject({
      label: 'plan=Enterprise',
      current: -40,
      baseline: 40,
      nCurrent: 100,
      nBaseline: 100,
      fires: true,
      holds: true,
    });
    expect(a.delta).toBe(expected.difference);
    expect([a.ciLow, a.ciHigh]).toEqual([expected.low, expected.high]);
    expect(a.adjustedP).toBe(expected.pValue); // a family of one
  });

  it('does not fire below minN on either side, below minDelta, or in the direction the rule does not watch', () => {
    const drop = [tally(60, 20, 20), tally(20, 20, 60)] as const;
    expect(assessSegments([seg('a', drop[0], tally(4, 4, 12))], RULE)[0].fires).toBe(false); // 20 < minN now
    expect(assessSegments([seg('a', drop[0], drop[1])], { ...RULE, minDelta: 90 })[0].fires).toBe(false);
    expect(assessSegments([seg('a', drop[1], drop[0])], RULE)[0].fires).toBe(false); // a rise, the rule watches drops
    expect(assessSegments([seg('a', drop[1], drop[0])], { ...RULE, direction: 'better' })[0].fires).toBe(true);
    expect(assessSegments([seg('a', drop[1], drop[0])], { ...RULE, direction: 'either' })[0].fires).toBe(true);
  });

  it('watches the detractor share in percentage points, where worse is up', () => {
    const [a] = assessSegments([seg('SMB', tally(50, 30, 20), tally(30, 30, 40))], { ...RULE, metric: 'detractor_share' });
    expect(a).toMatchObject({ current: 40, baseline: 20, delta: 20, fires: true });
    expect(directedDelta('detractor_share', 'worse', 20)).toBe(20);
    expect(directedDelta('nps', 'worse', 20)).toBe(-20);
  });

  it('adjusts p-values with Benjamini-Hochberg over the segments that could alert', () => {
    const segments = [
      seg('a', tally(60, 20, 20), tally(47, 21, 32)), // 25 points down, p ~ 0.036
      seg('b', tally(50, 25, 25), tally(50, 25, 25)),
      seg('c', tally(40, 30, 30), tally(38, 30, 32)),
      seg('tiny', tally(5, 0, 0), tally(0, 0, 5)), // under half of minN: outside the family
    ];
    const assessed = assessSegments(segments, RULE);
    const raw = assessed.slice(0, 3).map((a) => a.pValue);
    expect(assessed.slice(0, 3).map((a) => a.adjustedP)).toEqual(adjustPValues(raw));
    expect(assessed[3]).toMatchObject({ adjustedP: null, fires: false, holds: false });
    // Alone, a's drop clears the level; among three segments it does not.
    expect(assessSegments([segments[0]], RULE)[0].fires).toBe(true);
    expect(assessed[0].fires).toBe(false);
  });

  it('keeps a firing alert open while the change stays past half the thresholds (hysteresis)', () => {
    // 15 points down with n = 300 a side (p ~ 0.01): under minDelta 20 it does not fire, but holds past 10.
    const [a] = assessSegments([seg('a', tally(150, 75, 75), tally(120, 90, 90))], { ...RULE, minDelta: 20 });
    expect(a).toMatchObject({ delta: -15, fires: false, holds: true });
    const [b] = assessSegments([seg('a', tally(150, 75, 75), tally(120, 90, 90))], { ...RULE, minDelta: 35 });
    expect(b.holds).toBe(false);
  });

  it('labels segments like segmentNps', () => {
    const [a] = assessSegments([seg('Pro', tally(150, 75, 75), tally(120, 90, 90))], RULE);
    expect(a.label).toBe('plan=Pro');
  });
});
