import { BANDS } from '@ladder/contracts';
import type { Band } from '../common/enums.js';
import { LadderError } from '../common/errors.js';
import { normalizeEmail } from './email-address.js';
import type { AutoInviteInput, SenderInput, UpdateWaveFieldingInput, WaveFieldingRules } from './fielding-rules.types.js';

/** A `wave_fielding` row's values (column order of the upsert). */
export interface StoredRules {
  autoInvite: boolean;
  bands: Band[];
  sampleRate: number;
  maxPerDay: number | null;
  delayMinutes: number;
  quietStart: string | null;
  quietEnd: string | null;
  timezone: string;
  fromName: string | null;
  replyTo: string | null;
}

export const MAX_DELAY_MINUTES = 43_200;
export const MAX_PER_DAY = 1_000_000;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
// IANA names only ("Europe/Paris", "UTC", "Etc/GMT+5"): Intl also takes offsets such as "+01:00", which SQL's AT TIME ZONE reads backwards.
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+){0,2}$/;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/;

const bad = (field: string, message: string) => new LadderError('BAD_USER_INPUT', message, { field });

/** The canonical spelling of an IANA time zone Intl knows ("europe/paris" -> "Europe/Paris"), else null. */
export function canonicalTimeZone(name: string): string | null {
  if (!ZONE_NAME.test(name)) return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

function autoInviteRules(input: AutoInviteInput): Omit<StoredRules, 'fromName' | 'replyTo'> {
  if (!input.bands.length) throw bad('autoInvite.bands', 'Choose at least one band to invite');
  if (!Number.isFinite(input.sampleRate) || input.sampleRate <= 0 || input.sampleRate > 1) {
    throw bad('autoInvite.sampleRate', 'The sample rate must be above 0 and at most 1');
  }
  if (input.maxPerDay != null && (!Number.isInteger(input.maxPerDay) || input.maxPerDay < 1 || input.maxPerDay > MAX_PER_DAY)) {
    throw bad('autoInvite.maxPerDay', `The daily cap must be a whole number from 1 to ${MAX_PER_DAY}, or null for none`);
  }
  if (!Number.isInteger(input.delayMinutes) || input.delayMinutes < 0 || input.delayMinutes > MAX_DELAY_MINUTES) {
    throw bad('autoInvite.delayMinutes', `The delay must be from 0 to ${MAX_DELAY_MINUTES} minutes (30 days)`);
  }
  const quiet = input.quietHours;
  let timezone = 'UTC';
  if (quiet) {
    for (const key of ['start', 'end'] as const) {
      if (!TIME.test(quiet[key])) throw bad(`autoInvite.quietHours.${key}`, `"${quiet[key]}" is not a time of day such as 07:30 or 22:00`);
    }
    if (quiet.start === quiet.end) throw bad('autoInvite.quietHours.end', 'Quiet hours must end at another time than they start');
    const zone = canonicalTimeZone(quiet.timezone.trim());
    if (!zone) throw bad('autoInvite.quietHours.timezone', `"${quiet.timezone}" is not a time zone name such as Europe/Paris`);
    timezone = zone;
  }
  return {
    autoInvite: true,
    bands: BANDS.filter((b) => input.bands.includes(b as Band)) as Band[],
    sampleRate: input.sampleRate,
    maxPerDay: input.maxPerDay ?? null,
    delayMinutes: input.delayMinutes,
    quietStart: quiet?.start ?? null,
    quietEnd: quiet?.end ?? null,
    timezone,
  };
}

function senderRules(input: SenderInput | null | undefined): Pick<StoredRules, 'fromName' | 'replyTo'> {
  const fromName = input?.fromName?.trim() || null;
  // The name goes into the From header: a line break would start a header of the caller's choosing.
  if (fromName && (fromName.length > 100 || CONTROL.test(fromName))) {
    throw bad('sender.fromName', 'The sender name must be at most 100 characters on one line');
  }
  const rawReplyTo = input?.replyTo?.trim() || null;
  const replyTo = rawReplyTo === null ? null : normalizeEmail(rawReplyTo);
  if (rawReplyTo !== null && !replyTo) throw bad('sender.replyTo', `"${rawReplyTo}" is not an email address`);
  return { fromName, replyTo };
}

/** Checks a rule set and returns what to store; BAD_USER_INPUT names the first field at fault. */
export function toStoredRules(input: UpdateWaveFieldingInput): StoredRules {
  const off: Omit<StoredRules, 'fromName' | 'replyTo'> = {
    autoInvite: false,
    bands: [...BANDS] as Band[],
    sampleRate: 1,
    maxPerDay: null,
    delayMinutes: 0,
    quietStart: null,
    quietEnd: null,
    timezone: 'UTC',
  };
  return { ...(input.autoInvite ? autoInviteRules(input.autoInvite) : off), ...senderRules(input.sender) };
}

/** A stored `wave_fielding` row as the API shows it. */
export interface WaveFieldingRow {
  wave_id: string;
  auto_invite: boolean;
  bands: Band[];
  sample_rate: number;
  max_per_day: number | null;
  delay_minutes: number;
  quiet_start: string | null;
  quiet_end: string | null;
  timezone: string;
  from_name: string | null;
  reply_to: string | null;
  updated_at: Date;
}

export function toFieldingRules(row: WaveFieldingRow): WaveFieldingRules {
  const hhmm = (t: string) => t.slice(0, 5);
  return {
    autoInvite: row.auto_invite
      ? {
          bands: row.bands,
          sampleRate: Number(row.sample_rate),
          maxPerDay: row.max_per_day,
          delayMinutes: row.delay_minutes,
          quietHours:
            row.quiet_start && row.quiet_end ? { start: hhmm(row.quiet_start), end: hhmm(row.quiet_end), timezone: row.timezone } : null,
        }
      : null,
    sender: row.from_name || row.reply_to ? { fromName: row.from_name, replyTo: row.reply_to } : null,
    updatedAt: row.updated_at,
  };
}
