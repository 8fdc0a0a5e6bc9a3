/**
 * Part-of-speech taggers for the interview languages that have one: compromise for English and its
 * language builds for French, German and Spanish (Portuguese and the rest have none, so callers fall
 * back to word lists). Loaded by activities only, never by workflow code.
 */
import en from 'compromise/two';
import de from 'de-compromise';
import es from 'es-compromise';
import fr from 'fr-compromise';
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

const TAGGERS: Record<string, Tagger> = { en, fr, de, es } as Record<string, Tagger>;

export const hasTagger = (language: string): boolean => baseLanguage(language) in TAGGERS;

/** The text's words with their tags, sentence after sentence; null for a language without a tagger. */
export function tagTerms(text: string, language: string): TaggedTerm[][] | null {
  const tagger = TAGGERS[baseLanguage(language)];
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
