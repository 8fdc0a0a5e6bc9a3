/**
 * Theme labels from the respondents' own words: the noun phrases of a theme's quotes, ranked by how
 * many of its respondents said them, make "Driver: phrase" when the phrase adds to the driver, else
 * the driver label alone; every label passes labelProblems and is unique within the wave.
 * Languages without a tagger get their adjacent word pairs instead, kept only when they pass too.
 */
import { detectLanguage, SWITCH_MIN_LETTERS } from '../moderator/language.js';
import { labelProblems } from './label-checks.js';
import { nounPhrases, type NounPhrase } from './noun-phrases.js';
import type { ThemeItem } from './theme-wording.js';
import type { Theme } from './theme.types.js';
import { analyze, phrases, tokenize } from './tfidf.js';

export interface LabelPhrase {
  key: string;
  /** The most frequent written form. */
  text: string;
  words: number;
  /** Distinct sessions of the theme that said it. */
  sessions: number;
  /** Themes of the wave whose quotes hold it: the fewer, the more it tells this theme apart. */
  themes: number;
}

export interface ThemeDraft extends Omit<Theme, 'key' | 'label'> {
  sessions: number;
  excerpts: number;
  first: number;
  driverLabel: string;
  driverKey: string;
  /** The language most of the theme's quotes are in, for labelProblems. */
  language: string;
  phrases: LabelPhrase[];
}

/**
 * A label phrase says what a good part of the theme says: a fifth of its sessions, at least three
 * (two sessions sharing a phrase is often chance), all of them in a theme of two.
 */
export const labelMinSessions = (sessions: number) => Math.min(sessions, Math.max(3, Math.ceil(0.2 * sessions)));

interface Tally {
  sessions: Set<string>;
  written: Map<string, number>;
  words: number;
}

/**
 * Each theme's language and its candidate phrases, best first: those said by two sessions or more
 * (nameUniquely holds most to labelMinSessions and takes the others only to tell two themes apart).
 */
export function labelPhrases(
  themes: readonly (readonly ThemeItem[])[],
  driverLabels: readonly string[],
): { language: string; phrases: LabelPhrase[] }[] {
  const cache = new Map<string, NounPhrase[]>();
  const tallies = themes.map((members) => {
    // A quote long enough to tell its own language is read in it; a short one in its theme's.
    const language = detectLanguage(members.map((it) => it.excerpt.quote).join('\n')) ?? 'en';
    const tally = new Map<string, Tally>();
    for (const it of members) {
      const quoteLanguage = detectLanguage(it.excerpt.quote, SWITCH_MIN_LETTERS) ?? language;
      const id = `${quoteLanguage}\n${it.excerpt.quote}`;
      const found = cache.get(id) ?? nounPhrases(it.excerpt.quote, quoteLanguage) ?? wordPairs(it.excerpt.quote);
      cache.set(id, found);
      for (const p of found) {
        const entry = tally.get(p.key) ?? { sessions: new Set(), written: new Map(), words: p.words };
        entry.sessions.add(it.sessionId);
        entry.written.set(p.text, (entry.written.get(p.text) ?? 0) + 1);
        tally.set(p.key, entry);
      }
    }
    return { language, tally };
  });
  const themesWith = new Map<string, number>();
  for (const { tally } of tallies) for (const key of tally.keys()) themesWith.set(key, (themesWith.get(key) ?? 0) + 1);
  return tallies.map(({ language, tally }, t) => {
    const sessions = new Set(themes[t].map((it) => it.sessionId)).size;
    const driverStems = new Set(tokenize(driverLabels[t]));
    const candidates = [...tally.entries()]
      .map(([key, { sessions: s, written, words }]) => ({
        key,
        text: mostWritten(written),
        words,
        sessions: s.size,
        themes: themesWith.get(key) ?? 1,
      }))
      // "Pricing and value: price" adds nothing: a phrase needs a word the driver label lacks.
      .filter((p) => p.sessions >= Math.min(2, labelMinSessions(sessions)) && tokenize(p.text).some((stem) => !driverStems.has(stem)))
      .sort((a, b) => b.sessions - a.sessions || a.themes - b.themes || b.words - a.words || (a.key < b.key ? -1 : 1));
    return { language, phrases: longerFirst(candidates) };
  });
}

/** Written forms by count, then alphabetically, so the result does not depend on the quotes' order. */
function mostWritten(written: ReadonlyMap<string, number>): string {
  return [...written.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
}

/**
 * A longer phrase holding a better-ranked one goes before it when at least half as many sessions
 * said it: "migration tool" from 4 sessions says more than "tool" from 6.
 */
function longerFirst(ranked: readonly LabelPhrase[]): LabelPhrase[] {
  const out: LabelPhrase[] = [];
  for (const p of ranked) {
    const longer = ranked.find(
      (q) => q.words > p.words && ` ${q.key} `.includes(` ${p.key} `) && q.sessions * 2 >= p.sessions && !out.includes(q),
    );
    if (longer) out.push(longer);
    if (!out.includes(p)) out.push(p);
  }
  return out;
}

/** Without a tagger: single words and adjacent pairs, as written (labelProblems then screens them). */
function wordPairs(quote: string): NounPhrase[] {
  return phrases(analyze(quote))
    .filter((p) => p.term.split(' ').length === p.surface.split(' ').length)
    .map((p) => ({ key: p.term, text: p.surface, words: p.term.split(' ').length }));
}

const sentenceCase = (text: string) => text.replace(/^\p{Ll}/u, (c) => c.toUpperCase());

/**
 * The first candidate that makes a fit label not taken by a more prevalent theme: "Driver: phrase",
 * else the phrase alone when it is too long with the driver (two words at least, to stand alone),
 * else the driver label. When that is taken (a driver split in two themes), a phrase fewer said
 * tells them apart, else their sentiment ("Driver: praise"), else a number. Keys are the dominant
 * driver and the phrase.
 */
export function nameUniquely(drafts: readonly ThemeDraft[]): Theme[] {
  const labels = new Set<string>();
  const keys = new Set<string>();
  return drafts.map(({ sessions, excerpts: _e, first: _f, driverLabel, driverKey, language, phrases: candidates, ...theme }) => {
    const fits = (l: string) => !labels.has(l.toLowerCase()) && labelProblems(l, language).length === 0;
    const said = (p: LabelPhrase) => p.sessions >= labelMinSessions(sessions);
    let chosen = pick(candidates.filter(said), driverLabel, fits);
    if (!chosen && !fits(driverLabel))
      chosen = pick(
        candidates.filter((p) => !said(p)),
        driverLabel,
        fits,
      );
    const tone = theme.sentimentScore > 0.2 ? 'praise' : theme.sentimentScore < -0.2 ? 'complaints' : '';
    const fallback = fits(driverLabel) || !tone || !fits(`${driverLabel}: ${tone}`) ? driverLabel : `${driverLabel}: ${tone}`;
    const label = unique(chosen?.label ?? fallback, labels, (base, k) => `${base} (${k})`);
    const slug = (chosen?.phrase.text ?? '')
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    const base = slug ? `${driverKey}.${slug}` : driverKey;
    return { key: unique(base, keys, (b, k) => `${b}-${k}`), label, ...theme };
  });
}

function pick(candidates: readonly LabelPhrase[], driverLabel: string, fits: (label: string) => boolean) {
  for (const phrase of candidates) {
    const label = [`${driverLabel}: ${phrase.text}`, ...(phrase.words >= 2 ? [sentenceCase(phrase.text)] : [])].find(fits);
    if (label) return { label, phrase };
  }
  return undefined;
}

/** The candidate, numbered from 2 while taken (compared without case); remembered as taken. */
function unique(candidate: string, taken: Set<string>, numbered: (base: string, k: number) => string): string {
  let result = candidate;
  for (let k = 2; taken.has(result.toLowerCase()); k++) result = numbered(candidate, k);
  taken.add(result.toLowerCase());
  return result;
}
