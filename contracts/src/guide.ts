/**
 * The interview guide: its shape (validated with zod at every edge that accepts one) and the
 * seeded defaults, written in our own words from the methodology. Shared by the API (editing,
 * versioning, pinning) and the worker (the moderator policy reads budgets and questions).
 * Not imported by workflow code: workflows see only ids.
 */
import { z } from 'zod';
import { PHASE_KEYS, type Band, type PhaseKey } from './vocabulary.js';

/** Language codes the offline moderator writes in; any other language falls back to English offline. */
export const OFFLINE_LANGUAGES = ['en', 'fr'] as const;

const languageCode = z.string().regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})?$/, 'a language code such as en, fr or pt-br');
const question = z.string().trim().min(3, 'a question needs at least 3 characters').max(500, 'a question can hold at most 500 characters');

export const guidePhaseSchema = z.object({
  key: z.enum(PHASE_KEYS),
  objective: z.string().trim().min(1, 'the objective is required').max(1000),
  /** Opening question(s) of this phase for this guide's band, by language code. English is required. */
  openingQuestions: z
    .record(languageCode, z.array(question).min(1).max(5))
    .refine((byLanguage) => (byLanguage.en?.length ?? 0) > 0, 'at least one English opening question is required'),
  probeInstructions: z.string().trim().max(2000),
  budget: z.object({
    turns: z.number().int().min(1).max(20),
    minutes: z.number().min(0.5).max(60),
  }),
});

export const guideContentSchema = z.object({
  ladderTargetDepth: z
    .object({ min: z.number().int().min(1).max(10), max: z.number().int().min(1).max(10) })
    .refine((d) => d.min <= d.max, 'min must not exceed max'),
  topicsToAvoid: z.array(z.string().trim().min(1).max(200)).max(30),
  phases: z
    .array(guidePhaseSchema)
    .length(PHASE_KEYS.length, `a guide has exactly ${PHASE_KEYS.length} phases`)
    .refine((phases) => phases.every((p, i) => p.key === PHASE_KEYS[i]), `phases must be, in order: ${PHASE_KEYS.join(', ')}`),
});

export type GuidePhase = z.infer<typeof guidePhaseSchema>;
export type GuideContent = z.infer<typeof guideContentSchema>;

export const phaseOf = (guide: GuideContent, key: PhaseKey): GuidePhase => guide.phases.find((p) => p.key === key)!;

const TOPICS_TO_AVOID = ['the numeric score itself', 'discounts or compensation offers', 'named employees'];

type PhaseText = Omit<GuidePhase, 'key' | 'openingQuestions'>;

const phaseTexts = (band: Band): PhaseText[] => [
  {
    objective: 'Let the respondent frame the story in their own terms, without priming on the score.',
    probeInstructions: 'Stay broad. Do not mention the score. Follow whatever they bring up first.',
    budget: { turns: 2, minutes: 3 },
  },
  {
    objective:
      'Capture the stated reasons as a starting point, listening for emotion, specifics, competitors, internal dynamics and dates.',
    probeInstructions: 'Ask for one concrete recent example. Note signals; do not judge them yet.',
    budget: { turns: 3, minutes: 5 },
  },
  {
    objective: 'Ladder from the stated reason to concrete impact, consequence and root motivation.',
    probeInstructions:
      "Each probe reuses the respondent's own words from the previous answer and goes one level deeper: " +
      'what it looks like, what it leads to, why that matters to them. Never suggest an answer; no yes/no questions.',
    budget: { turns: 8, minutes: 15 },
  },
  {
    objective:
      band === 'promoter'
        ? 'Understand how we compare with other tools they know.'
        : 'Understand the alternatives considered and what a competitor would need to offer.',
    probeInstructions: 'Ask about alternatives neutrally; do not name competitors first.',
    budget: { turns: 2, minutes: 5 },
  },
  {
    objective: 'Close forward-looking: the one thing to change, what would move their view, anything not yet discussed.',
    probeInstructions: 'Thank them. Do not promise follow-up actions.',
    budget: { turns: 2, minutes: 3 },
  },
];

type Openings = Record<'en' | 'fr', string[][]>;

const OPENINGS: Record<Band, Openings> = {
  detractor: {
    en: [
      ['Thinking about your experience with the product lately, how would you describe it in your own words?'],
      ['What are the main things behind how you feel about the product today?'],
      ['When you say that, what does it look like in your day-to-day work?'],
      ['Which other options, if any, have you looked at, and what would one need to offer you?'],
      ['If you could change one thing, what would it be?'],
    ],
    fr: [
      ['En pensant à votre expérience récente du produit, comment la décririez-vous avec vos propres mots ?'],
      ["Qu'est-ce qui explique surtout ce que vous pensez du produit aujourd'hui ?"],
      ['Quand vous dites cela, à quoi cela ressemble-t-il dans votre travail au quotidien ?'],
      ['Quelles autres options avez-vous envisagées, et que devrait vous offrir une alternative ?'],
      ['Si vous pouviez changer une seule chose, laquelle serait-ce ?'],
    ],
  },
  passive: {
    en: [
      ['You seem reasonably satisfied but not enthusiastic. Help me understand how the product fits into your work.'],
      ['What keeps it from being better than "fine" for you?'],
      ['When you say that, what does it look like in your day-to-day work?'],
      ['How does it compare with other tools you have used or considered?'],
      ['What would it take for you to recommend it without hesitation?'],
    ],
    fr: [
      ['Vous semblez plutôt satisfait sans être enthousiaste : aidez-moi à comprendre la place du produit dans votre travail.'],
      ["Qu'est-ce qui l'empêche d'être mieux que « correct » pour vous ?"],
      ['Quand vous dites cela, à quoi cela ressemble-t-il dans votre travail au quotidien ?'],
      ['Comment se compare-t-il aux autres outils que vous avez utilisés ou envisagés ?'],
      ['Que faudrait-il pour que vous le recommandiez sans hésiter ?'],
    ],
  },
  promoter: {
    en: [
      ['Tell me about the role the product plays in your work.'],
      ['What stands out most for you about it?'],
      ['When you say that, what difference does it make in your day-to-day work?'],
      ['How does it compare with other tools you know?'],
      ['What is the one thing that would make it even better for you?'],
    ],
    fr: [
      ['Parlez-moi du rôle que joue le produit dans votre travail.'],
      ["Qu'est-ce qui vous marque le plus à son sujet ?"],
      ['Quand vous dites cela, quelle différence cela fait-il dans votre travail au quotidien ?'],
      ['Comment se compare-t-il aux autres outils que vous connaissez ?'],
      ['Quelle est la chose qui le rendrait encore meilleur pour vous ?'],
    ],
  },
};

/** The seeded guide of one band. */
export function defaultGuide(band: Band): GuideContent {
  return {
    ladderTargetDepth: { min: 5, max: 7 },
    topicsToAvoid: [...TOPICS_TO_AVOID],
    phases: phaseTexts(band).map((text, i) => ({
      key: PHASE_KEYS[i],
      openingQuestions: { en: OPENINGS[band].en[i], fr: OPENINGS[band].fr[i] },
      ...text,
    })),
  };
}
