import { describe, expect, it } from 'vitest';
import { analyze, buildTfidf, cosine, distinctiveTerms, phrases, stem, tokenize } from './tfidf.js';

describe('tokenize', () => {
  it('keeps lower-cased letters, drops digits, punctuation and English and French stopwords', () => {
    expect(tokenize('The CSV export FAILED 3 times, and we lost the report!')).toEqual(['csv', 'export', 'fail', 'tim', 'lost', 'report']);
    expect(tokenize("L'export des données échoue tous les lundis, c'est très pénible.")).toEqual([
      'export',
      'don',
      'echou',
      'lundis',
      'penibl',
    ]);
  });

  it('brings inflections of one word together, in both languages', () => {
    const same = (...words: string[]) => expect(new Set(words.map((w) => tokenize(w)[0])).size).toBe(1);
    same('export', 'exports', 'exporting', 'exported', 'exporté', 'exportées');
    same('fail', 'fails', 'failing', 'failed');
    same('crash', 'crashes', 'crashed', 'crashing');
    same('ticket', 'tickets');
    same('price', 'prices', 'priced', 'pricing');
    same('stop', 'stopped', 'stopping');
    same('quick', 'quickly');
    same('facture', 'factures');
    same('journal', 'journaux');
    expect(stem('thing')).toBe('thing');
    expect(stem('speed')).toBe('speed');
    expect(stem('status')).toBe('status');
  });

  it('reads accented and non-Latin letters as letters', () => {
    expect(tokenize('Übersicht Straße')).toEqual(['ubersicht', 'straß']);
    expect(tokenize('отчёт падает')).toEqual(['отчет', 'падает']);
  });

  it('keeps AI, IT and US written as acronyms, but not in shouted text', () => {
    expect(tokenize('The AI summary is wrong and IT blocked it')).toEqual(['ai', 'summary', 'wrong', 'it', 'block']);
    expect(tokenize("J'ai un souci")).toEqual(['souci']);
    expect(tokenize('IT IS BROKEN')).toEqual(['broken']);
  });
});

describe('phrases', () => {
  it('adds bigrams of adjacent words and of words one stopword apart, keeping the written form, within a clause', () => {
    const out = phrases(analyze('It is so easy to use, the export keeps failing.'));
    expect(out.map((p) => p.surface)).toEqual([
      'easy',
      'use',
      'export',
      'keeps',
      'failing',
      'easy to use',
      'export keeps',
      'keeps failing',
    ]);
    expect(out.find((p) => p.surface === 'easy to use')?.term).toBe('easy use');
    // Two stopwords apart is too far; so is a dropped one-letter fragment.
    expect(phrases(analyze('export of the data')).map((p) => p.surface)).toEqual(['export', 'data']);
    expect(phrases(analyze("taux d'erreur; double-charged")).map((p) => p.surface)).toEqual([
      'taux',
      'erreur',
      'double',
      'charged',
      'double charged',
    ]);
  });
});

describe('buildTfidf', () => {
  const model = buildTfidf(['export fails', 'export fails twice', 'support is slow', '']);

  it('weights rarer terms higher and normalises every vector', () => {
    expect(model.vocabulary).toEqual(['export', 'fail', 'slow', 'support', 'twic']);
    expect(model.idf[model.termIndex.get('export') ?? -1]).toBeCloseTo(Math.log(5 / 3) + 1, 12);
    expect(model.idf[model.termIndex.get('twic') ?? -1]).toBeCloseTo(Math.log(5 / 2) + 1, 12);
    for (const v of model.vectors.slice(0, 3)) expect(cosine(v, v)).toBeCloseTo(1, 12);
    expect(model.vectors[3].indices).toHaveLength(0);
  });

  it('gives cosine 1 for the same words, 0 for none shared or an empty text', () => {
    const [a, b, c, empty] = model.vectors;
    expect(cosine(a, b)).toBeGreaterThan(0.7);
    expect(cosine(a, b)).toBeLessThan(1);
    expect(cosine(a, c)).toBe(0);
    expect(cosine(a, empty)).toBe(0);
    expect(
      cosine(buildTfidf(['Exports failing!', 'export fails']).vectors[0], buildTfidf(['Exports failing!', 'export fails']).vectors[1]),
    ).toBeCloseTo(1, 12);
  });

  it('drops terms below minDf or above maxDfShare', () => {
    expect(buildTfidf(['export fails', 'export slow', 'sync fails'], { minDf: 2 }).vocabulary).toEqual(['export', 'fail']);
    expect(buildTfidf(['export fails', 'export slow', 'sync fails'], { maxDfShare: 0.5 }).vocabulary).toEqual(['slow', 'sync']);
  });
});

describe('cosine', () => {
  it('agrees between sparse, dense and mixed vectors', () => {
    const sparse = { indices: Int32Array.from([0, 2]), values: Float64Array.from([3, 4]) };
    const dense = [3, 0, 4];
    expect(cosine(sparse, dense)).toBeCloseTo(1, 12);
    expect(cosine([1, 0, 0], dense)).toBeCloseTo(0.6, 12);
    expect(cosine(sparse, [0, 1, 0])).toBe(0);
    expect(cosine([0, 0], [1, 1])).toBe(0);
    expect(() => cosine([1, 2], [1, 2, 3])).toThrow(/differ in length/);
  });
});

describe('distinctiveTerms', () => {
  it('ranks terms by how much they belong to one group, counting each document once', () => {
    const occurrences = (doc: string, text: string) => phrases(analyze(text)).map((p) => ({ ...p, doc }));
    const [exports, support] = distinctiveTerms(
      [
        [
          ...occurrences('s1', 'export fails, export fails, export fails'),
          ...occurrences('s2', 'the export fails on Monday'),
          ...occurrences('s3', 'slow export'),
        ],
        [...occurrences('s4', 'slow support'), ...occurrences('s5', 'support is slow to answer')],
      ],
      { minDocs: 2 },
    );
    expect(exports.map((t) => t.surface)).toEqual(['export fails', 'export', 'fails']);
    expect(exports[0].docs).toBe(2);
    expect(support.map((t) => t.surface)).toEqual(['support', 'slow']);
  });
});
