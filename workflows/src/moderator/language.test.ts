import { describe, expect, it } from 'vitest';
import { detectLanguage, normaliseLanguage, offlineLanguage, resolveLanguage } from './language.js';

describe('detectLanguage', () => {
  it.each([
    ['The reporting is clunky and slow to load, every single Monday.', 'en'],
    ['Les rapports sont beaucoup trop lents pour mon équipe.', 'fr'],
    ['Die Berichte sind zu langsam und das nervt mich sehr.', 'de'],
    ['Los informes son demasiado lentos para mi equipo.', 'es'],
    ['De rapporten zijn veel te traag voor ons team.', 'nl'],
    ['I report sono troppo lenti per il mio gruppo di lavoro.', 'it'],
    ['Os relatórios são muito lentos para a minha equipa de trabalho.', 'pt'],
  ])('%s → %s', (text, code) => {
    expect(detectLanguage(text)).toBe(code);
  });

  it('gives null on texts too short to tell', () => {
    expect(detectLanguage('bof')).toBeNull();
    expect(detectLanguage('I do not know')).toBeNull();
    expect(detectLanguage('')).toBeNull();
    expect(detectLanguage('12345 67890 !!! ??? 2024-03-01')).toBeNull();
  });
});

describe('offlineLanguage', () => {
  it('keeps the base code of the languages we have templates for, else English', () => {
    expect(offlineLanguage('fr')).toBe('fr');
    expect(offlineLanguage('fr-CA')).toBe('fr');
    expect(offlineLanguage('EN-gb')).toBe('en');
    expect(offlineLanguage('de')).toBe('de');
    expect(offlineLanguage('es-MX')).toBe('es');
    expect(offlineLanguage('pt-BR')).toBe('pt');
    expect(offlineLanguage('it')).toBe('en');
    expect(offlineLanguage('nl-BE')).toBe('en');
    expect(offlineLanguage('')).toBe('en');
  });
});

describe('resolveLanguage', () => {
  it('normalises the requested language', () => {
    expect(normaliseLanguage(' pt_BR ')).toBe('pt-br');
    expect(normaliseLanguage('not a code')).toBeNull();
    expect(resolveLanguage('FR', [])).toBe('fr');
  });

  it('keeps the requested language while the respondent writes little or in that language', () => {
    expect(resolveLanguage('fr', ['bof', 'je ne sais pas'])).toBe('fr');
    expect(resolveLanguage('fr-ca', ['Les rapports sont beaucoup trop lents pour mon équipe, vraiment, depuis le mois de mars.'])).toBe(
      'fr-ca',
    );
  });

  it('follows a respondent who clearly writes in another language', () => {
    const german = 'Die Berichte sind zu langsam und das nervt mich sehr, weil mein Team jeden Montag darauf wartet.';
    expect(resolveLanguage('en', [german])).toBe('de');
  });

  it('detects when nothing was requested, else falls back to English', () => {
    expect(resolveLanguage(null, ['Les rapports sont beaucoup trop lents pour mon équipe.'])).toBe('fr');
    expect(resolveLanguage(undefined, ['ok'])).toBe('en');
  });
});
