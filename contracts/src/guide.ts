/**
 * The interview guide: its shape (validated with zod at every edge that accepts one) and the
 * seeded defaults, written in our own words from the methodology. Shared by the API (editing,
 * versioning, pinning) and the worker (the moderator policy reads budgets and questions).
 * Not imported by workflow code: workflows see only ids.
 */
import { z } from 'zod';
import { PHASE_KEYS, type Band, type PhaseKey } from './vocabulary.js';

/** Language codes the offline moderator writes in; any other language falls back to English offline. */
export const OFFLINE_LANGUAGES = ['en', 'fr', 'de', 'es', 'pt'] as const;

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

type Openings = Record<(typeof OFFLINE_LANGUAGES)[number], string[][]>;

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
    de: [
      ['Wenn Sie an Ihre Erfahrungen mit dem Produkt in letzter Zeit denken: Wie würden Sie sie mit Ihren eigenen Worten beschreiben?'],
      ['Was steckt vor allem hinter Ihrem heutigen Eindruck vom Produkt?'],
      ['Wenn Sie das sagen, wie sieht das in Ihrem Arbeitsalltag aus?'],
      ['Welche anderen Möglichkeiten haben Sie sich angesehen, und was müsste eine Alternative Ihnen bieten?'],
      ['Wenn Sie eine einzige Sache ändern könnten, welche wäre das?'],
    ],
    es: [
      ['Pensando en su experiencia reciente con el producto, ¿cómo la describiría con sus propias palabras?'],
      ['¿Qué es lo que más influye en lo que piensa hoy del producto?'],
      ['Cuando dice eso, ¿cómo se refleja en su trabajo del día a día?'],
      ['¿Qué otras opciones ha considerado, si las hay, y qué tendría que ofrecerle una alternativa?'],
      ['Si pudiera cambiar una sola cosa, ¿cuál sería?'],
    ],
    pt: [
      ['Pensando na sua experiência recente com o produto, como você a descreveria com suas próprias palavras?'],
      ['O que mais explica o que você pensa do produto hoje?'],
      ['Quando você diz isso, como isso aparece no seu dia a dia de trabalho?'],
      ['Que outras opções você já considerou, se houver, e o que uma alternativa precisaria oferecer a você?'],
      ['Se você pudesse mudar uma única coisa, qual seria?'],
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
    de: [
      ['Sie wirken recht zufrieden, aber nicht begeistert. Helfen Sie mir zu verstehen, welche Rolle das Produkt in Ihrer Arbeit spielt.'],
      ['Was hält es für Sie davon ab, mehr als nur „in Ordnung“ zu sein?'],
      ['Wenn Sie das sagen, wie sieht das in Ihrem Arbeitsalltag aus?'],
      ['Wie schneidet es im Vergleich zu anderen Tools ab, die Sie kennen?'],
      ['Was müsste passieren, damit Sie es ohne Zögern weiterempfehlen?'],
    ],
    es: [
      ['Parece bastante satisfecho, aunque no entusiasmado. Ayúdeme a entender qué lugar ocupa el producto en su trabajo.'],
      ['¿Qué le impide ser algo más que «correcto» para usted?'],
      ['Cuando dice eso, ¿cómo se refleja en su trabajo del día a día?'],
      ['¿Cómo se compara con otras herramientas que ha usado o considerado?'],
      ['¿Qué haría falta para que lo recomendara sin dudarlo?'],
    ],
    pt: [
      ['Você parece razoavelmente satisfeito, mas não entusiasmado. Ajude-me a entender o lugar do produto no seu trabalho.'],
      ['O que impede que ele seja mais do que “razoável” para você?'],
      ['Quando você diz isso, como isso aparece no seu dia a dia de trabalho?'],
      ['Como ele se compara com outras ferramentas que você já usou ou considerou?'],
      ['O que seria preciso para você recomendá-lo sem hesitar?'],
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
    de: [
      ['Erzählen Sie mir, welche Rolle das Produkt in Ihrer Arbeit spielt.'],
      ['Was fällt Ihnen daran am meisten auf?'],
      ['Wenn Sie das sagen, was verändert das in Ihrem Arbeitsalltag?'],
      ['Wie schneidet es im Vergleich zu anderen Tools ab, die Sie kennen?'],
      ['Was ist die eine Sache, die es für Sie noch besser machen würde?'],
    ],
    es: [
      ['Cuénteme qué papel tiene el producto en su trabajo.'],
      ['¿Qué es lo que más destaca para usted?'],
      ['Cuando dice eso, ¿qué diferencia supone en su trabajo del día a día?'],
      ['¿Cómo se compara con otras herramientas que conoce?'],
      ['¿Qué es lo único que lo haría aún mejor para usted?'],
    ],
    pt: [
      ['Conte-me que papel o produto tem no seu trabalho.'],
      ['O que mais chama a sua atenção nele?'],
      ['Quando você diz isso, que diferença isso faz no seu dia a dia de trabalho?'],
      ['Como ele se compara com outras ferramentas que você conhece?'],
      ['Qual é a única coisa que o tornaria ainda melhor para você?'],
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
      openingQuestions: Object.fromEntries(OFFLINE_LANGUAGES.map((language) => [language, OPENINGS[band][language][i]])),
      ...text,
    })),
  };
}
