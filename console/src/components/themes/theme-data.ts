import type { Band, WaveAnalysisQuery } from '../../gql/graphql';
import { BANDS } from '../insights/format';

export type AnalysisTheme = NonNullable<WaveAnalysisQuery['waveAnalysis']>['themes'][number];
export type Prevalence = AnalysisTheme['prevalence'][number];
export type BandTab = Band | 'ALL';
export const BAND_TABS: readonly BandTab[] = [...BANDS, 'ALL'];
export const TAB_LABELS: Record<BandTab, string> = {
  DETRACTOR: 'Detractors',
  PASSIVE: 'Passives',
  PROMOTER: 'Promoters',
  ALL: 'All bands',
};

const shareIn = (theme: AnalysisTheme, band: Band) => theme.prevalence.find((p) => p.band === band)?.share ?? 0;

/**
 * The themes of a tab: for a band, those cited in that band's interviews (the API's `themes(band)`
 * rule), most prevalent there first; for all bands, every theme by rank.
 */
export function themesForTab(themes: readonly AnalysisTheme[], tab: BandTab): AnalysisTheme[] {
  if (tab === 'ALL') return [...themes].sort((a, b) => a.rank - b.rank);
  return themes
    .filter((t) => t.prevalence.some((p) => p.band === tab && p.count > 0))
    .sort((a, b) => shareIn(b, tab) - shareIn(a, tab) || a.rank - b.rank);
}

/** The prevalence rows a tab shows: its band, or every band in band order. */
export function prevalenceFor(theme: AnalysisTheme, tab: BandTab): Prevalence[] {
  const rows = [...theme.prevalence].sort((a, b) => BANDS.indexOf(a.band) - BANDS.indexOf(b.band));
  return tab === 'ALL' ? rows : rows.filter((p) => p.band === tab);
}

/** CSS percentages for a share bar with its Wilson interval drawn as a whisker, on a 0-100% track. */
export function barGeometry(p: Pick<Prevalence, 'share' | 'low' | 'high'>): { share: string; low: string; width: string } {
  const clamp = (x: number) => `${Math.max(0, Math.min(100, x * 100)).toFixed(1)}%`;
  return { share: clamp(p.share ?? 0), low: clamp(p.low), width: clamp(Math.max(0, p.high - p.low)) };
}

export function sentimentLabel(score: number): { label: string; tone: 'negative' | 'neutral' | 'positive' } {
  if (score <= -0.2) return { label: `negative (${score.toFixed(2)})`, tone: 'negative' };
  if (score >= 0.2) return { label: `positive (${score.toFixed(2)})`, tone: 'positive' };
  return { label: `mixed (${score.toFixed(2)})`, tone: 'neutral' };
}

export interface AnalysisProgressState {
  status: 'RUNNING' | 'COMPLETED' | 'FAILED';
  total: number;
  coded: number;
  progress: number;
}

/** "12 / 40 interviews coded", bounded so a late count never shows more coded than there are. */
export function progressText(p: Pick<AnalysisProgressState, 'coded' | 'total' | 'status'>): string {
  if (p.status === 'COMPLETED') return `Completed: ${p.total} interviews coded`;
  if (p.status === 'FAILED') return `Failed after ${Math.min(p.coded, p.total)} of ${p.total} interviews`;
  return p.total ? `${Math.min(p.coded, p.total)} / ${p.total} interviews coded` : 'Starting…';
}
export const progressPercent = (p: Pick<AnalysisProgressState, 'progress' | 'status'>): number =>
  Math.round(Math.max(0, Math.min(1, p.status === 'COMPLETED' ? 1 : p.progress)) * 100);
