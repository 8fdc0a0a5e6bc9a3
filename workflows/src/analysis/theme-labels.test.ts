import { describe, expect, it } from 'vitest';
import type { Band } from '@ladder/contracts';
import { DEFAULT_TAXONOMY } from '@ladder/contracts/taxonomy';
import { labelProblems } from './label-checks.js';
import { synthesizeThemes, type ThemeExcerpt } from './themes.js';

/** One excerpt per quote, each from its own session: a complaint, or praise from a promoter. */
function excerpts(driverKey: string, quotes: readonly string[], band: Band = 'detractor'): ThemeExcerpt[] {
  const positive = band === 'promoter';
  return quotes.map((quote, i) => ({
    sessionId: `${driverKey}-${band}-${i}`,
    band,
    excerpt: {
      driverKey,
      categoryKey: 'product',
      turnSeq: 1,
      start: 0,
      end: quote.length,
      quote,
      role: 'stated',
      sentiment: positive ? 'positive' : 'negative',
      sentimentScore: positive ? 0.6 : -0.5,
      competitors: [],
    },
  }));
}

const themesOf = (...groups: ThemeExcerpt[][]) =>
  synthesizeThemes({ excerpts: groups.flat(), taxonomy: DEFAULT_TAXONOMY, bandTotals: { detractor: 40, passive: 0, promoter: 20 } });

const ONBOARDING = [
  'The migration tool dropped half of our custom fields.',
  'We spent weeks fixing what the migration tool imported.',
  'Honestly the migration tool was the worst part of the rollout.',
  'Nobody told us that their migration tool skips attachments.',
  'Setup took three months longer than anyone promised.',
];
const PRICING = [
  'Our seat prices went up by a third at the renewal.',
  'We cannot justify these seat prices to our finance team.',
  'I think the seat prices are unfair for occasional users.',
  'The price keeps rising every year.',
  'Pricing is the reason we are looking elsewhere.',
];
const PRICE_ONLY = ['The price is too high.', 'The price went up again.', 'Their price is hard to defend.', 'I hate the new pricing.'];
const SUPPORT_FR = [
  'Le support client met trois jours à répondre à chaque demande.',
  'On attend le support client pendant des semaines sans nouvelles.',
  'Le temps de réponse du support client est franchement inacceptable.',
  'Personne au support client ne connaît vraiment le produit.',
];

const UPDATES_FR = [
  'Chaque mise à jour casse nos tableaux de bord.',
  "Depuis les dernières mises à jour, l'export ne marche plus.",
  'Les mises à jour arrivent sans prévenir et cassent tout.',
  'Après la mise à jour de mars, plus rien ne fonctionne chez nous.',
];
const USABILITY_PT = [
  'A interface nova é confusa para a equipe inteira.',
  'Ninguém entende a interface nova depois da mudança.',
  'Com a interface nova perdemos muito tempo todos os dias.',
];

describe('offline theme labels from noun phrases', () => {
  it('names an English theme "Driver: phrase" after the phrase most respondents used, without its article or possessive', () => {
    const themes = themesOf(excerpts('onboarding', ONBOARDING), excerpts('pricing_value', PRICING));
    expect(themes.map((t) => [t.key, t.label])).toEqual([
      ['onboarding.migration-tool', 'Onboarding and implementation: migration tool'],
      ['pricing_value.seat-prices', 'Pricing and value: seat prices'],
    ]);
  });

  it('names French themes from French phrases; a phrase too long with its driver stands alone, in sentence case', () => {
    const themes = themesOf(excerpts('support', SUPPORT_FR), excerpts('reliability', UPDATES_FR));
    expect(themes.map((t) => [t.key, t.label])).toEqual([
      ['reliability.mise-a-jour', 'Reliability: mise à jour'],
      ['support.support-client', 'Support client'],
    ]);
  });

  it('keeps the driver label alone when the phrase adds nothing to it or too few respondents share one', () => {
    expect(themesOf(excerpts('pricing_value', PRICE_ONLY)).map((t) => t.label)).toEqual(['Pricing and value']);
    expect(themesOf(excerpts('onboarding', ONBOARDING.slice(2))).map((t) => t.label)).toEqual(['Onboarding and implementation']);
  });

  it('tells apart two themes of one driver by a phrase fewer said, else by their sentiment, before numbering them', () => {
    const complaints = [
      'Tickets sit for a week without a reply.',
      'Nobody calls back when we escalate an outage.',
      'The chat agents clearly do not know the product.',
      'We get canned replies to precise questions.',
    ];
    const praise = [
      'Our account team answers within the hour.',
      'Honestly our account team is wonderful.',
      'They fixed my problem on a Sunday.',
    ];
    const praiseWithout = ['They answer super fast.', 'They always answer super fast.', 'Super fast and always kind.'];
    const label = (group: string[]) =>
      themesOf(excerpts('support', complaints), excerpts('support', group, 'promoter')).map((t) => [t.scope, t.label]);
    expect(label(praise)).toEqual([
      ['detractor', 'Support responsiveness and quality'],
      ['promoter', 'Support responsiveness and quality: account team'],
    ]);
    expect(label(praiseWithout)).toEqual([
      ['detractor', 'Support responsiveness and quality'],
      ['promoter', 'Support responsiveness and quality: praise'],
    ]);
  });

  it('labels a language without a tagger only with word pairs that pass the label checks', () => {
    const [theme] = themesOf(excerpts('usability', USABILITY_PT));
    expect(theme.label).toBe('Usability: interface nova');
    expect(labelProblems(theme.label, 'pt')).toEqual([]);
  });

  it('never prints the clipped n-gram fragments of the quotes the issue saw', () => {
    const quotes = [
      'We learnt to work around it, but the cost of the workarounds adds up.',
      'For customers our size, internally the team talks about leaving.',
      'They make us repeat the setup for every new workspace.',
      'The setup for each workspace is manual and slow.',
    ];
    const themes = themesOf(excerpts('pricing_value', quotes), excerpts('onboarding', [...quotes].reverse()));
    for (const t of themes) expect(labelProblems(t.label, 'en'), t.label).toEqual([]);
    expect(themes.map((t) => t.label).join(' ')).not.toMatch(/,/);
  });
});
