/**
 * When an automatic invitation may go out: outside the wave's quiet hours and under its daily cap,
 * both read on the wave's wall clock (an IANA time zone). Pure functions over instants; the only
 * time-zone knowledge used is Intl's, so DST changes are handled without a library.
 */

export interface SendRules {
  /** Postgres `time` text (`22:00:00`); null when the wave has no quiet hours. */
  quietStart: string | null;
  quietEnd: string | null;
  timezone: string;
  /** Invitations per local day; null for no cap. */
  maxPerDay: number | null;
}

export type SendDecision = { send: true } | { send: false; until: Date; reason: 'quiet_hours' | 'daily_cap' };

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    const options = { hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' } as const;
    try {
      f = new Intl.DateTimeFormat('en-US', { ...options, second: 'numeric', timeZone });
    } catch {
      // An unknown zone (the API validates them; an older row might not be) reads as UTC rather than stopping the mail.
      f = new Intl.DateTimeFormat('en-US', { ...options, second: 'numeric', timeZone: 'UTC' });
    }
    formatters.set(timeZone, f);
  }
  return f;
}

interface LocalTime {
  year: number;
  month: number;
  day: number;
  /** Seconds since local midnight. */
  seconds: number;
}

function localTime(instant: number, timeZone: string): LocalTime {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(instant))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return { year: parts.year, month: parts.month, day: parts.day, seconds: parts.hour * 3600 + parts.minute * 60 + parts.second };
}

/** Local wall time minus UTC at an instant, in ms (whole seconds: Intl shows no milliseconds). */
function offsetAt(instant: number, timeZone: string): number {
  const t = localTime(instant, timeZone);
  return Date.UTC(t.year, t.month - 1, t.day) + t.seconds * 1000 - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant a local wall time names. In a DST overlap (the hour that happens twice) the earlier
 * one; in a gap (the hour that is skipped) the wall time read with the offset from before the gap,
 * which lands just after it (02:30 on a spring-forward night becomes 03:30).
 */
export function zonedInstant(year: number, month: number, day: number, seconds: number, timeZone: string): Date {
  const wall = Date.UTC(year, month - 1, day) + seconds * 1000;
  const before = wall - offsetAt(wall - DAY_MS, timeZone);
  const after = wall - offsetAt(wall + DAY_MS, timeZone);
  const valid = [before, after].filter((t) => t + offsetAt(t, timeZone) === wall);
  return new Date(valid.length ? Math.min(...valid) : Math.max(before, after));
}

const parseTime = (time: string): number => {
  const [h, m, s] = time.split(':').map(Number);
  return h * 3600 + m * 60 + (s || 0);
};

/** Midnight that started the local day of `now`. */
export function startOfLocalDay(now: Date, timeZone: string): Date {
  const t = localTime(now.getTime(), timeZone);
  return zonedInstant(t.year, t.month, t.day, 0, timeZone);
}

/** `seconds` after local midnight, `days` local days after the day of `now` (Date.UTC normalises day 32). */
function localDayAt(now: Date, days: number, seconds: number, timeZone: string): Date {
  const t = localTime(now.getTime(), timeZone);
  const d = new Date(Date.UTC(t.year, t.month - 1, t.day + days));
  return zonedInstant(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), seconds, timeZone);
}

export const nextLocalMidnight = (now: Date, timeZone: string): Date => localDayAt(now, 1, 0, timeZone);

/**
 * When the quiet hours around `now` end, or null outside them. The window is [start, end) on the
 * local clock and crosses midnight when start > end (22:00-08:00); start = end means none.
 */
export function quietUntil(now: Date, rules: SendRules): Date | null {
  if (!rules.quietStart || !rules.quietEnd) return null;
  const start = parseTime(rules.quietStart);
  const end = parseTime(rules.quietEnd);
  if (start === end) return null;
  const { seconds } = localTime(now.getTime(), rules.timezone);
  if (start < end) return seconds >= start && seconds < end ? localDayAt(now, 0, end, rules.timezone) : null;
  if (seconds >= start) return localDayAt(now, 1, end, rules.timezone);
  return seconds < end ? localDayAt(now, 0, end, rules.timezone) : null;
}

/** Whether an automatic invitation may go now, given how many the wave sent since local midnight; else until when to wait. */
export function sendWindow(now: Date, rules: SendRules, sentToday: number): SendDecision {
  const quiet = quietUntil(now, rules);
  if (quiet) return { send: false, until: quiet, reason: 'quiet_hours' };
  if (rules.maxPerDay !== null && sentToday >= rules.maxPerDay) {
    const midnight = nextLocalMidnight(now, rules.timezone);
    return { send: false, until: quietUntil(midnight, rules) ?? midnight, reason: 'daily_cap' };
  }
  return { send: true };
}
