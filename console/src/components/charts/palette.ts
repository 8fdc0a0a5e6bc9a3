/**
 * Colours for charts drawn on a canvas, read from the styles' custom properties (styles.css `:root`),
 * so the AA-checked tokens are defined once and charts follow them. Outside a browser (unit specs
 * without the stylesheet) a token reads as '' and Chart.js falls back to its default.
 */
export function cssColor(token: `--${string}`): string {
  if (typeof document === 'undefined') return '';
  return getComputedStyle(document.documentElement).getPropertyValue(token).trim();
}

export type BandKey = 'detractor' | 'passive' | 'promoter';
export const bandColor = (band: BandKey) => cssColor(`--${band}`);

/** The n-th colour of a comparison series (segments, trends), cycling through the six tokens. */
export const seriesColor = (i: number) => cssColor(`--series-${(i % 6) + 1}`);

/** Bars of segments too small to read (n < 30). */
export const smallSampleColor = () => cssColor('--small-sample');
