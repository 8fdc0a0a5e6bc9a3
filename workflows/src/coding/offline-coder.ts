/**
 * The offline coder: codes a transcript against a driver taxonomy without a model, so coding
 * works with no network and gives the same output for the same input.
 *
 * Each respondent turn is split into sentences; a driver matches a sentence when one of its
 * patterns occurs there and is not negated (a negation within four words before it in the same
 * clause: "no problem with support") or exonerated ("support isn't the issue", "le support n'est
 * pas en cause"). Quality words match even when negated, since "not reliable" is the complaint.
 * A match gives an excerpt quoting the whole sentence, at most one per (turn, driver): the first.
 *
 * Roles follow what the respondent revealed (each answer's ladder level, levels.ts), not the question:
 * - 'stated': the first answer that codes a driver and the answer after it (its example); the stated
 *   driver is the one most of that window codes;
 * - 'root': excerpts of answers at the deepest level reached (a consequence at least); the root driver
 *   is the deepest answer's, trust-like drivers first, or, when that answer codes none, the driver that
 *   stands for what its stake is about (trust, value, the relationship); with none in the taxonomy the
 *   root is null with a note;
 * - everything else → 'supporting'.
 */
import type { CoderKind } from '@ladder/contracts';
import {
  taxonomyContentSchema,
  type CodedExcerpt,
  type TaxonomyContent,
  type TaxonomyDriver,
  type TranscriptCoding,
} from '@ladder/contracts/taxonomy';
import { sentencesOf } from '../moderator/escalations.js';
import { classifyAnswer, revealedLevels, ROOT_LEVEL, rootWords } from '../moderator/levels.js';
import { competitorsIn, isNonAnswer, namedCompetitorsIn } from '../moderator/signals.js';
import type { TranscriptTurn } from '../moderator/types.js';
import { foldText, KNOWN_DRIVER_KEYS, lexiconFor, type DriverPatterns } from './driver-lexicon.js';
import { assertRealQuote, locateQuote } from './quote-check.js';
import { clauseAfter, clauseBefore, negatedBefore, sentimentOf } from './sentiment.js';

export const coderLabel = 'offline' satisfies CoderKind;

export type CodableTurn = Pick<TranscriptTurn, 'seq' | 'role' | 'text' | 'phase' | 'ladderLevel'>;

export interface OfflineCodingInput {
  transcript: readonly CodableTurn[];
  taxonomy: TaxonomyContent;
  taxonomyVersion: number;
  language: string;
}

/** Words a driver mention may sit behind and still be negated: "no real problem with the support". */
const NEGATION_WINDOW = 4;
const EXONERATED_BEFORE =
  /(?:nothing (?:wrong|bad)|(?:can't|cannot|couldn't) fault|rien (?:a|de) (?:redire|reprocher|mal))(?:\s+\S+){0,4}\s*$/iu;
const EXONERATED_AFTER =
  /^(?:\s+[\p{L}'-]+){0,3}?\s+(?:(?:(?:is|was|are|were)(?:n't| not| never)|(?:has|have)(?:n't| not| never) been|n'(?:est|etait|etaient|a (?:jamais |pas )?ete)|ne (?:sont|sera|seront))\s+(?:(?:really|actually|at all|vraiment|du tout|jamais|pas|the|a|an|to|our|my|le|la|un|une|en)\s+)*(?:problem|issue|concern|blame|fault|reason|culprit|cause|probleme|souci|responsable|blamer|raison)|n'y (?:est|sont|etait|etaient) pour rien)(?!\p{L})/iu;

/** Drivers a root motivation usually lands on; preferred when the deepest level holds several. */
const ROOT_TYPE_KEYS = new Set(['trust', 'sales_gap', 'account_management']);
const COMPETITIVE = /competit|concurren|alternativ/iu;

interface Answer {
  turn: CodableTurn;
  question: CodableTurn | null;
  /** The ladder level this answer revealed (levels.ts), read from the respondent's words. */
  revealed: number;
  /** Position among the respondent's answers. */
  index: number;
}
interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}
/** An excerpt with what ranking needs: ladder level, where the cue sat, taxonomy order. */
interface Draft {
  excerpt: CodedExcerpt;
  /** The level the answer revealed. */
  level: number;
  /** Position of the answer among the respondent's answers. */
  answer: number;
  /** Matched only by a complaint that names no topic ("doesn't work"). */
  vague: boolean;
  at: number;
  order: number;
}

/** Respondent turns in seq order, each with the moderator question before it and the level it revealed. */
function answersOf(transcript: readonly CodableTurn[], language: string): Answer[] {
  let question: CodableTurn | null = null;
  const answers: Omit<Answer, 'revealed'>[] = [];
  for (const turn of [...transcript].sort((a, b) => a.seq - b.seq)) {
    if (turn.role === 'moderator') question = turn;
    else answers.push({ turn, question, index: answers.length });
  }
  const levels = revealedLevels(
    answers.map((a) => a.turn.text),
    language,
  );
  return answers.map((a, i) => ({ ...a, revealed: levels[i] }));
}

/** Sentences of a turn with their exact spans. */
function sentenceSpans(turns: readonly CodableTurn[], turn: CodableTurn): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let from = 0;
  for (const text of sentencesOf(turn.text)) {
    const span = locateQuote(turns, turn.seq, text, from);
    if (!span) continue;
    spans.push({ text, ...span });
    from = span.end;
  }
  return spans;
}

function exonerated(folded: string, start: number, end: number): boolean {
  return EXONERATED_BEFORE.test(clauseBefore(folded, start)) || EXONERATED_AFTER.test(clauseAfter(folded, end));
}

/** Where the driver's first live mention in the sentence starts (-1 when none), and the words that matched. */
function mentionAt(sentence: string, patterns: DriverPatterns, competitive: boolean, language: string): { at: number; cue: string } {
  const folded = foldText(sentence);
  for (const match of folded.matchAll(patterns.cues)) {
    const start = match.index ?? 0;
    if (!negatedBefore(folded, start, NEGATION_WINDOW) && !exonerated(folded, start, start + match[0].length)) {
      return { at: start, cue: match[0] };
    }
  }
  for (const match of patterns.polar ? folded.matchAll(patterns.polar) : []) {
    const start = match.index ?? 0;
    if (!exonerated(folded, start, start + match[0].length)) return { at: start, cue: match[0] };
  }
  if (competitive && competitorsIn(sentence, language).length > 0) return { at: 0, cue: '' };
  return { at: -1, cue: '' };
}

/** A complaint that names no topic ("it doesn't work", "ça ne marche pas"): the example after it says what it is about. */
const VAGUE_CUE =
  /^(?:(?:doesn't|does not|didn't|did not|don't|do not|isn't|is not|wasn't|stopped|not|no longer) work\w*|(?:ne |n')?(?:marche|fonctionne)\w* ?(?:pas|plus|jamais)?|ne (?:marche|fonctionne)\w*)$/iu;

function draftsOf(
  answer: Answer,
  turns: readonly CodableTurn[],
  lexicon: DriverPatterns[],
  competitiveKeys: Set<string>,
  language: string,
): Draft[] {
  const sentences = sentenceSpans(turns, answer.turn);
  const drafts: Draft[] = [];
  lexicon.forEach((patterns, order) => {
    for (const sentence of sentences) {
      const { at, cue } = mentionAt(sentence.text, patterns, competitiveKeys.has(patterns.driverKey), language);
      if (at < 0) continue;
      const sentiment = sentimentOf(sentence.text, language);
      drafts.push({
        level: answer.revealed,
        answer: answer.index,
        vague: VAGUE_CUE.test(cue.trim()),
        at,
        order,
        excerpt: {
          driverKey: patterns.driverKey,
          categoryKey: patterns.categoryKey,
          turnSeq: answer.turn.seq,
          start: sentence.start,
          end: sentence.end,
          quote: sentence.text,
          role: 'supporting',
          sentiment: sentiment.label,
          sentimentScore: sentiment.score,
          competitors: namedCompetitorsIn(sentence.text, language),
        },
      });
      return;
    }
  });
  return drafts;
}

const frequency = (drafts: Draft[], key: string): number => drafts.filter((d) => d.excerpt.driverKey === key).length;
const byPosition = (a: Draft, b: Draft): number =>
  a.excerpt.turnSeq - b.excerpt.turnSeq || a.excerpt.start - b.excerpt.start || a.at - b.at || a.order - b.order;

/**
 * The stated driver: the reason as first given, read with the answer that explains it. The reason is
 * the earliest sentence that codes a driver; when several drivers share it, the one the explaining
 * answer (the next one: the respondent's own example) also codes wins, then the most frequent in the
 * two answers, then taxonomy order. When the reason names no topic ("it doesn't work the way we
 * expected") and the explaining answer codes another driver, that one is the reason: "the demo showed
 * X, we got Y" makes it the sales-expectation gap, not reliability. The two answers' excerpts are 'stated'.
 */
function statedDriver(drafts: Draft[], answers: readonly Answer[], competitive: Set<string>): string | null {
  // Naming a competitor is not a reason of its own.
  const coded = drafts.filter((d) => !competitive.has(d.excerpt.driverKey)).sort(byPosition);
  if (coded.length === 0) return null;
  const first = coded[0].answer;
  const explaining = answers[first + 1] && !isNonAnswer(answers[first + 1].turn.text) ? first + 1 : first;
  const window = coded.filter((d) => d.answer === first || d.answer === explaining);
  for (const draft of window) draft.excerpt.role = 'stated';
  const sameSentence = (d: Draft) => d.excerpt.turnSeq === coded[0].excerpt.turnSeq && d.excerpt.start === coded[0].excerpt.start;
  let candidates = coded.filter(sameSentence);
  const explained = window.filter((d) => d.answer === explaining && explaining !== first && !d.vague);
  if (candidates.every((d) => d.vague) && explained.some((d) => !candidates.some((c) => c.excerpt.driverKey === d.excerpt.driverKey))) {
    candidates = explained;
  }
  const inExplanation = (key: string) => (explained.some((d) => d.excerpt.driverKey === key) ? 1 : 0);
  candidates.sort(
    (a, b) =>
      inExplanation(b.excerpt.driverKey) - inExplanation(a.excerpt.driverKey) ||
      frequency(window, b.excerpt.driverKey) - frequency(window, a.excerpt.driverKey) ||
      byPosition(a, b),
  );
  return candidates[0].excerpt.driverKey;
}

/** What a root motivation is about, from its words, and the drivers that stand for it when the answer codes none. */
const ROOT_THEMES: { theme: string; cue: RegExp; driver: RegExp; keys: string[] }[] = [
  {
    theme: 'trust',
    cue: /trust|confian|credib|cr[ée]dib|reputation|r[ée]putation|promis|champion|vouch|my name|mon nom|defend|d[ée]fendre|mauvais pari|bet on|straight face|embarrass|look like|passe pour|recommend|recommand|let (?:me|us) down|trahi|laiss[ée] tomber|sleep|dormir|peace of mind|s[ée]r[ée]nit/iu,
    driver: /trust|confian|accountab|fiab|vertrauen|confianza/iu,
    keys: ['trust'],
  },
  {
    theme: 'value',
    cue: /value for money|pay for (?:themselves|itself)|worth (?:it|the)|justify|rapport qualit[ée]-prix|rentab/iu,
    driver: /pric|value|prix|valeur|preis|precio|pre[çc]o/iu,
    keys: ['pricing_value'],
  },
  {
    theme: 'relationship',
    cue: /partner|on (?:our|my) side|backed up|feel like a number|partenaire|de notre c[ôo]t[ée]/iu,
    driver: /relationship|account|relation|compte|partner/iu,
    keys: ['account_management'],
  },
];

export interface RootReading {
  driverKey: string | null;
  /** Set when the respondent reached a root motivation that no taxonomy driver stands for. */
  note: string | null;
}

/**
 * The root driver: the deepest level the respondent revealed (a consequence at least; levels.ts),
 * deepest answer first. An answer's coded drivers win, trust-like ones first, then frequency among
 * the root answers; a root answer that codes nothing is read for what its stake is about (trust,
 * value, the relationship) and mapped to the taxonomy driver that stands for it. When the deepest
 * stake has no such driver (their team's wellbeing, say), the root is null with a note saying what
 * it was, rather than the stated driver again. Below a consequence there is no root.
 */
function rootDriver(
  drafts: Draft[],
  answers: readonly Answer[],
  taxonomy: TaxonomyContent,
  keys: { rootTypes: Set<string>; competitive: Set<string> },
  language: string,
): RootReading {
  const { rootTypes, competitive } = keys;
  const deep = answers.filter((a) => a.revealed >= 2).sort((a, b) => b.revealed - a.revealed || b.index - a.index);
  if (deep.length === 0) return { driverKey: null, note: null };
  const rootLevel = deep[0].revealed;
  const roots = drafts.filter((d) => d.level >= Math.min(rootLevel, ROOT_LEVEL) && d.level >= 2);
  for (const draft of roots) if (draft.excerpt.role !== 'stated') draft.excerpt.role = 'root';
  const rootType = (d: Draft): number => (rootTypes.has(d.excerpt.driverKey) ? 1 : 0);
  let unmapped: string | null = null;
  for (const answer of deep) {
    const own = roots.filter((d) => d.answer === answer.index && !competitive.has(d.excerpt.driverKey));
    if (own.length) {
      own.sort(
        (a, b) =>
          rootType(b) - rootType(a) || frequency(roots, b.excerpt.driverKey) - frequency(roots, a.excerpt.driverKey) || byPosition(a, b),
      );
      return { driverKey: own[0].excerpt.driverKey, note: null };
    }
    if (answer.revealed < ROOT_LEVEL) continue;
    const mapped = mappedRoot(answer.turn.text, taxonomy);
    if (mapped) return { driverKey: mapped, note: null };
    unmapped ??= classifyAnswer(answer.turn.text, language).cue;
  }
  return unmapped
    ? { driverKey: null, note: `No driver of the taxonomy stands for the root the respondent reached ("${unmapped}")` }
    : { driverKey: null, note: null };
}

/** The taxonomy driver standing for what a root answer's stake is about, or null. */
function mappedRoot(text: string, taxonomy: TaxonomyContent): string | null {
  const drivers = driversOf(taxonomy);
  for (const theme of ROOT_THEMES) {
    if (!theme.cue.test(text)) continue;
    const driver = drivers.find((d) => theme.keys.includes(d.key)) ?? drivers.find((d) => theme.driver.test(aboutText(d)));
    if (driver) return driver.key;
  }
  return null;
}

const driversOf = (taxonomy: TaxonomyContent): TaxonomyDriver[] => taxonomy.categories.flatMap((c) => c.drivers);
const isKnown = (driver: TaxonomyDriver): boolean => KNOWN_DRIVER_KEYS.includes(driver.key);
const aboutText = (driver: TaxonomyDriver): string => `${driver.label}. ${driver.description}`;

/** Trust, sales gap, account management; for drivers we have no lexicon of, those whose wording names a root motivation. */
function rootTypeKeys(taxonomy: TaxonomyContent): Set<string> {
  const rootLists = [rootWords('en'), rootWords('fr')];
  return new Set(
    driversOf(taxonomy)
      .filter((d) => ROOT_TYPE_KEYS.has(d.key) || (!isKnown(d) && rootLists.some((re) => re.test(aboutText(d)))))
      .map((d) => d.key),
  );
}

/** Drivers that also match any competitor the respondent names ("switching to Zendesk"). */
function competitiveKeys(taxonomy: TaxonomyContent): Set<string> {
  return new Set(
    driversOf(taxonomy)
      .filter((d) => d.key === 'competitive' || (!isKnown(d) && COMPETITIVE.test(aboutText(d))))
      .map((d) => d.key),
  );
}

/** Named competitors only: generic words ("another vendor") set competitorMentioned instead. */
function allCompetitors(answers: Answer[], language: string): string[] {
  const found: string[] = [];
  for (const { turn } of answers) {
    for (const name of namedCompetitorsIn(turn.text, language)) {
      if (!found.some((f) => f.toLowerCase() === name.toLowerCase())) found.push(name);
    }
  }
  return found;
}

function meanSentiment(answers: Answer[], language: string): number {
  if (answers.length === 0) return 0;
  const sum = answers.reduce((total, { turn }) => total + sentimentOf(turn.text, language).score, 0);
  return Math.round((sum / answers.length) * 1000) / 1000 + 0;
}

export function codeTranscriptOffline(input: OfflineCodingInput): TranscriptCoding {
  const { transcript, taxonomyVersion, language } = input;
  const taxonomy = taxonomyContentSchema.parse(input.taxonomy);
  const lexicon = lexiconFor(taxonomy, language);
  const competitive = competitiveKeys(taxonomy);
  const answers = answersOf(transcript, language);
  const drafts = answers.flatMap((answer) => draftsOf(answer, transcript, lexicon, competitive, language));
  const stated = statedDriver(drafts, answers, competitive);
  const root = rootDriver(drafts, answers, taxonomy, { rootTypes: rootTypeKeys(taxonomy), competitive }, language);
  drafts.sort(byPosition);
  const excerpts = drafts.map((d) => d.excerpt);
  for (const excerpt of excerpts) assertRealQuote(transcript, excerpt);
  return {
    coder: coderLabel,
    taxonomyVersion,
    excerpts,
    statedDriverKey: stated,
    rootDriverKey: root.driverKey,
    rootNote: root.note,
    competitors: allCompetitors(answers, language),
    competitorMentioned: answers.some(({ turn }) => competitorsIn(turn.text, language).length > 0),
    sentimentScore: meanSentiment(answers, language),
  };
}
