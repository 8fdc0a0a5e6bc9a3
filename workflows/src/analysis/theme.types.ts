/** What theme synthesis takes and gives: coded excerpts in, themes with prevalence and quotes out. */
import type { Band } from '@ladder/contracts';
import type { CodedExcerpt, TaxonomyContent } from '@ladder/contracts/taxonomy';

export interface ThemeExcerpt {
  sessionId: string;
  band: Band;
  excerpt: CodedExcerpt;
}

export interface SynthesizeThemesInput {
  excerpts: readonly ThemeExcerpt[];
  taxonomy: TaxonomyContent;
  /** Interviews per band: the denominators of prevalence. */
  bandTotals: Record<Band, number>;
  /** Default 20. */
  maxThemes?: number;
  /** Embeddings aligned with excerpts; they replace TF-IDF as the text part of the features. */
  vectors?: readonly (readonly number[])[];
  /** Average cosine distance up to which clusters merge. Default DEFAULT_DISTANCE_THRESHOLD. */
  distanceThreshold?: number;
  /** Distinct sessions a theme needs; smaller clusters join their nearest theme or are dropped. Default 2. */
  minSessions?: number;
}

export interface ThemePrevalence {
  band: Band;
  /** Distinct sessions with at least one excerpt in the theme. */
  count: number;
  n: number;
  share: number;
}

export interface ThemeQuote {
  sessionId: string;
  turnSeq: number;
  start: number;
  end: number;
  quote: string;
  band: Band;
  sentimentScore: number;
}

export interface Theme {
  key: string;
  label: string;
  description: string;
  /** Ranked by distinct sessions. */
  driverKeys: string[];
  scope: 'cross-band' | Band;
  prevalence: ThemePrevalence[];
  quotes: ThemeQuote[];
  /** The sessions with at least one excerpt in the theme, sorted: the members findings by segment count. */
  sessionIds: string[];
  /** Mean over sessions of each session's mean excerpt score, -1..1. */
  sentimentScore: number;
}
