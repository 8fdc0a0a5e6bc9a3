/**
 * Which theme of one wave is which theme of another. The synthesizer's keys are deterministic
 * from a theme's content, so the same theme usually keeps its key; when it does not (other
 * words, another taxonomy version), themes of the same scope whose top drivers, translated to the
 * latest taxonomy version, overlap are the same theme. Pure: the caller passes the translation.
 */
export type MatchedBy = 'key' | 'top-driver' | 'none';

export interface MatchableTheme {
  key: string;
  scope: string;
  /** Most cited first, in the keys of `taxonomyVersion`. */
  driverKeys: readonly string[];
  taxonomyVersion: number;
}

export interface ThemePair<T> {
  base: T | null;
  current: T | null;
  matchedBy: MatchedBy;
}

export type KeyTranslation = (version: number, key: string) => readonly string[];

const topDrivers = (t: MatchableTheme, translate: KeyTranslation): Set<string> =>
  new Set(t.driverKeys.length ? translate(t.taxonomyVersion, t.driverKeys[0]) : []);

/**
 * Pairs each current theme (in the given order) with at most one base theme: first by scope and
 * key, then by scope and an overlapping translated top driver. Unmatched themes of either side
 * come last, current before base, with matchedBy 'none'.
 */
export function matchThemes<T extends MatchableTheme>(
  base: readonly T[],
  current: readonly T[],
  translate: KeyTranslation,
): ThemePair<T>[] {
  const used = new Set<T>();
  const pairs = new Map<T, ThemePair<T>>();
  for (const c of current) {
    const b = base.find((x) => !used.has(x) && x.scope === c.scope && x.key === c.key);
    if (b) {
      used.add(b);
      pairs.set(c, { base: b, current: c, matchedBy: 'key' });
    }
  }
  for (const c of current) {
    if (pairs.has(c)) continue;
    const top = topDrivers(c, translate);
    const b = base.find((x) => !used.has(x) && x.scope === c.scope && [...topDrivers(x, translate)].some((k) => top.has(k)));
    if (b) {
      used.add(b);
      pairs.set(c, { base: b, current: c, matchedBy: 'top-driver' });
    }
  }
  return [
    ...current.map((c) => pairs.get(c) ?? { base: null, current: c, matchedBy: 'none' as const }),
    ...base.filter((b) => !used.has(b)).map((b) => ({ base: b, current: null, matchedBy: 'none' as const })),
  ];
}

export interface ThemeSeries<T> {
  /** One entry per wave, in wave order: the wave's theme of this series and how it joined, or null. */
  points: ({ theme: T; matchedBy: MatchedBy } | null)[];
}

/**
 * Themes of successive waves linked into series: each wave's themes are matched against the
 * latest theme of every series so far (so a theme missing from one wave rejoins its series
 * later); an unmatched theme starts a series.
 */
export function linkThemeSeries<T extends MatchableTheme>(waves: readonly (readonly T[])[], translate: KeyTranslation): ThemeSeries<T>[] {
  const series: ThemeSeries<T>[] = [];
  const latest = new Map<T, ThemeSeries<T>>();
  waves.forEach((themes, w) => {
    const pairs = matchThemes([...latest.keys()], themes, translate);
    for (const pair of pairs) {
      if (!pair.current) continue;
      let s = pair.base ? latest.get(pair.base) : undefined;
      if (pair.base) latest.delete(pair.base);
      if (!s) {
        s = { points: waves.map(() => null) };
        series.push(s);
      }
      s.points[w] = { theme: pair.current, matchedBy: pair.base ? pair.matchedBy : 'none' };
      latest.set(pair.current, s);
    }
  });
  return series;
}
