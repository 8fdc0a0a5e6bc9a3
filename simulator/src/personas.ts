import { bandOf, seededRandom, type Band, type EscalationReason } from '@ladder/contracts';
import type { ChainEntry, ChainText } from './chains/chain.js';
import { DETRACTOR_CHAINS } from './chains/detractor.js';
import { PASSIVE_CHAINS } from './chains/passive.js';
import { PROMOTER_CHAINS } from './chains/promoter.js';

export type { ChainEntry, ChainText };

export type Verbosity = 'terse' | 'normal' | 'verbose';
/** Languages the personas write in; any other respondent language answers in English. */
export type AnswerLanguage = 'en' | 'fr';
/** Why a persona's answers should make the moderator escalate. */
export type UrgentReason = EscalationReason;

/** The hidden chain from the stated reason to the root driver, in the persona's answer language. */
export interface PersonaChain {
  stated: string;
  impact: string;
  consequence: string;
  root: string;
}

export interface Persona {
  respondentId: string;
  externalId: string;
  score: number;
  band: Band;
  /** The respondent's language code as imported (en, fr, de, pt-br...). */
  language: string;
  /** The language the answers are written in: fr for French respondents, else en. */
  answerLanguage: AnswerLanguage;
  verbosity: Verbosity;
  chain: PersonaChain;
  /** A concrete recent example backing the stated reason, and the one thing they would change. */
  example: string;
  change: string;
  /** Catalogue id of the chain and its stated and root drivers (for checking what the coder finds). */
  driver: { chain: string; stated: string; root: string };
  competitor?: string;
  urgent?: UrgentReason;
  attributes: Record<string, string>;
}

export interface RespondentRecord {
  id: string;
  externalId: string;
  score: number;
  /** Null when the import had none: the persona then answers in English and the interview detects it. */
  language: string | null;
  attributes: Record<string, unknown>;
}

/** Fictional vendors, so no transcript names a real company. */
export const COMPETITORS = [
  'Acme Analytics',
  'Northwind Insights',
  'Contoso Metrics',
  'Globex BI',
  'Initech Dashboards',
  'Umbrella Reporting',
] as const;

export const CHAINS: Readonly<Record<Band, readonly ChainEntry[]>> = {
  detractor: DETRACTOR_CHAINS,
  passive: PASSIVE_CHAINS,
  promoter: PROMOTER_CHAINS,
};

/** The same respondent always gets the same persona: a seeded generator (contracts' seededRandom). */
export const prng = seededRandom;

/** FNV-1a over the string's UTF-16 units: a stable 32-bit seed. */
export function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export const pickOne = <T>(rand: () => number, items: readonly T[]): T => items[Math.floor(rand() * items.length) % items.length];

function pickWeighted<T>(rand: () => number, items: readonly (readonly [T, number])[]): T {
  let r = rand() * items.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [item, weight] of items) if ((r -= weight) < 0) return item;
  return items[items.length - 1][0];
}

export function answerLanguageOf(language: string | null): AnswerLanguage {
  return language?.toLowerCase().split('-')[0] === 'fr' ? 'fr' : 'en';
}

/** Share of each band that names a competitor, and that needs a human right away. */
const COMPETITOR_SHARE: Record<Band, number> = { detractor: 0.55, passive: 0.35, promoter: 0.3 };
const URGENT_SHARE: Record<Band, number> = { detractor: 0.18, passive: 0.05, promoter: 0 };
const URGENT_WEIGHTS: readonly (readonly [UrgentReason, number])[] = [
  ['competitor_evaluation', 3],
  ['churn_risk', 3],
  ['unresolved_incident', 2],
  ['legal_or_safety', 1],
  ['distress', 1],
];
const VERBOSITY_WEIGHTS: readonly (readonly [Verbosity, number])[] = [
  ['terse', 1],
  ['normal', 2],
  ['verbose', 1],
];

/** The persona of one respondent: the same respondent id always gives the same persona. */
export function personaFor(respondent: RespondentRecord): Persona {
  const rand = prng(hashSeed(`persona:${respondent.id}`));
  const band = bandOf(respondent.score);
  const entry = pickOne(rand, CHAINS[band]);
  const answerLanguage = answerLanguageOf(respondent.language);
  const text = entry[answerLanguage];
  const verbosity = pickWeighted(rand, VERBOSITY_WEIGHTS);
  let competitor: string | undefined = rand() < COMPETITOR_SHARE[band] ? pickOne(rand, COMPETITORS) : undefined;
  const urgent = rand() < URGENT_SHARE[band] ? pickWeighted(rand, URGENT_WEIGHTS) : undefined;
  if (urgent === 'competitor_evaluation') competitor ??= pickOne(rand, COMPETITORS);
  const attributes = Object.fromEntries(Object.entries(respondent.attributes ?? {}).map(([k, v]) => [k, String(v)]));
  return {
    respondentId: respondent.id,
    externalId: respondent.externalId,
    score: respondent.score,
    band,
    language: respondent.language ?? 'en',
    answerLanguage,
    verbosity,
    chain: { stated: text.stated, impact: text.impact, consequence: text.consequence, root: text.root },
    example: text.example,
    change: text.change,
    driver: { chain: entry.id, ...entry.drivers },
    ...(competitor ? { competitor } : {}),
    ...(urgent ? { urgent } : {}),
    attributes,
  };
}
