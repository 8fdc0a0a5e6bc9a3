import { describe, expect, it } from 'vitest';
import { BANDS, type Band, type ExcerptRole, type Sentiment } from '@ladder/contracts';
import { DEFAULT_TAXONOMY, type CodedExcerpt } from '@ladder/contracts/taxonomy';
import { labelProblems } from './label-checks.js';
import { synthesizeThemes, themesForBand, type ThemeExcerpt } from './themes.js';
import { seededRandom as random } from '@ladder/contracts';

interface Topic {
  driverKey: string;
  categoryKey: string;
  sentiment: Sentiment;
  /** Quotes are one fragment from each list, so no two sessions need say the same thing. */
  fragments: string[][];
}

const TOPICS: Record<string, Topic> = {
  exports: {
    driverKey: 'reliability',
    categoryKey: 'product',
    sentiment: 'negative',
    fragments: [
      ['The CSV export', 'Our weekly export', 'The scheduled export', 'Exporting to Excel', 'The export job'],
      ['fails', 'keeps failing', 'failed again', 'breaks', 'crashes half the time', 'times out and fails'],
      ['every Monday', 'when the file is large', 'and we lose the report', 'since the last release', 'without any error message'],
    ],
  },
  price: {
    driverKey: 'pricing_value',
    categoryKey: 'commercial',
    sentiment: 'negative',
    fragments: [
      [
        'It is far too expensive',
        'The price went up again',
        'We pay too much per seat',
        'The pricing is hard to justify',
        'Honestly it costs too much',
      ],
      [
        'for what we actually use',
        'and the value is not there',
        'compared to the value we get',
        'to our finance team',
        'for a tool this basic',
      ],
    ],
  },
  support: {
    driverKey: 'support',
    categoryKey: 'experience',
    sentiment: 'negative',
    fragments: [
      ['Our support tickets', 'Tickets we open with support', 'Every support ticket', 'Support requests'],
      ['sit for days', 'wait a week', 'go days', 'stay open for days'],
      ['without an answer', 'before anyone replies', 'with no reply from the support team', 'until we chase them'],
    ],
  },
  ease: {
    driverKey: 'usability',
    categoryKey: 'product',
    sentiment: 'positive',
    fragments: [
      ['It is really easy to use', 'The interface is clean and easy to learn', 'So easy to use', 'Easy to use and intuitive'],
      ['and new hires pick it up in a day', 'compared to our old tool', 'even for the sales team', 'without any training'],
    ],
  },
  salesforce: {
    driverKey: 'integrations',
    categoryKey: 'product',
    sentiment: 'positive',
    fragments: [
      ['The Salesforce connector', 'The integration with Salesforce', 'Our Salesforce sync', 'The Salesforce and Slack integrations'],
      ['just works', 'saves us hours every week', 'is seamless', 'never drops a field'],
    ],
  },
};

const ONE_OFFS: { driverKey: string; categoryKey: string; sentiment: Sentiment; quote: string }[] = [
  { driverKey: 'billing', categoryKey: 'commercial', sentiment: 'negative', quote: 'We were double-charged on the March invoice.' },
  { driverKey: 'security_compliance', categoryKey: 'risk', sentiment: 'negative', quote: 'Our security team flagged the SSO setup.' },
];

/** Which sessions mention which topics: the expected prevalence, in sessions. */
const PLAN: { band: Band; count: number; topics: (i: number) => string[] }[] = [
  {
    band: 'detractor',
    count: 25,
    topics: (i) => [i < 12 && 'exports', i >= 8 && i < 18 && 'price', i >= 15 && 'support'].filter((t): t is string => !!t),
  },
  {
    band: 'passive',
    count: 20,
    topics: (i) => [i < 4 && 'exports', i >= 4 && i < 12 && 'price', i >= 12 && i < 17 && 'ease'].filter((t): t is string => !!t),
  },
  { band: 'promoter', count: 15, topics: (i) => [i < 10 && 'ease', i >= 6 && 'salesforce'].filter((t): t is string => !!t) },
];
const EXPECTED = {
  exports: { detractor: 12, passive: 4, promoter: 0 },
  price: { detractor: 10, passive: 8, promoter: 0 },
  support: { detractor: 10, passive: 0, promoter: 0 },
  ease: { detractor: 0, passive: 5, promoter: 10 },
  salesforce: { detractor: 0, passive: 0, promoter: 9 },
};
const BAND_TOTALS: Record<Band, number> = { detractor: 25, passive: 20, promoter: 15 };

function excerpt(topic: Omit<Topic, 'fragments'>, quote: string, turnSeq: number, role: ExcerptRole, rnd: () => number): CodedExcerpt {
  const sign = topic.sentiment === 'negative' ? -1 : topic.sentiment === 'positive' ? 1 : 0;
  return {
    driverKey: topic.driverKey,
    categoryKey: topic.categoryKey,
    turnSeq,
    start: 0,
    end: quote.length,
    quote,
    role,
    sentiment: topic.sentiment,
    sentimentScore: Math.round(sign * (0.4 + 0.5 * rnd()) * 100) / 100,
    competitors: [],
  };
}

function syntheticExcerpts(seed = 7): ThemeExcerpt[] {
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

/** Roughly 10 excerpts per session over 300 sessions, topics drawn at random. */
function manyExcerpts(sessions: number, perSession: number): ThemeExcerpt[] {
  const rnd = random(99);
  const names = Object.keys(TOPICS);
  const bands: Band[] = ['detractor', 'passive', 'promoter'];
  const out: ThemeExcerpt[] = [];
  for (let s = 0; s < sessions; s++) {
    for (let k = 0; k < perSession; k++) {
      const topic = TOPICS[names[Math.floor(rnd() * names.length)]];
      const quote = `${topic.fragments.map((f) => f[Math.floor(rnd() * f.length)]).join(' ')}.`;
      out.push({ sessionId: `s${s}`, band: bands[s % 3], excerpt: excerpt(topic, quote, k * 2 + 1, 'supporting', rnd) });
    }
  }
  return out;
}

function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const rnd = random(seed);
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const DRIVER_OF = Object.fromEntries(Object.entries(TOPICS).map(([name, t]) => [name, t.driverKey]));

describe('synthesizeThemes on synthetic interviews', () => {
  const excerpts = syntheticExcerpts();
  const themes = synthesizeThemes({ excerpts, taxonomy: DEFAULT_TAXONOMY, bandTotals: BAND_TOTALS });

  it('recovers one theme per topic, with its driver and prevalence in distinct sessions', () => {
    expect(themes).toHaveLength(5);
    for (const [name, counts] of Object.entries(EXPECTED)) {
      const theme = themes.find((t) => t.driverKeys[0] === DRIVER_OF[name]);
      expect(theme?.driverKeys, name).toEqual([DRIVER_OF[name]]);
      expect(theme?.prevalence, name).toEqual(
        BANDS.map((band) => ({ band, count: counts[band], n: BAND_TOTALS[band], share: counts[band] / BAND_TOTALS[band] })),
      );
    }
    // The one-off billing and security complaints are too small to be themes and close to none.
    expect(themes.flatMap((t) => t.driverKeys)).not.toContain('billing');
    expect(themes.flatMap((t) => t.driverKeys)).not.toContain('security_compliance');
  });

  it('ranks themes by sessions and scopes them to a band or across bands', () => {
    expect(themes.map((t) => [t.driverKeys[0], t.scope])).toEqual([
      ['pricing_value', 'cross-band'], // 18 sessions
      ['reliability', 'cross-band'], // 16
      ['usability', 'cross-band'], // 15
      ['support', 'detractor'], // 10
      ['integrations', 'promoter'], // 9
    ]);
    expect(themesForBand(themes, 'detractor').map((t) => t.driverKeys[0])).toEqual(['reliability', 'pricing_value', 'support']);
    expect(themesForBand(themes, 'promoter').map((t) => t.driverKeys[0])).toEqual(['usability', 'integrations']);
  });

  it('labels themes from the driver and the noun phrase most of their respondents used, and describes them from the counts', () => {
    const byDriver = (key: string) => themes.find((t) => t.driverKeys[0] === key);
    expect(themes.map((t) => [t.key, t.label])).toEqual([
      ['pricing_value.finance-team', 'Pricing and value: finance team'],
      ['reliability.scheduled-export', 'Reliability: scheduled export'],
      ['usability.old-tool', 'Usability: old tool'],
      // "Support responsiveness and quality: support tickets" is too long: the phrase stands alone.
      ['support.support-tickets', 'Support tickets'],
      ['integrations.salesforce-sync', 'Integrations: Salesforce sync'],
    ]);
    for (const t of themes) expect(labelProblems(t.label, 'en'), t.label).toEqual([]);
    expect(byDriver('support')?.description).toBe('Mentioned by 40% of detractors (10 of 25), mostly as the stated reason.');
    expect(byDriver('reliability')?.description).toBe(
      'Mentioned by 48% of detractors (12 of 25) and 20% of passives (4 of 20), mostly as the stated reason.',
    );
    expect(new Set(themes.map((t) => t.label)).size).toBe(themes.length);
    expect(new Set(themes.map((t) => t.key)).size).toBe(themes.length);
    for (const t of themes) expect(t.key).toMatch(new RegExp(`^${t.driverKeys[0]}\\.[a-z0-9-]+$`));
  });

  it('quotes exact excerpts, closest first, from different sessions and every band of a cross-band theme', () => {
    const source = new Map(excerpts.map((e) => [`${e.sessionId}/${e.excerpt.turnSeq}/${e.excerpt.start}/${e.excerpt.end}`, e]));
    for (const theme of themes) {
      expect(theme.quotes).toHaveLength(5);
      expect(new Set(theme.quotes.map((q) => q.sessionId)).size).toBe(5);
      for (const q of theme.quotes) {
        const e = source.get(`${q.sessionId}/${q.turnSeq}/${q.start}/${q.end}`);
        expect(
          e && {
            quote: e.excerpt.quote,
            band: e.band,
            sentimentScore: e.excerpt.sentimentScore,
            driver: theme.driverKeys.includes(e.excerpt.driverKey),
          },
        ).toEqual({ quote: q.quote, band: q.band, sentimentScore: q.sentimentScore, driver: true });
      }
      const bands = theme.prevalence.filter((p) => p.count >= 2).map((p) => p.band);
      if (theme.scope === 'cross-band') expect(new Set(theme.quotes.map((q) => q.band))).toEqual(new Set(bands));
    }
  });

  it('scores sentiment per session, praise positive and complaints negative', () => {
    for (const t of themes) expect(Math.sign(t.sentimentScore)).toBe(['usability', 'integrations'].includes(t.driverKeys[0]) ? 1 : -1);
  });

  it('gives the same themes whatever the order of the excerpts', () => {
    expect(synthesizeThemes({ excerpts: shuffled(excerpts, 5), taxonomy: DEFAULT_TAXONOMY, bandTotals: BAND_TOTALS })).toEqual(themes);
  });

  it('keeps the top maxThemes, and gives nothing for nothing', () => {
    expect(synthesizeThemes({ excerpts, taxonomy: DEFAULT_TAXONOMY, bandTotals: BAND_TOTALS, maxThemes: 2 })).toEqual(themes.slice(0, 2));
    expect(synthesizeThemes({ excerpts: [], taxonomy: DEFAULT_TAXONOMY, bandTotals: BAND_TOTALS })).toEqual([]);
    expect(synthesizeThemes({ excerpts: excerpts.slice(0, 1), taxonomy: DEFAULT_TAXONOMY, bandTotals: BAND_TOTALS })).toEqual([]);
  });

  it('clusters on embeddings when given, even when they all crowd into one direction', () => {
    const rnd = random(21);
    const names = Object.keys(TOPICS);
    const directions = names.map(() => Array.from({ length: 32 }, () => rnd() - 0.5));
    const topicOf = (e: ThemeExcerpt) => names.find((n) => TOPICS[n].driverKey === e.excerpt.driverKey);
    // A large shared offset, as real embedding models have, plus topic (a direction of its own for one-offs) and noise.
    const vectors = excerpts.map((e) => {
      const topic = names.indexOf(topicOf(e) ?? '');
      const direction = topic >= 0 ? directions[topic] : directions[0].map(() => rnd() - 0.5);
      return direction.map((x) => 5 + x + (rnd() - 0.5) * 0.3);
    });
    const fromEmbeddings = synthesizeThemes({ excerpts, taxonomy: DEFAULT_TAXONOMY, bandTotals: BAND_TOTALS, vectors });
    expect(fromEmbeddings.map((t) => [t.driverKeys, t.prevalence.map((p) => p.count)])).toEqual(
      themes.map((t) => [t.driverKeys, t.prevalence.map((p) => p.count)]),
    );
    expect(() => synthesizeThemes({ excerpts, taxonomy: DEFAULT_TAXONOMY, bandTotals: BAND_TOTALS, vectors: vectors.slice(1) })).toThrow(
      /vectors for/,
    );
  });
});

describe('synthesizeThemes offline, on quotes that share no words', () => {
  const QUOTES: Record<string, string[]> = {
    reliability: [
      'The sync failed three times last week.',
      'It crashes whenever we open a big report.',
      'We lost a day of data when the export broke.',
      'Outages every other Monday.',
      'The app keeps logging us out.',
      'Things break after every release.',
    ],
    support: [
      'Tickets sit for days before anyone answers.',
      'Nobody calls back when we escalate.',
      'We get canned answers.',
      'The agents clearly do not know the product.',
      'Chat takes forever to respond.',
      'I waited two weeks for a reply.',
    ],
    pricing_value: [
      'It is too expensive for what we use.',
      'The renewal jumped forty percent.',
      'We pay for seats nobody uses.',
      'Cheaper tools do the same job.',
      'The premium tier is overpriced.',
      'We cannot justify the cost to leadership.',
    ],
    usability: [
      'Too many clicks to do anything simple.',
      'The interface is clunky and confusing.',
      'New hires struggle to find basic settings.',
      'Navigation makes no sense.',
      'The menus are buried three levels deep.',
      'It takes ages to learn.',
    ],
  };

  it('keeps one theme per driver instead of splitting it on incidental words', () => {
    const excerpts: ThemeExcerpt[] = Object.entries(QUOTES).flatMap(([driverKey, quotes], d) =>
      quotes.map(
        (quote, q) =>
          ({
            sessionId: `s${d}${q}`,
            band: q % 2 ? 'passive' : 'detractor',
            excerpt: {
              driverKey,
              categoryKey: 'product',
              turnSeq: 1,
              start: 0,
              end: quote.length,
              quote,
              role: 'stated',
              sentiment: 'negative',
              sentimentScore: -0.5,
              competitors: [],
            },
          }) satisfies ThemeExcerpt,
      ),
    );
    const themes = synthesizeThemes({ excerpts, taxonomy: DEFAULT_TAXONOMY, bandTotals: { detractor: 12, passive: 12, promoter: 0 } });
    expect(themes.map((t) => [t.driverKeys, t.prevalence.map((p) => p.count)])).toEqual(Object.keys(QUOTES).map((k) => [[k], [3, 3, 0]]));
    // No phrase is said by three sessions of a theme ("answers" and "use" by two), so the label is the driver alone.
    expect(themes.map((t) => t.label)).toEqual(['Reliability', 'Support responsiveness and quality', 'Pricing and value', 'Usability']);
  });
});

describe('synthesizeThemes at wave scale', () => {
  it('turns 3,000 excerpts from 300 interviews into themes in seconds', () => {
    const excerpts = manyExcerpts(300, 10);
    const started = performance.now();
    const themes = synthesizeThemes({ excerpts, taxonomy: DEFAULT_TAXONOMY, bandTotals: { detractor: 100, passive: 100, promoter: 100 } });
    const ms = performance.now() - started;
    console.log(`synthesizeThemes: ${excerpts.length} excerpts in ${ms.toFixed(0)} ms, ${themes.length} themes`);
    expect(ms).toBeLessThan(60_000);
    expect(new Set(themes.slice(0, 5).map((t) => t.driverKeys[0]))).toEqual(new Set(Object.values(DRIVER_OF)));
  });
});
