/**
 * Noun phrases in a respondent's words, from the language's part-of-speech tagger (taggers.ts):
 * runs of nouns and adjectives ending on a noun ("seat prices", "the Salesforce connector"), two
 * such runs joined by "of" or its equivalent ("temps de réponse", "mises à jour"), without their
 * leading articles and possessives. They name themes where n-grams gave clipped fragments.
 */
import { baseLanguage } from '../moderator/language.js';
import { tagTerms, type TaggedTerm } from './taggers.js';
import { stem, tokenize } from './tfidf.js';

export interface NounPhrase {
  /** As written, lower-cased except names and acronyms ("Salesforce connector", "seat prices"). */
  text: string;
  /** Stems of its words, so "seat price" and "seat prices" are one phrase. */
  key: string;
  words: number;
}

/** Longer phrases are rarely said twice the same way. */
const MAX_PHRASE_WORDS = 4;
/** Words that join two noun runs into one phrase; French "à" only as in "mise à jour". */
const JOINERS: Record<string, Set<string>> = {
  en: new Set(['of']),
  fr: new Set(['de', "d'", 'du', 'des', 'à']),
  es: new Set(['de', 'del']),
  de: new Set([]),
};
/** Languages whose adjectives may follow the noun ("support technique"). */
const TRAILING_ADJECTIVES = new Set(['fr', 'es']);
const NOT_NOMINAL = ['Pronoun', 'Possessive', 'Determiner', 'Value', 'Date', 'Duration', 'Preposition', 'Conjunction'];
/** Indefinite pronouns and determiners the taggers read as nouns. */
const PRONOUNS = new Set(
  `nothing nobody anything anybody everything everybody something somebody personne rien tout tous toute toutes
  nadie nada todo todos niemand nichts alles`.split(/\s+/),
);
/** Units of time: "jours" of "deux jours" is no theme. */
const TIME_UNITS = new Set(
  `minute minutes hour hours day days week weeks month months year years heure heures jour jours semaine semaines mois
  an ans annee annees dia dias semana semanas mes meses ano anos tag tage woche wochen monat monate jahr jahre`.split(/\s+/),
);
const DETERMINERS = new Set(['each', 'every', 'chaque', 'plusieurs', 'quelques', 'aucun', 'aucune', 'cada', 'jede', 'jeder', 'jedes']);

const isNoun = (t: TaggedTerm) => t.tags.has('Noun') || t.tags.has('ProperNoun') || t.tags.has('Acronym');
const isNominal = (t: TaggedTerm) =>
  (isNoun(t) || t.tags.has('Adjective')) &&
  !NOT_NOMINAL.some((tag) => t.tags.has(tag)) &&
  !PRONOUNS.has(t.text.toLowerCase()) &&
  !DETERMINERS.has(t.text.toLowerCase());

/** The noun phrases of a text, in order, repeats included; null when the language has no tagger. */
export function nounPhrases(text: string, language: string): NounPhrase[] | null {
  const sentences = tagTerms(text, language);
  if (!sentences) return null;
  const base = baseLanguage(language);
  return sentences.map(nounsAfterDeterminers).flatMap((terms) =>
    chunks(terms, base)
      .flatMap((run) => shorten(run, base))
      .flatMap((run) => toPhrases(run, terms, base)),
  );
}

/**
 * A word read as a verb right after an article or possessive (adjectives allowed between) is a noun:
 * the French build reads "la mise à jour" and "les dernières mises à jour" with a verb "mise(s)".
 */
function nounsAfterDeterminers(terms: readonly TaggedTerm[]): TaggedTerm[] {
  let determined = false;
  return terms.map((t) => {
    const verb = t.tags.has('Verb') && !t.tags.has('Auxiliary') && !t.tags.has('Copula');
    const out = determined && verb ? { ...t, tags: new Set([...t.tags].filter((tag) => tag !== 'Verb').concat('Noun')) } : t;
    const determiner = t.tags.has('Determiner') || t.tags.has('Possessive') || DETERMINERS.has(t.text.toLowerCase());
    determined = determiner || (determined && !verb && t.tags.has('Adjective'));
    return out;
  });
}

/**
 * A run longer than MAX_PHRASE_WORDS is cut at its joiners, neighbouring parts kept together while
 * they fit: "temps de réponse du support technique" gives "temps de réponse" and "support technique".
 */
function shorten(run: TaggedTerm[], language: string): TaggedTerm[][] {
  if (run.length <= MAX_PHRASE_WORDS) return [run];
  const joiners = JOINERS[language] ?? new Set<string>();
  const parts: TaggedTerm[][] = [[]];
  for (const t of run) {
    if (joiners.has(t.text.toLowerCase())) parts.push([t]);
    else parts[parts.length - 1].push(t);
  }
  const out: TaggedTerm[][] = [];
  for (const part of parts) {
    const last = out.at(-1);
    if (last && last.length + part.length <= MAX_PHRASE_WORDS && !joiners.has(last.at(-1)?.text.toLowerCase() ?? '')) {
      out[out.length - 1] = [...last, ...part];
    } else {
      out.push(part);
    }
  }
  return out;
}

/** Maximal runs of nominal words, a joiner allowed between two of them; the run ends at punctuation. */
function chunks(terms: readonly TaggedTerm[], language: string): TaggedTerm[][] {
  const joiners = JOINERS[language] ?? new Set<string>();
  const runs: TaggedTerm[][] = [];
  let run: TaggedTerm[] = [];
  const close = () => {
    if (run.length > 0) runs.push(run);
    run = [];
  };
  terms.forEach((t, i) => {
    const next = terms[i + 1];
    const joins = run.length > 0 && joiners.has(t.text.toLowerCase()) && !joiners.has(run.at(-1)?.text.toLowerCase() ?? '');
    // "onboarding calls": a gerund before a noun qualifies it.
    if (isNominal(t) || (t.tags.has('Gerund') && next && isNoun(next) && isNominal(next))) run.push(t);
    else if (joins && next && isNominal(next) && !/[,;:.!?]/.test(run.at(-1)?.post ?? '')) run.push(t);
    else close();
    if (/[,;:.!?()]/.test(t.post)) close();
  });
  close();
  return runs;
}

/**
 * The run as a phrase, trimmed to start on a noun or adjective and end on a noun (or, in French and
 * Spanish, an adjective after one); with leading adjectives, its noun on its own too, so "dernières
 * mises à jour" also counts as "mises à jour" said once more.
 */
function toPhrases(run: readonly TaggedTerm[], sentence: readonly TaggedTerm[], language: string): NounPhrase[] {
  const joiners = JOINERS[language] ?? new Set<string>();
  let [from, to] = [0, run.length];
  while (from < to && joiners.has(run[from].text.toLowerCase())) from++;
  const endsWell = (t: TaggedTerm) => isNoun(t) || (TRAILING_ADJECTIVES.has(language) && t.tags.has('Adjective'));
  while (to > from && (!endsWell(run[to - 1]) || joiners.has(run[to - 1].text.toLowerCase()))) to--;
  const words = run.slice(from, to);
  const firstNoun = words.findIndex(isNoun);
  if (firstNoun < 0) return [];
  const adjectives = firstNoun > 0 && words.slice(0, firstNoun).every((t) => t.tags.has('Adjective'));
  return [words, ...(adjectives ? [words.slice(firstNoun)] : [])].flatMap((w) => toPhrase(w, sentence) ?? []);
}

function toPhrase(words: readonly TaggedTerm[], sentence: readonly TaggedTerm[]): NounPhrase | null {
  if (words.length === 0 || words.length > MAX_PHRASE_WORDS) return null;
  const written = words.map((t) => (keepsCapitals(t, sentence.indexOf(t) === 0) ? t.text : t.text.toLowerCase()));
  // A phrase of words we never count as content ("things", "lot") or of time units says nothing.
  if (tokenize(written.join(' ')).length === 0 || written.every((w) => TIME_UNITS.has(fold(w)))) return null;
  const text = written.join(' ').replace(/(['’]) /g, '$1');
  const key = written.map((w) => stem(fold(w))).join(' ');
  return { text, key, words: words.length };
}

/** Names and acronyms keep their capitals; a sentence's first word keeps them only when it is an acronym ("CSM"). */
const keepsCapitals = (t: TaggedTerm, first: boolean) => (first ? /^\p{Lu}{2,}$/u.test(t.text) : /\p{Lu}/u.test(t.text));

const fold = (word: string) =>
  word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
