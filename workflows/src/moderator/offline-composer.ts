/**
 * The offline moderator's wording of a policy decision: templates in English and French (here),
 * German, Spanish and Portuguese (offline-templates.ts); any other language is answered in English,
 * and the result says so. `advance` asks the guide's opening
 * question of the new phase; ladder probes quote the respondent's words and change with depth
 * (concrete impact, then consequence, then root motivation). Each kind of question has several
 * variants, taken in turn (by how many questions of that kind were already asked), so the
 * interview does not repeat itself. Deterministic.
 *
 * A quote that would make the question leading (a topic to avoid, say) is dropped: the question is
 * asked without it. No template is yes/no-shaped or leading; a test runs them all through the guard.
 */
import type { Band, PhaseKey } from '@ladder/contracts';
import { phaseOf, type GuideContent } from '@ladder/contracts/guide';
import { findLeading } from './guard.js';
import { offlineLanguage, type OfflineLanguage } from './language.js';
import type { ComposedQuestion, PolicyDecision, TranscriptTurn } from './types.js';
import { DE, ES, PT } from './offline-templates.js';

export interface ComposeContext {
  guide: GuideContent;
  band: Band;
  language: string;
  transcript: TranscriptTurn[];
}

type Quoted = (focus: string) => string;
interface Variants {
  quoted: Quoted[];
  plain: string[];
}

export interface Templates {
  welcome: string;
  said: Quoted;
  mentioned: Quoted;
  outOfTime: string;
  context: Variants;
  surface: Variants;
  /** Levels 1-2: concrete impact; 3-4: consequence; 5+: root motivation. */
  ladder: [Variants, Variants, Variants];
  clarify: string[];
  competitor: Quoted[];
  comparative: { quoted: Quoted[]; plain: Record<Band, string[]> };
  anythingElse: string[];
  gentleClose: string;
  /** One gentle question when distress was mentioned without saying whose ('distress-check-in'). */
  checkIn: string;
  thanks: string;
  gentleThanks: string;
  /** The short close after non-answers in a row ('thin-responder'): no question. */
  briefThanks: string;
}

const EN: Templates = {
  welcome: 'Thanks for taking the time.',
  said: (f) => `You said "${f}".`,
  mentioned: (f) => `You mentioned "${f}".`,
  outOfTime: 'We are nearly out of time.',
  context: {
    quoted: [(f) => `Tell me more about "${f}".`, (f) => `What comes to mind first when you think about "${f}"?`],
    plain: [
      'Tell me a bit more about how the product fits into your work.',
      'What comes to mind first when you think about using the product?',
    ],
  },
  surface: {
    quoted: [
      (f) => `Tell me about a recent moment when "${f}" came up.`,
      (f) => `What was the most recent situation where "${f}" showed up?`,
    ],
    plain: [
      'Tell me about a recent moment that shaped how you feel about the product.',
      'What was the most recent situation that comes to mind?',
    ],
  },
  ladder: [
    {
      quoted: [
        (f) => `When you say "${f}", what does that look like in your day-to-day work?`,
        (f) => `You said "${f}". What does that look like on a typical day for you?`,
        (f) => `Tell me more about "${f}": how does it show up in your work?`,
      ],
      plain: [
        'What does that look like in your day-to-day work?',
        'How does that show up on a typical day for you?',
        'Walk me through how that plays out in your work.',
      ],
    },
    {
      quoted: [
        (f) => `You mentioned "${f}". What does that lead to for you or your team?`,
        (f) => `What does "${f}" lead to further down the line?`,
        (f) => `What does "${f}" change for you or the people you work with?`,
      ],
      plain: [
        'What does that lead to for you or your team?',
        'What happens next when that occurs?',
        'What does that change for the people you work with?',
      ],
    },
    {
      quoted: [
        (f) => `Why does "${f}" matter to you personally?`,
        (f) => `What makes "${f}" important to you?`,
        (f) => `What is at stake for you personally in "${f}"?`,
      ],
      plain: ['Why does that matter to you personally?', 'What makes that important to you?', 'What is at stake for you personally there?'],
    },
  ],
  clarify: [
    'Walk me through a specific time when that happened.',
    'What happened the last time you ran into that?',
    'Tell me about the most recent example of that, step by step.',
  ],
  competitor: [
    (f) => `You mentioned "${f}". How does it compare with the product for the work you do?`,
    (f) => `When you think about "${f}", what stands out to you compared with the product?`,
  ],
  comparative: {
    quoted: [(f) => `How does "${f}" compare with what you have seen elsewhere?`],
    plain: {
      detractor: ['What would another option need to offer you to be worth a change?'],
      passive: ['What would another option need to offer you to be worth a change?'],
      promoter: ['How do other tools you know compare on the things that matter to you?'],
    },
  },
  anythingElse: [
    'What else would you like to add that we have not talked about yet?',
    'What else about your experience should the team know that we have not covered?',
  ],
  gentleClose:
    'Thank you for telling me this; we can stop here whenever you like. ' +
    'What, if anything, would you like the team to know before we finish?',
  checkIn: 'That sounds like a lot. How are you doing yourself?',
  thanks: 'Thank you for your time and for being so open. Your answers go straight to the team that works on this.',
  gentleThanks: 'Thank you for sharing this with me. We will stop here; please take good care of yourself.',
  briefThanks: 'Thank you for your time today. We will leave it there.',
};

const FR: Templates = {
  welcome: 'Merci de prendre ce temps.',
  said: (f) => `Vous avez dit « ${f} ».`,
  mentioned: (f) => `Vous avez mentionné « ${f} ».`,
  outOfTime: 'Nous arrivons au bout du temps prévu.',
  context: {
    quoted: [
      (f) => `Dites-m'en plus sur « ${f} ».`,
      (f) => `Qu'est-ce qui vous vient à l'esprit en premier quand vous pensez à « ${f} » ?`,
    ],
    plain: [
      "Dites-m'en un peu plus sur la place du produit dans votre travail.",
      "Qu'est-ce qui vous vient à l'esprit en premier quand vous pensez au produit ?",
    ],
  },
  surface: {
    quoted: [
      (f) => `Racontez-moi un moment récent où vous avez été confronté à « ${f} ».`,
      (f) => `Quelle a été la dernière situation concrète liée à « ${f} » ?`,
    ],
    plain: [
      'Racontez-moi un moment récent qui a façonné votre avis sur le produit.',
      "Quelle a été la dernière situation concrète qui vous vient à l'esprit ?",
    ],
  },
  ladder: [
    {
      quoted: [
        (f) => `Quand vous dites « ${f} », à quoi cela ressemble-t-il dans votre travail au quotidien ?`,
        (f) => `Vous avez dit « ${f} ». Comment cela se traduit-il dans une journée type ?`,
        (f) => `Parlez-moi de « ${f} » : comment cela se manifeste-t-il dans votre travail ?`,
      ],
      plain: [
        'À quoi cela ressemble-t-il dans votre travail au quotidien ?',
        'Comment cela se traduit-il dans une journée type ?',
        'Racontez-moi comment cela se passe concrètement dans votre travail.',
      ],
    },
    {
      quoted: [
        (f) => `Vous avez mentionné « ${f} ». À quoi cela mène-t-il pour vous ou votre équipe ?`,
        (f) => `Qu'est-ce que « ${f} » entraîne ensuite pour vous ?`,
        (f) => `Que change « ${f} » pour les personnes avec qui vous travaillez ?`,
      ],
      plain: [
        'À quoi cela mène-t-il pour vous ou votre équipe ?',
        "Qu'est-ce que cela entraîne ensuite pour vous ?",
        'Que cela change-t-il pour les personnes avec qui vous travaillez ?',
      ],
    },
    {
      quoted: [
        (f) => `Pourquoi est-ce que « ${f} » compte pour vous personnellement ?`,
        (f) => `Qu'est-ce qui rend « ${f} » important à vos yeux ?`,
        (f) => `Qu'est-ce qui se joue pour vous personnellement dans « ${f} » ?`,
      ],
      plain: [
        'Pourquoi est-ce que cela compte pour vous personnellement ?',
        "Qu'est-ce qui rend cela important à vos yeux ?",
        "Qu'est-ce qui se joue pour vous personnellement ?",
      ],
    },
  ],
  clarify: [
    "Racontez-moi une fois précise où c'est arrivé.",
    "Que s'est-il passé la dernière fois que vous y avez été confronté ?",
    'Décrivez-moi le dernier exemple en date, étape par étape.',
  ],
  competitor: [
    (f) => `Vous avez mentionné « ${f} ». Comment cela se compare-t-il au produit pour votre travail ?`,
    (f) => `Quand vous pensez à « ${f} », qu'est-ce qui ressort pour vous par rapport au produit ?`,
  ],
  comparative: {
    quoted: [(f) => `Comment cela se compare-t-il à ce que vous avez vu ailleurs, pour « ${f} » ?`],
    plain: {
      detractor: ['Que devrait vous offrir une autre option pour valoir un changement ?'],
      passive: ['Que devrait vous offrir une autre option pour valoir un changement ?'],
      promoter: ['Comment les autres outils que vous connaissez se comparent-ils sur ce qui compte pour vous ?'],
    },
  },
  anythingElse: [
    "Que souhaiteriez-vous ajouter que nous n'avons pas encore abordé ?",
    "Qu'aimeriez-vous encore dire à l'équipe que nous n'avons pas couvert ?",
  ],
  gentleClose:
    "Merci de m'avoir confié cela ; nous pouvons nous arrêter quand vous le souhaitez. " +
    "Que voudriez-vous que l'équipe sache avant que nous terminions ?",
  checkIn: 'Cela fait beaucoup. Et vous, comment allez-vous ?',
  thanks: "Merci pour votre temps et votre franchise. Vos réponses vont directement à l'équipe concernée.",
  gentleThanks: "Merci de m'avoir confié tout cela. Nous allons nous arrêter ici ; prenez bien soin de vous.",
  briefThanks: "Merci pour votre temps aujourd'hui. Nous allons en rester là.",
};

export const OFFLINE_TEMPLATES: Record<OfflineLanguage, Templates> = { en: EN, fr: FR, de: DE, es: ES, pt: PT };

const pick = <T>(items: readonly T[], index: number): T => items[index % items.length];

/** The guide's opening question of a phase in this language, else in English. */
function guideQuestion(
  guide: GuideContent,
  phase: PhaseKey,
  language: OfflineLanguage,
  index: number,
): { text: string; language: OfflineLanguage } {
  const byLanguage = phaseOf(guide, phase).openingQuestions;
  const own = byLanguage[language];
  return own?.length ? { text: pick(own, index), language } : { text: pick(byLanguage.en, index), language: 'en' };
}

export function openingQuestion(guide: GuideContent, _band: Band, language: string): ComposedQuestion {
  const question = guideQuestion(guide, 'context', offlineLanguage(language), 0);
  return { text: `${OFFLINE_TEMPLATES[question.language].welcome} ${question.text}`, reusedWords: false, language: question.language };
}

/** Level 1 asks for the concrete impact, level 2 for the consequence, 3 and deeper for what is at stake for them. */
const ladderStage = (level: number): 0 | 1 | 2 => (level <= 1 ? 0 : level === 2 ? 1 : 2);

function fromVariants(variants: { quoted: Quoted[]; plain: string[] }, focus: string | null, index: number): [string, boolean] {
  return focus ? [pick(variants.quoted, index)(focus), true] : [pick(variants.plain, index), false];
}

/** Words the templates wrap around the focus, before any guard. */
function render(decision: PolicyDecision, ctx: ComposeContext, language: OfflineLanguage, focus: string | null): ComposedQuestion {
  const t = OFFLINE_TEMPLATES[language];
  // Variants are taken in turn: the nth question of this phase and action gets the nth variant.
  const index = ctx.transcript.filter(
    (turn) => turn.role === 'moderator' && turn.phase === decision.phase && turn.action === decision.action,
  ).length;
  // Ladder questions (the advance into laddering and its probes) share one turn of variants, so none repeats the one before.
  const ladderIndex = ctx.transcript.filter(
    (turn) => turn.role === 'moderator' && turn.phase === 'laddering' && (turn.action === 'probe' || turn.action === 'advance'),
  ).length;
  const done = (text: string, reusedWords: boolean, lang: string = language): ComposedQuestion => ({ text, reusedWords, language: lang });
  switch (decision.action) {
    case 'close':
      if (decision.reason === 'thin-responder') return done(t.briefThanks, false);
      return done(decision.reason === 'distress' ? t.gentleThanks : t.thanks, false);
    case 'clarify':
      return done(pick(t.clarify, index), false);
    case 'advance': {
      if (decision.phase === 'close' && decision.reason === 'distress') return done(t.gentleClose, false);
      // Laddering that starts past the concrete impact (the answer already gave it) asks at its level, not the guide's opener.
      if (decision.phase === 'laddering' && ladderStage(decision.ladderLevel) > 0) {
        return done(...fromVariants(t.ladder[ladderStage(decision.ladderLevel)], focus, ladderIndex));
      }
      // A competitor the respondent named is asked about directly.
      if (decision.phase === 'comparative' && focus && /^\p{Lu}/u.test(focus)) return done(pick(t.competitor, index)(focus), true);
      const question = guideQuestion(ctx.guide, decision.phase, language, 0);
      const lead = OFFLINE_TEMPLATES[question.language];
      const intro =
        decision.phase === 'close' && decision.reason === 'interview-time-budget'
          ? lead.outOfTime
          : focus && decision.phase === 'laddering'
            ? lead.said(focus)
            : focus && decision.phase === 'surface'
              ? lead.said(focus)
              : focus && decision.phase === 'comparative'
                ? lead.mentioned(focus)
                : null;
      return done(intro ? `${intro} ${question.text}` : question.text, !!intro && !!focus && decision.phase !== 'close', question.language);
    }
    case 'probe':
      if (decision.reason === 'distress-check-in') return done(t.checkIn, false);
      switch (decision.phase) {
        case 'context':
          return done(...fromVariants(t.context, focus, index));
        case 'surface':
          return done(...fromVariants(t.surface, focus, index));
        case 'laddering':
          return done(...fromVariants(t.ladder[ladderStage(decision.ladderLevel)], focus, ladderIndex));
        case 'comparative':
          if (focus && decision.reason === 'competitor-focus') return done(pick(t.competitor, index)(focus), true);
          return done(...fromVariants({ quoted: t.comparative.quoted, plain: t.comparative.plain[ctx.band] }, focus, index));
        case 'close':
          return done(pick(t.anythingElse, index), false);
      }
  }
}

export function composeQuestion(decision: PolicyDecision, ctx: ComposeContext): ComposedQuestion {
  const language = offlineLanguage(ctx.language);
  const composed = render(decision, ctx, language, decision.focus);
  if (!decision.focus) return composed;
  const respondentWords = ctx.transcript
    .filter((t) => t.role === 'respondent')
    .map((t) => t.text)
    .join('\n');
  const leading = findLeading(composed.text, {
    language: composed.language,
    lastAnswer: respondentWords,
    topicsToAvoid: ctx.guide.topicsToAvoid,
  });
  return leading.length ? render(decision, ctx, language, null) : composed;
}
