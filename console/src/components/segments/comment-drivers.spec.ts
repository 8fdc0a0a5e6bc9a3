import { describe, expect, it } from 'vitest';
import { GREY } from '../insights/format';
import { commentDriver, commentDrivers } from '../insights/insights.fixture';
import { codedSummary, driverChartData, driverChartOptions, shareAxisMax } from './comment-drivers';

describe('driverChartData', () => {
  it('draws each share as a bar in % with its 95% interval floating over it, labelled with the count', () => {
    const data = driverChartData(commentDrivers());
    expect(data.labels).toEqual(['Support responsiveness and quality (n=22)', 'Pricing and value (n=18)']);
    const [share, interval] = data.datasets;
    expect(share.data).toEqual([50, 40.9]);
    expect(interval.data.map((d) => (d as number[]).map((x) => Math.round(x * 10) / 10))).toEqual([
      [35.6, 64.4],
      [27.5, 55.8],
    ]);
    // Overlaid, not side by side: the interval reads as a whisker on its bar.
    expect(data.datasets.map((d) => d.grouped)).toEqual([false, false]);
    expect(share.backgroundColor).not.toBe(GREY);
  });

  it('greys the bars of a small sample', () => {
    const data = driverChartData(commentDrivers({ coded: 9, smallSample: true }));
    expect(data.datasets[0].backgroundColor).toBe(GREY);
  });
});

describe('shareAxisMax', () => {
  it('ends the axis at the next 10% above the widest interval, at most 100%', () => {
    expect(shareAxisMax(commentDrivers().drivers)).toBe(70);
    expect(shareAxisMax([commentDriver('billing', 'Billing', 9, 1, [0.7, 1], 6)])).toBe(100);
    expect(shareAxisMax([])).toBe(10);
  });

  it('is the x axis of the chart', () => {
    expect(driverChartOptions(commentDrivers().drivers).scales?.x).toMatchObject({ min: 0, max: 70 });
  });
});

describe('codedSummary', () => {
  it('counts coded comments, those still waiting and those naming no driver', () => {
    expect(codedSummary(commentDrivers())).toBe('44 of 46 comments coded · 2 waiting for the coder · 4 name no driver');
    expect(codedSummary(commentDrivers({ commented: 44, withoutDriver: 0 }))).toBe('44 of 44 comments coded');
    expect(codedSummary(commentDrivers({ commented: 1, coded: 0, withoutDriver: 0 }))).toBe(
      '0 of 1 comment coded · 1 waiting for the coder',
    );
  });
});
