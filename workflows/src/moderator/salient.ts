/**
 * The respondent's words a probe quotes back: the most salient short phrase of their answer that
 * reads as a natural fragment and was not quoted before.
 *
 * Salience: within one clause, windows of one to six words are scored by their words. Function words
 * count nothing, vague words little, content words fully; words that carry emotion, a consequence for
 * a person or the business, a stake of the respondent's own (the ladder lexicons), people and roles,
 * figures and names count more. Longer windows pay a little per extra word.
 *
 * Natural fragments: a window starts and ends on a content word; it does not start inside a noun
 * phrase bound by "of"/"de" ("opportunités de la semaine" is quoted whole or from "opportunités"),
 * does not end where such a phrase or a verb's object goes on ("tableau" of "tableau de bord", "cost"
 * of "don't cost the full amount"), and no edge is a bare adverb ("ever", "least", "now").
 *
 * Never twice: a window that contains a phrase already quoted in the interview, or is contained in
 * one (whole words, case-insensitive), is not taken. Deterministic.
 */
import { sentimentOf } from '../coding/sentiment.js';
import { isNonAnswer, lexiconFor } from './signals.js';
import { FILLER, STOP, WEAK } from './phrases.js';

export interface SalientOptions {
  language: string;
  /** Phrases already quoted in earlier questions. */
  avoid?: readonly string[];
}

const MAX_WORDS = 6;

/** Words that bind a noun phrase to the next one: a window neither starts right after nor ends right before them. */
const BIND = new Set(['of', 'de', 'du', 'des', "d'", 'del', 'da', 'do', 'dos', 'das', 'von', 'vom', 'der']);
/** Words that open a complement: a window does not end right before them. */
const OPENS = new Set(
  (
    'the a an my our your their his her its this these those some any every each no ' +
    'le la les un une mon ma mes ton ta tes notre nos votre vos leur leurs ce cet cette ces chaque aucun aucune ' +
    'el los las unos unas mi mis su sus nuestro nuestra o os um uma meu minha seu sua nosso nossa ' +
    'der die das den dem ein eine einen einem einer mein meine unser unsere ihr ihre'
  ).split(' '),
);
/** Object pronouns: a verb right before one goes on ("knocked it down"). */
const OBJECTS = new Set('it them him me us le lo la las los les lui leur en lo lhe lhes ihn ihm es sie'.split(' '));
/** Adverbs and particles that make a clipped edge ("ever outsource", "least read-only seats"). */
const EDGE_WEAK = new Set(
  (
    'ever never even still already only least most now right just almost maybe perhaps probably actually back again ' +
    'jamais encore déjà seulement moins plus maintenant juste presque peut-être probablement vraiment là moi toi lui eux ' +
    "today yesterday tomorrow aujourd'hui hier demain yet else " +
    "haven't hasn't hadn't don't doesn't didn't can't cannot won't isn't aren't wasn't weren't couldn't wouldn't shouldn't " +
    'nunca todavía ya solo sólo ahora casi quizás ainda já só agora quase talvez noch schon nur jetzt fast vielleicht wieder'
  ).split(' '),
);
/** People and roles: who is affected is worth quoting. */
const PEOPLE =
  /^(?:team|teams|person|admins?|analysts?|engineers?|managers?|boss|board|committee|leadership|customers?|clients?|users?|reps?|staff|people|colleagues|finance|sales|ceo|cfo|cto|vp|director|owners?|équipes?|commerciaux|commercial|direction|clients?|collègues|utilisateurs?|responsables?|dirigeants?)$/iu;

const bare = (word: string): string =>
  word
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}']+$/gu, '');
/** "l'équipe" weighs as "équipe"; "d'" and "l'" alone are function words. */
const stem = (word: string): string => bare(word).replace(/^(?:l|d|j|m|n|s|t|c|qu)'(?=\p{L})/u, '');

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const normalise = (text: string): string =>
  text
    .toLocaleLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/^[\s.,;:!?…]+|[\s.,;:!?…]+$/gu, '')
    .trim();
const containsWords = (haystack: string, needle: string): boolean =>
  !!needle && new RegExp(String.raw`(?<![\p{L}\p{N}])${escape(needle)}(?![\p{L}\p{N}])`, 'u').test(haystack);

/** Whether `phrase` repeats one of `earlier`: the same words, or one contains the other. */
export function repeatsQuote(phrase: string, earlier: readonly string[]): boolean {
  const p = normalise(phrase);
  return earlier.map(normalise).some((e) => e === p || containsWords(e, p) || containsWords(p, e));
}

/** The passages a question quotes (straight or curly double quotes, guillemets, German quotes). */
export function quotedIn(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/"([^"]+)"|“([^”]+)”|«\s*([^»]+?)\s*»|„([^“”]+)[“”]/g)) {
    const phrase = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? '').trim();
    if (phrase) found.push(phrase);
  }
  return found;
}

/** The global (matchAll) copy of each lexicon pattern, built once rather than on every answer. */
const globalPatterns = new WeakMap<RegExp, RegExp>();
const globalOf = (pattern: RegExp): RegExp => {
  let global = globalPatterns.get(pattern);
  if (!global) {
    global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
    globalPatterns.set(pattern, global);
  }
  return global;
};

/** A word's sentiment by language: the lexicons are fixed, and the same words come back in every answer. */
const valences = new Map<string, ReturnType<typeof sentimentOf>['label']>();
const VALENCES_MAX = 20_000;
function valenceOf(word: string, language: string): ReturnType<typeof sentimentOf>['label'] {
  const key = `${language}\u0000${word}`;
  let valence = valences.get(key);
  if (valence === undefined) {
    valence = sentimentOf(word, language).label;
    if (valences.size >= VALENCES_MAX) valences.delete(valences.keys().next().value!);
    valences.set(key, valence);
  }
  return valence;
}

/** Character spans of the answer that carry salience: emotion and ladder cues, and figures (money, durations). */
function salientSpans(text: string, language: string, extra: readonly RegExp[]): { cues: [number, number][]; figures: [number, number][] } {
  const lexicon = lexiconFor(language);
  const spansOf = (patterns: readonly RegExp[]) => {
    const spans: [number, number][] = [];
    for (const pattern of patterns) {
      for (const m of text.matchAll(globalOf(pattern))) if (m[0]) spans.push([m.index, m.index + m[0].length]);
    }
    return spans;
  };
  return { cues: spansOf([lexicon.intensity, ...extra]), figures: spansOf([lexicon.money, lexicon.durations]) };
}

interface Word {
  text: string;
  start: number;
  weight: number;
  bare: string;
}

function wordsOf(clause: string, offset: number, spans: ReturnType<typeof salientSpans>, language: string): Word[] {
  const words: Word[] = [];
  for (const m of clause.matchAll(/\S+/g)) {
    const text = m[0];
    const start = offset + m.index;
    const b = stem(text);
    let weight: number;
    const inside = (list: [number, number][]) => list.some(([from, to]) => start < to && start + text.length > from);
    if (!b || STOP.has(b) || FILLER.has(b) || BIND.has(bare(text)) || STOP.has(bare(text))) weight = 0;
    else if (PEOPLE.test(b)) weight = 1.5;
    else if (WEAK.has(b) || EDGE_WEAK.has(b) || EDGE_WEAK.has(bare(text))) weight = 0.3;
    else {
      weight = 1;
      if (/\d/.test(b) || (m.index > 0 && /^\p{Lu}/u.test(text)) || inside(spans.figures)) weight += 0.5;
      // Complaints carry the interview: a negative word weighs more than praise.
      const valence = valenceOf(b, language);
      if (valence === 'negative') weight += 1.2;
      else if (valence === 'positive') weight += 0.7;
      else if (inside(spans.cues)) weight += 1;
    }
    words.push({ text, start, weight, bare: bare(text) });
  }
  return words;
}

/** The previous word that is not a determiner binds the window's first word to what comes before. */
function boundBefore(words: Word[], index: number): boolean {
  let i = index - 1;
  while (i >= 0 && OPENS.has(words[i].bare)) i--;
  return i >= 0 && (BIND.has(words[i].bare) || /^d'$/.test(words[i].bare) || /^(?:d|l)'/.test(words[index].bare));
}

function endsClipped(words: Word[], end: number): boolean {
  const next = words[end + 1];
  if (!next) return false;
  return BIND.has(next.bare) || /^d'/.test(next.bare) || OPENS.has(next.bare) || OBJECTS.has(next.bare) || /^\d/.test(next.bare);
}

/**
 * The phrase to quote from `answer`, or null when nothing in it is worth quoting (or everything worth
 * quoting was quoted before). `extraSalience` adds patterns whose words weigh more (the ladder cues).
 */
export function salientPhrase(answer: string, options: SalientOptions, extraSalience: readonly RegExp[] = []): string | null {
  if (isNonAnswer(answer)) return null;
  const text = answer.replace(/[“”"«»„]/g, ' ');
  const spans = salientSpans(text, options.language, extraSalience);
  const avoid = options.avoid ?? [];
  const splitter =
    /[.!?;:,()\n]+|\s[-–—]\s|\b(?:because|but|and|whether|which|who|so|if|when|parce que|mais|et|pourquoi|dont|quand|si|porque|pero|y|weil|aber|und|wenn)\b/giu;
  let best: { phrase: string; score: number } | null = null;
  let from = 0;
  const clauses: { clause: string; offset: number }[] = [];
  for (const m of text.matchAll(splitter)) {
    clauses.push({ clause: text.slice(from, m.index), offset: from });
    from = m.index + m[0].length;
  }
  clauses.push({ clause: text.slice(from), offset: from });
  for (const { clause, offset } of clauses) {
    const words = wordsOf(clause, offset, spans, options.language);
    for (let start = 0; start < words.length; start++) {
      if (words[start].weight < 1 || boundBefore(words, start)) continue;
      let sum = 0;
      for (let end = start; end < Math.min(words.length, start + MAX_WORDS); end++) {
        sum += words[end].weight;
        if (words[end].weight < 1 || endsClipped(words, end)) continue;
        const length = end - start + 1;
        // One word is a quote only when it is nearly the whole answer ("reports") or weighs more than a plain word.
        const single = length === 1 ? (words.length <= 2 ? 0.6 : 1.2) : 0;
        const score = sum - 0.15 * Math.max(0, length - 3) - single;
        if (best && score <= best.score + 1e-9) continue;
        const phrase = words
          .slice(start, end + 1)
          .map((w) => w.text)
          .join(' ')
          .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
        if (!phrase || repeatsQuote(phrase, avoid)) continue;
        best = { phrase, score };
      }
    }
  }
  return best && best.score >= 0.4 ? best.phrase : null;
}
