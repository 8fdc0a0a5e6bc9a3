/**
 * Part-of-speech taggers for the interview languages that have one: compromise for English and its
 * language builds for French, German and Spanish (Portuguese and the rest have none, so callers fall
 * back to word lists). Loaded by activities only, never by workflow code.
 *
 * Each tagger is loaded on its first use, not when the worker starts: the four take seconds to load
 * (their lexicons are compiled at load), and most worker processes never label a theme. Their
 * CommonJS builds are single files and load synchronously, so tagging stays a plain function.
 */
import { createRequire } from 'node:module';
import { baseLanguage } from '../moderator/language.js';

export interface TaggedTerm {
  /** The word as written, without the punctuation around it. */
  text: string;
  /** The punctuation written right after the word ("," in "work, cost"). */
  post: string;
  tags: ReadonlySet<string>;
}

interface TermJson {
  text: string;
  post?: string;
  tags?: string[];
  implicit?: string;
}
interface Doc {
  json(options?: object): { terms: TermJson[] }[];
}
type Tagger = (text: string) => Doc;

const TAGGER_MODULES: Record<string, string> = { en: 'compromise/two', fr: 'fr-compromise', de: 'de-compromise', es: 'es-compromise' };
const loaded = new Map<string, Tagger>();
const load = createRequire(import.meta.url);

function taggerFor(language: string): Tagger | null {
  const base = baseLanguage(language);
  const module = TAGGER_MODULES[base];
  if (!module) return null;
  let tagger = loaded.get(base);
  if (!tagger) {
    const exported = load(module) as Tagger | { default: Tagger };
    tagger = typeof exported === 'function' ? exported : exported.default;
    loaded.set(base, tagger);
  }
  return tagger;
}

export const hasTagger = (language: string): boolean => baseLanguage(language) in TAGGER_MODULES;

/** The text's words with their tags, sentence after sentence; null for a language without a tagger. */
export function tagTerms(text: string, language: string): TaggedTerm[][] | null {
  const tagger = taggerFor(language);
  if (!tagger) return null;
  return tagger(text)
    .json()
    .map((sentence) => splitElisions(sentence.terms).filter((t) => /[\p{L}\p{N}]/u.test(t.text)));
}

/**
 * The French builds read "l'export" as an article written "l'export" followed by an unwritten noun
 * "export": the noun gets its written letters back. English contractions ("we're") keep their one
 * written word; the unwritten verb has no letters and is left out.
 */
function splitElisions(terms: readonly TermJson[]): TaggedTerm[] {
  const out: TaggedTerm[] = [];
  for (const t of terms) {
    const previous = out.at(-1);
    const elided = previous && !t.text && t.implicit ? /^(\p{L}{1,6}['’])(\p{L}.*)$/u.exec(previous.text) : null;
    if (previous && elided && t.implicit && elided[2].toLowerCase() === t.implicit.toLowerCase()) {
      out[out.length - 1] = { ...previous, text: elided[1], post: '' };
      out.push({ text: elided[2], post: (t.post ?? '').trim(), tags: new Set(t.tags ?? []) });
    } else {
      out.push({ text: t.text, post: (t.post ?? '').trim(), tags: new Set(t.tags ?? []) });
    }
  }
  return out;
}
