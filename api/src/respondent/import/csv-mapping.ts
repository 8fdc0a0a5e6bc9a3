import {
  checkComment,
  checkEmail,
  checkExternalId,
  checkLanguage,
  checkResponseDateText,
  checkScoreText,
  checkText,
  isTextProblem,
  MAX_COMMENT,
  MAX_VALUE,
  type Checked,
  type ValueCode,
} from '../../ingest/response-values.js';
import type { NewRespondent } from '../insert-respondents.js';
import type { ImportRowError } from '../respondent.types.js';

/** The file-level codes, and the value codes every ingest path shares (ingest/response-values.ts). */
export type ImportErrorCode = ValueCode | 'EMPTY_FILE' | 'MISSING_COLUMN' | 'DUPLICATE_COLUMN' | 'MALFORMED_ROW' | 'TOO_MANY_COLUMNS';

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
  comment: ['comment', 'comments', 'feedback', 'verbatim', 'reason'],
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

/** Refusals of the text of a cell (encoding, length), named by row and column. */
function cellErrors(record: string[], mapping: CsvMapping, row: number): ImportRowError[] {
  const errors: ImportRowError[] = [];
  record.forEach((cell, i) => {
    const column = mapping.header[i].trim();
    const problem = checkText(cell, i === mapping.known.comment ? MAX_COMMENT : MAX_VALUE);
    if (!problem) return;
    const advice = problem.code === 'INVALID_ENCODING' ? ': save the file as UTF-8' : '';
    errors.push(rowError(row, column, problem.code, `Row ${row}, column "${column}"${problem.says}${advice}`));
  });
  return errors;
}

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
  if (record.length !== mapping.header.length) {
    return {
      errors: [rowError(row, null, 'MALFORMED_ROW', `Row ${row} has ${record.length} fields; the header has ${mapping.header.length}`)],
    };
  }
  const errors = cellErrors(record, mapping, row);
  const cell = (k: Known) => (mapping.known[k] === undefined ? '' : record[mapping.known[k]!]);
  /** The value when the shared check passed; the row's error (column named) otherwise. */
  const take = <T>(k: Known, checked: Checked<T>): T | undefined => {
    if (checked.problem) {
      const column = mapping.header[mapping.known[k]!].trim();
      const subject = isTextProblem(checked.problem) ? `Row ${row}, column "${column}"` : `Row ${row}`;
      errors.push(rowError(row, column, checked.problem.code, `${subject}${checked.problem.says}`));
    }
    return checked.value;
  };
  const externalId = take('id', checkExternalId(cell('id')));
  const score = take('score', checkScoreText(cell('score')));
  const email = take('email', checkEmail(cell('email')));
  // No language: the interview detects it from the first answer.
  const language = take('language', checkLanguage(cell('language')));
  // No date: the import time (the database default).
  const respondedAt = take('respondedAt', checkResponseDateText(cell('respondedAt'), now));
  // The comment's own length limit is checked with the other cells above.
  const comment = checkComment(cell('comment')).value ?? null;
  if (errors.length) return { errors };
  const attributes: Record<string, string> = {};
  for (const a of mapping.attributes) {
    const v = record[a.index].trim();
    if (v) attributes[a.name] = v;
  }
  return {
    value: {
      externalId: externalId!,
      score: score!,
      email: email ?? null,
      language: language ?? null,
      attributes,
      respondedAt: respondedAt ?? null,
      comment,
    },
    errors,
  };
}
