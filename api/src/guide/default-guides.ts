import { Band } from '../common/enums.js';

export type PhaseKey = 'context' | 'surface' | 'laddering' | 'comparative' | 'close';

export interface GuidePhase {
  key: PhaseKey;
  objective: string;
  openingQuestions: string[];
  probeInstructions: string;
  budget: { turns: number; minutes: number };
}

export interface GuideContent {
  ladderTargetDepth: { min: number; max: number };
  topicsToAvoid: string[];
  phases: GuidePhase[];
}

const TOPICS_TO_AVOID = ['the numeric score itself', 'discounts or compensation offers', 'named employees'];

const shared = (band: Band): Omit<GuidePhase, 'key' | 'openingQuestions'>[] => [
  { objective: 'Let the respondent frame the story in their own terms, without priming on the score.',
    probeInstructions: 'Stay broad. Do not mention the score. Follow whatever they bring up first.',
    budget: { turns: 2, minutes: 3 } },
  { objective: 'Capture the stated reasons as a starting point, listening for emotion, specifics, competitors, internal dynamics and dates.',
    probeInstructions: 'Ask for one concrete recent example. Note signals; do not judge them yet.',
    budget: { turns: 3, minutes: 5 } },
  { objective: 'Ladder from the stated reason to concrete impact, consequence and root motivation.',
    probeInstructions: 'Each probe reuses the respondent\'s own words from the previous answer. Never suggest an answer; no yes/no questions.',
    budget: { turns: 7, minutes: 15 } },
  { objective: band === Band.PROMOTER
      ? 'Understand how we compare with other tools they know.'
      : 'Understand the alternatives considered and what a competitor would need to offer.',
    probeInstructions: 'Ask about alternatives neutrally; do not name competitors first.',
    budget: { turns: 2, minutes: 5 } },
  { objective: 'Close forward-looking: the one thing to change, what would move their view, anything not yet discussed.',
    probeInstructions: 'Thank them. Do not promise follow-up actions.',
    budget: { turns: 2, minutes: 3 } },
];

const OPENINGS: Record<Band, string[][]> = {
  [Band.DETRACTOR]: [
    ['Thinking about your experience with the product lately, how would you describe it in your own words?'],
    ['What are the main things behind how you feel about the product today?'],
    ['When you say that, what does it look like in your day-to-day work?'],
    ['Which other options, if any, have you looked at, and what would one need to offer you?'],
    ['If you could change one thing, what would it be?'],
  ],
  [Band.PASSIVE]: [
    ['You seem reasonably satisfied but not enthusiastic. Help me understand how the product fits into your work.'],
    ['What keeps it from being better than "fine" for you?'],
    ['When you say that, what does it look like in your day-to-day work?'],
    ['How does it compare with other tools you have used or considered?'],
    ['What would it take for you to recommend it without hesitation?'],
  ],
  [Band.PROMOTER]: [
    ['Tell me about the role the product plays in your work.'],
    ['What stands out most for you about it?'],
    ['When you say that, what difference does it make in your day-to-day work?'],
    ['How does it compare with other tools you know?'],
    ['What is the one thing that would make it even better for you?'],
  ],
};

const KEYS: PhaseKey[] = ['context', 'surface', 'laddering', 'comparative', 'close'];

/** The seeded guide of one band, written in our own words from the methodology in PRODUCT.md. */
export function defaultGuide(band: Band): GuideContent {
  return {
    ladderTargetDepth: { min: 5, max: 7 },
    topicsToAvoid: TOPICS_TO_AVOID,
    phases: shared(band).map((phase, i) => ({ key: KEYS[i], openingQuestions: OPENINGS[band][i], ...phase })),
  };
}
