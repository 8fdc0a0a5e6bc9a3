/**
 * Bag-of-words features for short coded quotes: a tokenizer for the two languages we have lexicons
 * for (English and French, mixed freely because a quote's language is not known reliably), TF-IDF
 * vectors, cosine similarity, and class-based TF-IDF to name clusters.
 */

/** Unit-free sparse vector: indices strictly increasing, values aligned with them. */
export interface SparseVector {
  readonly indices: Int32Array;
  readonly values: Float64Array;
}
export type DenseVector = readonly number[] | Float64Array | Float32Array;
export type Vector = SparseVector | DenseVector;

/** A kept word: its stem (accents folded), the word as written (lower-cased), its word position. */
export interface Token {
  term: string;
  surface: string;
  position: number;
  /** The stopword just before, when there is one ("use" in "easy to use" has "to"). */
  joiner?: string;
}

// Accent-free, because stopwords are compared after folding ("très" and "tres" are both typed).
const STOPWORDS_EN = `a about above after again against all also am an and any are as at be because been before
being below between both but by can could did do does doing done down during each either else even ever every
few for from further get gets getting got had has have having he her here hers herself him himself his how however
i if in into is it its itself just let lets may me might more most much must my myself neither no nor not now of
off often on once one only or other others our ours ourselves out over own per quite rather really same shall she
should since so some still such than that the their theirs them themselves then there these they this those though
through thus to too under until up upon us very via was we well were what when where whether which while who whom
whose why will with within without would yet you your yours yourself yourselves don doesn didn isn wasn aren weren
won wouldn couldn shouldn hasn haven hadn ll ve re actually basically honestly maybe probably pretty thing things
stuff lot lots bit kind sort yeah yes ok okay oh um uh guess think thought know say said feel felt seem seems
seemed like go goes going gonna many way`;
const STOPWORDS_FR = `au aux avec ce ces cet cette dans de des du elle elles en et eux il ils je la le les leur
leurs lui ma mais me meme mes moi mon ne nos notre nous on ou par pas pour qu que qui quoi sa se ses son sur ta te
tes toi ton tu un une vos votre vous ete etre avoir ai as avons avez ont est sont suis es etait etaient sera seront
fait faire fais ca cela ceci comme donc alors aussi tres plus moins bien tout tous toute toutes rien chose choses
vraiment peu beaucoup encore deja quand si sans sous chez entre apres avant depuis pendant car puis ni non oui peut
peuvent faut dont ils elles leur voila enfin bref genre truc trucs`;
const STOPWORDS = new Set(`${STOPWORDS_EN} ${STOPWORDS_FR}`.split(/\s+/));
/** Stopwords that, written in capitals, are acronyms worth keeping. */
const ACRONYMS = new Set(['ai', 'it', 'us']);

const fold = (word: string): string =>
  word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

const VOWEL = /[aeiouy]/;

/**
 * Light suffix stripping shared by English and French: plurals, -ing/-ed/-ly, French past
 * participles (already accent-folded) and a final e, so "exports", "exporting", "exportées" and
 * "exporté" meet. Deliberately weaker than Porter: a wrong merge of two topics costs more than a
 * missed one, and labels show the written words, never stems.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('aux') && w.length > 4) w = `${w.slice(0, -3)}al`;
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  for (const suffix of ['ingly', 'edly', 'ing', 'ee', 'ed', 'ly']) {
    const rest = w.slice(0, -suffix.length);
    const minRest = suffix === 'ly' ? 4 : 3;
    if (w.endsWith(suffix) && rest.length >= minRest && VOWEL.test(rest) && !(suffix === 'ed' && rest.endsWith('e'))) {
      w = rest;
      break;
    }
  }
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.length > 3 && w.at(-1) === w.at(-2) && !VOWEL.test(w.at(-1) ?? '')) w = w.slice(0, -1);
  return w;
}

/**
 * Words kept for analysis, in order. Letters only (digits and punctuation split words), at least two
 * letters, stopwords dropped, except "AI", "IT" and "US" written in capitals in a text that is not
 * shouted: those are acronyms, not the French "ai" or the English "it".
 */
export function analyze(text: string): Token[] {
  const normalised = text.normalize('NFC');
  const upper = (text.match(/\p{Lu}/gu) ?? []).length;
  const shouting = upper > (text.match(/\p{Ll}/gu) ?? []).length;
  const tokens: Token[] = [];
  let stopword: string | undefined;
  let [position, end] = [-1, 0];
  for (const match of normalised.matchAll(/[\p{L}\p{M}]+/gu)) {
    const word = match[0];
    // Punctuation other than apostrophes and hyphens ends a phrase: two positions on, no bigram spans it.
    position += /[^\s'’-]/u.test(normalised.slice(end, match.index)) ? 3 : 1;
    end = match.index + word.length;
    const folded = fold(word);
    const acronym = !shouting && ACRONYMS.has(folded) && word === word.toUpperCase();
    const kept = folded.length >= 2 && (acronym || !STOPWORDS.has(folded));
    if (kept) tokens.push({ term: stem(folded), surface: word.toLowerCase(), position, ...(stopword ? { joiner: stopword } : {}) });
    stopword = !kept && folded.length >= 2 ? word.toLowerCase() : undefined;
  }
  return tokens;
}

export const tokenize = (text: string): string[] => analyze(text).map((t) => t.term);

/**
 * Unigrams plus bigrams of kept words that were adjacent in the text or one stopword apart; the
 * stopword stays in the written form ("easy to use") but not in the term.
 */
export function phrases(tokens: readonly Token[]): { term: string; surface: string }[] {
  const out = tokens.map(({ term, surface }) => ({ term, surface }));
  for (let i = 1; i < tokens.length; i++) {
    const [a, b] = [tokens[i - 1], tokens[i]];
    if (a.term === b.term) continue;
    if (b.position === a.position + 1) out.push({ term: `${a.term} ${b.term}`, surface: `${a.surface} ${b.surface}` });
    else if (b.position === a.position + 2 && b.joiner)
      out.push({ term: `${a.term} ${b.term}`, surface: `${a.surface} ${b.joiner} ${b.surface}` });
  }
  return out;
}

export interface TfidfOptions {
  /** Terms in fewer documents carry no similarity and only dilute short quotes. Default 1. */
  minDf?: number;
  /** Terms in a larger share of documents are dropped. Default 1 (keep all). */
  maxDfShare?: number;
}

export interface TfidfModel {
  /** L2-normalised, one per document (a document without kept terms gets an empty vector). */
  vectors: SparseVector[];
  /** Sorted terms; vector index i is vocabulary[i]. */
  vocabulary: string[];
  idf: Float64Array;
  termIndex: Map<string, number>;
}

export const buildTfidf = (documents: readonly string[], options: TfidfOptions = {}): TfidfModel =>
  buildTfidfFromTerms(documents.map(tokenize), options);

/** Sublinear tf (1 + ln count) × smoothed idf (ln((1 + N) / (1 + df)) + 1), as in scikit-learn. */
export function buildTfidfFromTerms(documents: readonly (readonly string[])[], options: TfidfOptions = {}): TfidfModel {
  const { minDf = 1, maxDfShare = 1 } = options;
  const df = new Map<string, number>();
  for (const terms of documents) for (const term of new Set(terms)) df.set(term, (df.get(term) ?? 0) + 1);
  const n = documents.length;
  const vocabulary = [...df]
    .filter(([, count]) => count >= minDf && count / n <= maxDfShare)
    .map(([term]) => term)
    .sort();
  const termIndex = new Map(vocabulary.map((term, i) => [term, i]));
  const idf = Float64Array.from(vocabulary, (term) => Math.log((1 + n) / (1 + (df.get(term) ?? 0))) + 1);
  const vectors = documents.map((terms) => {
    const counts = new Map<number, number>();
    for (const term of terms) {
      const i = termIndex.get(term);
      if (i !== undefined) counts.set(i, (counts.get(i) ?? 0) + 1);
    }
    const indices = Int32Array.from([...counts.keys()].sort((a, b) => a - b));
    const values = Float64Array.from(indices, (i) => (1 + Math.log(counts.get(i) ?? 1)) * idf[i]);
    return normalize({ indices, values });
  });
  return { vectors, vocabulary, idf, termIndex };
}

export const isSparse = (v: Vector): v is SparseVector => !Array.isArray(v) && 'indices' in v;

export function dot(a: Vector, b: Vector): number {
  if (isSparse(a) && isSparse(b)) {
    let sum = 0;
    for (let i = 0, j = 0; i < a.indices.length && j < b.indices.length;) {
      const d = a.indices[i] - b.indices[j];
      if (d === 0) sum += a.values[i++] * b.values[j++];
      else if (d < 0) i++;
      else j++;
    }
    return sum;
  }
  if (isSparse(a) || isSparse(b)) {
    const [s, d] = (isSparse(a) ? [a, b] : [b, a]) as [SparseVector, DenseVector];
    let sum = 0;
    for (let k = 0; k < s.indices.length; k++) sum += s.values[k] * (d[s.indices[k]] ?? 0);
    return sum;
  }
  if (a.length !== b.length) throw new Error(`dense vectors differ in length: ${a.length} and ${b.length}`);
  let sum = 0;
  for (let k = 0; k < a.length; k++) sum += a[k] * b[k];
  return sum;
}

export const norm = (v: Vector): number => Math.sqrt(dot(v, v));

/** Cosine similarity; 0 when either vector is zero. */
export function cosine(a: Vector, b: Vector): number {
  const denominator = norm(a) * norm(b);
  return denominator === 0 ? 0 : dot(a, b) / denominator;
}

/** A unit-length copy (sparse stays sparse, dense becomes Float64Array); a zero vector stays zero. */
export function normalize(v: SparseVector): SparseVector;
export function normalize(v: DenseVector): Float64Array;
export function normalize(v: Vector): SparseVector | Float64Array;
export function normalize(v: Vector): SparseVector | Float64Array {
  const length = norm(v);
  const scale = length === 0 ? 0 : 1 / length;
  if (isSparse(v)) return { indices: v.indices, values: v.values.map((x) => x * scale) };
  return Float64Array.from(v, (x) => x * scale);
}

/** target += scale × v, for accumulating cluster centroids in a dense buffer. */
export function addInto(target: Float64Array, v: Vector, scale = 1): Float64Array {
  if (isSparse(v)) for (let k = 0; k < v.indices.length; k++) target[v.indices[k]] += scale * v.values[k];
  else for (let k = 0; k < v.length; k++) target[k] += scale * v[k];
  return target;
}

const PHRASE_BOOST = 1.3;

export interface TermOccurrence {
  term: string;
  surface: string;
  /** What counts once (a session): a term repeated by one respondent is one vote. */
  doc: string;
}

export interface DistinctiveTerm {
  term: string;
  /** The most frequent written form in the group. */
  surface: string;
  docs: number;
  score: number;
}

/**
 * Class-based TF-IDF (as in BERTopic): each group is one document; a term scores by its share of
 * the group's term-document pairs times ln(1 + A / F), A the average pairs per group and F the
 * term's pairs over all groups. Multi-word terms get a boost per extra word, so a phrase said in
 * many sessions ("export failures") beats its own words. Terms in fewer than minDocs docs are skipped.
 */
export function distinctiveTerms(
  groups: readonly (readonly TermOccurrence[])[],
  options: { top?: number; minDocs?: number } = {},
): DistinctiveTerm[][] {
  const { top = 5, minDocs = 1 } = options;
  const stats = groups.map((occurrences) => {
    const byTerm = new Map<string, { docs: Set<string>; surfaces: Map<string, number> }>();
    for (const { term, surface, doc } of occurrences) {
      const entry = byTerm.get(term) ?? { docs: new Set<string>(), surfaces: new Map<string, number>() };
      entry.docs.add(doc);
      entry.surfaces.set(surface, (entry.surfaces.get(surface) ?? 0) + 1);
      byTerm.set(term, entry);
    }
    return byTerm;
  });
  const total = new Map<string, number>();
  for (const byTerm of stats) for (const [term, { docs }] of byTerm) total.set(term, (total.get(term) ?? 0) + docs.size);
  const pairs = stats.map((byTerm) => [...byTerm.values()].reduce((sum, e) => sum + e.docs.size, 0));
  const average = pairs.reduce((a, b) => a + b, 0) / Math.max(1, groups.length);
  return stats.map((byTerm, g) =>
    [...byTerm]
      .filter(([, e]) => e.docs.size >= minDocs)
      .map(([term, e]) => ({
        term,
        surface: mostFrequent(e.surfaces),
        docs: e.docs.size,
        score: (e.docs.size / pairs[g]) * Math.log(1 + average / (total.get(term) ?? 1)) * PHRASE_BOOST ** (term.split(' ').length - 1),
      }))
      .sort((a, b) => b.score - a.score || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0))
      .slice(0, top),
  );
}

function mostFrequent(counts: Map<string, number>): string {
  return [...counts].sort(([a, x], [b, y]) => y - x || a.length - b.length || (a < b ? -1 : 1))[0][0];
}
