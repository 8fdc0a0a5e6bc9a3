import { describe, expect, it } from 'vitest';
import { nextLocalMidnight, quietUntil, sendWindow, startOfLocalDay, zonedInstant, type SendRules } from './send-window.js';

const at = (iso: string) => new Date(iso);
const rules = (over: Partial<SendRules>): SendRules => ({ quietStart: null, quietEnd: null, timezone: 'UTC', maxPerDay: null, ...over });
const iso = (d: Date | null) => d?.toISOString() ?? null;

describe('quiet hours', () => {
  it('hold a same-day window [start, end) and let everything else through', () => {
    const lunch = rules({ quietStart: '12:00:00', quietEnd: '13:00:00' });
    expect(quietUntil(at('2026-01-15T11:59:59Z'), lunch)).toBeNull();
    expect(iso(quietUntil(at('2026-01-15T12:00:00Z'), lunch))).toBe('2026-01-15T13:00:00.000Z');
    expect(quietUntil(at('2026-01-15T13:00:00Z'), lunch)).toBeNull();
  });

  it('cross midnight when start is after end, on the wave’s wall clock', () => {
    const night = rules({ quietStart: '22:00:00', quietEnd: '08:00:00', timezone: 'Europe/Paris' });
    // 22:30 in Paris (UTC+1 in winter): quiet until 08:00 the next morning.
    expect(iso(quietUntil(at('2026-01-15T21:30:00Z'), night))).toBe('2026-01-16T07:00:00.000Z');
    // 06:00 the next morning: still the same night.
    expect(iso(quietUntil(at('2026-01-16T05:00:00Z'), night))).toBe('2026-01-16T07:00:00.000Z');
    expect(quietUntil(at('2026-01-16T07:00:00Z'), night)).toBeNull();
    expect(quietUntil(at('2026-01-15T20:59:00Z'), night)).toBeNull();
  });

  it('read the local date, not the UTC one, west and east of Greenwich and at half-hour offsets', () => {
    const night = rules({ quietStart: '21:00', quietEnd: '07:00', timezone: 'America/Los_Angeles' });
    // 07:30 UTC on the 15th is 23:30 on the 14th in Los Angeles: quiet until 07:00 on the 15th there.
    expect(iso(quietUntil(at('2026-01-15T07:30:00Z'), night))).toBe('2026-01-15T15:00:00.000Z');
    const kolkata = rules({ quietStart: '13:00', quietEnd: '14:00', timezone: 'Asia/Kolkata' });
    expect(iso(quietUntil(at('2026-01-15T07:45:00Z'), kolkata))).toBe('2026-01-15T08:30:00.000Z');
    expect(quietUntil(at('2026-01-15T08:30:00Z'), kolkata)).toBeNull();
  });

  it('end just after a spring-forward gap when their end falls in it, and at the first of two equal hours in autumn', () => {
    // Paris skips 02:00-03:00 on 29 March 2026: 02:30 does not exist; the window ends at 03:30 summer time.
    const gap = rules({ quietStart: '22:00', quietEnd: '02:30', timezone: 'Europe/Paris' });
    expect(iso(quietUntil(at('2026-03-28T22:00:00Z'), gap))).toBe('2026-03-29T01:30:00.000Z');
    // On 25 October 2026 02:00-03:00 happens twice: the window ends the first time 02:30 is shown.
    const overlap = rules({ quietStart: '00:00', quietEnd: '02:30', timezone: 'Europe/Paris' });
    expect(iso(quietUntil(at('2026-10-24T22:30:00Z'), overlap))).toBe('2026-10-25T00:30:00.000Z');
  });

  it('are off when start equals end or either is missing', () => {
    expect(quietUntil(at('2026-01-15T12:00:00Z'), rules({ quietStart: '12:00', quietEnd: '12:00' }))).toBeNull();
    expect(quietUntil(at('2026-01-15T12:00:00Z'), rules({ quietStart: '11:00', quietEnd: null }))).toBeNull();
  });
});

describe('local days', () => {
  it('start at local midnight, ahead of UTC and across DST changes', () => {
    // 01:00 on 1 July in Auckland (UTC+12) is still 30 June in UTC.
    expect(iso(startOfLocalDay(at('2026-06-30T13:00:00Z'), 'Pacific/Auckland'))).toBe('2026-06-30T12:00:00.000Z');
    // New York springs forward on 8 March 2026: that day started at 05:00Z (EST), the next one at 04:00Z (EDT).
    expect(iso(nextLocalMidnight(at('2026-03-08T04:59:00Z'), 'America/New_York'))).toBe('2026-03-08T05:00:00.000Z');
    expect(iso(nextLocalMidnight(at('2026-03-08T12:00:00Z'), 'America/New_York'))).toBe('2026-03-09T04:00:00.000Z');
    expect(iso(startOfLocalDay(at('2026-03-08T12:00:00Z'), 'America/New_York'))).toBe('2026-03-08T05:00:00.000Z');
  });

  it('start at the first instant of the day where midnight itself is skipped', () => {
    // Santiago de Chile moves from 00:00 to 01:00 on 6 September 2026 (UTC-4 to UTC-3): that day starts at 04:00Z,
    // shown as 01:00; the next one at 03:00Z.
    const santiago = new Intl.DateTimeFormat('en-GB', { timeZone: 'America/Santiago', timeStyle: 'short' });
    expect(santiago.format(at('2026-09-06T04:00:00Z'))).toBe('01:00');
    expect(iso(zonedInstant(2026, 9, 6, 0, 'America/Santiago'))).toBe('2026-09-06T04:00:00.000Z');
    expect(iso(startOfLocalDay(at('2026-09-06T12:00:00Z'), 'America/Santiago'))).toBe('2026-09-06T04:00:00.000Z');
    expect(iso(nextLocalMidnight(at('2026-09-06T12:00:00Z'), 'America/Santiago'))).toBe('2026-09-07T03:00:00.000Z');
  });

  it('read an unknown time zone as UTC instead of failing', () => {
    expect(iso(startOfLocalDay(at('2026-01-15T10:00:00Z'), 'Mars/Olympus_Mons'))).toBe('2026-01-15T00:00:00.000Z');
  });
});

describe('send window', () => {
  it('sends outside quiet hours and under the cap', () => {
    expect(sendWindow(at('2026-01-15T03:00:00Z'), rules({ timezone: 'Asia/Tokyo', maxPerDay: 2 }), 1)).toEqual({ send: true });
  });

  it('waits for the next local day once the cap is reached, and past that morning’s quiet hours', () => {
    // 12:00 in Tokyo (UTC+9): the next local day starts at 15:00Z.
    const capped = rules({ timezone: 'Asia/Tokyo', maxPerDay: 2 });
    expect(sendWindow(at('2026-01-15T03:00:00Z'), capped, 2)).toEqual({
      send: false,
      until: at('2026-01-15T15:00:00Z'),
      reason: 'daily_cap',
    });
    const cappedQuiet = { ...capped, quietStart: '21:00', quietEnd: '08:00' };
    expect(sendWindow(at('2026-01-15T03:00:00Z'), cappedQuiet, 5)).toEqual({
      send: false,
      until: at('2026-01-15T23:00:00Z'),
      reason: 'daily_cap',
    });
  });

  it('reports quiet hours before the cap', () => {
    const r = rules({ quietStart: '22:00', quietEnd: '06:00', maxPerDay: 1 });
    expect(sendWindow(at('2026-01-15T23:00:00Z'), r, 9)).toEqual({ send: false, until: at('2026-01-16T06:00:00Z'), reason: 'quiet_hours' });
  });
});
