import { LadderError } from '../common/errors.js';
import { normalizeEmail } from '../fielding/email-address.js';

/**
 * An owner's address as stored (trimmed, lower case), null when cleared (an empty string); anything
 * else is BAD_USER_INPUT naming the field. Owners are addresses until team accounts exist.
 */
export function ownerEmailOrFail(value: string | null | undefined, field: string): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const email = normalizeEmail(value);
  if (!email) throw new LadderError('BAD_USER_INPUT', `"${value}" is not an email address`, { field });
  return email;
}
