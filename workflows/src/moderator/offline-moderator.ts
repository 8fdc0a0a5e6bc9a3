import type { Band } from '../contracts/index.js';
import { keyPhrase } from './phrases.js';

export type Phase = 'context' | 'surface' | 'laddering' | 'comparative' | 'close';

export interface TranscriptTurn { role: 'moderator' | 'respondent'; text: string; phase: string; ladderLevel: number }

export interface ModeratorTurn { text: string; phase: Phase; ladderLevel: number; closes: boolean }

/**
 * The offline moderator of this slice: deterministic, non-leading, reusing the respondent's own
 * words. It walks a fixed plan of about six answers (context, surface, two ladder probes,
 * comparative, close) and then thanks the respondent. The policy-driven moderator with guide
 * budgets and signal detection comes with the interviewer issue; this one keeps the path real.
 *
 * Languages: English and French. Any other language falls back to English.
 */
type Language = 'en' | 'fr';

interface Templates {
  opening: Record<Band, string>;
  surface: string;
  probe: (phrase: string, level: number) => string;
  probeWithoutPhrase: string;
  comparative: Record<Band, string>;
  close: string;
  thanks: string;
}

const TEMPLATES: Record<Language, Templates> = {
  en: {
    opening: {
      detractor: 'Thanks for taking the time. Thinking about your experience with the product lately, how would you describe it in your own words?',
      passive: 'Thanks for taking the time. You seem reasonably satisfied but not enthusiastic - help me understand how the product fits into your work.',
      promoter: 'Thanks for taking the time. Tell me about the role the product plays in your work.',
    },
    surface: 'Tell me about a recent moment that shaped how you feel about it.',
    probe: (phrase, level) => level <= 1
      ? `When you say "${phrase}", what does that look like in your day-to-day work?`
      : `You mentioned "${phrase}". What does that lead to for you or your team?`,
    probeWithoutPhrase: 'What does that look like in your day-to-day work?',
    comparative: {
      detractor: 'Which other options, if any, have you looked at, and what would one need to offer you?',
      passive: 'How does it compare with other tools you have used or considered?',
      promoter: 'How does it compare with other tools you know?',
    },
    close: 'If you could change one thing about the product, what would it be?',
    thanks: 'Thank you - that is really helpful. Your answers go straight to the team that works on this.',
  },
  fr: {
    opening: {
      detractor: 'Merci de prendre ce temps. En pensant à votre expérience récente du produit, comment la décririez-vous avec vos propres mots ?',
      passive: 'Merci de prendre ce temps. Vous semblez plutôt satisfait sans être enthousiaste : aidez-moi à comprendre la place du produit dans votre travail.',
      promoter: 'Merci de prendre ce temps. Parlez-moi du rôle que joue le produit dans votre travail.',
    },
    surface: 'Racontez-moi un moment récent qui a façonné votre avis.',
    probe: (phrase, level) => level <= 1
      ? `Quand vous dites « ${phrase} », à quoi cela ressemble-t-il dans votre travail au quotidien ?`
      : `Vous avez mentionné « ${phrase} ». À quoi cela mène-t-il pour vous ou votre équipe ?`,
    probeWithoutPhrase: 'À quoi cela ressemble-t-il dans votre travail au quotidien ?',
    comparative: {
      detractor: 'Quelles autres options avez-vous envisagées, et que devrait vous offrir une alternative ?',
      passive: 'Comment le produit se compare-t-il aux autres outils que vous avez utilisés ou envisagés ?',
      promoter: 'Comment le produit se compare-t-il aux autres outils que vous connaissez ?',
    },
    close: 'Si vous pouviez changer une seule chose au produit, laquelle serait-ce ?',
    thanks: 'Merci, c\'est très utile. Vos réponses vont directement à l\'équipe concernée.',
  },
};

export const SUPPORTED_LANGUAGES: readonly Language[] = ['en', 'fr'];

function languageOf(language: string): Language {
  const base = language.toLowerCase().split('-')[0];
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(base) ? (base as Language) : 'en';
}

export function openingTurn(band: Band, language: string): ModeratorTurn {
  return { text: TEMPLATES[languageOf(language)].opening[band], phase: 'context', ladderLevel: 0, closes: false };
}

/** The moderator's next turn after the respondent's latest answer (the last turn of `transcript`). */
export function nextTurn(band: Band, language: string, transcript: TranscriptTurn[]): ModeratorTurn {
  const t = TEMPLATES[languageOf(language)];
  const answers = transcript.filter((turn) => turn.role === 'respondent');
  const last = answers[answers.length - 1]?.text ?? '';
  const level = transcript.reduce((max, turn) => Math.max(max, turn.ladderLevel), 0);
  switch (answers.length) {
    case 1:
      return { text: t.surface, phase: 'surface', ladderLevel: 0, closes: false };
    case 2:
    case 3: {
      const phrase = keyPhrase(last);
      return { text: phrase ? t.probe(phrase, level + 1) : t.probeWithoutPhrase, phase: 'laddering', ladderLevel: level + 1, closes: false };
    }
    case 4:
      return { text: t.comparative[band], phase: 'comparative', ladderLevel: level, closes: false };
    case 5:
      return { text: t.close, phase: 'close', ladderLevel: level, closes: false };
    default:
      return { text: t.thanks, phase: 'close', ladderLevel: level, closes: true };
  }
}
