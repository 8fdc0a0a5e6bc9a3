import { format } from 'node:util';

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
// Phone and card numbers: 8 or more digits, with the separators people write between them.
const LONG_NUMBER = /\+?\d(?:[\s.-]?\d){7,}/g;

/**
 * Server logs never carry personal data: an error message may quote a value a client sent
 * (a database error citing the row, a failed email send), so what is logged passes through here.
 * Ids (UUIDs: hex groups of at most 12) are not touched.
 */
export const scrubPii = (text: string): string => text.replace(EMAIL, '[email]').replace(LONG_NUMBER, '[number]');

/** console.error with the formatted line scrubbed. */
export const logScrubbed = (log: Pick<Console, 'error'>, message: string, ...args: unknown[]): void => {
  log.error(scrubPii(format(message, ...args)));
};
