import { FUTURE_TOLERANCE_MS, parseResponseDate } from './response-date.js';

/**
 * The per-value rules of a survey response, shared by every way responses arrive (CSV import,
 * `ingestResponses`, webhooks), so one value is accepted or refused the same way, with the same
 * code, whichever path brought it.
 *
 * A refusal carries the end of a sentence (`says`) whose subject the caller supplies: "Row 3" for
 * a CSV, "responses[2]" for the API. Messages thus read the same in both, and the CSV import's
 * wording stays what its users already see.
 */
export type ValueCode =
  | 'MISSING_VALUE'
  | 'INVALID_SCORE'
  | 'INVALID_EMAIL'
  | 'INVALID_LANGUAGE'
  | 'INVALID_DATE'
  | 'INVALID_ENCODING'
  | 'VALUE_TOO_LONG'
  | 'DUPLICATE_ID'
  | 'INVALID_ATTRIBUTE';

export interface ValueProblem {
  code: ValueCode;
  /** Completes a sentence after its subject, e.g. `: "x" is not an email address`. */
  says: string;
}

/** Problems of the text itself (encoding, length): their subject names the field or column, not the row. */
export const isTextProblem = (p: ValueProblem) => p.code === 'INVALID_ENCODING' || p.code === 'VALUE_TOO_LONG';

export type Checked<T> = { value: T; problem?: undefined } | { value?: undefined; problem: ValueProblem };

/** Longest text accepted in one value (a CSV cell, an attribute, an id). */
export const MAX_VALUE = 1000;
/** Longest survey comment: a free-text answer, longer than a cell (the database checks it too). */
export const MAX_COMMENT = 5000;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const LANGUAGE = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

const ok = <T>(value: T): Checked<T> => ({ value });
const refuse = (code: ValueCode, says: string): Checked<never> => ({ problem: { code, says } });

/**
 * Text Postgres can store and a person can read: U+FFFD is what invalid UTF-8 decodes to, and NUL
 * is refused by Postgres text columns. Returns the problem, or null when the text is acceptable.
 */
export function checkText(text: string, max = MAX_VALUE): ValueProblem | null {
  if (text.includes('\uFFFD') || text.includes('\u0000'))
    return { code: 'INVALID_ENCODING', says: ' holds bytes that are not valid UTF-8' };
  if (text.length > max) return { code: 'VALUE_TOO_LONG', says: ` is longer than ${max} characters` };
  return null;
}

/**
 * Longest id in bytes of UTF-8: the id is a key of a btree index (with the workspace and wave), whose entries hold at
 * most 2,704 bytes. 1,000 characters of Latin text fit; 1,000 of most other scripts take 2-4 bytes each and would
 * not, and the database would refuse the whole import with an error that names no row.
 */
export const MAX_EXTERNAL_ID_BYTES = 2400;

/** The respondent's id in the customer's system: required, trimmed, at most MAX_EXTERNAL_ID_BYTES. */
export function checkExternalId(text: string): Checked<string> {
  const id = text.trim();
  if (!id) return refuse('MISSING_VALUE', ' has no id');
  const bytes = Buffer.byteLength(id, 'utf8');
  return bytes > MAX_EXTERNAL_ID_BYTES
    ? refuse('VALUE_TOO_LONG', ` is an id of ${bytes} bytes in UTF-8; at most ${MAX_EXTERNAL_ID_BYTES} are accepted`)
    : ok(id);
}

const NOT_A_SCORE = (shown: string) => `: score "${shown}" is not a whole number from 0 to 10`;

/** An NPS score given as a number (the API's Int). */
export function checkScore(score: number): Checked<number> {
  return Number.isInteger(score) && score >= 0 && score <= 10 ? ok(score) : refuse('INVALID_SCORE', NOT_A_SCORE(String(score)));
}

/** An NPS score given as text (a CSV cell): digits only, so "7.0", "+7" and " 7e0" are refused. */
export function checkScoreText(text: string): Checked<number> {
  const t = text.trim();
  if (!t) return refuse('INVALID_SCORE', ' has no score');
  if (!/^\d{1,2}$/.test(t)) return refuse('INVALID_SCORE', NOT_A_SCORE(t));
  return checkScore(Number(t));
}

/** Empty is "no email". */
/** Longest address (RFC 5321's 254): an address is a key of the contact and suppression indexes, whose entries are bounded. */
export const MAX_EMAIL = 254;

export function checkEmail(text: string): Checked<string | null> {
  const email = text.trim();
  if (!email) return ok(null);
  if (email.length > MAX_EMAIL) return refuse('VALUE_TOO_LONG', ` is an address of ${email.length} characters; at most ${MAX_EMAIL}`);
  return EMAIL.test(email) ? ok(email) : refuse('INVALID_EMAIL', `: "${email}" is not an email address`);
}

/** Empty is "unknown": the interview detects the language from the first answer. Stored lower case. */
export function checkLanguage(text: string): Checked<string | null> {
  const language = text.trim().toLowerCase();
  if (!language) return ok(null);
  return LANGUAGE.test(language)
    ? ok(language)
    : refuse('INVALID_LANGUAGE', `: "${language}" is not a language code such as en, fr or pt-br`);
}

/** Empty is "no date": the time the response is received. `now` is when the import or call started. */
export function checkResponseDateText(text: string, now: Date): Checked<Date | null> {
  const t = text.trim();
  if (!t) return ok(null);
  const parsed = parseResponseDate(t, now);
  return 'date' in parsed ? ok(parsed.date) : refuse('INVALID_DATE', `: "${t}" ${parsed.error}`);
}

/** A date already parsed (the API's DateTimeISO): only the future is refused, as for text. */
export function checkResponseDate(date: Date, now: Date): Checked<Date> {
  if (Number.isNaN(date.getTime())) return refuse('INVALID_DATE', ': the response date is not a valid date');
  if (date.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) return refuse('INVALID_DATE', `: "${date.toISOString()}" is in the future`);
  return ok(date);
}

/** The survey's free-text answer; empty is "no comment". Line breaks inside are kept. */
export function checkComment(text: string): Checked<string | null> {
  const comment = text.trim();
  if (!comment) return ok(null);
  const problem = checkText(comment, MAX_COMMENT);
  return problem ? { problem } : ok(comment);
}
