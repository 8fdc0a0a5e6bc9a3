import { describe, expect, it } from 'vitest';
import { type Band, BANDS, type ModeratorAction, PHASE_KEYS, type PhaseKey } from '@ladder/contracts';
import { defaultGuide, type GuideContent } from '@ladder/contracts/guide';
import { findLeading } from './guard.js';
import { composeQuestion, openingQuestion, type ComposeContext } from './offline-composer.js';
import type { AnswerSignals, PolicyDecision, TranscriptTurn } from './types.js';

const SIGNALS: AnswerSignals = {
  words: 8,
  specificity: 0,
  emotion: 0,
  competitors: [],
  organisational: false,
  timeline: false,
  thin: false,
};
const ANSWER = 'The sync with Salesforce drops fields and Zendesk does not.';
const NOW = new Date('2025-03-03T09:00:00Z');

const decision = (
  action: PolicyDecision['action'],
  phase: PhaseKey,
  ladderLevel = 0,
  focus: string | null = null,
  reason = 'test',
): PolicyDecision => ({ action, phase, ladderLevel, focus, reason, signals: SIGNALS });

/** A transcript with `previous` moderator turns of this phase and action already asked. */
const context = (
  band: Band,
  language: string,
  phase: PhaseKey = 'context',
  action: ModeratorAction | null = null,
  previous = 0,
  guide?: GuideContent,
): ComposeContext => {
  const transcript: TranscriptTurn[] = [];
  for (let n = 0; n < previous; n++) {
    transcript.push({ seq: transcript.length, role: 'moderator', text: 'Q', phase, ladderLevel: 0, action, createdAt: NOW });
    transcript.push({ seq: transcript.length, role: 'respondent', text: 'A', phase, ladderLevel: 0, action: null, createdAt: NOW });
  }
  transcript.push({ seq: transcript.length, role: 'respondent', text: ANSWER, phase, ladderLevel: 0, action: null, createdAt: NOW });
  return { guide: guide ?? defaultGuide(band), band, language, transcript };
};

describe('openingQuestion', () => {
  it("welcomes and asks the guide's context question of the band, without the score", () => {
    for (const band of BANDS) {
      const q = openingQuestion(defaultGuide(band), band, 'en');
      expect(q).toEqual({
        text: `Thanks for taking the time. ${defaultGuide(band).phases[0].openingQuestions.en[0]}`,
        reusedWords: false,
        language: 'en',
      });
      expect(q.text).not.toMatch(/\bscore\b|\d+\s*(out of|\/)\s*10/i);
    }
    expect(openingQuestion(defaultGuide('passive'), 'passive', 'en').text).toMatch(/reasonably satisfied but not enthusiastic/);
  });

  it('speaks French, German, Spanish and Portuguese in their regional variants, English otherwise, and says which', () => {
    expect(openingQuestion(defaultGuide('promoter'), 'promoter', 'fr-CA')).toMatchObject({
      language: 'fr',
      text: expect.stringMatching(/^Merci de prendre ce temps\. Parlez-moi/),
    });
    expect(openingQuestion(defaultGuide('detractor'), 'detractor', 'de-AT')).toEqual({
      language: 'de',
      reusedWords: false,
      text:
        'Vielen Dank, dass Sie sich die Zeit nehmen. Wenn Sie an Ihre Erfahrungen mit dem Produkt in letzter Zeit denken: ' +
        'Wie würden Sie sie mit Ihren eigenen Worten beschreiben?',
    });
    expect(openingQuestion(defaultGuide('passive'), 'passive', 'es-MX')).toMatchObject({
      language: 'es',
      text: expect.stringMatching(/^Gracias por dedicarnos su tiempo\. Parece bastante satisfecho/),
    });
    expect(openingQuestion(defaultGuide('promoter'), 'promoter', 'pt-BR')).toMatchObject({
      language: 'pt',
      text: 'Obrigado por dedicar este tempo. Conte-me que papel o produto tem no seu trabalho.',
    });
    expect(openingQuestion(defaultGuide('promoter'), 'promoter', 'it')).toMatchObject({
      language: 'en',
      text: expect.stringMatching(/^Thanks/),
    });
  });

  it('falls back to the English guide question when the guide has none in the language', () => {
    const guide = defaultGuide('detractor');
    const englishOnly: GuideContent = {
      ...guide,
      phases: guide.phases.map((p) => ({ ...p, openingQuestions: { en: p.openingQuestions.en } })),
    };
    expect(openingQuestion(englishOnly, 'detractor', 'fr')).toMatchObject({
      language: 'en',
      text: expect.stringMatching(/^Thanks for taking the time\. Thinking/),
    });
    expect(
      composeQuestion(
        decision('advance', 'laddering', 1, 'sync drops fields'),
        context('detractor', 'fr', 'surface', null, 0, englishOnly),
      ),
    ).toEqual({
      language: 'en',
      reusedWords: true,
      text: 'You said "sync drops fields". When you say that, what does it look like in your day-to-day work?',
    });
  });
});

describe('composeQuestion', () => {
  it('ladders from concrete impact to consequence to root motivation, quoting the focus', () => {
    const at = (level: number, previous = 0) =>
      composeQuestion(
        decision('probe', 'laddering', level, 'sync drops fields'),
        context('detractor', 'en', 'laddering', 'probe', previous),
      ).text;
    // Level 1 asks for the concrete impact, 2 for the consequence, 3 and deeper for what is at stake for them.
    expect(at(1)).toBe('When you say "sync drops fields", what does that look like in your day-to-day work?');
    expect(at(2, 1)).toBe('What does "sync drops fields" lead to further down the line?');
    expect(at(3)).toBe('Why does "sync drops fields" matter to you personally?');
    expect(at(6, 1)).toBe('What makes "sync drops fields" important to you?');
    const fr = context('detractor', 'fr', 'laddering', 'probe');
    fr.transcript.push({ ...fr.transcript[0], seq: 99, text: 'Les rapports trop lents, surtout le lundi.' });
    expect(composeQuestion(decision('probe', 'laddering', 1, 'rapports trop lents'), fr)).toEqual({
      language: 'fr',
      reusedWords: true,
      text: 'Quand vous dites « rapports trop lents », à quoi cela ressemble-t-il dans votre travail au quotidien ?',
    });
  });

  it('ladders in German, Spanish and Portuguese with their own quotation marks and formal address', () => {
    const at = (language: string, level: number, focus: string, answer: string) => {
      const ctx = context('detractor', language, 'laddering', 'probe');
      ctx.transcript.push({ ...ctx.transcript[0], seq: 99, text: answer });
      return composeQuestion(decision('probe', 'laddering', level, focus), ctx);
    };
    expect(at('de', 1, 'Berichte sind viel zu langsam', 'Die Berichte sind viel zu langsam.')).toEqual({
      language: 'de',
      reusedWords: true,
      text: 'Wenn Sie „Berichte sind viel zu langsam“ sagen, wie sieht das in Ihrem Arbeitsalltag aus?',
    });
    expect(at('es', 5, 'informes tardan horas', 'Los informes tardan horas.').text).toBe(
      '¿Por qué es importante «informes tardan horas» para usted personalmente?',
    );
    expect(at('pt', 6, 'relatórios demoram horas', 'Os relatórios demoram horas.').text).toBe(
      'Por que “relatórios demoram horas” importa para você pessoalmente?',
    );
    expect(composeQuestion(decision('probe', 'laddering', 2, null, 'distress-check-in'), context('detractor', 'es')).text).toBe(
      'Es mucho que llevar. Y usted, ¿cómo está?',
    );
    expect(composeQuestion(decision('close', 'close', 0, null, 'thin-responder'), context('passive', 'pt')).text).toBe(
      'Obrigado pelo seu tempo hoje. Vamos encerrar por aqui.',
    );
    expect(composeQuestion(decision('advance', 'comparative', 4, 'outra ferramenta'), context('detractor', 'pt')).text).toBe(
      'Você mencionou “outra ferramenta”. ' +
        'Que outras opções você já considerou, se houver, e o que uma alternativa precisaria oferecer a você?',
    );
  });

  it('takes variants in turn, so consecutive probes do not repeat their wording', () => {
    const texts = [0, 1, 2].map(
      (previous) => composeQuestion(decision('probe', 'laddering', 2), context('detractor', 'en', 'laddering', 'probe', previous)).text,
    );
    expect(new Set(texts).size).toBe(3);
    expect(composeQuestion(decision('probe', 'laddering', 2), context('detractor', 'en', 'laddering', 'probe', 3)).text).toBe(texts[0]);
  });

  it('does not repeat the wording of the advance into laddering in the probe right after it', () => {
    const advanced = context('detractor', 'en', 'laddering', 'advance', 1);
    const first = composeQuestion(decision('advance', 'laddering', 2, 'late nights'), context('detractor', 'en')).text;
    const next = composeQuestion(decision('probe', 'laddering', 2, 'late nights'), advanced).text;
    expect(first).toBe('You mentioned "late nights". What does that lead to for you or your team?');
    expect(next).not.toBe(first);
  });

  it('clarifies with an invitation to tell a specific story', () => {
    expect(composeQuestion(decision('clarify', 'laddering', 3), context('passive', 'en')).text).toBe(
      'Walk me through a specific time when that happened.',
    );
    expect(composeQuestion(decision('clarify', 'laddering', 3), context('passive', 'en', 'laddering', 'clarify', 1)).text).toBe(
      'What happened the last time you ran into that?',
    );
  });

  it('opens a phase with the guide question, asking about a competitor named directly', () => {
    expect(composeQuestion(decision('advance', 'comparative', 4, 'Zendesk'), context('passive', 'en'))).toEqual({
      language: 'en',
      reusedWords: true,
      text: 'You mentioned "Zendesk". How does it compare with the product for the work you do?',
    });
    expect(composeQuestion(decision('advance', 'comparative', 4, 'alternatives'), context('passive', 'en')).text).toBe(
      'You mentioned "alternatives". How does it compare with other tools you have used or considered?',
    );
    // Laddering that starts past the concrete impact asks at its level; surface quotes the context answer.
    expect(composeQuestion(decision('advance', 'laddering', 2, 'weekends before every go-live'), context('detractor', 'en')).text).toBe(
      'You mentioned "weekends before every go-live". What does that lead to for you or your team?',
    );
    expect(composeQuestion(decision('advance', 'surface', 0, 'real person'), context('promoter', 'en')).text).toBe(
      'You said "real person". What stands out most for you about it?',
    );
    expect(composeQuestion(decision('probe', 'comparative', 4, 'Zendesk', 'competitor-focus'), context('passive', 'en')).text).toBe(
      'You mentioned "Zendesk". How does it compare with the product for the work you do?',
    );
    expect(composeQuestion(decision('advance', 'close', 4), context('promoter', 'fr')).text).toBe(
      'Quelle est la chose qui le rendrait encore meilleur pour vous ?',
    );
  });

  it('closes gently after distress, and thanks otherwise', () => {
    expect(composeQuestion(decision('advance', 'close', 2, null, 'distress'), context('detractor', 'en')).text).toMatch(
      /^Thank you for telling me this; we can stop here/,
    );
    expect(composeQuestion(decision('close', 'close', 2, null, 'distress'), context('detractor', 'fr')).text).toMatch(
      /prenez bien soin de vous/,
    );
    expect(composeQuestion(decision('close', 'close', 2, null, 'close-complete'), context('detractor', 'en'))).toMatchObject({
      reusedWords: false,
      text: expect.stringMatching(/^Thank you for your time/),
    });
  });

  it('checks in gently on unclear distress, in any phase, and closes a thin responder in one short sentence', () => {
    for (const phase of PHASE_KEYS) {
      expect(composeQuestion(decision('probe', phase, 2, null, 'distress-check-in'), context('detractor', 'en', phase))).toEqual({
        text: 'That sounds like a lot. How are you doing yourself?',
        reusedWords: false,
        language: 'en',
      });
    }
    expect(composeQuestion(decision('probe', 'laddering', 2, null, 'distress-check-in'), context('passive', 'fr')).text).toBe(
      'Cela fait beaucoup. Et vous, comment allez-vous ?',
    );
    const brief = composeQuestion(decision('close', 'close', 0, null, 'thin-responder'), context('passive', 'en'));
    expect(brief.text).toBe('Thank you for your time today. We will leave it there.');
    expect(brief.text).not.toContain('?');
  });

  it('drops a quote that would make the question leading', () => {
    const ctx = context('detractor', 'en', 'laddering');
    ctx.transcript.push({ ...ctx.transcript[0], seq: 99, text: 'They promised a discount at renewal.' });
    const q = composeQuestion(decision('probe', 'laddering', 2, 'promised a discount'), ctx);
    expect(q).toEqual({ language: 'en', reusedWords: false, text: 'What does that lead to for you or your team?' });
  });
});

describe('every offline template', () => {
  const ACTIONS: PolicyDecision['action'][] = ['probe', 'clarify', 'advance', 'close'];
  const REASONS = ['test', 'distress', 'interview-time-budget', 'competitor-focus', 'distress-check-in', 'thin-responder'];
  const FOCI = [null, 'sync with Salesforce drops fields', 'Zendesk'];

  it('passes the leading-question guard, in every band and language, at every level and turn', () => {
    let checked = 0;
    const seen = new Set<string>();
    for (const band of BANDS) {
      for (const language of ['en', 'fr', 'de', 'es', 'pt', 'it']) {
        for (const phase of PHASE_KEYS) {
          for (const action of ACTIONS) {
            for (const level of [0, 1, 2, 3, 4, 5, 6, 7, 9]) {
              for (const previous of [0, 1, 2, 3]) {
                for (const focus of FOCI) {
                  for (const reason of REASONS) {
                    const q = composeQuestion(
                      decision(action, phase, level, focus, reason),
                      context(band, language, phase, action, previous),
                    );
                    if (seen.has(q.text)) continue;
                    seen.add(q.text);
                    checked++;
                    const findings = findLeading(q.text, {
                      language: q.language,
                      lastAnswer: ANSWER,
                      topicsToAvoid: defaultGuide(band).topicsToAvoid,
                    });
                    expect({ text: q.text, findings }).toEqual({ text: q.text, findings: [] });
                    expect(q.language).toBe(language === 'it' ? 'en' : language);
                    expect(q.reusedWords).toBe(!!focus && q.text.includes(focus));
                  }
                }
              }
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
