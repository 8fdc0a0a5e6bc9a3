import { describe, expect, it } from 'vitest';
import { nounPhrases } from './noun-phrases.js';

const texts = (text: string, language: string) => nounPhrases(text, language)?.map((p) => p.text);

describe('nounPhrases', () => {
  it('finds English noun phrases without their articles and possessives, names keeping their capitals', () => {
    expect(texts('Our seat prices doubled, and the migration tool from Zendesk lost half our macros.', 'en')).toEqual([
      'seat prices',
      'migration tool',
      'Zendesk',
      'macros',
    ]);
    expect(texts('Nothing works after the upgrade. SSO is down again.', 'en')).toEqual(['upgrade', 'SSO']);
  });

  it('keys a phrase on its stems so singular and plural meet', () => {
    const [a] = nounPhrases('The invoice total is wrong.', 'en') ?? [];
    const [b] = nounPhrases('All our invoice totals are wrong.', 'en') ?? [];
    expect(a.key).toBe(b.key);
    expect([a.text, b.text]).toEqual(['invoice total', 'invoice totals']);
  });

  it('reads a gerund before a noun as part of the phrase', () => {
    expect(texts('Two onboarding calls were cancelled.', 'en')).toEqual(['onboarding calls']);
  });

  it('finds French noun phrases with "de" and trailing adjectives, elided articles dropped', () => {
    expect(texts("Le service client ne rappelle jamais et l'intégration avec la comptabilité ne marche pas.", 'fr')).toEqual([
      'service client',
      'intégration',
      'comptabilité',
    ]);
    expect(texts('Le temps de réponse du support technique est trop long.', 'fr')).toEqual(['temps de réponse', 'support technique']);
    // Neither "personne" (nobody) nor a unit of time is a theme.
    expect(texts('Personne ne répond depuis trois jours.', 'fr')).toEqual([]);
  });

  it('finds Spanish and German noun phrases with their builds', () => {
    expect(texts('El tiempo de respuesta es demasiado largo.', 'es')).toEqual(['tiempo de respuesta']);
    expect(texts('Der Kundendienst antwortet nie auf unsere Tickets.', 'de')).toEqual(['Kundendienst', 'Tickets']);
  });

  it('gives null for a language without a tagger', () => {
    expect(nounPhrases('O preço da licença subiu muito.', 'pt')).toBeNull();
  });
});
