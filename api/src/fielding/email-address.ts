/**
 * One email address, the way fielding stores and compares it: trimmed and lower-cased (the
 * suppression list's key is lower case). Stricter than RFC 5322 on purpose: no display names,
 * quotes, commas or angle brackets, so an address can never turn into a second recipient or a
 * header of its own in the email the worker writes.
 */
const ADDRESS =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

/** The address in its stored form, or null when it is not one. */
export function normalizeEmail(value: string): string | null {
  const email = value.trim().toLowerCase();
  return email.length <= 254 && ADDRESS.test(email) ? email : null;
}
