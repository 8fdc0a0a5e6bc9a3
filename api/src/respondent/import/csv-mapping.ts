import type { NewRespondent } from '../insert-respondents.js';
import type { ImportRowError } from '../respondent.types.js';
import { parseResponseDate } from './response-date.js';

export type ImportErrorCode =
  | 'EMPTY_FILE'
  | 'MISSING_COLUMN'
  | 'DUPLICATE_COLUMN'
  | 'MALFORMED_ROW'
  | 'MISSING_VALUE'
  | 'INVALID_SCORE'
  | 'DUPLICATE_ID'
  | 'INVALID_EMAIL'
  | 'INVALID_LANGUAGE'
  | 'INVALID_ENCODING'
  | 'VALUE_TOO_LONG'
  | 'TOO_MANY_COLUMNS'
  | 'INVALID_DATE';

export const rowError = (row: number, column: string | null, code: ImportErrorCode, message: string): ImportRowError => ({
  row,
  column,
  code,
  message,
});

/** Recognised header names (case and spacing ignored); every other column becomes an attribute. */
const ALIASES = {
  id: ['id', 'external_id', 'externalid', 'respondent_id', 'customer_id'],
  score: ['score', 'nps', 'nps_score'],
  email: ['email', 'e-mail', 'email_address'],
  language: ['language', 'lang', 'locale'],
  respondedAt: ['responded_at', 'date', 'response_date', 'survey_date'],
} as const;

type Known = keyof typeof ALIASES;
const MAX_COLUMNS = 100;

export interface CsvMapping {
  header: string[];
  known: Partial<Record<Known, number>>;
  attributes: { name: string; index: number }[];
}

const normalise = (h: string) => h.trim().toLowerCase().replace(/\s+/g, '_');

export function mapHeader(header: string[]): { mapping: CsvMapping; errors: ImportRowError[] } {
  const errors: ImportRowError[] = [];
  const known: CsvMapping['known'] = {};
  const attributes: CsvMapping['attributes'] = [];
  const seen = new Map<string, number>();
  if (header.length > MAX_COLUMNS) {
    errors.push(rowError(1, null, 'TOO_MANY_COLUMNS', `The header has ${header.length} columns; at most ${MAX_COLUMNS} are accepted`));
  }
  header.forEach((raw, index) => {
    const name = raw.trim();
    const key = normalise(name);
    if (!key) {
      errors.push(rowError(1, `#${index + 1}`, 'MISSING_VALUE', `Column ${index + 1} has no name in the header`));
      return;
    }
    if (seen.has(key)) {
      errors.push(
        rowError(
          1,
          name,
          'DUPLICATE_COLUMN',
          `Column "${name}" appears twice in the header (columns ${seen.get(key)! + 1} and ${index + 1})`,
        ),
      );
      return;
    }
    seen.set(key, index);
    const role = (Object.keys(ALIASES) as Known[]).find((k) => (ALIASES[k] as readonly string[]).includes(key));
    if (role && known[role] === undefined) known[role] = index;
    else attributes.push({ name, index });
  });
  for (const required of ['id', 'score'] as const) {
    if (known[required] === undefined) {
      errors.push(
        rowError(1, required, 'MISSING_COLUMN', `The header has no "${required}" column (accepted names: ${ALIASES[required].join(', ')})`),
      );
    }
  }
  return { mapping: { header, known, attributes }, errors };
}

export type ParsedRespondent = NewRespondent;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const LANGUAGE = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;
const MAX_VALUE = 1000;

/**
 * Validates one data row. `row` is the record number in the file, the header being row 1; `now`
 * is the import time (future response dates are refused against it).
 */
export function parseRow(
  record: string[],
  mapping: CsvMapping,
  row: number,
  now = new Date(),
): { value?: ParsedRespondent; errors: ImportRowError[] } {
  const errors: ImportRowError[] = [];
  if (record.length !== mapping.header.length) {
    errors.push(rowError(row, null, 'MALFORMED_ROW', `Row ${row} has ${record.length} fields; the header has ${mapping.header.length}`));
    return { errors };
  }
  record.forEach((cell, i) => {
    const column = mapping.header[i].trim();
    if (cell.includes('\uFFFD') || cell.includes('\u0000')) {
      errors.push(
        rowError(
          row,
          column,
          'INVALID_ENCODING',
          `Row ${row}, column "${column}" holds bytes that are not valid UTF-8: save the file as UTF-8`,
        ),
      );
    } else if (cell.length > MAX_VALUE) {
      errors.push(rowError(row, column, 'VALUE_TOO_LONG', `Row ${row}, column "${column}" is longer than ${MAX_VALUE} characters`));
    }
  });
  const cell = (k: Known) => (mapping.known[k] === undefined ? '' : record[mapping.known[k]!].trim());
  const columnName = (k: Known) => mapping.header[mapping.known[k]!].trim();
  const externalId = cell('id');
  if (!externalId) errors.push(rowError(row, columnName('id'), 'MISSING_VALUE', `Row ${row} has no id`));
  const scoreText = cell('score');
  const score = Number(scoreText);
  if (!/^\d{1,2}$/.test(scoreText) || score > 10) {
    errors.push(
      rowError(
        row,
        columnName('score'),
        'INVALID_SCORE',
        scoreText ? `Row ${row}: score "${scoreText}" is not a whole number from 0 to 10` : `Row ${row} has no score`,
      ),
    );
  }
  const email = cell('email') || null;
  if (email && !EMAIL.test(email))
    errors.push(rowError(row, columnName('email'), 'INVALID_EMAIL', `Row ${row}: "${email}" is not an email address`));
  // No language: the interview detects it from the first answer.
  const language = cell('language').toLowerCase() || null;
  if (language && !LANGUAGE.test(language))
    errors.push(
      rowError(row, columnName('language'), 'INVALID_LANGUAGE', `Row ${row}: "${language}" is not a language code such as en, fr or pt-br`),
    );
  // No date: the import time (the database default).
  const dateText = cell('respondedAt');
  const respondedAt = dateText ? parseResponseDate(dateText, now) : null;
  if (respondedAt && 'error' in respondedAt) {
    errors.push(rowError(row, columnName('respondedAt'), 'INVALID_DATE', `Row ${row}: "${dateText}" ${respondedAt.error}`));
  }
  if (errors.length) return { errors };
  const attributes: Record<string, string> = {};
  for (const a of mapping.attributes) {
    const v = record[a.index].trim();
    if (v) attributes[a.name] = v;
  }
  return {
    value: { externalId, score, email, language, attributes, respondedAt: respondedAt && 'date' in respondedAt ? respondedAt.date : null },
    errors,
  };
}
