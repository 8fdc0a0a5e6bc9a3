import { BANDS } from '@ladder/contracts';
import { describe, expect, it } from 'vitest';
import { defaultGuide, type GuideContent } from '@ladder/contracts/guide';
import { findLeading, guardQuestion } from './guard.js';
import type { LeadingRule } from './types.js';

const TOPICS = defaultGuide('detractor').topicsToAvoid;
const rules = (
  text: string,
  language = 'en',
  lastAnswer = 'The onboarding took us ages and the reports are hard to read.',
): LeadingRule[] => [...new Set(findLeading(text, { language, lastAnswer, topicsToAvoid: TOPICS }).map((f) => f.rule))];

describe('findLeading: caught', () => {
  it.each<[string, LeadingRule[]]>([
    ['Is the UI the main problem?', ['yes-no', 'suggestion']],
    ['Do you think pricing is too high?', ['yes-no', 'suggestion']],
    ['Was support slow or unhelpful?', ['yes-no', 'either-or', 'loaded-adjective']],
    ['How frustrating was the onboarding?', ['loaded-adjective']],
    ['Could you walk me through a specific time?', ['yes-no']],
    ['So, did that affect your team?', ['yes-no']],
    ['When you say that, is it the reporting that hurts?', ['yes-no']],
    ['You found the exports hard to use?', ['yes-no']],
    ['What matters more to you, price or features?', ['either-or']],
    ['What changed for you, or not?', ['either-or']],
    ['Would you say the onboarding was the turning point?', ['yes-no', 'suggestion']],
    ['I assume the migration caused most of this. What happened?', ['suggestion']],
    ['How much of this is because of the migration?', ['suggestion']],
    ['How did the clunky editor affect your week?', ['loaded-adjective']],
    ['How did your score come about?', ['topic-to-avoid']],
    ['Tell me, was it the price?', ['yes-no']],
    ['That must have been hard. What happened next?', ['suggestion']],
    ['What kind of discount would change your view?', ['topic-to-avoid']],
  ])('%s → %j', (text, expected) => {
    expect(rules(text)).toEqual(expected);
  });

  it.each<[string, LeadingRule[]]>([
    ['Est-ce que le prix est trop élevé ?', ['yes-no', 'suggestion']],
    ["Pensez-vous que l'interface est le principal problème ?", ['yes-no', 'suggestion']],
    ['Le support était-il lent ou peu réactif ?', ['yes-no', 'either-or', 'loaded-adjective']],
    ["C'est plutôt l'interface, n'est-ce pas ?", ['yes-no', 'suggestion']],
    ['Y a-t-il eu un impact sur votre équipe ?', ['yes-no']],
    ["Vous trouvez que c'est trop cher ?", ['yes-no', 'suggestion', 'loaded-adjective']],
    ["Pouvez-vous m'en dire plus ?", ['yes-no']],
    ['Quand vous dites cela, est-ce un problème pour votre équipe ?', ['yes-no']],
    ['Comment cette intégration frustrante a-t-elle changé votre semaine ?', ['loaded-adjective']],
  ])('fr: %s → %j', (text, expected) => {
    expect(rules(text, 'fr')).toEqual(expected);
  });
});

describe('findLeading: caught in German, Spanish and Portuguese', () => {
  it.each<[string, string, LeadingRule[]]>([
    ['de', 'Sind Sie zufrieden mit den Berichten?', ['yes-no']],
    ['de', 'Können Sie mir sagen, was passiert ist?', ['yes-no']],
    ['de', 'Wenn Sie das sagen, ist das ein Problem für Ihr Team?', ['yes-no']],
    ['de', 'Die Berichte waren langsam, oder?', ['yes-no', 'loaded-adjective']],
    ['de', 'Was ist Ihnen wichtiger, der Preis oder die Funktionen?', ['either-or']],
    ['de', 'War der Support langsam oder unfreundlich?', ['yes-no', 'either-or', 'loaded-adjective']],
    ['de', 'Was war das Hauptproblem beim Onboarding?', ['suggestion']],
    ['de', 'Wie sehr hat Sie das umständliche Menü gestört?', ['loaded-adjective']],
    ['de', 'Was hat sich für Sie geändert, oder nicht?', ['either-or']],
    ['es', '¿Está usted satisfecho con los informes?', ['yes-no']],
    ['es', '¿Podría contarme qué pasó?', ['yes-no']],
    ['es', 'Cuando dice eso, ¿es un problema para su equipo?', ['yes-no']],
    ['es', '¿Qué le importa más, el precio o las funciones?', ['either-or']],
    ['es', '¿Le parece que el precio es demasiado alto?', ['yes-no', 'suggestion']],
    ['es', 'El soporte fue lento, ¿verdad?', ['yes-no', 'loaded-adjective']],
    ['es', '¿Cuánto le afectó ese proceso tan engorroso?', ['loaded-adjective']],
    ['pt', 'Você está satisfeito com os relatórios?', ['yes-no']],
    ['pt', 'Você acha que o preço é alto demais?', ['yes-no', 'suggestion']],
    ['pt', 'O suporte foi lento ou pouco atencioso?', ['yes-no', 'either-or', 'loaded-adjective']],
    ['pt', 'Quando você diz isso, é um problema para a sua equipe?', ['yes-no']],
    ['pt', 'O que importa mais para você, o preço ou as funções?', ['either-or']],
    ['pt', 'A integração é a parte mais difícil, né?', ['yes-no', 'loaded-adjective']],
    ['pt', 'Como isso afetou o seu trabalho por causa da migração?', ['suggestion']],
  ])('%s: %s → %j', (language, text, expected) => {
    expect(rules(text, language)).toEqual(expected);
  });
});

describe('findLeading: clean', () => {
  it.each([
    'When you say "the reports are hard to read", what does that look like in your day-to-day work?',
    'Walk me through the last time that happened.',
    'What happened the last time you ran into that?',
    'How does it compare with other tools you have used or considered?',
    'Which other options, if any, have you looked at, and what would one need to offer you?',
    'If you could change one thing, what would it be?',
    'What else would you like to add that we have not discussed?',
    'Why does "onboarding took us ages" matter to you personally?',
    'In what way did that affect your week?',
  ])('%s', (text) => {
    expect(
      findLeading(text, {
        language: 'en',
        lastAnswer: 'The onboarding took us ages and the reports are hard to read.',
        topicsToAvoid: TOPICS,
      }),
    ).toEqual([]);
  });

  it.each([
    'Quand vous dites « rapports trop lents », à quoi cela ressemble-t-il dans votre travail au quotidien ?',
    "Qu'est-ce qui l'empêche d'être mieux que « correct » pour vous ?",
    'Si vous pouviez changer une seule chose, laquelle serait-ce ?',
    "Que s'est-il passé la dernière fois ?",
    "Racontez-moi la dernière fois que c'est arrivé.",
    'Quand avez-vous remarqué cela pour la première fois ?',
    "Qu'avez-vous ressenti à ce moment-là ?",
    'Dans quelle mesure cela a-t-il pesé sur votre décision ?',
  ])('fr: %s', (text) => {
    expect(findLeading(text, { language: 'fr', lastAnswer: 'Les rapports trop lents, surtout le lundi.', topicsToAvoid: TOPICS })).toEqual(
      [],
    );
  });

  it.each<[string, string]>([
    ['de', 'Wenn Sie „die Berichte sind zu langsam“ sagen, wie sieht das in Ihrem Arbeitsalltag aus?'],
    ['de', 'Was ist beim letzten Mal genau passiert?'],
    ['de', 'Erzählen Sie mir von einem konkreten Moment, in dem das passiert ist.'],
    ['de', 'Welche anderen Möglichkeiten haben Sie sich angesehen, und was müsste eine Alternative Ihnen bieten?'],
    ['de', 'Warum ist Ihnen das persönlich wichtig?'],
    ['es', 'Cuando dice «los informes son demasiado lentos», ¿cómo se refleja en su trabajo del día a día?'],
    ['es', '¿Qué pasó la última vez que le ocurrió?'],
    ['es', 'Cuénteme la última vez que ocurrió, paso a paso.'],
    ['es', '¿Cómo se compara con otras herramientas que ha usado o considerado?'],
    ['pt', 'Quando você diz "os relatórios são lentos demais", como isso aparece no seu dia a dia?'],
    ['pt', 'O que aconteceu da última vez que isso ocorreu?'],
    ['pt', 'Como ele se compara com outras ferramentas que você já usou ou considerou?'],
    ['pt', 'Por que isso é importante para você?'],
  ])('%s: %s', (language, text) => {
    const lastAnswer = {
      de: 'Die Berichte sind zu langsam, vor allem montags.',
      es: 'Los informes son demasiado lentos, sobre todo los lunes.',
      pt: 'Os relatórios são lentos demais, principalmente às segundas.',
    }[language]!;
    expect(findLeading(text, { language, lastAnswer, topicsToAvoid: TOPICS })).toEqual([]);
  });

  it('allows a loaded word the respondent used, in any form', () => {
    const ctx = { language: 'en', topicsToAvoid: [] };
    expect(
      findLeading('How does that frustrating export affect your week?', { ...ctx, lastAnswer: 'I am so frustrated with exports.' }),
    ).toEqual([]);
    expect(findLeading('How does that frustrating export affect your week?', { ...ctx, lastAnswer: 'Exports take long.' })).toEqual([
      { rule: 'loaded-adjective', match: 'frustrating' },
    ]);
  });

  it('reads no yes/no shape in languages it has no grammar for', () => {
    expect(findLeading('Is het rapport traag?', { language: 'nl', lastAnswer: '', topicsToAvoid: [] })).toEqual([]);
  });

  it('passes every question of the seeded guides', () => {
    for (const band of BANDS) {
      const guide: GuideContent = defaultGuide(band);
      for (const phase of guide.phases) {
        for (const [language, questions] of Object.entries(phase.openingQuestions)) {
          for (const q of questions)
            expect({ q, findings: findLeading(q, { language, lastAnswer: '', topicsToAvoid: guide.topicsToAvoid }) }).toEqual({
              q,
              findings: [],
            });
        }
      }
    }
  });
});

describe('guardQuestion', () => {
  const replacement = () => ({ text: 'What does that look like in your day-to-day work?', reusedWords: false, language: 'en' });

  it('replaces a leading question and lists every rule it broke', () => {
    const result = guardQuestion('Was support slow or unhelpful?', {
      language: 'en',
      lastAnswer: 'Support.',
      topicsToAvoid: [],
      replacement,
    });
    expect(result).toEqual({
      text: 'What does that look like in your day-to-day work?',
      caught: 1,
      reusedWords: false,
      findings: [
        { rule: 'yes-no', match: 'Was' },
        { rule: 'either-or', match: 'Was support slow or unhelpful' },
        { rule: 'loaded-adjective', match: 'slow' },
      ],
    });
  });

  it('keeps a clean question and tells whether it quotes the respondent', () => {
    const text = 'When you say "exports break", what does that look like in your day-to-day work?';
    expect(guardQuestion(text, { language: 'en', lastAnswer: 'Our exports break weekly.', topicsToAvoid: [], replacement })).toEqual({
      text,
      caught: 0,
      findings: [],
      reusedWords: true,
    });
  });
});
