import { describe, expect, it } from 'vitest';
import type { Band } from '../contracts/index.js';
import { DEFAULT_TAXONOMY, type CodedExcerpt, type ExcerptRole, type Sentiment } from '../contracts/taxonomy.js';
import { synthesizeThemes, themesForBand, type ThemeExcerpt } from './themes.js';

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Topic {
  driverKey: string;
  categoryKey: string;
  sentiment: Sentiment;
  /** Quotes are one fragment from each list, so no two sessions need say the same thing. */
  fragments: string[][];
}

const TOPICS: Record<string, Topic> = {
  exports: { driverKey: 'reliability', categoryKey: 'product', sentiment: 'negative', fragments: [
    ['The CSV export', 'Our weekly export', 'The scheduled export', 'Exporting to Excel', 'The export job'],
    ['fails', 'keeps failing', 'failed again', 'breaks', 'crashes half the time', 'times out and fails'],
    ['every Monday', 'when the file is large', 'and we lose the report', 'since the last release', 'without any error message'],
  ] },
  price: { driverKey: 'pricing_value', categoryKey: 'commercial', sentiment: 'negative', fragments: [
    ['It is far too expensive', 'The price went up again', 'We pay too much per seat', 'The pricing is hard to justify', 'Honestly it costs too much'],
    ['for what we actually use', 'and the value is not there', 'compared to the value we get', 'to our finance team', 'for a tool this basic'],
  ] },
  support: { driverKey: 'support', categoryKey: 'experience', sentiment: 'negative', fragments: [
    ['Our support tickets', 'Tickets we open with support', 'Every support ticket', 'Support requests'],
    ['sit for days', 'wait a week', 'go days', 'stay open for days'],
    ['without an answer', 'before anyone replies', 'with no reply from the support team', 'until we chase them'],
  ] },
  ease: { driverKey: 'usability', categoryKey: 'product', sentiment: 'positive', fragments: [
    ['It is really easy to use', 'The interface is clean and easy to learn', 'So easy to use', 'Easy to use and intuitive'],
    ['and new hires pick it up in a day', 'compared to our old tool', 'even for the sales team', 'without any training'],
  ] },
  salesforce: { driverKey: 'integrations', categoryKey: 'product', sentiment: 'positive', fragments: [
    ['The Salesforce connector', 'The integration with Salesforce', 'Our Salesforce sync', 'The Salesforce and Slack integrations'],
    ['just works', 'saves us hours every week', 'is seamless', 'never drops a field'],
  ] },
};

const ONE_OFFS: { driverKey: string; categoryKey: string; sentiment: Sentiment; quote: string }[] = [
  { driverKey: 'billing', categoryKey: 'commercial', sentiment: 'negative', quote: 'We were double-charged on the March invoice.' },
  { driverKey: 'security_compliance', categoryKey: 'risk', sentiment: 'negative', quote: 'Our security team flagged the SSO setup.' },
];

/** Which sessions mention which topics: the expected prevalence, in sessions. */
const PLAN: { band: Band; count: number; topics: (i: number) => string[] }[] = [
  { band: 'detractor', count: 25, topics: (i) => [i < 12 && 'exports', i >= 8 && i < 18 && 'price', i >= 15 && 'support'].filter((t): t is string => !!t) },
  { band: 'passive', count: 20, topics: (i) => [i < 4 && 'exports', i >= 4 && i < 12 && 'price', i >= 12 && i < 17 && 'ease'].filter((t): t is string => !!t) },
  { band: 'promoter', count: 15, topics: (i) => [i < 10 && 'ease', i >= 6 && 'salesforce'].filter((t): t is string => !!t) },
];
export const EXPECTED = {
  exports: { detractor: 12, passive: 4, promoter: 0 },
  price: { detractor: 10, passive: 8, promoter: 0 },
  support: { detractor: 10, passive: 0, promoter: 0 },
  ease: { detractor: 0, passive: 5, promoter: 10 },
  salesforce: { detractor: 0, passive: 0, promoter: 9 },
};
const BAND_TOTALS: Record<Band, number> = { detractor: 25, passive: 20, promoter: 15 };

function excerpt(topic: Omit<Topic, 'fragments'>, quote: string, turnSeq: number, role: ExcerptRole, rnd: () => number): CodedExcerpt {
  const sign = topic.sentiment === 'negative' ? -1 : topic.sentiment === 'positive' ? 1 : 0;
  return { driverKey: topic.driverKey, categoryKey: topic.categoryKey, turnSeq, start: 0, end: quote.length, quote, role, sentiment: topic.sentiment,
    sentimentScore: Math.round(sign * (0.4 + 0.5 * rnd()) * 100) / 100, competitors: [] };
}

export function syntheticExcerpts(seed = 7): ThemeExcerpt[] {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const quoteOf = (topic: Topic) => `${topic.fragments.map(pick).join(' ')}.`;
  const out: ThemeExcerpt[] = [];
  for (const { band, count, topics } of PLAN) {
    for (let i = 0; i < count; i++) {
      const sessionId = `${band}-${String(i).padStart(2, '0')}`;
      let turnSeq = 1;
      topics(i).forEach((name, k) => {
        const topic = TOPICS[name];
        out.push({ sessionId, band, excerpt: excerpt(topic, quoteOf(topic), turnSeq, k === 0 ? 'stated' : 'root', rnd) });
        // Every third session comes back to its first topic: two excerpts, still one session.
        if (k === 0 && i % 3 === 0) out.push({ sessionId, band, excerpt: excerpt(topic, quoteOf(topic), turnSeq + 2, 'supporting', rnd) });
        turnSeq += 4;
      });
      const oneOff = ONE_OFFS[i - 17];
      if (band === 'passive' && oneOff) out.push({ sessionId, band, excerpt: excerpt(oneOff, oneOff.quote, turnSeq, 'stated', rnd) });
    }
  }
  return out;
}

describe('synthesizeThemes on synthetic interviews', () => {
  const excerpts = syntheticExcerpts();
  const themes = synthesizeThemes({ excerpts, taxonomy: DEFAULT_TAXONOMY, bandTotals: BAND_TOTALS });

  it('prints', () => {
    console.log(JSON.stringify(themes.map((t) => ({ ...t, quotes: t.quotes.map((q) => q.quote) })), null, 1));
  });
});
