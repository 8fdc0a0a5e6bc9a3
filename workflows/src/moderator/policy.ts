/**
 * The moderator's turn-by-turn decision: what to do after the respondent's latest answer, from
 * the guide's budgets, the transcript and the answer itself. Pure and deterministic (the clock is
 * an input), so a replayed interview takes the same path.
 *
 * Bookkeeping: the current phase is the phase of the last moderator turn; a phase's turns are the
 * moderator questions asked in it, its minutes run from its first moderator turn to `now`. A phase
 * is spent when either budget is. Depth is what the respondent revealed: each answer's ladder level
 * (levels.ts: 0 stated reason, 1 concrete impact, 2 consequence, 3+ root motivation; the model's
 * reading when Mistral gave one), the deepest of them being the depth reached. Questions are asked
 * one level below the deepest revealed, and the level asked is kept once laddering is over. A phrase
 * quoted in an earlier question is never quoted again (salient.ts picks the next most salient one).
 *
 * Rules, first match wins:
 * 1. The interview was already closed → close again ('already-closed').
 * 2. 40 respondent answers → close ('max-respondent-turns').
 * 3. The respondent's own distress in the latest answer (or distress without a subject, "Exhausted,
 *    honestly.", in answer to the check-in) → a gentle close-phase question, or close if already
 *    closing. Distress they report of others ("my admins are burnt out") is not theirs: no rule.
 * 4. Distress whose owner is unclear ("we're all burnt out", "overwhelmed.") → one gentle check-in
 *    ('distress-check-in', a probe in the same phase and level), once per interview. When its
 *    answer shows no distress, the interview resumes as if the check-in had not been asked: the
 *    rules below read the answer before it.
 * 5. Two non-answers in a row ("idk", "no", "nothing", "n/a", a shrug; see isNonAnswer) outside
 *    the close phase → close at once with a short thank-you ('thin-responder'), no question.
 * 6. Elapsed time over the sum of the phases' minute budgets → advance to close, then close.
 * 7. context: a substantive answer (not thin, 12+ words) that already gives a reason (it judges,
 *    either way, or reaches a consequence) covers the surface phase's objective → advance straight to
 *    laddering ('reason-given'); a substantive neutral answer → advance to surface, quoting it; a
 *    spent budget → surface; else probe for more.
 * 8. surface: advance to laddering once an answer is specific (specificity ≥ 0.4) or reveals a
 *    concrete impact, or the budget is spent; else probe for a concrete example on its words.
 * 9. laddering: a thin answer gets one clarify at the same level (never two in a row, not over
 *    budget); a second thin answer moves on to comparative. A competitor named in the answer covers
 *    the comparative objective → advance there now ('competitor-named'). Otherwise advance when the
 *    revealed depth reached the target max, or the target min (and a root motivation), or the budget
 *    is spent, or, past a root motivation, two answers in a row went no deeper ('ladder-stalled');
 *    else probe one level below the deepest revealed, on the answer's most salient phrase.
 * 10. comparative: the focus is the competitor the respondent named (named over generic, first
 *    mentioned first; a generic "alternatives" only while none was named), never one already quoted.
 *    Probe while the budget lasts (on the competitor while it is unquoted, later on the latest
 *    answer); advance to close when spent, or on a thin answer when no competitor is left to ask about.
 * 11. close: after the guide's close question, one "anything else" probe within budget, unless the
 *    answer is a stock non-answer ("nothing", "no") or the close phase was entered on distress;
 *    then close.
 */
import type { ModeratorAction, PhaseKey } from '@ladder/contracts';
import { phaseOf, type GuideContent } from '@ladder/contracts/guide';
import { sentimentOf } from '../coding/sentiment.js';
import { readDistress } from './escalations.js';
import { detectLanguage } from './language.js';
import { ladderCues, MAX_LEVEL, revealedLevels, ROOT_LEVEL } from './levels.js';
import { quotedIn, repeatsQuote, salientPhrase } from './salient.js';
import { analyseAnswer, isNonAnswer, isStockAnswer, namedCompetitorsIn, wordCount } from './signals.js';
import type { AnswerSignals, PolicyDecision, PolicyInput, TranscriptTurn } from './types.js';

export const MAX_RESPONDENT_TURNS = 40;
/** Words a context answer needs to count as substantive. */
export const SUBSTANTIVE_WORDS = 12;
/** Non-answers in a row after which the interview closes. */
export const THIN_RESPONDER_RUN = 2;
/** Specificity a surface answer needs before laddering starts. */
export const SPECIFIC_ENOUGH = 0.4;
/** Times in a row one ladder level is asked before the next probe goes one further down anyway. */
export const LEVEL_ASKED_AT_MOST = 2;
/** Laddering answers in a row that go no deeper than before, past a root motivation, after which laddering moves on. */
export const LADDER_STALL_RUN = 2;

/** `language` is optional: without it the respondent's own text decides which lexicon reads the answers. */
export type PolicyRequest = PolicyInput & { language?: string };

interface State {
  input: PolicyRequest;
  language: string;
  phase: PhaseKey;
  /** Deepest ladder level asked so far (the level of the questions, kept after laddering). */
  level: number;
  /** The level each respondent answer revealed, in order. */
  levels: number[];
  /** Deepest level the respondent revealed. */
  revealed: number;
  /** Phrases the moderator already quoted: never quoted again. */
  quoted: string[];
  lastModerator: TranscriptTurn | null;
  answer: string;
  signals: AnswerSignals;
}

const time = (date: Date | string): number => new Date(date).getTime();
const minutesBetween = (from: Date | string, to: Date): number => (to.getTime() - time(from)) / 60_000;
const moderatorTurns = (transcript: TranscriptTurn[], phase?: PhaseKey): TranscriptTurn[] =>
  transcript.filter((t) => t.role === 'moderator' && (!phase || t.phase === phase));

/** Why the phase is over, or null while both its budgets last. */
export function phaseBudgetSpent(guide: GuideContent, transcript: TranscriptTurn[], phase: PhaseKey, now: Date): string | null {
  const asked = moderatorTurns(transcript, phase);
  const { budget } = phaseOf(guide, phase);
  if (asked.length >= budget.turns) return 'phase-budget-turns';
  if (asked.length > 0 && minutesBetween(asked[0].createdAt, now) >= budget.minutes) return 'phase-budget-minutes';
  return null;
}

export const interviewMinutesBudget = (guide: GuideContent): number => guide.phases.reduce((sum, p) => sum + p.budget.minutes, 0);

/** Each respondent answer with the phase of the question it answers. */
function answersWithPhase(transcript: TranscriptTurn[]): { turn: TranscriptTurn; phase: PhaseKey }[] {
  let phase: PhaseKey = 'context';
  const answers: { turn: TranscriptTurn; phase: PhaseKey }[] = [];
  for (const turn of transcript) {
    if (turn.role === 'moderator') phase = turn.phase;
    else answers.push({ turn, phase });
  }
  return answers;
}

/** The competitor to focus on: a named one over a generic reference, first mentioned first; none already quoted. */
export function competitorFocus(transcript: TranscriptTurn[], language: string, quoted: readonly string[] = []): string | null {
  const mentioned = transcript.filter((t) => t.role === 'respondent').flatMap((t) => analyseAnswer(t.text, language).competitors);
  const named = mentioned.filter((c) => /^\p{Lu}/u.test(c));
  // A generic "alternatives" is the focus only while no competitor was named.
  return (named.length ? named : mentioned).find((c) => !repeatsQuote(c, quoted)) ?? null;
}

/** A competitor the latest answer names (not a generic "alternatives"), not quoted yet. */
function competitorNamedNow(state: State): string | null {
  // A name, not a generic reference: "Another vendor" opening a sentence is capitalised too.
  return namedCompetitorsIn(state.answer, state.language).find((c) => !repeatsQuote(c, state.quoted)) ?? null;
}

/** The most salient phrase of an answer not quoted yet; null for a non-answer. */
function phraseOf(state: State, answer: string): string | null {
  if (isNonAnswer(answer) || isStockAnswer(answer, state.language)) return null;
  return salientPhrase(answer, { language: state.language, avoid: state.quoted }, ladderCues(state.language));
}

const answerPhrase = (state: State): string | null => phraseOf(state, state.answer);

/** The latest answer's phrase, else the stated reason's (the first surface answer with content). */
function bridgePhrase(state: State): string | null {
  const own = answerPhrase(state);
  if (own) return own;
  const surface = answersWithPhase(state.input.transcript).find(
    (a) => a.phase === 'surface' && wordCount(a.turn.text) > 1 && !isStockAnswer(a.turn.text, state.language),
  );
  return surface ? phraseOf(state, surface.turn.text) : null;
}

/**
 * The context answer already gives a reason (the surface phase's objective): it judges (a sentiment
 * or emotion either way) or already reaches a consequence or a stake. A neutral account of how they
 * use the product does not.
 */
function statesReason(state: State): boolean {
  const latest = state.levels.at(-1) ?? 0;
  return state.signals.emotion > 0 || latest >= 2 || sentimentOf(state.answer, state.language).label !== 'neutral';
}

/**
 * Laddering answers at the end of the transcript that went no deeper than the answers before them,
 * once the respondent has reached a root motivation (below it, the budgets are the guardrail).
 */
function stalledAnswers(state: State): number {
  if (state.revealed < ROOT_LEVEL) return 0;
  const answers = answersWithPhase(state.input.transcript);
  let stalled = 0;
  for (let i = answers.length - 1; i >= 0 && answers[i].phase === 'laddering'; i--) {
    const before = Math.max(-1, ...state.levels.slice(0, i));
    if (state.levels[i] > before) break;
    stalled++;
  }
  return stalled;
}

/**
 * Where the distress check-in stands in the transcript, or -1: the moderator turn right after the
 * first answer whose distress had no clear owner, when it is a probe (the check-in keeps the phase
 * and asks; a close there means the interview ended instead).
 */
export function distressCheckInIndex(transcript: TranscriptTurn[], language: string): number {
  const first = transcript.findIndex((t) => t.role === 'respondent' && readDistress(t.text, language)?.owner === 'ambiguous');
  const next = first < 0 ? undefined : transcript[first + 1];
  return next?.role === 'moderator' && next.action === 'probe' ? first + 1 : -1;
}

/** The transcript ends with the distress check-in: the answer about to be given (or just given, at `end`) replies to it. */
export function answersDistressCheckIn(transcript: TranscriptTurn[], language: string, end = transcript.length): boolean {
  const lastModerator = transcript.slice(0, end).findLastIndex((t) => t.role === 'moderator');
  return lastModerator >= 0 && distressCheckInIndex(transcript, language) === lastModerator;
}

/** The respondent answer at `index` shows their own distress (any distress, when it answers the check-in). */
function distressAt(transcript: TranscriptTurn[], index: number, language: string): boolean {
  const reading = readDistress(transcript[index].text, language);
  return !!reading && (reading.owner === 'own' || answersDistressCheckIn(transcript, language, index));
}

function enteredCloseOnDistress(state: State): boolean {
  const { transcript } = state.input;
  const firstClose = transcript.findIndex((t) => t.role === 'moderator' && t.phase === 'close');
  const before = transcript.slice(0, Math.max(firstClose, 0)).findLastIndex((t) => t.role === 'respondent');
  return firstClose >= 0 && before >= 0 && distressAt(transcript, before, state.language);
}

/** The latest answers are THIN_RESPONDER_RUN non-answers in a row. */
function thinResponder(state: State): boolean {
  const answers = state.input.transcript.filter((t) => t.role === 'respondent').slice(-THIN_RESPONDER_RUN);
  return answers.length === THIN_RESPONDER_RUN && answers.every((t) => isNonAnswer(t.text));
}

function decide(
  state: State,
  action: Exclude<ModeratorAction, 'open'>,
  phase: PhaseKey,
  reason: string,
  focus: string | null = null,
  level = state.level,
): PolicyDecision {
  return { action, phase, ladderLevel: level, focus, reason, signals: state.signals };
}

/** Opens the next phase, with the focus it starts from. */
function advance(state: State, to: PhaseKey, reason: string): PolicyDecision {
  if (to === 'laddering') {
    return decide(state, 'advance', to, reason, bridgePhrase(state), Math.min(MAX_LEVEL, Math.max(state.level, state.revealed + 1, 1)));
  }
  if (to === 'comparative')
    return decide(state, 'advance', to, reason, competitorFocus(state.input.transcript, state.language, state.quoted));
  if (to === 'surface') return decide(state, 'advance', to, reason, answerPhrase(state));
  return decide(state, 'advance', to, reason);
}

const spent = (state: State, phase: PhaseKey): string | null =>
  phaseBudgetSpent(state.input.guide, state.input.transcript, phase, state.input.now);

function contextStep(state: State): PolicyDecision {
  if (!state.signals.thin && state.signals.words >= SUBSTANTIVE_WORDS) {
    return statesReason(state) ? advance(state, 'laddering', 'reason-given') : advance(state, 'surface', 'substantive-answer');
  }
  const over = spent(state, 'context');
  return over ? advance(state, 'surface', over) : decide(state, 'probe', 'context', 'needs-more', answerPhrase(state));
}

function surfaceStep(state: State): PolicyDecision {
  const concrete = state.signals.specificity >= SPECIFIC_ENOUGH || (state.levels.at(-1) ?? 0) >= 1;
  if (!state.signals.thin && concrete) return advance(state, 'laddering', 'specific-enough');
  const over = spent(state, 'surface');
  return over ? advance(state, 'laddering', over) : decide(state, 'probe', 'surface', 'needs-example', answerPhrase(state));
}

/**
 * The level to ask at: one below the deepest the respondent revealed; but a level already asked twice
 * in a row without the answers reaching it is not asked a third time (respondents say deeper things in
 * words no lexicon knows): the probe goes one further down.
 */
function nextLadderLevel(state: State): number {
  // A clarify re-asks after a thin answer: it does not count as the level asked again.
  const probes = moderatorTurns(state.input.transcript, 'laddering').filter((t) => t.action !== 'clarify');
  const last = probes.at(-1)?.ladderLevel ?? 0;
  let streak = 0;
  for (let i = probes.length - 1; i >= 0 && probes[i].ladderLevel === last; i--) streak++;
  const stuck = last > state.revealed && streak >= LEVEL_ASKED_AT_MOST ? last + 1 : 0;
  return Math.min(MAX_LEVEL, Math.max(state.revealed + 1, stuck, 1));
}

function ladderingStep(state: State): PolicyDecision {
  const { ladderTargetDepth: depth } = state.input.guide;
  const over = spent(state, 'laddering');
  if (state.signals.thin) {
    if (state.lastModerator?.action === 'clarify') return advance(state, 'comparative', 'thin-after-clarify');
    return over ? advance(state, 'comparative', over) : decide(state, 'clarify', 'laddering', 'thin-answer');
  }
  // The respondent brought up a competitor: the comparative phase's objective, asked about now.
  if (competitorNamedNow(state)) return advance(state, 'comparative', 'competitor-named');
  if (state.revealed >= depth.max) return advance(state, 'comparative', 'ladder-max-depth');
  if (state.revealed >= Math.max(depth.min, ROOT_LEVEL)) return advance(state, 'comparative', 'root-reached');
  if (over) return advance(state, 'comparative', over);
  if (stalledAnswers(state) >= LADDER_STALL_RUN) return advance(state, 'comparative', 'ladder-stalled');
  return decide(state, 'probe', 'laddering', 'ladder-deeper', answerPhrase(state), nextLadderLevel(state));
}

function comparativeStep(state: State): PolicyDecision {
  const over = spent(state, 'comparative');
  if (over) return advance(state, 'close', over);
  const competitor = competitorFocus(state.input.transcript, state.language, state.quoted);
  if (state.signals.thin && !competitor) return advance(state, 'close', 'thin-answer');
  if (competitor) return decide(state, 'probe', 'comparative', 'competitor-focus', competitor);
  return decide(state, 'probe', 'comparative', 'explore-alternatives', answerPhrase(state));
}

function closeStep(state: State): PolicyDecision {
  if (enteredCloseOnDistress(state)) return decide(state, 'close', 'close', 'distress');
  // "Fix exports." answers the close question; only a stock non-answer says there is nothing more.
  if (isStockAnswer(state.answer, state.language)) return decide(state, 'close', 'close', 'nothing-to-add');
  const probed = moderatorTurns(state.input.transcript, 'close').some((t) => t.action === 'probe');
  const over = spent(state, 'close');
  if (probed) return decide(state, 'close', 'close', 'close-complete');
  if (over) return decide(state, 'close', 'close', over);
  return decide(state, 'probe', 'close', 'anything-else');
}

const STEPS: Record<PhaseKey, (state: State) => PolicyDecision> = {
  context: contextStep,
  surface: surfaceStep,
  laddering: ladderingStep,
  comparative: comparativeStep,
  close: closeStep,
};

function stateOf(input: PolicyRequest): State {
  const { transcript } = input;
  const respondent = transcript.filter((t) => t.role === 'respondent');
  const respondentText = respondent.map((t) => t.text);
  const language = input.language ?? detectLanguage(respondentText.join('\n')) ?? 'en';
  const lastModerator = moderatorTurns(transcript).at(-1) ?? null;
  const answer = respondentText.at(-1) ?? '';
  const levels = revealedLevels(
    respondentText,
    language,
    respondent.map((t) => t.revealedLevel),
  );
  return {
    input,
    language,
    lastModerator,
    answer,
    phase: lastModerator?.phase ?? 'context',
    level: moderatorTurns(transcript).reduce((max, t) => Math.max(max, t.ladderLevel), 0),
    levels,
    revealed: Math.max(0, ...levels),
    quoted: moderatorTurns(transcript).flatMap((t) => quotedIn(t.text)),
    signals: analyseAnswer(answer, language),
  };
}

export function decideNext(input: PolicyRequest): PolicyDecision {
  const asked = stateOf(input);
  const { transcript, guide, now } = input;
  if (asked.lastModerator?.action === 'close') return decide(asked, 'close', 'close', 'already-closed');
  if (transcript.filter((t) => t.role === 'respondent').length >= MAX_RESPONDENT_TURNS)
    return decide(asked, 'close', 'close', 'max-respondent-turns');
  const latest = transcript.findLastIndex((t) => t.role === 'respondent');
  if (latest >= 0 && distressAt(transcript, latest, asked.language)) {
    return asked.phase === 'close' ? decide(asked, 'close', 'close', 'distress') : advance(asked, 'close', 'distress');
  }
  const checkIn = distressCheckInIndex(transcript, asked.language);
  if (checkIn < 0 && readDistress(asked.answer, asked.language)?.owner === 'ambiguous') {
    return decide(asked, 'probe', asked.phase, 'distress-check-in');
  }
  // The check-in was answered without distress: carry on from the answer before it.
  const state = answersDistressCheckIn(transcript, asked.language)
    ? stateOf({ ...input, transcript: transcript.slice(0, checkIn), language: asked.language })
    : asked;
  const closing = state.phase === 'close';
  if (!closing && thinResponder(state)) return decide(state, 'close', 'close', 'thin-responder');
  const first = transcript[0];
  if (first && minutesBetween(first.createdAt, now) > interviewMinutesBudget(guide)) {
    return closing ? decide(state, 'close', 'close', 'interview-time-budget') : advance(state, 'close', 'interview-time-budget');
  }
  return STEPS[state.phase](state);
}
