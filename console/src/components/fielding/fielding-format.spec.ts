import { describe, expect, it } from 'vitest';
import { timelineData } from './fielding-chart';
import { bucketLabel, fieldingFigures, minutes } from './fielding-format';

const stats = {
  responses: 1200,
  invited: 300,
  sent: 290,
  failed: 6,
  suppressed: 4,
  started: 87,
  completed: 61,
  responseRate: 0.3,
  completionRate: 0.7011,
  medianMinutesToComplete: 131.6,
};

describe('fieldingFigures', () => {
  it('lists the counts, the rates in percent and the median time', () => {
    const figures = Object.fromEntries(fieldingFigures(stats).map((f) => [f.key, f.value]));
    expect(figures).toEqual({
      responses: (1200).toLocaleString(),
      invited: '300',
      sent: '290',
      failed: '6',
      suppressed: '4',
      started: '87',
      completed: '61',
      responseRate: '30.0%',
      completionRate: '70.1%',
      medianMinutesToComplete: '2 h 12 min',
    });
  });
  it('shows dashes for rates nobody can have yet', () => {
    const empty = { ...stats, responseRate: null, completionRate: null, medianMinutesToComplete: null };
    const figures = fieldingFigures(empty).filter((f) => f.value === '—');
    expect(figures.map((f) => f.key)).toEqual(['responseRate', 'completionRate', 'medianMinutesToComplete']);
  });
});

describe('minutes', () => {
  it('reads as minutes, then hours and minutes', () => {
    expect([minutes(0.4), minutes(42.2), minutes(60), minutes(125)]).toEqual(['0 min', '42 min', '1 h 00 min', '2 h 05 min']);
  });
});

describe('timeline chart', () => {
  const points = [
    { at: '2026-12-06T14:00:00.000Z', invited: 5, sent: 4, started: 1, completed: 0 },
    { at: '2026-12-06T15:00:00.000Z', invited: 0, sent: 1, started: 2, completed: 1 },
  ];
  it('labels UTC buckets by hour or day', () => {
    expect(bucketLabel(points[0].at, 'HOUR')).toBe('6 Dec, 14:00');
    expect(bucketLabel('2026-12-06T00:00:00.000Z', 'DAY')).toBe('6 Dec');
  });
  it('draws invited, sent, started and completed per bucket', () => {
    const data = timelineData(points, 'HOUR');
    expect(data.labels).toEqual(['6 Dec, 14:00', '6 Dec, 15:00']);
    expect(data.datasets.map((d) => [d.label, d.data])).toEqual([
      ['Invited', [5, 0]],
      ['Sent', [4, 1]],
      ['Started', [1, 2]],
      ['Completed', [0, 1]],
    ]);
  });
});
