import { describe, expect, it } from 'vitest';
import { DEFAULT_TAXONOMY } from '@ladder/contracts/taxonomy';
import { labelProblems } from './label-checks.js';

describe('labelProblems', () => {
  it('passes short noun phrases in English, French, German, Spanish and Portuguese', () => {
    for (const label of ['Seat prices', 'The migration tool', 'Pricing and value: seat prices', 'Account manager changes', 'Setup']) {
      expect(labelProblems(label, 'en'), label).toEqual([]);
    }
    expect(labelProblems('Seat prices, renewal terms', 'en')).toEqual([]);
    expect(labelProblems('Le support client', 'fr')).toEqual([]);
    expect(labelProblems('Temps de réponse', 'fr-CA')).toEqual([]);
    expect(labelProblems('Der Kundendienst', 'de')).toEqual([]);
    expect(labelProblems('La atención al cliente', 'es')).toEqual([]);
    expect(labelProblems('Atendimento ao cliente', 'pt')).toEqual([]);
  });

  it('finds an empty label and one of function words only', () => {
    expect(labelProblems('  ', 'en')).toEqual(['empty label']);
    expect(labelProblems('…', 'en')).toEqual(['empty label']);
    expect(labelProblems('of the', 'en')).toEqual(['only function words']);
    expect(labelProblems('de la', 'fr')).toEqual(['only function words']);
  });

  it('finds a phrase of one generic word, which says nothing after its driver, but keeps it inside a longer phrase', () => {
    expect(labelProblems('Competitive alternatives: point', 'en')).toEqual(['says nothing: "point" alone is a generic word']);
    expect(labelProblems('Trust and accountability: the vendor', 'en')).toEqual(['says nothing: "vendor" alone is a generic word']);
    expect(labelProblems('Fiabilité : problèmes', 'fr')).toEqual(['says nothing: "problèmes" alone is a generic word']);
    expect(labelProblems('Support: point of contact', 'en')).toEqual([]);
    expect(labelProblems('Pricing and value: reputation', 'en')).toEqual([]);
  });

  it('finds a lone -ing verb after its driver, but keeps the -ing words that name a process', () => {
    expect(labelProblems('Trust and accountability: believing', 'en')).toEqual(['verb tail: "believing" alone reads as a verb']);
    expect(labelProblems('Usability: waiting', 'en')).toEqual(['verb tail: "waiting" alone reads as a verb']);
    expect(labelProblems('Usability: reporting', 'en')).toEqual([]);
    expect(labelProblems('Billing', 'en')).toEqual([]);
    expect(labelProblems('Competitive alternatives: flexible scheduling', 'en')).toEqual([]);
  });

  it('finds labels longer than six words or 48 characters', () => {
    expect(labelProblems('Exports fail each time before a board meeting', 'en')).toEqual(['too long: 8 words (at most 6)']);
    expect(labelProblems('Internationalisation misconfigurations everywhere', 'en')).toEqual(['too long: 49 characters (at most 48)']);
  });

  it('finds clipped fragments: a function word at either end, on either side of a colon', () => {
    expect(labelProblems('Prices for our', 'en')).toEqual(['clipped fragment: ends with "our"']);
    expect(labelProblems('With the new release', 'en')).toEqual(['clipped fragment: starts with "with"']);
    expect(labelProblems('Billing: our invoices and', 'en')).toEqual([
      'clipped fragment: starts with "our"',
      'clipped fragment: ends with "and"',
    ]);
    expect(labelProblems('Les prix des', 'fr')).toEqual(['clipped fragment: ends with "des"']);
    expect(labelProblems('Pour les licences', 'fr')).toEqual(['clipped fragment: starts with "pour"']);
    expect(labelProblems('Preço para', 'pt')).toEqual(['clipped fragment: ends with "para"']);
  });

  it('finds verb tails with the language tagger, and reads "-s" after a noun as a plural', () => {
    expect(labelProblems('customers internally talks', 'en')).toEqual(['verb tail: ends with the verb "talks"']);
    expect(labelProblems('The export keeps failing', 'en')).toEqual(['verb tail: ends with the verb "failing"']);
    expect(labelProblems('Prix des licences augmenté', 'fr')).toEqual(['verb tail: ends with the verb "augmenté"']);
    expect(labelProblems('Der Kundendienst antwortet', 'de')).toEqual(['verb tail: ends with the verb "antwortet"']);
    expect(labelProblems('Renewal quotes', 'en')).toEqual([]);
    // Every driver label of the default taxonomy is fit: the labels fall back to them.
    for (const d of DEFAULT_TAXONOMY.categories.flatMap((c) => c.drivers)) expect(labelProblems(d.label, 'en'), d.label).toEqual([]);
  });

  it('finds a comma that joins a clause cut short, as the n-gram labels did', () => {
    expect(labelProblems('learnt to work, cost', 'en')).toEqual([
      'verb tail: ends with the verb "cost"',
      'unbalanced comma clause: "learnt to work" is not a noun phrase',
    ]);
    expect(labelProblems('customers our size, internally talks', 'en')).toEqual([
      'verb tail: ends with the verb "talks"',
      'unbalanced comma clause: "internally talks" is not a noun phrase',
    ]);
    expect(labelProblems('make us repeat, setup', 'en')).toEqual(['unbalanced comma clause: "make us repeat" is not a noun phrase']);
    expect(labelProblems('Pricing: seat prices, and', 'en')).toContain('unbalanced comma clause: "and" is not a noun phrase');
  });
});
