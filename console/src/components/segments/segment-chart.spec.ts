import { describe, expect, it } from 'vitest';
import { GREY } from '../insights/format';
import { segment } from '../insights/insights.fixture';
import { attributeOptions, chartHeight, compareChartData, intervalChartData, segmentKey } from './segment-chart';

describe('intervalChartData', () => {
  const data = intervalChartData([
    segment('EMEA', 9, 94),
    segment('LATAM', 5, 20),
    segment('Nowhere', 0, 0, { nps: null, ciLow: null, ciHigh: null }),
  ]);

  it('draws the 95% interval as a floating bar and the NPS as a point, labelled with n', () => {
    expect(data.labels).toEqual(['region=EMEA (n=94)', 'region=LATAM (n=20)', 'region=Nowhere (n=0)']);
    expect(data.datasets[0].data).toEqual([[-6, 24], [-10, 20], null]);
    expect(data.datasets[1].data).toEqual([9, 5, null]);
  });

  it('greys small samples', () => {
    const bars = data.datasets[0].backgroundColor as string[];
    expect(bars[0]).not.toBe(GREY);
    expect(bars[1]).toBe(GREY);
    expect(bars[2]).toBe(GREY);
  });

  it('grows with the number of segments, within bounds', () => {
    expect(chartHeight(4)).toBe(206);
    expect(chartHeight(100)).toBe(640);
  });
});

describe('compareChartData', () => {
  it("puts each segment's band shares side by side, a small sample greyed and named so", () => {
    const data = compareChartData([segment('EMEA', 9, 100), segment('LATAM', 5, 20)]);
    expect(data.labels).toEqual(['Promoters', 'Passives', 'Detractors']);
    expect(data.datasets.map((d) => d.data)).toEqual([
      [40, 30, 30],
      [40, 30, 30],
    ]);
    expect(data.datasets[1].label).toBe('region=LATAM (n=20) · small sample');
    expect(data.datasets[1].backgroundColor).toBe(GREY);
  });
});

describe('attributeOptions', () => {
  it('lists attribute names with their sorted values, leaving out preview markers', () => {
    expect(
      attributeOptions([
        { attributes: { tier: 'SMB', tenure: '12' } },
        { attributes: { tier: 'Enterprise', tenure: '3', preview: 'true' } },
        { attributes: { tier: 'SMB' } },
      ]),
    ).toEqual([
      { name: 'tenure', values: ['3', '12'] },
      { name: 'tier', values: ['Enterprise', 'SMB'] },
    ]);
  });

  it('keys segments by every attribute value', () => {
    expect(
      segmentKey({
        key: [
          { attribute: 'tier', value: 'SMB' },
          { attribute: 'band', value: null },
        ],
      }),
    ).toBe('tier=SMB&band=');
  });
});
