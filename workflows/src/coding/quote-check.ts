/**
 * Every coded excerpt must quote the respondent verbatim: the quote is an exact substring of one
 * respondent turn, and its span points at it (text.slice(start, end) === quote). Both coders go
 * through here; the Mistral coder turns a failed check into a retry with the problem spelled out,
 * because a model will paraphrase, fix typos or stitch sentences together.
 */
import type { CodedExcerpt } from '@ladder/contracts/taxonomy';
import type { TranscriptTurn } from '../moderator/types.js';

export type QuotedTurn = Pick<TranscriptTurn, 'seq' | 'role' | 'text'>;

export interface QuoteSpan {
  start: number;
  end: number;
}

export type QuoteProblem = 'unknown_turn' | 'not_respondent' | 'empty_quote' | 'not_a_substring' | 'span_mismatch';

export class QuoteCheckError extends Error {
  override readonly name = 'QuoteCheckError';
  readonly problem: QuoteProblem;
  readonly turnSeq: number;
  readonly quote: string;

  constructor(problem: QuoteProblem, turnSeq: number, quote: string) {
    super(`Quote rejected (${problem}) for turn ${turnSeq}: "${quote.slice(0, 120)}"`);
    this.problem = problem;
    this.turnSeq = turnSeq;
    this.quote = quote;
  }
}

const respondentTurn = (turns: readonly QuotedTurn[], seq: number): QuotedTurn | undefined =>
  turns.find((t) => t.seq === seq && t.role === 'respondent');

/**
 * The span of `quote` in the respondent turn `turnSeq`, searching from `from` (for a quote that
 * occurs twice, the caller passes where the previous one ended), or null when the turn is not a
 * respondent turn or the quote is not an exact substring of it. No normalisation of any kind.
 */
export function locateQuote(turns: readonly QuotedTurn[], turnSeq: number, quote: string, from = 0): QuoteSpan | null {
  const turn = respondentTurn(turns, turnSeq);
  if (!turn || quote.length === 0) return null;
  const start = turn.text.indexOf(quote, from);
  return start < 0 ? null : { start, end: start + quote.length };
}

/** What is wrong with an excerpt's quote, or null when it is a real quote at the span it claims. */
export function quoteProblem(
  turns: readonly QuotedTurn[],
  excerpt: Pick<CodedExcerpt, 'turnSeq' | 'start' | 'end' | 'quote'>,
): QuoteProblem | null {
  const { turnSeq, quote, start, end } = excerpt;
  const turn = turns.find((t) => t.seq === turnSeq);
  if (!turn) return 'unknown_turn';
  if (turn.role !== 'respondent') return 'not_respondent';
  if (quote.length === 0) return 'empty_quote';
  if (!turn.text.includes(quote)) return 'not_a_substring';
  return turn.text.slice(start, end) === quote ? null : 'span_mismatch';
}

/** Throws QuoteCheckError unless the excerpt quotes a respondent turn verbatim at its span. */
export function assertRealQuote(turns: readonly QuotedTurn[], excerpt: Pick<CodedExcerpt, 'turnSeq' | 'start' | 'end' | 'quote'>): void {
  const problem = quoteProblem(turns, excerpt);
  if (problem) throw new QuoteCheckError(problem, excerpt.turnSeq, excerpt.quote);
}
