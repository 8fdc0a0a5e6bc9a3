import { describe, expect, it } from 'vitest';
import { agglomerativeCluster } from './clustering.js';
import { buildTfidf, cosine, type SparseVector } from './tfidf.js';
import { seededRandom as random } from '@ladder/contracts';

/** The textbook algorithm: merge the closest pair of clusters by mean pairwise distance, O(n³). */
function bruteForce(vectors: number[][], threshold: number): number[][] {
  let clusters = vectors.map((_, i) => [i]);
  const distance = (a: number[], b: number[]) =>
    a.reduce((s, i) => s + b.reduce((t, j) => t + 1 - cosine(vectors[i], vectors[j]), 0), 0) / (a.length * b.length);
  for (;;) {
    let best: [number, number, number] = [-1, -1, Infinity];
    for (let i = 0; i < clusters.length; i++) {
      for (let j = i + 1; j < clusters.length; j++) {
        const d = distance(clusters[i], clusters[j]);
        if (d < best[2]) best = [i, j, d];
      }
    }
    if (best[0] < 0 || best[2] > threshold) return clusters.map((c) => [...c].sort((x, y) => x - y)).sort((x, y) => x[0] - y[0]);
    const merged = [...clusters[best[0]], ...clusters[best[1]]];
    clusters = clusters.filter((_, k) => k !== best[0] && k !== best[1]).concat([merged]);
  }
}

const sparse = (entries: Record<number, number>): SparseVector => {
  const keys = Object.keys(entries)
    .map(Number)
    .sort((a, b) => a - b);
  return { indices: Int32Array.from(keys), values: Float64Array.from(keys, (k) => entries[k]) };
};

describe('agglomerativeCluster', () => {
  it('finds the same clusters as the textbook average-linkage algorithm', () => {
    const rnd = random(11);
    const centres = [
      [1, 0, 0, 0.2],
      [0, 1, 0.3, 0],
      [0.2, 0, 1, 1],
    ];
    const vectors = Array.from({ length: 40 }, (_, i) => centres[i % 3].map((x) => x + (rnd() - 0.5) * 0.9));
    for (const threshold of [0.05, 0.15, 0.3, 0.5, 0.8]) {
      expect(agglomerativeCluster(vectors, { distanceThreshold: threshold }).clusters).toEqual(bruteForce(vectors, threshold));
    }
  });

  it('returns the dendrogram by increasing distance, and forces merges down to maxClusters', () => {
    const vectors = [
      [1, 0],
      [0.9, 0.1],
      [0, 1],
      [0.1, 0.9],
      [0.7, 0.7],
    ];
    const { merges, clusters } = agglomerativeCluster(vectors, { maxClusters: 2 });
    expect(merges).toHaveLength(4);
    expect(merges.map((m) => m.distance)).toEqual([...merges.map((m) => m.distance)].sort((a, b) => a - b));
    expect(merges.at(-1)?.size).toBe(5);
    expect(clusters).toHaveLength(2);
    expect(agglomerativeCluster(vectors, { distanceThreshold: 0.05 }).clusters).toEqual([[0, 1], [2, 3], [4]]);
    // Both limits: the threshold would merge everything, maxClusters does not stop it; maxClusters alone would stop at 2.
    expect(agglomerativeCluster(vectors, { distanceThreshold: 2, maxClusters: 2 }).clusters).toEqual([[0, 1, 2, 3, 4]]);
  });

  it('takes sparse and dense vectors alike, and numbers clusters by their first item', () => {
    const dense = [
      [0, 2, 0, 1],
      [3, 0, 0, 0],
      [0, 1, 0, 1],
      [2, 0, 1, 0],
      [0, 0, 0, 0],
    ];
    const asSparse = dense.map((v) => sparse(Object.fromEntries(v.flatMap((x, i) => (x ? [[i, x]] : [])))));
    const fromDense = agglomerativeCluster(dense, { distanceThreshold: 0.4 });
    expect(agglomerativeCluster(asSparse, { distanceThreshold: 0.4 })).toEqual(fromDense);
    // The zero vector is at distance 1 from everything and stays alone.
    expect(fromDense.clusters).toEqual([[0, 2], [1, 3], [4]]);
    expect(fromDense.labels).toEqual([0, 1, 0, 1, 2]);
    const mixed = dense.map((v, i) => (i % 2 ? asSparse[i] : v));
    expect(agglomerativeCluster(mixed, { distanceThreshold: 0.4 }).clusters).toEqual(fromDense.clusters);
  });

  it('breaks ties the same way every time and keeps duplicates together', () => {
    const vectors = [
      [1, 0],
      [0, 1],
      [1, 0],
      [0, 1],
      [1, 1],
      [1, 1],
    ];
    const first = agglomerativeCluster(vectors, { maxClusters: 2 });
    expect(agglomerativeCluster(vectors, { maxClusters: 2 })).toEqual(first);
    expect(agglomerativeCluster(vectors, { distanceThreshold: 0 }).clusters).toEqual([
      [0, 2],
      [1, 3],
      [4, 5],
    ]);
  });

  it('handles no items and one item', () => {
    expect(agglomerativeCluster([], { distanceThreshold: 0.5 })).toEqual({ labels: [], clusters: [], merges: [] });
    expect(agglomerativeCluster([[1, 2]], { distanceThreshold: 0.5 }).clusters).toEqual([[0]]);
  });

  it('clusters 3,000 TF-IDF vectors of short quotes quickly', () => {
    const rnd = random(3);
    const words = Array.from(
      { length: 600 },
      (_, i) => `w${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + (Math.floor(i / 26) % 26))}x`,
    );
    const documents = Array.from({ length: 3000 }, (_, i) => {
      const topic = i % 40;
      return Array.from(
        { length: 12 },
        () => words[rnd() < 0.6 ? topic * 15 + Math.floor(rnd() * 15) : Math.floor(rnd() * words.length)],
      ).join(' ');
    });
    const started = performance.now();
    const { vectors } = buildTfidf(documents);
    const tfidfMs = performance.now() - started;
    const { clusters } = agglomerativeCluster(vectors, { distanceThreshold: 0.8 });
    const totalMs = performance.now() - started;
    console.log(`3,000 quotes: TF-IDF ${tfidfMs.toFixed(0)} ms, TF-IDF + clustering ${totalMs.toFixed(0)} ms, ${clusters.length} clusters`);
    expect(totalMs).toBeLessThan(60_000);
    const big = clusters.filter((c) => c.length >= 20);
    expect(big.length).toBeGreaterThanOrEqual(30);
    // Each large cluster is (nearly) one topic.
    for (const c of big) expect(new Set(c.map((i) => i % 40)).size).toBeLessThanOrEqual(2);
  });
});
