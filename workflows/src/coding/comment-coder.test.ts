import { DEFAULT_TAXONOMY } from '@ladder/contracts/taxonomy';
import { describe, expect, it } from 'vitest';
import { codeComment } from './comment-coder.js';

describe('codeComment', () => {
  it('codes the driver a comment names as its stated driver, quoting the sentence verbatim', () => {
    const comment = 'We are unhappy. Support takes days to answer our tickets, which is painful.';
    const coding = codeComment(comment, DEFAULT_TAXONOMY, 1, 'en');
    expect(coding.driverKey).toMatch(/support/);
    expect(coding.quote).not.toBeNull();
    expect(comment).toContain(coding.quote!);
    expect(coding.quote).toMatch(/Support takes days/);
    expect(coding.sentiment).toBe('negative');
    expect(coding.coder).toBe('offline');
  });

  it('reads a French comment with the French lexicon', () => {
    const coding = codeComment('Le prix est beaucoup trop élevé pour ce que nous utilisons.', DEFAULT_TAXONOMY, 1, 'fr');
    expect(coding.driverKey).toMatch(/pric|value/);
  });

  it('gives no driver and no quote to a comment that names none, with a positive sentiment when it is praise', () => {
    const coding = codeComment('Love it, great job!', DEFAULT_TAXONOMY, 1, 'en');
    expect(coding.driverKey).toBeNull();
    expect(coding.quote).toBeNull();
    expect(coding.sentiment).toBe('positive');
  });
});
