import { describe, expect, it } from 'vitest';
import { bandSplit, competitorsInWave, groupingAttributes, npsPosition, segmentDifferences, topThemes } from './report-data';
import { cell, competitorReport, reportAnalysis, table } from './report.fixture';

describe('report data', () => {
  it('keeps the five top themes by rank, each with two quotes', () => {
    const themes = topThemes(reportAnalysis().themes);
    expect(themes.map((t) => t.key)).toEqual(['t1', 't2', 't3', 't4', 't5']);
    expect(themes.every((t) => t.quotes.length === 2)).toBe(true);
  });

  it('groups by attributes with 2 to 12 values only', () => {
    const many = Array.from({ length: 13 }, (_, i) => String(i));
    expect(
      groupingAttributes([
        { name: 'tier', values: ['SMB', 'Enterprise'] },
        { name: 'tenure_months', values: many },
        { name: 'one', values: ['x'] },
      ]),
    ).toEqual(['tier']);
  });

  it('ranks segment differences: significant ones first by size (small samples after), then the rest by adjusted p', () => {
    const diffs = segmentDifferences([
      table([
        ['tier=SMB', 20, [cell('price', 16, 20, 0.6, 0.0004, '***'), cell('support', 2, 20, -0.05, 0.8, '', 1)]],
        [
          'tier=Enterprise',
          40,
          [cell('price', 2, 40, -0.35, 0.003, '**'), cell('support', 12, 40, 0.1, 0.4), cell('none', 0, 40, null, null)],
        ],
      ]),
      table([
        ['region=EMEA', 35, [cell('support', 20, 35, 0.2, 0.07)]],
        ['region=LATAM', 1, [cell('support', 1, 1, 0.9, 0.9, '', 1)]],
      ]),
    ]);
    expect(diffs.map((d) => `${d.segment} ${d.theme}`)).toEqual([
      'tier=Enterprise Theme price',
      'tier=SMB Theme price',
      'region=EMEA Theme support',
      'tier=Enterprise Theme support',
      'tier=SMB Theme support',
    ]);
    expect(diffs[0]).toMatchObject({ count: 2, n: 40, difference: -0.35, flag: '**', significant: true, smallSample: false });
    expect(segmentDifferences([table([['a', 10, [cell('x', 1, 10, 0.1, 0.5)]]])], 0)).toEqual([]);
  });

  it("lists the competitors named in the wave, most named first, with that wave's quote", () => {
    expect(competitorsInWave(competitorReport(), 'w1')).toEqual([
      { name: 'Zendesk', count: 4, n: 40, share: 0.1, quote: null },
      { name: 'Acme', count: 1, n: 40, share: 0.025, quote: 'We looked at Acme.' },
    ]);
  });

  it('places scores on the -100..100 scale and splits the bands', () => {
    expect([npsPosition(-100), npsPosition(0), npsPosition(40), npsPosition(140)]).toEqual([0, 50, 70, 100]);
    expect(bandSplit({ detractors: 1, passives: 1, promoters: 2 })).toEqual([
      { band: 'DETRACTOR', count: 1, share: 0.25, start: 0 },
      { band: 'PASSIVE', count: 1, share: 0.25, start: 0.25 },
      { band: 'PROMOTER', count: 2, share: 0.5, start: 0.5 },
    ]);
    expect(bandSplit({ detractors: 0, passives: 0, promoters: 0 }).map((p) => p.share)).toEqual([0, 0, 0]);
  });
});
