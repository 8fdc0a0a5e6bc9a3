import type { Band, ThemeScope } from '../../gql/graphql';

export const BANDS: readonly Band[] = ['DETRACTOR', 'PASSIVE', 'PROMOTER'];
export const BAND_LABELS: Record<Band, string> = { DETRACTOR: 'Detractors', PASSIVE: 'Passives', PROMOTER: 'Promoters' };
/** Band colours for HTML and SVG (the styles' tokens); canvas charts read them with charts/palette.ts. */
export const BAND_COLORS: Record<Band, string> = { DETRACTOR: 'var(--detractor)', PASSIVE: 'var(--passive)', PROMOTER: 'var(--promoter)' };
export const SCOPE_LABELS: Record<ThemeScope, string> = {
  DETRACTOR: 'Detractor theme',
  PASSIVE: 'Passive theme',
  PROMOTER: 'Promoter theme',
  CROSS_BAND: 'Across bands',
};
/** Shown next to every small-sample figure: the API flags n < 30. */
export const SMALL_SAMPLE_WARNING = 'n < 30: interval is wide';
/** Small-sample bars on canvas charts: the value of the styles' `--small-sample` (charts/palette.spec.ts checks they agree). */
export const GREY = '#858fa1';

/** Rounded NPS points, or a dash when there is nobody to score. */
export const points = (x: number | null | undefined): string => (x == null ? '—' : String(Math.round(x)));
export const signedPoints = (x: number | null | undefined): string => (x == null ? '—' : `${x > 0 ? '+' : ''}${Math.round(x)}`);
/** A 0..1 share as a percentage. */
export const pct = (x: number | null | undefined, digits = 0): string => (x == null ? '—' : `${(x * 100).toFixed(digits)}%`);
/** A 0..1 difference in percentage points. */
export const signedPct = (x: number | null | undefined): string => (x == null ? '—' : `${x > 0 ? '+' : ''}${(x * 100).toFixed(1)} pts`);
export const interval = (low: number | null | undefined, high: number | null | undefined, f: (x: number) => string): string =>
  low == null || high == null ? '—' : `${f(low)} to ${f(high)}`;
export function pValue(p: number | null | undefined): string {
  if (p == null) return '—';
  if (p < 0.001) return 'p < 0.001';
  return `p = ${p < 0.01 ? p.toFixed(3) : p.toFixed(2)}`;
}
/** Significance stars as the API computes them, from a p-value: *, ** and *** below 0.05, 0.01 and 0.001. */
export function stars(p: number | null | undefined): string {
  if (p == null) return '';
  if (p < 0.001) return '***';
  if (p < 0.01) return '**';
  return p < 0.05 ? '*' : '';
}
