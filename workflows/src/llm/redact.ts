/**
 * Personal data never reaches the model: emails, phone numbers, card numbers and the
 * respondent's own name are replaced by stable placeholders before any text leaves the worker.
 * A redaction keeps where each placeholder came from, so a quote the model copies from the
 * redacted text can be found again in the original (see originalSpan).
 */

export type PiiKind = 'email' | 'phone' | 'card' | 'name';

export const PLACEHOLDERS: Record<PiiKind, string> = { email: '[email]', phone: '[phone]', card: '[card]', name: '[name]' };

/** One replaced passage: [start, end) in the redacted text, [originalStart, originalEnd) in the original. */
export interface RedactedSpan {
  kind: PiiKind;
  start: number;
  end: number;
  originalStart: number;
  originalEnd: number;
}

export interface Redaction {
  text: string;
  spans: RedactedSpan[];
}

interface Found {
  kind: PiiKind;
  start: number;
  end: number;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
// 13-19 digits, single spaces or dashes between them.
const CARD = /(?<![\d+])\d(?:[ -]?\d){12,18}(?!\d)/g;
// An optional +country code or (area code), then groups of digits split by spaces, dots or dashes.
const PHONE = /(?<![\w+])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d{1,5}(?:[\s.-]?\d{1,5}){0,5}(?![\w])/g;
const DATE = /^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})$/;

const digitsOf = (text: string): string => text.replace(/\D/g, '');

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/**
 * International numbers (+33 6 12 34 56 78) need 8 to 15 digits; national ones need 9 to 15 and
 * a trunk 0 ("06 12 34 56 78", "020 7946 0958") or an area code ("(555) 123-4567",
 * "555-123-4567"), so amounts ("250 000 000") and dates do not count as phones.
 */
function isPhone(match: string): boolean {
  const digits = digitsOf(match).length;
  if (DATE.test(match)) return false;
  if (match.startsWith('+')) return digits >= 8 && digits <= 15;
  if (digits < 9 || digits > 15) return false;
  return match.startsWith('0') || match.startsWith('(') || /^\d{3}[\s.-]\d{3}[\s.-]\d{4}$/.test(match);
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A full name and each of its parts (of 2 letters or more), longest first. Matched whole-word and
 * case-insensitively, but only where the text capitalises it: "Will" is a name, "will" a verb.
 */
function nameMatches(text: string, names: readonly string[]): Found[] {
  const variants = new Set<string>();
  for (const name of names) {
    const trimmed = name.trim().replace(/\s+/g, ' ');
    if (trimmed.length >= 2) variants.add(trimmed);
    for (const part of trimmed.split(/[\s-]+/)) if (part.length >= 2) variants.add(part);
  }
  const found: Found[] = [];
  for (const variant of [...variants].sort((a, b) => b.length - a.length)) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(variant)}(?![\\p{L}\\p{N}])`, 'giu');
    for (const m of text.matchAll(pattern)) {
      const first = m[0][0];
      if (first === first.toLowerCase() && first !== first.toUpperCase()) continue;
      found.push({ kind: 'name', start: m.index, end: m.index + m[0].length });
    }
  }
  return found;
}

function matchesOf(text: string, pattern: RegExp, kind: PiiKind, accept: (match: string) => boolean): Found[] {
  return [...text.matchAll(pattern)].filter((m) => accept(m[0])).map((m) => ({ kind, start: m.index, end: m.index + m[0].length }));
}

/** Emails first, then cards, phones and names; a later match overlapping an earlier one is dropped. */
function findPii(text: string, names: readonly string[]): Found[] {
  const candidates = [
    ...matchesOf(text, EMAIL, 'email', () => true),
    ...matchesOf(text, CARD, 'card', (m) => luhnValid(digitsOf(m))),
    ...matchesOf(text, PHONE, 'phone', isPhone),
    ...nameMatches(text, names),
  ];
  const kept: Found[] = [];
  for (const c of candidates) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Redactions already made, by names and text: each LLM call redacts every message of the
 * conversation again, so all earlier turns are found in here. Bounded: the oldest goes when full.
 * Callers only read a Redaction.
 */
const redactions = new Map<string, Redaction>();
const REDACTIONS_MAX = 2000;

/** The text with every email, phone number, card number and given name replaced by its placeholder. */
export function redactPii(text: string, names: readonly string[] = []): Redaction {
  const key = `${names.join('\u0000')}\u0001${text}`;
  const known = redactions.get(key);
  if (known) return known;
  const redaction = redactUncached(text, names);
  if (redactions.size >= REDACTIONS_MAX) redactions.delete(redactions.keys().next().value!);
  redactions.set(key, redaction);
  return redaction;
}

function redactUncached(text: string, names: readonly string[]): Redaction {
  const spans: RedactedSpan[] = [];
  let out = '';
  let at = 0;
  for (const found of findPii(text, names)) {
    out += text.slice(at, found.start);
    const placeholder = PLACEHOLDERS[found.kind];
    spans.push({
      kind: found.kind,
      start: out.length,
      end: out.length + placeholder.length,
      originalStart: found.start,
      originalEnd: found.end,
    });
    out += placeholder;
    at = found.end;
  }
  return { text: out + text.slice(at), spans };
}

/** The identity, for workers configured with LADDER_REDACT_PII=false. */
export const noRedaction = (text: string): Redaction => ({ text, spans: [] });

/**
 * Where [start, end) of the redacted text lies in the original: a range that starts or ends
 * inside a placeholder is null (the model cut one in half); a whole placeholder maps to the
 * passage it replaced, so the quote found in the original is what the respondent really wrote.
 */
export function originalSpan(redaction: Redaction, start: number, end: number): { start: number; end: number } | null {
  const map = (position: number): number | null => {
    let shift = 0;
    for (const s of redaction.spans) {
      if (position <= s.start) break;
      if (position < s.end) return null;
      shift += s.originalEnd - s.originalStart - (s.end - s.start);
    }
    return position + shift;
  };
  const from = map(start);
  const to = map(end);
  return from === null || to === null || to < from ? null : { start: from, end: to };
}

const NAME_KEYS = new Set([
  'name',
  'full_name',
  'fullname',
  'first_name',
  'firstname',
  'given_name',
  'last_name',
  'lastname',
  'surname',
  'family_name',
  'contact_name',
  'prenom',
  'prénom',
  'nom',
]);

/** The respondent's names from the import's attributes (columns such as name, first_name, last_name). */
export function namesFromAttributes(attributes: Record<string, unknown> | null | undefined): string[] {
  if (!attributes) return [];
  const names: string[] = [];
  for (const [key, value] of Object.entries(attributes)) {
    if (!NAME_KEYS.has(key.toLowerCase().replace(/[\s-]/g, '_'))) continue;
    const name = typeof value === 'string' ? value.trim() : '';
    if (name && name.length <= 120) names.push(name);
  }
  return names;
}
