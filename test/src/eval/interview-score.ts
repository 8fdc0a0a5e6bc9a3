/**
 * Scores one finished interview against a scripted respondent's expectations (`test/eval/interview-cases`,
 * README there): pure functions over the transcript, quality, escalations and transcript coding the API answered,
 * no I/O. `npm run eval:interviews` runs the cases through the platform and prints these scores.
 */

/** What the coder should find in a case's transcript, under the default B2B taxonomy (`expect.coding`). */
export interface CodingExpectation {
  /** Driver keys acceptable as the stated driver. */
  stated_any_of: string[];
  /** Driver keys acceptable as the root driver; empty: no root beyond the stated driver should be claimed. */
  root_any_of: string[];
  /** The competitors the respondent names; empty: none (generic words such as "alternatives" are not names). */
  competitors: string[];
}

/** One scripted respondent, as in a case file. */
export interface InterviewCase {
  name: string;
  score: number;
  language: string;
  attributes: Record<string, string>;
  answers: string[];
  expect: {
    levels_revealed_at_least: number;
    probe_reuses_any_of: (string[] | null)[];
    never_quote_twice: boolean;
    /** An escalation reason in lower case (`churn_risk`), or null when none should be raised. */
    escalation: string | null;
    no_leading_questions: boolean;
    /** The interview should be closed after at most this many answers. */
    closes_within_answers?: number;
    coding?: CodingExpectation;
  };
}

export interface ScoredTurn {
  role: 'MODERATOR' | 'RESPONDENT';
  text: string;
  /** Leading questions the guard caught and replaced in this (moderator) turn. */
  leadingCaught?: number;
}

export interface ScoredInterview {
  status: string;
  turns: ScoredTurn[];
  ladderDepth: number;
  leadingQuestionsCaught: number;
  /** Escalation reasons raised, as the API names them (`CHURN_RISK`). */
  escalations: string[];
  /** The transcript's coding as the API answered it (`InterviewSession.coding`); null or absent when not coded. */
  coding?: ScoredCoding | null;
}

/** A transcript coding, reduced to what the eval checks. */
export interface ScoredCoding {
  /** `OFFLINE` or `MISTRAL`. */
  coder: string;
  statedDriver: string | null;
  rootDriver: string | null;
  /** Named competitors, as coded. */
  competitors: string[];
  /** Any competitor reference, named or generic (printed, not scored); undefined when the API has no such field. */
  competitorMentioned?: boolean | null;
  /** Why no root driver was coded (printed, not scored). */
  rootNote?: string | null;
}

export interface ReuseCheck {
  /** 0-based index of the answer the question followed. */
  answer: number;
  expected: string[];
  question: string | null;
  matched: string | null;
}

export interface Expectation {
  name: 'depth' | 'reuse' | 'quote-twice' | 'escalation' | 'leading' | 'closes' | 'coding-stated' | 'coding-root' | 'coding-competitors';
  pass: boolean;
  detail: string;
}

export interface CaseScore {
  name: string;
  answersSent: number;
  status: string;
  depth: number;
  expectedDepth: number;
  reuse: ReuseCheck[];
  reused: number;
  reuseExpected: number;
  quotedTwice: string[];
  escalations: string[];
  expectedEscalation: string | null;
  leadingCaught: number;
  leadingLeft: string[];
  /** The coding scored, null when the transcript was not coded. */
  coding: ScoredCoding | null;
  /** The case's coding expectation, null when it has none (then no coding expectation is scored). */
  expectedCoding: CodingExpectation | null;
  expectations: Expectation[];
  pass: boolean;
}

/** Share of the expected probes that must reuse the respondent's words (issue 12's target: 80%). */
export const REUSE_TARGET = 0.8;

const normalise = (text: string): string => text.toLocaleLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim();

/** A quoted phrase as compared: lower case, straight apostrophes, no surrounding punctuation or ellipsis. */
export const normalisePhrase = (phrase: string): string =>
  normalise(phrase)
    .replace(/^[\s.,;:!?…]+|[\s.,;:!?…]+$/gu, '')
    .trim();

/**
 * The passages a question quotes: between straight or curly double quotes or French guillemets.
 * Single quotes are left alone (they are apostrophes far more often than quotes).
 */
export function quotedPhrases(text: string): string[] {
  const phrases: string[] = [];
  for (const m of text.matchAll(/"([^"]+)"|“([^”]+)”|«\s*([^»]+?)\s*»|„([^“”]+)[“”]/g)) {
    const phrase = normalisePhrase(m[1] ?? m[2] ?? m[3] ?? m[4] ?? '');
    if (phrase) phrases.push(phrase);
  }
  return phrases;
}

const containsWords = (haystack: string, needle: string): boolean =>
  new RegExp(String.raw`(?<![\p{L}\p{N}])${needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\p{L}\p{N}])`, 'u').test(haystack);

/**
 * Phrases quoted again in a later question: the same phrase, or one that contains an earlier one (or is
 * contained in it) as whole words ("ont disparu du tableau" after "semaine ont disparu du tableau").
 * Each repeated phrase is listed once, as first quoted.
 */
export function phrasesQuotedTwice(questions: readonly string[]): string[] {
  const earlier: string[] = [];
  const repeated: string[] = [];
  for (const question of questions) {
    const phrases = [...new Set(quotedPhrases(question))];
    for (const phrase of phrases) {
      const first = earlier.find((e) => e === phrase || containsWords(e, phrase) || containsWords(phrase, e));
      if (first && !repeated.includes(first)) repeated.push(first);
    }
    earlier.push(...phrases);
  }
  return repeated;
}

/** The first of `expected` (words or phrases, case-insensitive, quoted or not) the question contains as whole words. */
export function reusedWord(question: string, expected: readonly string[]): string | null {
  const text = normalise(question);
  return expected.find((word) => containsWords(text, normalise(word))) ?? null;
}

/** For each answer, the moderator turn that followed it (null when none did). */
export function questionsAfterAnswers(turns: readonly ScoredTurn[]): { answer: string; question: string | null }[] {
  const pairs: { answer: string; question: string | null }[] = [];
  turns.forEach((turn, i) => {
    if (turn.role !== 'RESPONDENT') return;
    const next = turns.slice(i + 1).find((t) => t.role === 'MODERATOR');
    pairs.push({ answer: turn.text, question: next?.text ?? null });
  });
  return pairs;
}

/** Quoted passages replaced by a marker, so only the moderator's own words are read. */
const withoutQuotes = (text: string): string => text.replace(/"[^"]+"|“[^”]+”|«[^»]+»|„[^“”]+[“”]/g, '"…"');

/**
 * Leading shapes a question shown to the respondent should not have, in the five offline languages. A narrow,
 * independent check of what the guard left (the guard itself is wider): suggestion and tag phrases that
 * put an answer in the respondent's mouth, "or not" options, and English/French yes-no openers.
 */
const LEADING: RegExp[] = [
  // English: yes/no openers on a question sentence, suggestion and tag phrases.
  /(?:^|[.!?]\s+)(?:so,?\s+|and\s+|but\s+)?(?:is|are|was|were|do|does|did|would|could|should|have|has|had|will|isn't|aren't|don't|doesn't|didn't|wouldn't)\s[^.!?]*\?/i,
  /\b(?:don't you think|wouldn't you (?:say|agree)|would you agree|would you say|isn't (?:it|that) (?:true|right)|is it fair to say|(?:right|correct|true)\s*\?)/i,
  /\bor not\s*\?/i,
  // French.
  /(?:^|[.!?]\s+)(?:alors,?\s+|et\s+|mais\s+)?est-ce qu/i,
  /n['’]est-ce pas|ne (?:pensez|trouvez|croyez)-vous pas|diriez-vous que|\bou pas\s*\?|\bou non\s*\?/i,
  // German, Spanish, Portuguese: tag questions and "or not".
  /nicht wahr|oder nicht\s*\?|finden sie nicht|würden sie (?:nicht )?sagen/i,
  /¿\s*no (?:cree|crees|le parece|te parece)|¿\s*verdad\s*\?|,\s*verdad\s*\?|\bo no\s*\?/i,
  /não (?:acha|achas|concorda)|,\s*(?:não é|certo)\s*\?|\bou não\s*\?/i,
];

/** The leading shapes found in the questions shown (quoted respondent words are not read). */
export function leadingLeft(questions: readonly string[]): string[] {
  const found: string[] = [];
  for (const question of questions) {
    const own = withoutQuotes(question).replace(/\s+/g, ' ').trim();
    for (const pattern of LEADING) {
      const m = pattern.exec(own);
      if (m) {
        found.push(m[0].replace(/^[\s.!?]+/, '').trim());
        break;
      }
    }
  }
  return found;
}

const competitorKey = (name: string): string => normalise(name);

/** Whether the coded named competitors are the expected ones as a set, compared case-insensitively. */
export function sameCompetitors(coded: readonly string[], expected: readonly string[]): boolean {
  const a = new Set(coded.map(competitorKey).filter(Boolean));
  const b = new Set(expected.map(competitorKey).filter(Boolean));
  return a.size === b.size && [...a].every((name) => b.has(name));
}

const listed = (values: readonly string[]): string => (values.length ? values.join(', ') : 'none');

/**
 * The three coding expectations of a case: the stated driver is one of `stated_any_of`; the root driver is one of
 * `root_any_of`, or, when that is empty, no root is claimed beyond the stated driver (root null, or the stated
 * driver itself); the named competitors are exactly the expected ones. A transcript not coded fails all three.
 */
export function scoreCoding(want: CodingExpectation, coding: ScoredCoding | null): Expectation[] {
  if (!coding) {
    return (['coding-stated', 'coding-root', 'coding-competitors'] as const).map((name) => ({
      name,
      pass: false,
      detail: 'the transcript was not coded',
    }));
  }
  const { statedDriver: stated, rootDriver: root } = coding;
  const rootPass = want.root_any_of.length ? root !== null && want.root_any_of.includes(root) : root === null || root === stated;
  const note = coding.rootNote ? ` (note: ${coding.rootNote})` : '';
  const mentioned =
    coding.competitorMentioned === undefined || coding.competitorMentioned === null
      ? ''
      : `; a competitor mentioned: ${coding.competitorMentioned ? 'yes' : 'no'}`;
  return [
    {
      name: 'coding-stated',
      pass: stated !== null && want.stated_any_of.includes(stated),
      detail: `stated ${stated ?? 'none'}, expected one of ${listed(want.stated_any_of)}`,
    },
    {
      name: 'coding-root',
      pass: rootPass,
      detail:
        `root ${root ?? 'none'}${note}, expected ` +
        (want.root_any_of.length ? `one of ${listed(want.root_any_of)}` : 'none beyond the stated driver'),
    },
    {
      name: 'coding-competitors',
      pass: sameCompetitors(coding.competitors, want.competitors),
      detail: `named ${listed(coding.competitors)}, expected ${listed(want.competitors)}${mentioned}`,
    },
  ];
}

/**
 * Scores an interview against its case. Expectations on the question after an answer apply to the answers the
 * respondent actually sent: an interview that closed earlier is judged by its depth and escalations instead.
 */
export function scoreInterview(testCase: InterviewCase, interview: ScoredInterview): CaseScore {
  const { expect: want } = testCase;
  const pairs = questionsAfterAnswers(interview.turns);
  const moderatorTexts = interview.turns.filter((t) => t.role === 'MODERATOR').map((t) => t.text);

  const reuse: ReuseCheck[] = [];
  want.probe_reuses_any_of.forEach((expected, i) => {
    if (!expected || i >= pairs.length) return;
    const question = pairs[i].question;
    reuse.push({ answer: i, expected, question, matched: question ? reusedWord(question, expected) : null });
  });
  const reused = reuse.filter((r) => r.matched).length;
  const quotedTwice = phrasesQuotedTwice(moderatorTexts);
  const left = leadingLeft(moderatorTexts);
  const escalations = [...new Set(interview.escalations.map((e) => e.toLowerCase()))];

  const expectations: Expectation[] = [
    {
      name: 'depth',
      pass: interview.ladderDepth >= want.levels_revealed_at_least,
      detail: `depth ${interview.ladderDepth}, expected at least ${want.levels_revealed_at_least}`,
    },
    {
      name: 'reuse',
      pass: reuse.length === 0 || reused / reuse.length >= REUSE_TARGET,
      detail: `${reused} of ${reuse.length} probes reuse the respondent's words (target ${REUSE_TARGET * 100}%)`,
    },
  ];
  if (want.never_quote_twice) {
    expectations.push({
      name: 'quote-twice',
      pass: quotedTwice.length === 0,
      detail: quotedTwice.length ? `quoted twice: ${quotedTwice.map((p) => `"${p}"`).join(', ')}` : 'no phrase quoted twice',
    });
  }
  expectations.push({
    name: 'escalation',
    pass: want.escalation ? escalations.includes(want.escalation.toLowerCase()) : escalations.length === 0,
    detail: `raised ${escalations.join(', ') || 'none'}, expected ${want.escalation ?? 'none'}`,
  });
  if (want.no_leading_questions) {
    expectations.push({
      name: 'leading',
      pass: left.length === 0,
      detail: `${interview.leadingQuestionsCaught} caught by the guard, ${left.length} left${left.length ? `: ${left.join(' | ')}` : ''}`,
    });
  }
  if (want.closes_within_answers !== undefined) {
    expectations.push({
      name: 'closes',
      pass: interview.status === 'COMPLETED' && pairs.length <= want.closes_within_answers,
      detail: `${interview.status.toLowerCase()} after ${pairs.length} answers, expected closed within ${want.closes_within_answers}`,
    });
  }
  const coding = interview.coding ?? null;
  if (want.coding) expectations.push(...scoreCoding(want.coding, coding));
  return {
    name: testCase.name,
    answersSent: pairs.length,
    status: interview.status,
    depth: interview.ladderDepth,
    expectedDepth: want.levels_revealed_at_least,
    reuse,
    reused,
    reuseExpected: reuse.length,
    quotedTwice,
    escalations,
    expectedEscalation: want.escalation,
    leadingCaught: interview.leadingQuestionsCaught,
    leadingLeft: left,
    coding,
    expectedCoding: want.coding ?? null,
    expectations,
    pass: expectations.every((e) => e.pass),
  };
}
