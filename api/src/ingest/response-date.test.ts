import { describe, expect, it } from 'vitest';
import { parseResponseDate } from './response-date.js';

const now = new Date('2026-06-15T12:00:00Z');
const iso = (text: string) => {
  const r = parseResponseDate(text, now);
  return 'date' in r ? r.date.toISOString() : r.error;
};

describe('parseResponseDate', () => {
  it.each([
    ['2026-03-31', '2026-03-31T00:00:00.000Z'],
    [' 2026-03-31 ', '2026-03-31T00:00:00.000Z'],
    ['2026-03-31T14:05', '2026-03-31T14:05:00.000Z'],
    ['2026-03-31T14:05:09Z', '2026-03-31T14:05:09.000Z'],
    ['2026-03-31 14:05:09.123456', '2026-03-31T14:05:09.123Z'],
    ['2026-03-31T14:05:09+02:00', '2026-03-31T12:05:09.000Z'],
    ['2026-03-31T23:30:00-0530', '2026-04-01T05:00:00.000Z'],
    ['2024-02-29', '2024-02-29T00:00:00.000Z'],
    ['2026-06-16T11:00:00Z', '2026-06-16T11:00:00.000Z'],
  ])('reads %j as %s', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it.each([
    ['31/03/2026', /is not a date/],
    ['March 31, 2026', /is not a date/],
    ['2026-3-31', /is not a date/],
    ['2026-02-30', /not a real calendar date/],
    ['2025-02-29', /not a real calendar date/],
    ['2026-03-31T24:00', /not a real calendar date/],
    ['2026-03-31T12:00+25:00', /time zone offset/],
    ['2026-07-01', /in the future/],
  ])('refuses %j', (text, error) => {
    expect(iso(text)).toMatch(error);
  });
});
