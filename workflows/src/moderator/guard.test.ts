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
    expect(findLeading('Was ist für Sie das Wichtigste?', { language: 'de', lastAnswer: '', topicsToAvoid: [] })).toEqual([]);
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
