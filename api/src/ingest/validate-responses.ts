import type { IngestItemError, IngestResponse, ValidResponse } from './ingest-response.js';
import {
  checkComment,
  checkEmail,
  checkExternalId,
  checkLanguage,
  checkResponseDate,
  checkResponseDateText,
  checkScore,
  checkScoreText,
  checkText,
  isTextProblem,
  type Checked,
  type ValueCode,
  type ValueProblem,
} from './response-values.js';

/** As many attributes as a CSV may have columns besides id and score. */
export const MAX_ATTRIBUTES = 100;

/** Spacing and case ignored, as for CSV headers: "Tier" and "tier" would be two segments of one attribute. */
const attributeKey = (name: string) => name.trim().toLowerCase().replace(/\s+/g, '_');

/**
 * The problems of one call. Messages read like the CSV import's: the subject is the response
 * ("responses[2]: ...", as "Row 3: ...") or, for problems of the text itself, the field
 * ("responses[2].comment is longer than ...", as 'Row 3, column "x" ...').
 */
class ItemErrors {
  readonly list: IngestItemError[] = [];

  add(index: number, field: string, problem: ValueProblem): void {
    const subject = isTextProblem(problem) ? `responses[${index}].${field}` : `responses[${index}]`;
    this.list.push({ index, field, code: problem.code, message: `${subject}${problem.says}` });
  }

  /** The value when the check passed; records the problem otherwise. */
  take<T>(index: number, field: string, checked: Checked<T>): T | undefined {
    if (checked.problem) this.add(index, field, checked.problem);
    return checked.value;
  }
}

/**
 * A text field after the checks of its text (encoding, length). Webhook payloads are JSON: a number
 * is written out (ids often are numbers), anything else is refused with the field's own code.
 */
function textField(errors: ItemErrors, index: number, field: string, value: unknown, notText: ValueCode): string | undefined {
  const text = typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;
  if (text === undefined) return void errors.add(index, field, { code: notText, says: `: ${field} is not text` });
  if (field === 'comment') return text; // checkComment applies the comment's own length
  const problem = checkText(text);
  return problem ? void errors.add(index, field, problem) : text;
}

function checkAttributeEntry(errors: ItemErrors, index: number, name: string, value: unknown): string | null | undefined {
  const refuse = (says: string) => void errors.add(index, 'attributes', { code: 'INVALID_ATTRIBUTE', says });
  const nameProblem = name ? checkText(name) : { code: 'INVALID_ATTRIBUTE' as const, says: ': an attribute has no name' };
  if (nameProblem) return void errors.add(index, 'attributes', nameProblem);
  if (value === null || value === undefined) return null;
  const scalar = typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
  if (!scalar) return refuse(`: attribute "${name}" is not text, a number or true/false`);
  const text = String(value).trim();
  const problem = checkText(text);
  return problem ? void errors.add(index, 'attributes', problem) : text || null;
}

/**
 * Attributes are kept as text, like CSV columns, so a segment of `tier` reads the same whichever
 * path brought it; empty values are left out as empty cells are.
 */
function checkAttributes(errors: ItemErrors, index: number, raw: unknown): Record<string, string> | undefined {
  const refuse = (says: string) => void errors.add(index, 'attributes', { code: 'INVALID_ATTRIBUTE', says });
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return refuse(': attributes is not an object of names and values');
  const entries = Object.entries(raw);
  if (entries.length > MAX_ATTRIBUTES) return refuse(`: ${entries.length} attributes; at most ${MAX_ATTRIBUTES} are accepted`);
  const before = errors.list.length;
  const attributes: Record<string, string> = {};
  const seen = new Map<string, string>();
  for (const [rawName, value] of entries) {
    const name = rawName.trim();
    const key = attributeKey(name);
    if (name && seen.has(key)) {
      refuse(`: attributes "${seen.get(key)}" and "${name}" name the same attribute`);
      continue;
    }
    seen.set(key, name);
    const text = checkAttributeEntry(errors, index, name, value);
    if (text) attributes[name] = text;
  }
  return errors.list.length === before ? attributes : undefined;
}

function scoreOf(value: unknown): Checked<number> {
  if (typeof value === 'number') return checkScore(value);
  if (typeof value === 'string') return checkScoreText(value);
  return value === null || value === undefined
    ? { problem: { code: 'INVALID_SCORE', says: ' has no score' } }
    : { problem: { code: 'INVALID_SCORE', says: ': score is not a whole number from 0 to 10' } };
}

function dateOf(value: unknown, now: Date): Checked<Date | null> {
  if (value === null || value === undefined) return { value: null };
  if (value instanceof Date) return checkResponseDate(value, now);
  if (typeof value === 'string') return checkResponseDateText(value, now);
  return { problem: { code: 'INVALID_DATE', says: ': respondedAt is not a date' } };
}

/** Optional text: undefined stays undefined (absent: keep), null becomes the check of "" (clear). */
function optional<T>(
  errors: ItemErrors,
  index: number,
  field: string,
  value: unknown,
  notText: ValueCode,
  check: (t: string) => Checked<T>,
): T | undefined {
  if (value === undefined) return undefined;
  const text = value === null ? '' : textField(errors, index, field, value, notText);
  return text === undefined ? undefined : errors.take(index, field, check(text));
}

function checkOne(errors: ItemErrors, index: number, r: IngestResponse, now: Date): ValidResponse | undefined {
  const before = errors.list.length;
  const idText = textField(errors, index, 'externalId', r.externalId ?? '', 'MISSING_VALUE');
  const externalId = idText === undefined ? undefined : errors.take(index, 'externalId', checkExternalId(idText));
  const score = errors.take(index, 'score', scoreOf(r.score));
  const valid: ValidResponse = {
    externalId: externalId ?? '',
    score: score ?? 0,
    respondedAt: errors.take(index, 'respondedAt', dateOf(r.respondedAt, now)) ?? null,
  };
  const email = optional(errors, index, 'email', r.email, 'INVALID_EMAIL', checkEmail);
  const language = optional(errors, index, 'language', r.language, 'INVALID_LANGUAGE', checkLanguage);
  const comment = optional(errors, index, 'comment', r.comment, 'MISSING_VALUE', checkComment);
  if (r.email !== undefined) valid.email = email;
  if (r.language !== undefined) valid.language = language;
  if (r.comment !== undefined) valid.comment = comment;
  if (r.attributes !== undefined) valid.attributes = r.attributes === null ? {} : checkAttributes(errors, index, r.attributes);
  return errors.list.length === before ? valid : undefined;
}

/**
 * Checks every response of a call and lists every problem (all or nothing: one error refuses the
 * call). An id given twice in one call is DUPLICATE_ID on the later occurrence, as in a CSV.
 * `now` is when the call started: response dates after it (with the CSV import's tolerance) are refused.
 */
export function validateResponses(
  responses: readonly IngestResponse[],
  now = new Date(),
): { rows: ValidResponse[]; errors: IngestItemError[] } {
  const errors = new ItemErrors();
  const rows: ValidResponse[] = [];
  const firstIndex = new Map<string, number>();
  responses.forEach((r, index) => {
    const valid = checkOne(errors, index, r, now);
    if (!valid) return;
    const first = firstIndex.get(valid.externalId);
    if (first !== undefined) {
      errors.add(index, 'externalId', { code: 'DUPLICATE_ID', says: `: id "${valid.externalId}" already appears at index ${first}` });
      return;
    }
    firstIndex.set(valid.externalId, index);
    rows.push(valid);
  });
  return { rows, errors: errors.list };
}
