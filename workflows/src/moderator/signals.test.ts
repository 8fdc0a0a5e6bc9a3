import { describe, expect, it } from 'vitest';
import { classifyAnswer } from './levels.js';
import { analyseAnswer, competitorsIn, isNonAnswer, wordCount } from './signals.js';

describe('analyseAnswer (English)', () => {
  it.each([
    'fine',
    "I don't know really",
    'Not sure, nothing much to say',
    'ok',
    'Nothing comes to mind.',
    "It's fine I guess",
    'Well, no idea',
  ])('reads "%s" as thin', (text) => {
    expect(analyseAnswer(text, 'en').thin).toBe(true);
  });

  it('does not read a stock opener followed by substance as thin', () => {
    const signals = analyseAnswer('Not sure why, but our exports have failed every Monday since March.', 'en');
    expect(signals.thin).toBe(false);
    expect(signals.timeline).toBe(true);
  });

  it('scores specificity from numbers, dates, durations, money and named things', () => {
    const vague = analyseAnswer('It just does not work the way we expected it to.', 'en');
    const concrete = analyseAnswer(
      'Since March our exports fail twice a week, it costs my team 3 hours every Monday and we pay $40 a seat.',
      'en',
    );
    expect(vague.specificity).toBeLessThan(0.2);
    expect(concrete.specificity).toBe(1);
    expect(vague.thin).toBe(false);
  });

  it('scores emotion from intensity words, exclamation marks and shouting, not acronyms', () => {
    expect(analyseAnswer('I HATE this, it is absolutely ridiculous!!', 'en').emotion).toBeGreaterThanOrEqual(0.8);
    expect(analyseAnswer('The API and SSO setup took two days.', 'en').emotion).toBe(0);
  });

  it('finds named competitors after a cue, and generic alternatives', () => {
    const signals = analyseAnswer('We are looking at Zendesk and another vendor, and the CFO wants us to switch to Help Scout.', 'en');
    expect(signals.competitors).toEqual(['Zendesk', 'Help Scout', 'another vendor']);
    expect(competitorsIn('We compared with the old tool and looked at options.', 'en')).toEqual([]);
    expect(competitorsIn('Honestly a competitor would have to be cheaper.', 'en')).toEqual(['a competitor']);
    expect(competitorsIn('I looked at Monday morning numbers.', 'en')).toEqual([]);
  });

  it('notices organisational dynamics and timelines', () => {
    const signals = analyseAnswer('Our CFO pushed for it after the reorg, and procurement signed off last quarter.', 'en');
    expect(signals).toMatchObject({ organisational: true, timeline: true });
    expect(analyseAnswer('Our champion left and nobody owns the tool now.', 'en').organisational).toBe(true);
    expect(analyseAnswer('The buttons are small and hard to click on my screen.', 'en')).toMatchObject({
      organisational: false,
      timeline: false,
    });
  });

  it('leaves root motivations to the ladder levels (one list of root words, levels.ts)', () => {
    expect(classifyAnswer('I lost trust in them after the demo; my reputation took a hit.', 'en').level).toBe(3);
    expect(classifyAnswer('I felt let down by the account team.', 'en').level).toBe(3);
    expect(classifyAnswer('The export button is hidden in a menu.', 'en').level).toBe(0);
  });
});

describe('analyseAnswer (French)', () => {
  it.each(['je ne sais pas', 'bof, ça va', 'Rien de spécial.', 'Pas vraiment, non'])('reads "%s" as thin', (text) => {
    expect(analyseAnswer(text, 'fr').thin).toBe(true);
  });

  it('reads specifics, competitors, organisation and timeline', () => {
    const signals = analyseAnswer(
      'Depuis mars, nos exports plantent deux fois par semaine et ça coûte 3 heures à mon équipe. ' +
        'On regarde Zendesk et un autre fournisseur.',
      'fr-CA',
    );
    expect(signals).toMatchObject({ specificity: 1, timeline: true, thin: false, competitors: ['Zendesk', 'un autre fournisseur'] });
    expect(analyseAnswer('Notre DAF a poussé après la réorganisation, et les achats ont validé.', 'fr').organisational).toBe(true);
  });

  it('recognises root motivations and emotion', () => {
    const signals = analyseAnswer("J'ai perdu confiance, franchement c'est inadmissible !", 'fr');
    expect(classifyAnswer("J'ai perdu confiance, franchement c'est inadmissible !", 'fr').level).toBe(3);
    expect(signals.emotion).toBeGreaterThan(0.3);
  });
});

describe('analyseAnswer (German, Spanish, Portuguese)', () => {
  it.each<[string, string]>([
    ['de', 'keine Ahnung'],
    ['de', 'Weiß nicht.'],
    ['de', 'Nichts Besonderes.'],
    ['es', 'no sé'],
    ['es', 'Nada en particular.'],
    ['es', 'Bien, supongo'],
    ['pt', 'não sei'],
    ['pt', 'Nada de especial.'],
    ['pt', 'Tudo bem, acho'],
  ])('%s: reads "%s" as thin', (language, text) => {
    expect(analyseAnswer(text, language).thin).toBe(true);
  });

  it('reads specifics, timeline, organisation, competitors and root motivation in German', () => {
    const signals = analyseAnswer(
      'Seit März scheitert der Export zweimal pro Woche, das kostet mein Team jeden Montag 3 Stunden. Wir schauen uns Zendesk an.',
      'de',
    );
    expect(signals).toMatchObject({ specificity: 1, timeline: true, thin: false, competitors: ['Zendesk'] });
    expect(analyseAnswer('Unser CFO hat nach der Umstrukturierung die Freigabe verweigert.', 'de').organisational).toBe(true);
    expect(classifyAnswer('Ich habe das Vertrauen verloren, und das ist peinlich vor dem Vorstand.', 'de').level).toBe(3);
    expect(analyseAnswer('Ich HASSE das, es ist völlig inakzeptabel!', 'de').emotion).toBeGreaterThanOrEqual(0.8);
    expect(competitorsIn('Wir testen Funktionen, bevor wir sie ausrollen.', 'de')).toEqual([]);
    expect(competitorsIn('Die Konkurrenz ist günstiger.', 'de')).toEqual(['Die Konkurrenz']);
  });

  it('reads specifics, timeline, organisation, competitors and root motivation in Spanish', () => {
    const signals = analyseAnswer(
      'Desde marzo la exportación falla dos veces por semana y le cuesta 3 horas a mi equipo. Estamos evaluando Zendesk y otro proveedor.',
      'es',
    );
    expect(signals).toMatchObject({ specificity: 1, timeline: true, thin: false, competitors: ['Zendesk', 'otro proveedor'] });
    expect(analyseAnswer('Nuestro director financiero lo frenó después de la reestructuración.', 'es').organisational).toBe(true);
    expect(classifyAnswer('Perdí la confianza en ellos; mi reputación quedó mal delante de la dirección.', 'es').level).toBe(3);
    expect(classifyAnswer('El botón está escondido en un menú.', 'es').level).toBe(0);
  });

  it('reads specifics, timeline, organisation, competitors and root motivation in Portuguese', () => {
    const signals = analyseAnswer(
      'Desde março a exportação falha duas vezes por semana e custa 3 horas para a minha equipe. Estamos avaliando o Flowbase.',
      'pt-BR',
    );
    expect(signals).toMatchObject({ specificity: 1, timeline: true, thin: false, competitors: ['Flowbase'] });
    expect(competitorsIn('Estamos avaliando o Flowbase e outras ferramentas.', 'pt')).toEqual(['Flowbase', 'outras ferramentas']);
    expect(analyseAnswer('A diretoria cortou o orçamento depois da reestruturação.', 'pt').organisational).toBe(true);
    expect(classifyAnswer('Perdi a confiança, minha reputação está em jogo.', 'pt').level).toBe(3);
  });
});

describe('wordCount', () => {
  it('counts words with apostrophes and hyphens as one', () => {
    expect(wordCount("I don't know, it's a so-so tool")).toBe(7);
    expect(wordCount('  ')).toBe(0);
  });

  it('reads other languages with the English lexicon', () => {
    expect(analyseAnswer('I rapporti sono lenti dal Q3 2024, 3 ore a settimana.', 'it').specificity).toBeGreaterThan(0.3);
  });
});

describe('isNonAnswer', () => {
  it.each([
    'idk',
    'IDK.',
    'no',
    'No.',
    'nope',
    'nothing',
    'Nothing really.',
    'n/a',
    'N/A',
    'not sure',
    "I don't know",
    'no, nothing',
    'hmm, no idea',
    'dunno sorry',
    '🤷',
    '?',
    '...',
    '',
    'je sais pas',
    'Non, rien à ajouter.',
    'bof',
    'keine Ahnung',
    'nada',
    'não sei',
    "No, that's everything.",
    "Non, c'est tout.",
    'Weiß nicht.',
    'Nein, nichts.',
    'No sé.',
    'Nada.',
    'Não sei.',
    'Não, nada.',
  ])('"%s" is a non-answer', (text) => {
    expect(isNonAnswer(text)).toBe(true);
  });

  it.each(['slow sometimes', 'reports', 'no reporting', 'Pricing.', 'SSO', 'too expensive', "it's ok", 'fine', 'nothing works', 'no API'])(
    '"%s" is terse but says something',
    (text) => {
      expect(isNonAnswer(text)).toBe(false);
    },
  );
});
