/** A date, or a date and time with optional seconds, fraction and offset (ISO 8601 / RFC 3339). */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

/** Answers dated later than this past the import are refused: clocks and zones differ by less. */
export const FUTURE_TOLERANCE_MS = 24 * 3600_000;

export type ResponseDate = { date: Date } | { error: string };

/**
 * When the NPS answer was given. A date alone is that day at 00:00 UTC; a date-time without an
 * offset is read as UTC. The calendar date must exist (no 2026-02-30) and must not lie in the
 * future, which would put the answer outside every rolling window.
 */
export function parseResponseDate(text: string, now: Date): ResponseDate {
  const m = ISO.exec(text.trim());
  if (!m) return { error: 'is not a date such as 2026-03-31 or 2026-03-31T14:05:00Z' };
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '', zone] = m;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number);
  const local = Date.UTC(year, month - 1, day, hour, minute, second, Number(fraction.slice(0, 3).padEnd(3, '0')));
  const check = new Date(local);
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return { error: 'is not a real calendar date and time' };
  }
  let offsetMinutes = 0;
  if (zone && zone.toUpperCase() !== 'Z') {
    const [, sign, oh, om] = /^([+-])(\d{2}):?(\d{2})$/.exec(zone)!;
    if (Number(oh) > 23 || Number(om) > 59) return { error: 'has an invalid time zone offset' };
    offsetMinutes = (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om));
  }
  const date = new Date(local - offsetMinutes * 60_000);
  if (date.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) return { error: 'is in the future' };
  return { date };
}
