import { describe, expect, it } from 'vitest';
import { quotedIn, repeatsQuote, salientPhrase } from './salient.js';

const phrase = (answer: string, language = 'en', avoid: string[] = []) => salientPhrase(answer, { language, avoid });

describe('salientPhrase: what a probe quotes back', () => {
  it.each([
    ["Put simply, it's the kind of thing that makes people dread Monday mornings.", 'en', 'people dread Monday mornings'],
    ['The reporting module is painfully slow every Monday morning.', 'en', 'painfully slow every Monday morning'],
    ['Honestly the export failed three times last week.', 'en', 'export failed three times last week'],
    ['Les rapports sont trop lents depuis la migration.', 'fr', 'rapports sont trop lents'],
    ['Support.', 'en', 'Support'],
    ['Pues la verdad es que los informes tardan horas en cargar.', 'es', 'informes tardan horas en cargar'],
    ['Então, acho que os relatórios demoram horas para carregar.', 'pt', 'relatórios demoram horas para carregar'],
  ])('quotes a salient phrase of %j', (answer, language, expected) => {
    expect(phrase(answer, language)).toBe(expected);
  });

  it('quotes the same phrase however many answers came before (patterns and word sentiments are built once and shared)', () => {
    const answers = [
      ['Honestly the export failed three times last week.', 'en'],
      ['Les rapports sont trop lents depuis la migration.', 'fr'],
      ['Pues la verdad es que los informes tardan horas en cargar.', 'es'],
      ["Put simply, it's the kind of thing that makes people dread Monday mornings.", 'en'],
    ] as const;
    const first = answers.map(([answer, language]) => phrase(answer, language));
    for (let round = 0; round < 3; round++) expect(answers.map(([answer, language]) => phrase(answer, language))).toEqual(first);
    expect(first).toEqual([
      'export failed three times last week',
      'rapports sont trop lents',
      'informes tardan horas en cargar',
      'people dread Monday mornings',
    ]);
  });

  it('returns a substring of the answer, and null when nothing carries content', () => {
    const answer = 'Two weeks ago a rep called a customer about a renewal that had already been signed.';
    expect(answer).toContain(phrase(answer));
    expect(phrase('I do not know, it is what it is.')).toBeNull();
  });

  it('prefers emotion and stakes over figures and neutral words', () => {
    expect(phrase("Honestly the rollout has been painful. We're five months in and still not live in two of our three regions.")).toBe(
      'rollout has been painful',
    );
    expect(phrase('It does the job. The dashboards are solid. It’s the price increase at renewal that knocked it down for me.')).toBe(
      'price increase at renewal',
    );
  });

  it('reads as a natural fragment: no noun phrase cut at "de"/"of", no verb cut from its object, no adverb at an edge', () => {
    const fr = phrase(
      'Lundi dernier, toutes les opportunités de la semaine ont disparu du tableau de bord commercial pendant une journée entière.',
      'fr',
    );
    expect(fr).not.toBe('semaine ont disparu du tableau');
    expect(fr).not.toMatch(/^(?:semaine|bord)\b|\b(?:tableau|opportunités)$/);
    const seats = phrase('Usage-based pricing, or at least read-only seats that don’t cost the full amount.');
    expect(seats).not.toMatch(/^least|cost$/);
    const outsource = phrase("Keep the support people. If you ever outsource that, I'd start looking around.");
    expect(outsource).not.toMatch(/^ever\b/);
    expect(outsource).toBe('support people');
  });

  it('never quotes a phrase already quoted, nor one containing it or contained in it', () => {
    const answer = 'The migration tool drops the approval steps and my admins rebuild them by hand.';
    const first = phrase(answer)!;
    const second = phrase(answer, 'en', [first])!;
    expect(second).toBeTruthy();
    expect(repeatsQuote(second, [first])).toBe(false);
    expect(phrase('reports', 'en', ['reports'])).toBeNull();
  });

  it('keeps a terse answer with content, and finds nothing in a non-answer', () => {
    expect(phrase('slow sometimes')).toBe('slow sometimes');
    expect(phrase('idk')).toBeNull();
  });
});

describe('quotedIn / repeatsQuote', () => {
  it('finds quotes in straight, curly, French and German quotation marks', () => {
    expect(quotedIn('You said "slow exports". And “late nights”? « tableau de bord » „Dauerbaustelle“')).toEqual([
      'slow exports',
      'late nights',
      'tableau de bord',
      'Dauerbaustelle',
    ]);
  });

  it('compares whole words, case-insensitively', () => {
    expect(repeatsQuote('Semaine ont disparu', ['ont disparu'])).toBe(true);
    expect(repeatsQuote('ont disparu', ['toutes les opportunités ont disparu'])).toBe(true);
    expect(repeatsQuote('reports', ['reporting is slow'])).toBe(false);
  });
});
