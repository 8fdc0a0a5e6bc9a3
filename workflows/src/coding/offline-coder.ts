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
 * Roles follow the question the turn answers (a respondent turn carries the phase and ladder
 * level of that question):
 * - context or surface phase, or laddering at level ≤ 1 → 'stated';
 * - laddering at level ≥ 2, at the deepest level where anything was coded, or answering a
 *   root-motivation probe ("why does that matter to you personally?") → 'root';
 * - everything else (intermediate ladder levels, comparative, close) → 'supporting'.
 * The stated driver is that of the earliest stated excerpt; the root driver that of the deepest
 * root excerpt, trust-like drivers first. Both break ties on frequency, then position.
 */
import type { CoderKind, ExcerptRole } from '@ladder/contracts';
import {
  taxonomyContentSchema,
  type CodedExcerpt,
  type TaxonomyContent,
  type TaxonomyDriver,
  type TranscriptCoding,
} from '@ladder/contracts/taxonomy';
import { sentencesOf } from '../moderator/escalations.js';
import { competitorsIn, lexiconFor as signalLexiconFor, namedCompetitorsIn } from '../moderator/signals.js';
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
const ROOT_PROBE =
  /matters? to you|important to you|at stake for you|means? (?:to|for) you|personally|why (?:does|is|do) (?:that|this|it) (?:matter|important)|compte pour vous|important (?:a vos yeux|pour vous)|se joue pour vous|personnellement|represente pour vous/iu;
/** Drivers a root motivation usually lands on; preferred when the deepest level holds several. */
const ROOT_TYPE_KEYS = new Set(['trust', 'sales_gap', 'account_management']);
const COMPETITIVE = /competit|concurren|alternativ/iu;
const STATED_MAX_LEVEL = 1;

interface Answer {
  turn: CodableTurn;
  question: CodableTurn | null;
}
interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}
/** An excerpt with what ranking needs: ladder level, where the cue sat, taxonomy order. */
interface Draft {
  excerpt: CodedExcerpt;
  level: number;
  deep: boolean;
  rootProbe: boolean;
  at: number;
  order: number;
}

/** Respondent turns in seq order, each with the moderator question before it. */
function answersOf(transcript: readonly CodableTurn[]): Answer[] {
  let question: CodableTurn | null = null;
  const answers: Answer[] = [];
  for (const turn of [...transcript].sort((a, b) => a.seq - b.seq)) {
    if (turn.role === 'moderator') question = turn;
    else answers.push({ turn, question });
  }
  return answers;
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

/** Where the driver's first live mention in the sentence starts, or -1. */
function mentionAt(sentence: string, patterns: DriverPatterns, competitive: boolean, language: string): number {
  const folded = foldText(sentence);
  for (const match of folded.matchAll(patterns.cues)) {
    const start = match.index ?? 0;
    if (!negatedBefore(folded, start, NEGATION_WINDOW) && !exonerated(folded, start, start + match[0].length)) return start;
  }
  for (const match of patterns.polar ? folded.matchAll(patterns.polar) : []) {
    const start = match.index ?? 0;
    if (!exonerated(folded, start, start + match[0].length)) return start;
  }
  if (competitive && competitorsIn(sentence, language).length > 0) return 0;
  return -1;
}

type Depth = Pick<Draft, 'level' | 'deep' | 'rootProbe'> & { stated: boolean };

function depthOf(answer: Answer): Depth {
  const { phase, ladderLevel: level } = answer.turn;
  const laddering = phase === 'laddering';
  return {
    level,
    stated: phase === 'context' || phase === 'surface' || (laddering && level <= STATED_MAX_LEVEL),
    deep: laddering && level > STATED_MAX_LEVEL,
    rootProbe: laddering && level > STATED_MAX_LEVEL && ROOT_PROBE.test(foldText(answer.question?.text ?? '')),
  };
}

function draftsOf(
  answer: Answer,
  turns: readonly CodableTurn[],
  lexicon: DriverPatterns[],
  competitiveKeys: Set<string>,
  language: string,
): Draft[] {
  const depth = depthOf(answer);
  const sentences = sentenceSpans(turns, answer.turn);
  const drafts: Draft[] = [];
  lexicon.forEach((patterns, order) => {
    for (const sentence of sentences) {
      const at = mentionAt(sentence.text, patterns, competitiveKeys.has(patterns.driverKey), language);
      if (at < 0) continue;
      const sentiment = sentimentOf(sentence.text, language);
      drafts.push({
        level: depth.level,
        deep: depth.deep,
        rootProbe: depth.rootProbe,
        at,
        order,
        excerpt: {
          driverKey: patterns.driverKey,
          categoryKey: patterns.categoryKey,
          turnSeq: answer.turn.seq,
          start: sentence.start,
          end: sentence.end,
          quote: sentence.text,
          role: depth.stated ? 'stated' : 'supporting',
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

/** Root for deep excerpts at the deepest coded level, and for answers to root-motivation probes. */
function assignRoots(drafts: Draft[]): void {
  const deep = drafts.filter((d) => d.deep);
  if (deep.length === 0) return;
  const rootLevel = Math.max(...deep.map((d) => d.level));
  for (const draft of deep) {
    const role: ExcerptRole = draft.level === rootLevel || draft.rootProbe ? 'root' : 'supporting';
    draft.excerpt.role = role;
  }
}

const frequency = (drafts: Draft[], key: string): number => drafts.filter((d) => d.excerpt.driverKey === key).length;
const byPosition = (a: Draft, b: Draft): number =>
  a.excerpt.turnSeq - b.excerpt.turnSeq || a.excerpt.start - b.excerpt.start || a.at - b.at || a.order - b.order;

/** The first stated excerpt's driver; excerpts of the same sentence tie and are split by frequency. */
function statedDriver(drafts: Draft[]): string | null {
  const stated = drafts.filter((d) => d.excerpt.role === 'stated').sort(byPosition);
  if (stated.length === 0) return null;
  const first = stated[0].excerpt;
  const tied = stated.filter((d) => d.excerpt.turnSeq === first.turnSeq && d.excerpt.start === first.start);
  tied.sort(
    (a, b) =>
      frequency(stated, b.excerpt.driverKey) - frequency(stated, a.excerpt.driverKey) ||
      frequency(drafts, b.excerpt.driverKey) - frequency(drafts, a.excerpt.driverKey) ||
      byPosition(a, b),
  );
  return tied[0].excerpt.driverKey;
}

/** The deepest root excerpt's driver: trust-like drivers first, then frequency, then the latest answer. */
function rootDriver(drafts: Draft[], rootTypes: Set<string>): string | null {
  const roots = drafts.filter((d) => d.excerpt.role === 'root');
  if (roots.length === 0) return null;
  const deepest = Math.max(...roots.map((d) => d.level));
  const tied = roots.filter((d) => d.level === deepest);
  const rootType = (d: Draft): number => (rootTypes.has(d.excerpt.driverKey) ? 1 : 0);
  tied.sort(
    (a, b) =>
      rootType(b) - rootType(a) ||
      frequency(roots, b.excerpt.driverKey) - frequency(roots, a.excerpt.driverKey) ||
      b.excerpt.turnSeq - a.excerpt.turnSeq ||
      byPosition(a, b),
  );
  return tied[0].excerpt.driverKey;
}

const driversOf = (taxonomy: TaxonomyContent): TaxonomyDriver[] => taxonomy.categories.flatMap((c) => c.drivers);
const isKnown = (driver: TaxonomyDriver): boolean => KNOWN_DRIVER_KEYS.includes(driver.key);
const aboutText = (driver: TaxonomyDriver): string => `${driver.label}. ${driver.description}`;

/** Trust, sales gap, account management; for drivers we have no lexicon of, those whose wording names a root motivation. */
function rootTypeKeys(taxonomy: TaxonomyContent): Set<string> {
  const rootWords = [signalLexiconFor('en').root, signalLexiconFor('fr').root];
  return new Set(
    driversOf(taxonomy)
      .filter((d) => ROOT_TYPE_KEYS.has(d.key) || (!isKnown(d) && rootWords.some((re) => re.test(aboutText(d)))))
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
  const answers = answersOf(transcript);
  const drafts = answers.flatMap((answer) => draftsOf(answer, transcript, lexicon, competitive, language));
  assignRoots(drafts);
  drafts.sort(byPosition);
  const excerpts = drafts.map((d) => d.excerpt);
  for (const excerpt of excerpts) assertRealQuote(transcript, excerpt);
  return {
    coder: coderLabel,
    taxonomyVersion,
    excerpts,
    statedDriverKey: statedDriver(drafts),
    rootDriverKey: rootDriver(drafts, rootTypeKeys(taxonomy)),
    rootNote: null,
    competitors: allCompetitors(answers, language),
    competitorMentioned: answers.some(({ turn }) => competitorsIn(turn.text, language).length > 0),
    sentimentScore: meanSentiment(answers, language),
  };
}
