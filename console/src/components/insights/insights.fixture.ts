import type { CommentDriversQuery, SegmentNpsFieldsFragment, ThemeQuoteFieldsFragment, WaveAnalysisQuery } from '../../gql/graphql';

/** Specs only: segments, themes, quotes and comment drivers shaped as the API returns them. */
export const segment = (
  value: string,
  nps: number,
  n: number,
  overrides: Partial<SegmentNpsFieldsFragment> = {},
): SegmentNpsFieldsFragment => ({
  label: `region=${value}`,
  key: [{ attribute: 'region', value }],
  n,
  nps,
  ciLow: nps - 15,
  ciHigh: nps + 15,
  promoters: Math.round(n * 0.4),
  passives: Math.round(n * 0.3),
  detractors: n - Math.round(n * 0.4) - Math.round(n * 0.3),
  smallSample: n < 30,
  ...overrides,
});

export const quote = (id: string, band: ThemeQuoteFieldsFragment['band'], turnSeq = 3): ThemeQuoteFieldsFragment => ({
  id,
  quote: `Quote ${id}`,
  sessionId: `s-${id}`,
  turnSeq,
  start: 0,
  end: 9,
  band,
});

type Theme = NonNullable<WaveAnalysisQuery['waveAnalysis']>['themes'][number];
type Shares = Partial<Record<'DETRACTOR' | 'PASSIVE' | 'PROMOTER', [count: number, n: number]>>;
export const theme = (key: string, rank: number, shares: Shares, overrides: Partial<Theme> = {}): Theme => ({
  id: `id-${key}`,
  key,
  rank,
  label: `Theme ${key}`,
  description: `About ${key}`,
  scope: 'DETRACTOR',
  driverKeys: ['performance'],
  drivers: [{ key: 'performance', label: 'Performance' }],
  sentimentScore: -0.4,
  prevalence: (['DETRACTOR', 'PASSIVE', 'PROMOTER'] as const).map((band) => {
    const [count, n] = shares[band] ?? [0, 10];
    return {
      band,
      count,
      n,
      share: n ? count / n : null,
      low: Math.max(0, count / n - 0.2),
      high: Math.min(1, count / n + 0.2),
      smallSample: n < 30,
    };
  }),
  quotes: [quote(`${key}-1`, 'DETRACTOR', 5), quote(`${key}-2`, 'PASSIVE', 7)],
  ...overrides,
});

type CommentDrivers = CommentDriversQuery['commentDrivers'];
export const commentDriver = (key: string, label: string, count: number, share: number, interval: [number, number], negative: number) => ({
  driver: { key, label },
  count,
  share,
  ciLow: interval[0],
  ciHigh: interval[1],
  negative,
});
/** 44 of 46 comments coded: support named by half of them, pricing by 41%. */
export const commentDrivers = (overrides: Partial<CommentDrivers> = {}): CommentDrivers => ({
  waveId: 'w1',
  commented: 46,
  coded: 44,
  withoutDriver: 4,
  smallSample: false,
  drivers: [
    commentDriver('support', 'Support responsiveness and quality', 22, 0.5, [0.356, 0.644], 17),
    commentDriver('pricing_value', 'Pricing and value', 18, 0.409, [0.275, 0.558], 9),
  ],
  ...overrides,
});
