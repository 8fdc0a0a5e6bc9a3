import { describe, expect, it } from 'vitest';
import { assertRealQuote, locateQuote, QuoteCheckError, quoteProblem, type QuotedTurn } from './quote-check.js';

const turns: QuotedTurn[] = [
  { seq: 0, role: 'moderator', text: 'What are the main things behind how you feel?' },
  { seq: 1, role: 'respondent', text: 'Exports fail. Then exports fail again, every Monday.' },
  { seq: 3, role: 'respondent', text: 'L’équipe n’a « jamais » répondu.' },
];

describe('locateQuote', () => {
  it('returns the exact span of a verbatim quote', () => {
    expect(locateQuote(turns, 1, 'Exports fail.')).toEqual({ start: 0, end: 13 });
    const span = locateQuote(turns, 3, 'n’a « jamais » répondu')!;
    expect(turns[2].text.slice(span.start, span.end)).toBe('n’a « jamais » répondu');
  });

  it('finds a repeated quote after a given position', () => {
    expect(locateQuote(turns, 1, 'exports fail')).toEqual({ start: 19, end: 31 });
    expect(locateQuote(turns, 1, 'fail', 10)).toEqual({ start: 27, end: 31 });
  });

  it('returns null for paraphrases, other turns, moderator turns and empty quotes', () => {
    expect(locateQuote(turns, 1, 'Exports  fail.')).toBeNull();
    expect(locateQuote(turns, 1, 'exports fail.')).toBeNull();
    expect(locateQuote(turns, 3, "n'a « jamais » répondu")).toBeNull();
    expect(locateQuote(turns, 2, 'Exports fail.')).toBeNull();
    expect(locateQuote(turns, 0, 'main things')).toBeNull();
    expect(locateQuote(turns, 1, '')).toBeNull();
  });
});

describe('assertRealQuote', () => {
  it('accepts a verbatim quote at its span', () => {
    expect(() => assertRealQuote(turns, { turnSeq: 1, start: 14, end: 52, quote: 'Then exports fail again, every Monday.' })).not.toThrow();
  });

  it.each<[string, { turnSeq: number; start: number; end: number; quote: string }]>([
    ['unknown_turn', { turnSeq: 9, start: 0, end: 4, quote: 'fail' }],
    ['not_respondent', { turnSeq: 0, start: 0, end: 4, quote: 'What' }],
    ['empty_quote', { turnSeq: 1, start: 0, end: 0, quote: '' }],
    ['not_a_substring', { turnSeq: 1, start: 0, end: 20, quote: 'Exports fail weekly.' }],
    ['span_mismatch', { turnSeq: 1, start: 1, end: 14, quote: 'Exports fail.' }],
  ])('rejects %s', (problem, excerpt) => {
    expect(quoteProblem(turns, excerpt)).toBe(problem);
    expect(() => assertRealQuote(turns, excerpt)).toThrow(QuoteCheckError);
    try {
      assertRealQuote(turns, excerpt);
    } catch (error) {
      expect(error).toMatchObject({ name: 'QuoteCheckError', problem, turnSeq: excerpt.turnSeq });
    }
  });
});
