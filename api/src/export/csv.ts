export type CsvValue = string | number | boolean | Date | null | undefined;

/** Cells a spreadsheet would run as a formula (OWASP "CSV injection"): =, +, -, @, tab, CR first. */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One RFC 4180 field. Text holding a comma, a double quote, CR or LF is quoted, with quotes
 * doubled. Free text that a spreadsheet would evaluate (respondents' own words can start with
 * "=" or "@") gets a leading apostrophe, the usual neutraliser; numbers, and text that is just a
 * number such as "-3", are left as they are. Empty for null and undefined.
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  let text = value instanceof Date ? value.toISOString() : value;
  if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, CRLF-terminated as RFC 4180 says. */
export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/** Rounds for export: shares and intervals keep 4 decimals, NPS 2; null stays null. */
export const rounded = (value: number | null | undefined, decimals: number): number | null =>
  value === null || value === undefined ? null : Number(value.toFixed(decimals));
