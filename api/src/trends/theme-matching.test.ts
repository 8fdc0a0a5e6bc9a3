import { describe, expect, it } from 'vitest';
import { translateKeys, type TaxonomyStep } from '../taxonomy/crosswalk.js';
import { linkThemeSeries, matchThemes, type MatchableTheme } from './theme-matching.js';

const chain: TaxonomyStep[] = [
  { version: 1, crosswalk: {} },
  { version: 2, crosswalk: { support: ['support_speed', 'support_quality'] } },
];
const translate = (version: number, key: string) => translateKeys(chain, version, [key]);
const t = (key: string, driverKeys: string[], taxonomyVersion = 1, scope = 'detractor'): MatchableTheme => ({
  key,
  scope,
  driverKeys,
  taxonomyVersion,
});

describe('matchThemes', () => {
  it('matches by scope and key first, then by the translated top driver, and lists the rest unmatched', () => {
    const base = [
      t('slow-support', ['support', 'trust']),
      t('price', ['pricing_value']),
      t('bugs', ['reliability']),
      t('price', ['pricing_value'], 1, 'passive'),
    ];
    const current = [t('price', ['pricing_value'], 2), t('tickets-wait', ['support_speed'], 2), t('onboarding', ['onboarding'], 2)];
    const pairs = matchThemes(base, current, translate);
    expect(pairs.map((p) => [p.base?.key ?? null, p.current?.key ?? null, p.matchedBy])).toEqual([
      ['price', 'price', 'key'],
      ['slow-support', 'tickets-wait', 'top-driver'],
      [null, 'onboarding', 'none'],
      ['bugs', null, 'none'],
      ['price', null, 'none'],
    ]);
    expect(pairs[4].base?.scope).toBe('passive');
  });

  it('never pairs one base theme twice, and never across scopes', () => {
    const pairs = matchThemes(
      [t('a', ['usability'])],
      [t('b', ['usability']), t('c', ['usability']), t('a', ['usability'], 1, 'cross-band')],
      translate,
    );
    expect(pairs.map((p) => [p.base?.key ?? null, p.current?.key, p.matchedBy])).toEqual([
      ['a', 'b', 'top-driver'],
      [null, 'c', 'none'],
      [null, 'a', 'none'],
    ]);
  });
});

describe('linkThemeSeries', () => {
  it('links themes across waves, rejoining a theme after a wave without it', () => {
    const series = linkThemeSeries(
      [
        [t('support', ['support']), t('price', ['pricing_value'])],
        [t('price', ['pricing_value'])],
        [t('waiting', ['support_quality'], 2), t('new', ['billing'], 2)],
      ],
      translate,
    );
    expect(series.map((s) => s.points.map((p) => (p ? `${p.theme.key}/${p.matchedBy}` : null)))).toEqual([
      ['support/none', null, 'waiting/top-driver'],
      ['price/none', 'price/key', null],
      [null, null, 'new/none'],
    ]);
  });
});
