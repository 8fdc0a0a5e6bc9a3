/**
 * Themes of a wave from its coded excerpts, offline and deterministic: excerpts are clustered on
 * their words (TF-IDF, or embeddings when the caller has them), their driver and their sentiment;
 * each cluster is named after its dominant driver and the noun phrase most of its respondents used
 * (theme-labels.ts), and counted in distinct sessions per band. Confidence intervals are the API's job; this gives count and n.
 */
import { BANDS, type Band, type Sentiment } from '@ladder/contracts';
import { agglomerativeCluster } from './clustering.js';
import { labelPhrases, nameUniquely, type ThemeDraft } from './theme-labels.js';
import { CROSS_BAND_MIN_SESSIONS, describe, labelOfDriver, pickQuotes, type ThemeItem } from './theme-wording.js';
import type { SynthesizeThemesInput, Theme, ThemeExcerpt, ThemePrevalence } from './theme.types.js';
import { addInto, analyze, buildTfidfFromTerms, cosine, dot, normalize, type Vector } from './tfidf.js';

/**
 * Shares of the similarity of two excerpts: their words, the same driver, agreeing sentiment
 * (opposite sentiment subtracts). With the default threshold (similarity ≥ 0.45):
 * - TF-IDF: a cosine of 0 means "different words", not "different topic" (short quotes rarely share
 *   words), so one driver and sentiment always hold together; excerpts of different drivers join
 *   only on near-identical words (average cosine ≥ 0.7). Offline themes never split a driver.
 * - Centred embeddings: a cosine of 0 does mean unrelated, so unrelated excerpts of one driver
 *   split into separate themes (they join from 0.08) and related drivers join from 0.58.
 * Praise and complaint about one driver join only when their words are close (≥ 0.3 / ≥ 0.42).
 */
export const FEATURE_WEIGHTS = {
  tfidf: { text: 0.5, driver: 0.4, sentiment: 0.1 },
  embeddings: { text: 0.6, driver: 0.3, sentiment: 0.1 },
} as const;
export const DEFAULT_DISTANCE_THRESHOLD = 0.55;
/** How much further than the clustering threshold a too-small cluster may be to join a theme. */
const ABSORB_MARGIN = 0.1;
const POLARITY: Record<Sentiment, number> = { negative: -1, neutral: 0, positive: 1 };

export type { SynthesizeThemesInput, Theme, ThemeExcerpt, ThemePrevalence, ThemeQuote } from './theme.types.js';

export function synthesizeThemes(input: SynthesizeThemesInput): Theme[] {
  const { maxThemes = 20, minSessions = 2, distanceThreshold = DEFAULT_DISTANCE_THRESHOLD } = input;
  const { vectors: embeddings } = input;
  if (embeddings && embeddings.length !== input.excerpts.length) {
    throw new Error(`${embeddings.length} vectors for ${input.excerpts.length} excerpts`);
  }
  const order = canonicalOrder(input.excerpts);
  const items: ThemeItem[] = order.map((i, index) => ({ ...input.excerpts[i], index, tokens: analyze(input.excerpts[i].excerpt.quote) }));
  const { vectors, dimension } = featureVectors(items, embeddings && order.map((i) => embeddings[i]));
  const { clusters } = agglomerativeCluster(vectors, { distanceThreshold });
  const themes = absorbSmall(clusters, items, vectors, dimension, minSessions, distanceThreshold + ABSORB_MARGIN);
  const drivers = themes.map((members) => rankDrivers(members.map((i) => items[i])));
  const wording = labelPhrases(
    themes.map((members) => members.map((i) => items[i])),
    drivers.map((keys) => labelOfDriver(input.taxonomy, keys[0])),
  );
  const drafts = themes.map((members, t) =>
    draft(
      members.map((i) => items[i]),
      members.map((i) => vectors[i]),
      dimension,
      wording[t],
      input,
    ),
  );
  drafts.sort((a, b) => b.sessions - a.sessions || b.excerpts - a.excerpts || a.first - b.first);
  return nameUniquely(drafts).slice(0, maxThemes);
}

/** Themes that matter to one band: its own and the cross-band themes it takes part in, most prevalent first. */
export function themesForBand(themes: readonly Theme[], band: Band): Theme[] {
  const count = (t: Theme) => t.prevalence.find((p) => p.band === band)?.count ?? 0;
  return themes
    .filter((t) => t.scope === band || (t.scope === 'cross-band' && count(t) >= CROSS_BAND_MIN_SESSIONS))
    .sort((a, b) => count(b) - count(a));
}

/** Sorting by content first makes the result independent of the order excerpts arrive in. */
function canonicalOrder(excerpts: readonly ThemeExcerpt[]): number[] {
  const keyOf = ({ sessionId, excerpt: e }: ThemeExcerpt) => [sessionId, e.turnSeq, e.start, e.end, e.driverKey, e.quote] as const;
  return excerpts
    .map((_, i) => i)
    .sort((i, j) => {
      const [a, b] = [keyOf(excerpts[i]), keyOf(excerpts[j])];
      for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k] < b[k] ? -1 : 1;
      return i - j;
    });
}

/** Unit vectors: √w·text ⊕ √w·one-hot driver ⊕ √w·polarity, so a dot product is the weighted sum. */
function featureVectors(
  items: readonly ThemeItem[],
  embeddings?: readonly (readonly number[])[],
): { vectors: Vector[]; dimension: number } {
  const drivers = [...new Set(items.map((it) => it.excerpt.driverKey))].sort();
  const tfidf = embeddings
    ? null
    : buildTfidfFromTerms(
        items.map((it) => it.tokens.map((t) => t.term)),
        { minDf: 2 },
      );
  const text: Vector[] = tfidf?.vectors ?? centredEmbeddings(embeddings ?? []);
  const textDimension = tfidf ? tfidf.vocabulary.length : (embeddings?.[0]?.length ?? 0);
  const dimension = textDimension + drivers.length + 1;
  const weights = FEATURE_WEIGHTS[embeddings ? 'embeddings' : 'tfidf'];
  const [wt, wd, ws] = [weights.text, weights.driver, weights.sentiment].map(Math.sqrt);
  const vectors = items.map((it, i) => {
    const extra = new Map([
      [textDimension + drivers.indexOf(it.excerpt.driverKey), wd],
      [dimension - 1, ws * POLARITY[it.excerpt.sentiment]],
    ]);
    const t = text[i];
    if (!('indices' in t))
      return normalize(Float64Array.from({ length: dimension }, (_, k) => (k < textDimension ? wt * t[k] : (extra.get(k) ?? 0))));
    const indices = Int32Array.from([...t.indices, ...extra.keys()]);
    return normalize({ indices, values: Float64Array.from([...t.values].map((x) => wt * x).concat([...extra.values()])) });
  });
  return { vectors, dimension };
}

/**
 * Embeddings crowd into a narrow cone (unrelated texts often score 0.6+), so the mean is removed
 * before normalising, as in "all-but-the-top" post-processing: cosine then spreads around 0 and
 * one threshold serves TF-IDF and embeddings. A wave where everyone says the same thing loses that
 * shared direction; the driver and sentiment features still hold its excerpts together.
 */
function centredEmbeddings(embeddings: readonly (readonly number[])[]): Float64Array[] {
  const dimension = embeddings[0]?.length ?? 0;
  const mean = new Float64Array(dimension);
  for (const e of embeddings) {
    if (e.length !== dimension) throw new Error(`embeddings differ in length: ${e.length} and ${dimension}`);
    addInto(mean, e, 1 / embeddings.length);
  }
  return embeddings.map((e) => normalize(Float64Array.from(e, (x, k) => x - mean[k])));
}

const sessionCount = (members: readonly number[], items: readonly ThemeItem[]) => new Set(members.map((i) => items[i].sessionId)).size;

/**
 * Clusters with fewer than minSessions sessions join the theme with the highest average cosine
 * (the sum of unit vectors gives it without pairs) if within maxDistance, else are dropped.
 */
function absorbSmall(
  clusters: readonly number[][],
  items: readonly ThemeItem[],
  vectors: readonly Vector[],
  dimension: number,
  minSessions: number,
  maxDistance: number,
): number[][] {
  const themes = clusters.filter((c) => sessionCount(c, items) >= minSessions).map((c) => [...c]);
  const sums = themes.map((members) => members.reduce<Float64Array>((sum, i) => addInto(sum, vectors[i]), new Float64Array(dimension)));
  const joining = themes.map((): number[] => []);
  for (const small of clusters.filter((c) => sessionCount(c, items) < minSessions)) {
    let [best, bestSimilarity] = [-1, -Infinity];
    sums.forEach((sum, t) => {
      const similarity = small.reduce((s, i) => s + dot(vectors[i], sum), 0) / (small.length * themes[t].length);
      if (
        similarity > bestSimilarity + 1e-12 ||
        (Math.abs(similarity - bestSimilarity) <= 1e-12 && themes[t].length > themes[best].length)
      ) {
        [best, bestSimilarity] = [t, similarity];
      }
    });
    if (best >= 0 && 1 - bestSimilarity <= maxDistance) joining[best].push(...small);
  }
  return themes.map((members, t) => [...members, ...joining[t]].sort((a, b) => a - b));
}

function draft(
  members: readonly ThemeItem[],
  vectors: readonly Vector[],
  dimension: number,
  wording: Pick<ThemeDraft, 'language' | 'phrases'>,
  input: SynthesizeThemesInput,
): ThemeDraft {
  const bySession = new Map<string, ThemeItem[]>();
  for (const it of members) bySession.set(it.sessionId, [...(bySession.get(it.sessionId) ?? []), it]);
  const prevalence = BANDS.map((band) => {
    const count = [...bySession.values()].filter((its) => its[0].band === band).length;
    const n = input.bandTotals[band] ?? 0;
    return { band, count, n, share: n > 0 ? count / n : 0 };
  });
  const driverKeys = rankDrivers(members);
  const sessionScores = [...bySession.values()].map((its) => its.reduce((s, it) => s + it.excerpt.sentimentScore, 0) / its.length);
  const centroid = vectors.reduce<Float64Array>((sum, v) => addInto(sum, v), new Float64Array(dimension));
  const scope = scopeOf(prevalence);
  return {
    driverKeys,
    scope,
    prevalence,
    description: describe(prevalence, scope, members, driverKeys, input.taxonomy),
    quotes: pickQuotes(
      members,
      vectors.map((v) => cosine(v, centroid)),
      scope,
    ),
    sentimentScore: Math.round((sessionScores.reduce((a, b) => a + b, 0) / sessionScores.length) * 1000) / 1000,
    sessionIds: [...bySession.keys()].sort(),
    sessions: bySession.size,
    excerpts: members.length,
    first: members[0].index,
    driverLabel: labelOfDriver(input.taxonomy, driverKeys[0]),
    driverKey: driverKeys[0],
    ...wording,
  };
}

function rankDrivers(members: readonly ThemeItem[]): string[] {
  const sessions = new Map<string, Set<string>>();
  const excerpts = new Map<string, number>();
  for (const { sessionId, excerpt } of members) {
    sessions.set(excerpt.driverKey, (sessions.get(excerpt.driverKey) ?? new Set()).add(sessionId));
    excerpts.set(excerpt.driverKey, (excerpts.get(excerpt.driverKey) ?? 0) + 1);
  }
  return [...sessions.keys()].sort(
    (a, b) =>
      (sessions.get(b)?.size ?? 0) - (sessions.get(a)?.size ?? 0) || (excerpts.get(b) ?? 0) - (excerpts.get(a) ?? 0) || (a < b ? -1 : 1),
  );
}

/** Cross-band when at least two bands have two sessions; otherwise the band with most sessions. */
function scopeOf(prevalence: readonly ThemePrevalence[]): Theme['scope'] {
  if (prevalence.filter((p) => p.count >= CROSS_BAND_MIN_SESSIONS).length >= 2) return 'cross-band';
  return [...prevalence].sort((a, b) => b.count - a.count || b.share - a.share)[0].band;
}
