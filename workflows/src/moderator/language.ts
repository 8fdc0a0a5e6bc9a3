/**
 * Which language a respondent writes in, and which language the offline moderator answers in.
 *
 * Detection uses franc-min restricted to the languages our respondents use, because on short
 * texts an unrestricted trigram model happily answers Tagalog. Trigrams are unreliable below a
 * sentence ("I do not know" scores as Portuguese), so short texts and near ties give null and the
 * caller keeps what it already had.
 */
import { francAll } from 'franc-min';
import { OFFLINE_LANGUAGES } from '@ladder/contracts/guide';

export type OfflineLanguage = (typeof OFFLINE_LANGUAGES)[number];

const ISO_639_1: Record<string, string> = { eng: 'en', fra: 'fr', deu: 'de', spa: 'es', ita: 'it', por: 'pt', nld: 'nl' };
const CANDIDATES = Object.keys(ISO_639_1);

/** Below this many letters a detection is a guess. */
export const MIN_DETECTION_LETTERS = 20;
/** The runner-up must score below this (the winner scores 1) for a detection to count. */
const MAX_RUNNER_UP = 0.97;

export function detectLanguage(text: string, minLetters = MIN_DETECTION_LETTERS): string | null {
  const letters = text.replace(/[^\p{L}]/gu, '').length;
  if (letters < minLetters) return null;
  const [best, runnerUp] = francAll(text, { only: CANDIDATES, minLength: 1 });
  if (!best || best[0] === 'und') return null;
  if (runnerUp && runnerUp[1] >= MAX_RUNNER_UP) return null;
  return ISO_639_1[best[0]] ?? null;
}

/** Lower-cased code with its region kept: 'pt-BR' → 'pt-br', ' FR ' → 'fr'. Null when not a code. */
export function normaliseLanguage(code: string | null | undefined): string | null {
  const clean = code?.trim().toLowerCase().replace('_', '-') ?? '';
  return /^[a-z]{2,3}(-[a-z0-9]{2,8})?$/.test(clean) ? clean : null;
}

export const baseLanguage = (code: string): string => code.toLowerCase().split(/[-_]/)[0];

/** The language the offline templates write in: the base code when we have templates for it, else English. */
export function offlineLanguage(language: string): OfflineLanguage {
  const base = baseLanguage(language);
  return (OFFLINE_LANGUAGES as readonly string[]).includes(base) ? (base as OfflineLanguage) : 'en';
}

/** Enough of the respondent's own text to follow them into another language than the one requested. */
export const SWITCH_MIN_LETTERS = 60;

/**
 * The language to interview in. The requested one (the invitation's) wins, unless the respondent
 * has clearly written enough in another language: then we follow the respondent. Without a request,
 * whatever their text shows, else English.
 */
export function resolveLanguage(requested: string | null | undefined, respondentTexts: readonly string[] = []): string {
  const wanted = normaliseLanguage(requested);
  const text = respondentTexts.join('\n');
  if (!wanted) return detectLanguage(text) ?? 'en';
  const detected = detectLanguage(text, SWITCH_MIN_LETTERS);
  return detected && detected !== baseLanguage(wanted) ? detected : wanted;
}
