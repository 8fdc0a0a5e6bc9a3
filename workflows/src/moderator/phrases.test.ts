import { describe, expect, it } from 'vitest';
import { keyPhrase } from './phrases.js';

describe('keyPhrase', () => {
  it.each([
    ["Put simply, it's the kind of thing that makes people dread Monday mornings.", 'dread Monday mornings'],
    ['The reporting module is painfully slow every Monday morning.', 'painfully slow every Monday morning'],
    ['What would make the difference is a CRM sync that tells us when it fails instead of failing silently.', 'CRM sync that tells'],
    ['Honestly the export failed three times last week.', 'export failed three times last week'],
    ['Les rapports sont trop lents depuis la migration.', 'rapports sont trop lents'],
    ['Support.', 'Support'],
    ['Ehrlich gesagt verliert mein Team jeden Montag drei Stunden mit dem Export.', 'Team jeden Montag drei Stunden'],
    ['Pues la verdad es que los informes tardan horas en cargar.', 'informes tardan horas en cargar'],
    ['Então, acho que os relatórios demoram horas para carregar.', 'relatórios demoram horas para carregar'],
  ])('quotes a specific phrase of %j', (answer, phrase) => {
    expect(keyPhrase(answer)).toBe(phrase);
  });

  it('returns a substring of the answer, and null when nothing carries content', () => {
    const answer = 'Two weeks ago a rep called a customer about a renewal that had already been signed.';
    expect(answer).toContain(keyPhrase(answer));
    expect(keyPhrase('I do not know, it is what it is.')).toBeNull();
  });
});
