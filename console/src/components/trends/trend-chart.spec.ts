import { describe, expect, it } from 'vitest';
import type { ThemeChangeRow } from './comparison';
import { comparisonRows } from './comparison';
import { npsTrendData, significantChanges, themeTrendData, type NpsTrend, type ThemeTrend } from './trend-chart';

const nps = (value: number, n = 100) => ({
  label: 'All',
  key: [],
  n,
  nps: value,
  ciLow: value - 10,
  ciHigh: value + 10,
  promoters: 0,
  passives: 0,
  detractors: 0,
  smallSample: n < 30,
});
const npsTrend: NpsTrend = {
  groupBy: ['tier'],
  waves: [
    { waveId: 'w1', waveName: 'Q1', launchedAt: null, overall: nps(10), segments: [{ ...nps(20), label: 'tier=SMB' }], vsPrevious: null },
    {
      waveId: 'w2',
      waveName: 'Q3',
      launchedAt: null,
      overall: nps(-5),
      segments: [
        { ...nps(-15), label: 'tier=SMB' },
        { ...nps(30), label: 'tier=Enterprise' },
      ],
      vsPrevious: { difference: -15, low: -30, high: 0, pValue: 0.04, flag: '*', significant: true, smallSample: false },
    },
  ],
};

const estimate = (count: number, n: number) => ({ count, n, share: count / n, low: 0, high: 1, smallSample: n < 30 });
const change = (pValue: number, adjustedPValue: number, flag: string) => ({
  difference: 0.16,
  low: 0.05,
  high: 0.27,
  pValue,
  adjustedPValue,
  flag,
  significant: !!flag,
  test: 'TWO_PROPORTION_Z' as const,
});
const themeTrend: ThemeTrend = {
  waves: [
    { id: 'w1', name: 'Q1', analysisId: 'a1' },
    { id: 'w2', name: 'Q3', analysisId: 'a2' },
  ],
  themes: [
    {
      key: 'slow',
      label: 'Slow dashboards',
      scope: 'DETRACTOR',
      points: [
        { waveId: 'w1', band: 'DETRACTOR', matchedBy: 'NONE', estimate: estimate(12, 100), vsPrevious: null },
        { waveId: 'w2', band: 'DETRACTOR', matchedBy: 'KEY', estimate: estimate(28, 100), vsPrevious: change(0.004, 0.008, '**') },
      ],
    },
    {
      key: 'price',
      label: 'Price',
      scope: 'DETRACTOR',
      points: [
        { waveId: 'w1', band: 'DETRACTOR', matchedBy: 'NONE', estimate: estimate(10, 100), vsPrevious: null },
        { waveId: 'w2', band: 'DETRACTOR', matchedBy: 'KEY', estimate: estimate(11, 100), vsPrevious: change(0.8, 0.8, '') },
        { waveId: 'w2', band: 'PROMOTER', matchedBy: 'KEY', estimate: estimate(1, 50), vsPrevious: null },
      ],
    },
  ],
};

describe('npsTrendData', () => {
  const data = npsTrendData(npsTrend);

  it('shades the 95% interval between its bounds under the NPS line', () => {
    expect(data.labels).toEqual(['Q1', 'Q3']);
    expect(data.datasets.slice(0, 3).map((d) => [d.label, d.data, d.fill])).toEqual([
      ['95% interval', [20, 5], '+1'],
      ['Lower bound', [0, -15], false],
      ['NPS, everyone', [10, -5], undefined],
    ]);
  });

  it('adds one line per segment, with gaps where a wave lacks it', () => {
    expect(data.datasets.slice(3).map((d) => [d.label, d.data])).toEqual([
      ['tier=SMB', [20, -15]],
      ['tier=Enterprise', [null, 30]],
    ]);
  });
});

describe('themeTrendData', () => {
  it("groups one bar per wave under each theme of the band, with each change's stars", () => {
    const { data, flags } = themeTrendData(themeTrend, 'DETRACTOR');
    expect(data.labels).toEqual(['Slow dashboards', 'Price']);
    expect(data.datasets.map((d) => [d.label, d.data])).toEqual([
      ['Q1', [12, 10]],
      ['Q3', [28, 11]],
    ]);
    expect(flags).toEqual([
      ['', ''],
      ['**', ''],
    ]);
  });

  it('leaves out themes a band never cites', () => {
    expect(themeTrendData(themeTrend, 'PROMOTER').data.labels).toEqual(['Price']);
    expect(themeTrendData(themeTrend, 'PASSIVE').data.labels).toEqual([]);
  });
});

describe('significantChanges', () => {
  it('spells out each flagged change with its adjusted p-value', () => {
    expect(significantChanges(themeTrend, 'DETRACTOR').map((c) => [c.flag, c.text])).toEqual([
      ['**', 'Slow dashboards: 12% of detractors in Q1 → 28% in Q3, p = 0.008 (adjusted)'],
    ]);
  });
});

describe('comparisonRows', () => {
  const row = (
    key: string,
    base: number | null,
    current: number | null,
    difference: number | null,
    flag = '',
    adjustedPValue: number | null = 0.5,
  ): ThemeChangeRow => ({
    key,
    label: key,
    band: 'DETRACTOR',
    scope: 'DETRACTOR',
    matchedBy: 'KEY',
    difference,
    low: null,
    high: null,
    pValue: adjustedPValue,
    adjustedPValue,
    test: 'FISHER_EXACT',
    flag,
    smallSample: true,
    base: base === null ? null : estimate(base, 10),
    current: current === null ? null : estimate(current, 10),
  });

  it('keeps themes cited in either wave, flagged first by adjusted p, then by the size of the change', () => {
    const rows = comparisonRows([
      row('absent', 0, null, null),
      row('small', 2, 3, 0.1),
      row('big', 1, 6, 0.5),
      row('star', 1, 5, 0.4, '*', 0.03),
      row('stars', 0, 7, 0.7, '***', 0.0004),
    ]);
    expect(rows.map((r) => r.key)).toEqual(['stars', 'star', 'big', 'small']);
  });
});
