/**
 * Sentiment of a respondent's words from a small valence lexicon (English, French; other
 * languages read as English), in the manner of rule-based scorers such as VADER: each valence
 * word counts with its weight, an intensifier just before it raises it, a diminisher lowers it, a
 * negation up to three words before it in the same clause flips and dampens it ("not great",
 * "never fast"), and after a contrast ("but", "mais") the second part weighs more. Idioms whose
 * meaning is not the sum of their words ("pas terrible", "pas mal de", "doesn't work") are read
 * first. The sum is squashed into -1..1 per sentence; a text scores the mean of its sentences
 * that carry any valence.
 *
 * The negation window is exported because the offline coder uses the same rule to skip negated
 * driver mentions ("no problem with support").
 */
import type { Sentiment } from '@ladder/contracts';
import { sentencesOf } from '../moderator/escalations.js';
import { offlineLanguage, type OfflineLanguage } from '../moderator/language.js';
import { foldText } from './driver-lexicon.js';

export interface SentimentReading {
  /** -1..1, rounded to 3 decimals. */
  score: number;
  label: Sentiment;
}

interface ValenceLexicon {
  words: Map<string, number>;
  /** Prefix entries (written `stem*`), longest first. */
  stems: [string, number][];
  idioms: [RegExp, number][];
  /** Multipliers of the valence word that follows. */
  modifiers: Map<string, number>;
  /** Two-word modifiers ("a bit", "un peu"). */
  modifierPairs: Map<string, number>;
}

/** Words and phrases that negate what follows. `n'importe` is not a negation; `n'aime` negates itself. */
const NEGATOR =
  /^(?:not|no|never|without|nor|hardly|barely|cannot|none|ne|pas|jamais|sans|aucun|aucune|aucuns|aucunes|ni|n'(?!importe)\p{L}+|\p{L}+n't)$/u;
const NOT_NEGATING_AFTER = /^(?:only|just|seulement|que|qu'\p{L}+)$/u;
const CLAUSE_BREAK =
  /[,;:()\u2013\u2014]|\s-\s|(?<!\p{L})(?:but|and|because|although|though|however|while|whereas|mais|et|donc|car|parce que|alors|cependant|pourtant|sauf|except)(?!\p{L})/giu;
const CONTRAST = /^(?:but|however|mais|cependant|pourtant)$/i;
const TOKEN = /\p{L}+(?:'\p{L}+)*/gu;
const ELISION = /^(?:l|d|j|qu|c|s|m|t|n|jusqu|lorsqu|puisqu)'/;
/** VADER's dampening of a negated valence. */
const NEGATION_FACTOR = -0.74;
const NEGATION_WINDOW = 3;
/** Squashing constant: one strong word (±2) gives about ±0.7. */
const ALPHA = 4;
const LABEL_THRESHOLD = 0.1;

const parseWeights = (spec: string): [string, number][] =>
  spec
    .trim()
    .split(/\s+/)
    .map((item) => {
      const at = item.lastIndexOf(':');
      return [item.slice(0, at).replace(/_/g, ' '), Number(item.slice(at + 1))];
    });

function buildLexicon(valence: string, idioms: [string, number][], modifiers: string): ValenceLexicon {
  const entries = parseWeights(foldText(valence).toLowerCase());
  const mods = parseWeights(foldText(modifiers).toLowerCase());
  return {
    words: new Map(entries.filter(([w]) => !w.endsWith('*'))),
    stems: entries
      .filter(([w]) => w.endsWith('*'))
      .map(([w, v]): [string, number] => [w.slice(0, -1), v])
      .sort((a, b) => b[0].length - a[0].length),
    idioms: idioms.map(([source, v]) => [new RegExp(`(?<!\\p{L})(?:${foldText(source).replace(/ /g, '\\s+')})(?!\\p{L})`, 'giu'), v]),
    modifiers: new Map(mods.filter(([w]) => !w.includes(' '))),
    modifierPairs: new Map(mods.filter(([w]) => w.includes(' '))),
  };
}

const EN = buildLexicon(
  `
  great:2 excellent:2 love:2 loved:2 loves:2 lovely:1.5 amazing:2 fantastic:2 awesome:2 brilliant:2 perfect*:2 outstanding:2
  superb:2 wonderful:2 best:2 seamless*:1.5 delight*:2 favorite:1.5 favourite:1.5 game-changer:2
  good:1 nice:1 happy:1.5 pleased:1.5 satisfied:1.5 glad:1 enjoy*:1.5 impress*:1.5 recommend*:1.5 helpful:1.5 reliable:1.5
  stable:1 solid:1 smooth*:1 easy:1 easier:1 intuitive:1.5 fast:1 faster:1 quick:0.5 quickly:0.5 responsive:1 efficient:1
  useful:1 valuable:1.5 worth:1 better:1 improved:0.5 fine:0.5 ok:0.3 okay:0.3 works:0.5 trust:1 trusted:1 trustworthy:1.5
  seamless:1.5 painless:1 fun:1 pleasure:1.5 affordable:1 fair:0.5 accurate:1 secure:0.5 transparent:1 honest:1 friendly:1
  knowledgeable:1 proactive:1 thrilled:2 reassur*:1
  terrible:-2 awful:-2 horrible:-2 hate*:-2 worst:-2 nightmare*:-2 disaster*:-2 unacceptable:-2 useless:-2 furious:-2
  ridiculous:-1.5 pathetic:-2 garbage:-2 sucks:-2 bad:-1.5 poor:-1.5 poorly:-1.5 worse:-1.5 disappoint*:-1.5 frustrat*:-1.5
  annoy*:-1.5 angry:-1.5 upset:-1.5 broken:-1.5 broke:-1 crash*:-1.5 outage*:-1.5 downtime:-1.5 bug:-1 bugs:-1 buggy:-1.5
  glitch*:-1 fail*:-1.5 error:-1 errors:-1 slow:-1 slower:-1 slowly:-1 slowness:-1 sluggish:-1 laggy:-1 lag:-1 problem*:-1
  issue:-0.7 issues:-0.7 difficult:-1 confus*:-1 clunky:-1 cumbersome:-1 complicated:-1 expensive:-1 overpriced:-1.5
  costly:-1 unreliable:-1.5 unstable:-1.5 inconsistent:-1 wrong:-1 missing:-0.7 lack:-0.7 lacks:-0.7 lacking:-0.7 lost:-1
  lose:-1 losing:-1 loss:-1 waste*:-1.5 painful:-1.5 pain:-1 mess:-1.5 messy:-1.5 stuck:-1 worried:-1 worry:-1
  concern*:-0.5 complain*:-1 betray*:-2 distrust:-1.5 mistrust:-1.5 lied:-2 misled:-2 mislead*:-2 sadly:-1
  unfortunately:-1 embarrass*:-1.5 blame*:-1 delay*:-1 mediocre:-1 unhappy:-1.5 dissatisfied:-1.5 ignored:-1.5
  unresponsive:-1.5 rude:-1.5 struggl*:-1 scared:-1.5 stress*:-1.5 tired:-1 meh:-0.5 slipping:-0.5 overwhelm*:-1.5
  rupture:-1.5 humiliat*:-2 angr*:-1.5 livid:-2 exhaust*:-1.5
`,
  [
    ["(?:doesn't|does not|don't|do not|didn't|did not|isn't|is not|wasn't|was not|not|never|stopped|no longer) work(?:s|ing|ed)?", -1.5],
    ['works (?:well|great|fine|perfectly|like a charm|beautifully)', 1.5],
    ['let (?:us |me |them )?down', -1.5],
    ['fed up', -2],
    ['sick of', -1.5],
    ['falls? short|fell short', -1.5],
    ['takes? (?:forever|ages)|took (?:forever|ages)', -1.5],
    ['too long', -1],
    ['hard to', -1],
    ['could be better', -0.5],
    ['never been better', 1.5],
    ["couldn't be (?:happier|better)", 2],
    ['game changer', 2],
    ['saves? (?:us |me )?(?:a lot of |so much )?time', 1.5],
    ['no-brainer', 1.5],
    ['(?:look|looks|looked|looking) (?:bad|stupid|foolish)', -1.5],
    [
      '(?:trust|confidence) (?:rupture|breach|broke|broken|gone|is gone|eroded)|(?:broken|lost) (?:trust|confidence)|' +
        'breach of trust|lost (?:all )?(?:faith|trust|confidence)',
      -2,
    ],
  ],
  `
  very:1.5 really:1.5 so:1.5 extremely:1.8 incredibly:1.8 super:1.5 totally:1.5 completely:1.5 absolutely:1.8 too:1.5
  highly:1.5 truly:1.5 quite:1.2 terribly:1.8 awfully:1.8 deeply:1.5 seriously:1.5 especially:1.3 particularly:1.3
  utterly:1.8 insanely:1.8 ridiculously:1.8 painfully:1.8 pretty:1.2 fairly:0.8 rather:0.8 slightly:0.5 somewhat:0.5
  a_bit:0.5 a_little:0.5 kind_of:0.5 sort_of:0.5
`,
);

const FR = buildLexicon(
  `
  bien:1 bon:1 bonne:1 bons:1 bonnes:1 super:1.5 génial*:2 excellent*:2 parfait*:2 top:1.5 formidable:2 extraordinaire:2
  efficace*:1.5 rapide:1 rapides:1 fiable:1.5 fiables:1.5 stable:1 stables:1 simple:0.5 simples:0.5 intuiti*:1.5 pratique:1
  pratiques:1 agréable*:1.5 content:1.5 contente:1.5 contents:1.5 satisfait*:1.5 satisfaction:1.5 ravi*:2 adore:2 adorons:2
  aime:1 aimons:1 apprécie*:1.5 recommand*:1.5 meilleur*:1.5 mieux:1 réactif*:1 réactivité:1 fluide*:1 clair*:0.5 utile*:1
  confiance:1 impeccable*:2 nickel:1.5 cool:1 compétent*:1 facile*:1 abordable*:1 rentable*:1 transparent*:1 honnête*:1
  sympa*:1 plaisir:1.5 rassur*:1
  mauvais*:-1.5 nul:-2 nulle:-2 nuls:-2 nulles:-2 horrible*:-2 affreu*:-2 catastroph*:-2 cauchemar*:-2 inacceptable*:-2
  inadmissible*:-2 inutile*:-1.5 pire*:-2 décevant*:-1.5 déçu*:-1.5 déception*:-1.5 frustr*:-1.5 énerv*:-1.5 agaç*:-1.5
  pénible*:-1.5 galère*:-1.5 lent:-1 lente:-1 lents:-1 lentes:-1 lenteur*:-1 bug*:-1 bogue*:-1 panne*:-1.5 plante:-1.5
  plantent:-1.5 plantage*:-1.5 crash*:-1.5 erreur*:-1 problème*:-1 souci*:-1 compliqu*:-1 complexe*:-0.5 difficile*:-1
  cher:-1 chère:-1 chers:-1 chères:-1 onéreu*:-1 perte*:-1 perdu*:-1 perd:-1 manque*:-0.7 trahi*:-2 trahison:-2
  méfiance:-1.5 mensonge*:-2 menti:-2 lourd*:-1 confus*:-1 honte*:-1.5 marre:-2 inquiet*:-1 stress*:-1.5 bloqu*:-1
  retard*:-1 instable*:-1.5 incohéren*:-1 faux:-1 fausse*:-1 erroné*:-1 dommage:-1 malheureusement:-1 insatisf*:-1.5
  mécontent*:-1.5 colère:-1.5 furieu*:-2 ignoré*:-1 terrible:-1.5 terribles:-1.5 déplorable*:-2 médiocre*:-1 rupture:-1.5 humili*:-2
`,
  [
    ['pas terrible', -1],
    ['pas mal de', 0],
    ['pas mal', 1],
    ["(?:ne |n')?(?:marche|fonctionne)(?:nt)? (?:pas|plus|jamais)|n'a jamais (?:marché|fonctionné)", -1.5],
    ['(?:marche|fonctionne)(?:nt)? (?:très |super |vraiment )?(?:bien|parfaitement|nickel)', 1.5],
    ["n'importe quoi", -1.5],
    ['ras le bol', -2],
    ['laissée?s? tomber', -1.5],
    ['gain de temps', 1.5],
    ['perte de temps', -1.5],
    ['à la hauteur', 1],
    ['ça rame', -1],
    ['passer pour (?:un|une) (?:idiot|idiote|imbécile|amateur)', -1.5],
    ['rupture de confiance|perdu (?:toute )?confiance|confiance (?:rompue|perdue|brisée)', -2],
    ['prend (?:des heures|une éternité|un temps fou)', -1.5],
  ],
  `
  très:1.5 vraiment:1.5 tellement:1.5 trop:1.5 extrêmement:1.8 super:1.5 hyper:1.5 ultra:1.5 complètement:1.5
  totalement:1.5 absolument:1.8 vachement:1.5 particulièrement:1.3 si:1.3 assez:1.2 carrément:1.5 plutôt:0.8
  moyennement:0.5 légèrement:0.5 un_peu:0.5
`,
);

/** Languages without a valence lexicon (de, es, pt) read as English, as before they had offline templates. */
const LEXICONS: Partial<Record<OfflineLanguage, ValenceLexicon>> = { en: EN, fr: FR };

interface Token {
  text: string;
  start: number;
}

function valenceOf(word: string, lexicon: ValenceLexicon): number | undefined {
  const bare = word.replace(ELISION, '');
  const exact = lexicon.words.get(bare);
  if (exact !== undefined) return exact;
  return lexicon.stems.find(([stem]) => bare.startsWith(stem))?.[1];
}

/** True when a negation stands within `window` words before token `index` and is not "not only" or "ne ... que". */
function negatedToken(tokens: string[], index: number, window: number): boolean {
  for (let j = Math.max(0, index - window); j < index; j++) {
    if (!NEGATOR.test(tokens[j])) continue;
    if (!tokens.slice(j + 1, index + 1).some((t) => NOT_NEGATING_AFTER.test(t))) return true;
  }
  return false;
}

/** The part of the clause of `text` that ends at `index`: the text after the last clause break before it. */
export function clauseBefore(text: string, index: number): string {
  const before = text.slice(0, index);
  const breaks = [...before.matchAll(CLAUSE_BREAK)];
  const last = breaks.at(-1);
  return last ? before.slice((last.index ?? 0) + last[0].length) : before;
}

/** The part of the clause of `text` that starts at `index`: the text up to the next clause break. */
export function clauseAfter(text: string, index: number): string {
  const after = text.slice(index);
  const next = [...after.matchAll(CLAUSE_BREAK)][0];
  return next ? after.slice(0, next.index) : after;
}

/**
 * Whether a negation stands within `window` words before `index` in the same clause of `text`
 * ("no problem with |support", "nous n'avons aucun souci avec le |support").
 */
export function negatedBefore(text: string, index: number, window = NEGATION_WINDOW): boolean {
  const clause = clauseBefore(foldText(text), index);
  const tokens = (clause.match(TOKEN) ?? []).map((t) => t.toLowerCase());
  return negatedToken([...tokens, ''], tokens.length, window);
}

interface Clause {
  text: string;
  weight: number;
}

function clausesOf(folded: string): Clause[] {
  const parts: { text: string; contrastBefore: boolean }[] = [];
  let from = 0;
  let contrast = false;
  for (const brk of folded.matchAll(CLAUSE_BREAK)) {
    parts.push({ text: folded.slice(from, brk.index), contrastBefore: contrast });
    contrast = contrast || CONTRAST.test(brk[0]);
    from = (brk.index ?? 0) + brk[0].length;
  }
  parts.push({ text: folded.slice(from), contrastBefore: contrast });
  return parts.map((p) => ({ text: p.text, weight: !contrast ? 1 : p.contrastBefore ? 1.5 : 0.5 }));
}

/** Idiom values keyed by the index of their first token; the other tokens they cover are consumed. */
function readIdioms(clause: string, tokens: Token[], lexicon: ValenceLexicon): { heads: Map<number, number>; consumed: Set<number> } {
  const heads = new Map<number, number>();
  const consumed = new Set<number>();
  for (const [pattern, value] of lexicon.idioms) {
    for (const match of clause.matchAll(pattern)) {
      const from = match.index ?? 0;
      const covered = tokens
        .map((t, i) => (t.start >= from && t.start < from + match[0].length ? i : -1))
        .filter((i) => i >= 0 && !consumed.has(i));
      if (covered.length === 0) continue;
      covered.forEach((i) => consumed.add(i));
      heads.set(covered[0], value);
    }
  }
  return { heads, consumed };
}

function modifierBefore(words: string[], index: number, lexicon: ValenceLexicon): number {
  const pair = index >= 2 ? lexicon.modifierPairs.get(`${words[index - 2]} ${words[index - 1]}`) : undefined;
  if (pair !== undefined) return pair;
  return (index >= 1 ? lexicon.modifiers.get(words[index - 1]) : undefined) ?? 1;
}

function clauseValence(clause: string, lexicon: ValenceLexicon, french: boolean): { sum: number; found: boolean } {
  const tokens: Token[] = [...clause.matchAll(TOKEN)].map((m) => ({ text: m[0], start: m.index ?? 0 }));
  const words = tokens.map((t) => t.text);
  const { heads, consumed } = readIdioms(clause, tokens, lexicon);
  let sum = 0;
  let found = false;
  words.forEach((word, i) => {
    const isHead = heads.has(i);
    if (consumed.has(i) && !isHead) return;
    // "super slow": super modifies the next word instead of counting itself.
    if (!isHead && lexicon.modifiers.has(word) && i + 1 < words.length && valenceOf(words[i + 1], lexicon) !== undefined) return;
    const value = isHead ? heads.get(i)! : valenceOf(word, lexicon);
    if (value === undefined) return;
    found = true;
    const visible = words.map((w, j) => (consumed.has(j) ? '' : w));
    const negated =
      (!isHead && /^n'(?!importe)/.test(word)) ||
      negatedToken(visible, i, NEGATION_WINDOW) ||
      (french && !isHead && /^(?:pas|jamais)$/.test(words[i + 1] ?? ''));
    const scaled = value * modifierBefore(visible, i, lexicon);
    sum += negated ? scaled * NEGATION_FACTOR : scaled;
  });
  return { sum, found };
}

/** -1..1 for one sentence, or null when no valence word occurs in it. */
function sentenceScore(sentence: string, language: OfflineLanguage): number | null {
  const folded = foldText(sentence).toLowerCase();
  let total = 0;
  let found = false;
  for (const clause of clausesOf(folded)) {
    const reading = clauseValence(clause.text, LEXICONS[language] ?? EN, language === 'fr');
    total += reading.sum * clause.weight;
    found = found || reading.found;
  }
  return found ? total / Math.sqrt(total * total + ALPHA) : null;
}

const round = (value: number): number => Math.round(value * 1000) / 1000 + 0;

export function labelOf(score: number): Sentiment {
  if (score >= LABEL_THRESHOLD) return 'positive';
  if (score <= -LABEL_THRESHOLD) return 'negative';
  return 'neutral';
}

export function sentimentOf(text: string, language: string): SentimentReading {
  const lang = offlineLanguage(language);
  const scores = sentencesOf(text)
    .map((s) => sentenceScore(s, lang))
    .filter((s): s is number => s !== null);
  const mean = scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : 0;
  const score = round(Math.max(-1, Math.min(1, mean)));
  return { score, label: labelOf(score) };
}
