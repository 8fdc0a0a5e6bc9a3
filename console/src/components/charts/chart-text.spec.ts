import { describe, expect, it } from 'vitest';
import { chartSummary, chartTable, formatPoint } from './chart-text';

describe('chart text alternatives', () => {
  it('writes numbers, floating bars and points as text', () => {
    expect(formatPoint(12)).toBe('12');
    expect(formatPoint(12.345)).toBe('12.3');
    expect(formatPoint([-12, 30.06])).toBe('-12 to 30.1');
    expect(formatPoint({ x: 'Q1', y: 4 })).toBe('4');
    expect(formatPoint(null)).toBe('');
    expect(formatPoint(Number.NaN)).toBe('');
  });

  it('makes a table with one column per dataset and one row per category', () => {
    const table = chartTable(
      {
        labels: ['EMEA', ['North', 'America']],
        datasets: [
          { label: 'NPS', data: [10, -5] },
          { label: '95% CI', data: [[-20, 40]] },
        ],
      },
      'Region',
    );
    expect(table).toEqual({
      columns: ['Region', 'NPS', '95% CI'],
      rows: [
        ['EMEA', '10', '-20 to 40'],
        ['North America', '-5', ''],
      ],
    });
  });

  it('summarises the first categories and says how many more the table has', () => {
    const data = { labels: ['a', 'b', 'c'], datasets: [{ label: 'Interviews', data: [1, 2, 3] }] };
    expect(chartSummary('Interviews by phase', data, 2)).toBe('Interviews by phase. Interviews: a 1, b 2, and 1 more');
    expect(chartSummary('NPS', { labels: ['Respondents'], datasets: [{ label: 'Detractors', data: [4] }] })).toBe('NPS. Detractors: 4');
    expect(chartSummary('Empty', { labels: [], datasets: [] })).toBe('Empty: no data yet');
  });
});
