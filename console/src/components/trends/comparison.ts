import type { CompareWavesQuery } from '../../gql/graphql';

export type ThemeChangeRow = CompareWavesQuery['compareWaves']['themes'][number];

const cited = (e: ThemeChangeRow['base']) => !!e && e.count > 0;

/**
 * The rows worth reading first: themes cited in the band in either wave (a theme absent from both
 * says nothing), flagged changes first by adjusted p, then the largest differences.
 */
export function comparisonRows(themes: readonly ThemeChangeRow[]): ThemeChangeRow[] {
  return themes
    .filter((t) => cited(t.base) || cited(t.current))
    .sort(
      (a, b) =>
        Number(!!b.flag) - Number(!!a.flag) ||
        (a.flag && b.flag ? (a.adjustedPValue ?? 1) - (b.adjustedPValue ?? 1) : 0) ||
        Math.abs(b.difference ?? 0) - Math.abs(a.difference ?? 0),
    );
}
