/**
 * The moderator's vocabulary, shared by the policy (what to do next), the composers (offline
 * templates or Mistral: how to say it), the leading-question guard and the escalation detector.
 * All of it runs in activities; workflow code never imports this folder.
 */
import type { Band, EscalationReason, ModeratorAction, PhaseKey } from '@ladder/contracts';
import type { GuideContent } from '@ladder/contracts/guide';

/**
 * What a moderator turn does: `open` is the first question; `probe` goes one ladder level deeper
 * (or, outside laddering, asks for more within the phase); `clarify` asks again at the same level
 * after a thin answer; `advance` opens the next phase; `close` is the final thank-you that ends
 * the interview.
 */

export interface TranscriptTurn {
  seq: number;
  role: 'moderator' | 'respondent';
  text: string;
  phase: PhaseKey;
  ladderLevel: number;
  /** Moderator turns only; null for respondent turns and for turns written before actions were stored. */
  action: ModeratorAction | null;
  createdAt: Date;
  /**
   * Respondent turns: the ladder level the answer revealed when one was stored (the model's reading
   * with Mistral, else the offline classifier's); absent or null means "read it from the text".
   */
  revealedLevel?: number | null;
}

/** What an answer tells the policy, computed from the text alone (deterministic). */
export interface AnswerSignals {
  words: number;
  /** 0..1: numbers, dates, durations, named things, concrete nouns. */
  specificity: number;
  /** 0..1: intensity words, exclamation, capitals. */
  emotion: number;
  /** Competitor or alternative products named or referred to ("switching to X", "another vendor"). */
  competitors: string[];
  /** Internal organisational dynamics: leadership, procurement, another team, a champion leaving... */
  organisational: boolean;
  /** Timeline references: "since March", "last quarter", "two weeks ago". */
  timeline: boolean;
  /** "I don't know", "not sure", "nothing", a one-word answer. */
  thin: boolean;
}

/** A respondent turn's signals as stored: what the text shows, and the ladder level the answer revealed. */
export interface StoredAnswerSignals extends AnswerSignals {
  /** The offline classifier's level for this answer, in the chain of the answers before it (levels.ts). */
  level: number;
  /** The model's reading of the level (Mistral moderator), when it gave one; wins over `level`. */
  modelLevel?: number;
  /** The most salient phrase the model found in the answer, checked to be a verbatim substring. */
  modelPhrase?: string;
}

export interface PolicyInput {
  guide: GuideContent;
  band: Band;
  /** Every turn so far, in seq order; the last one is the respondent's latest answer. */
  transcript: TranscriptTurn[];
  now: Date;
}

export interface PolicyDecision {
  action: Exclude<ModeratorAction, 'open'>;
  /** Phase of the question to ask. */
  phase: PhaseKey;
  /** Ladder level the question is at (0 before laddering; kept after laddering ends). */
  ladderLevel: number;
  /** The respondent's own words the question should reuse, or null when none fit. */
  focus: string | null;
  /** Short machine-readable why, e.g. 'phase-budget-turns', 'root-reached', 'thin-answer', 'interview-time-budget'. */
  reason: string;
  signals: AnswerSignals;
}

export interface ComposedQuestion {
  text: string;
  /** True when the text quotes the respondent's own words (the decision's focus). */
  reusedWords: boolean;
  /** Language the text is written in. */
  language: string;
}

export interface DetectedEscalation {
  reason: EscalationReason;
  /** Verbatim sentence of the respondent's answer that triggered it (a substring of the answer). */
  quote: string;
}

export type LeadingRule = 'yes-no' | 'either-or' | 'suggestion' | 'loaded-adjective' | 'topic-to-avoid';

export interface GuardFinding {
  rule: LeadingRule;
  match: string;
}

export interface GuardResult {
  /** The question to send: the original when clean, else a replacement. */
  text: string;
  /** Number of leading questions caught (0 or 1 per question checked). */
  caught: number;
  findings: GuardFinding[];
  reusedWords: boolean;
}
