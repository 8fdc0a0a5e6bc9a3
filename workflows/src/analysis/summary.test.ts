import { describe, expect, it } from 'vitest';
import { prevalenceBySegment } from '@ladder/contracts/stats';
import { DEFAULT_TAXONOMY } from '@ladder/contracts/taxonomy';
import { npsImpact, segmentDifferences, summarize, templateAction } from './summary.js';
import { driverAction, summaryPhrases } from './summary-templates.js';
import type { Theme } from './themes.js';

const theme = (
  key: string,
  label: string,
  counts: [number, number, number],
  n: [number, number, number],
  sentimentScore = -0.5,
  driverKeys = [key],
): Theme => ({
  key,
  label,
  description: `${label} description`,
  driverKeys,
  scope: 'cross-band',
  quotes: [],
  sessionIds: [],
  sentimentScore,
  prevalence: (['detractor', 'passive', 'promoter'] as const).map((band, i) => ({
    band,
    count: counts[i],
    n: n[i],
    share: n[i] ? counts[i] / n[i] : 0,
  })),
});

const wave = {
  respondents: { detractor: 120, passive: 100, promoter: 80 },
  interviews: { detractor: 40, passive: 20, promoter: 15 },
};

describe('executive summary', () => {
  it('estimates the NPS gain of a theme with its interval, shrunk, and says what it assumes', () => {
    // 10 of 40 interviewed detractors and 5 of 20 passives raise it; 300 respondents (120 detractors, 100 passives).
    // Hand-computed in impact-statistics.test.ts: centre 16.5, interval 7.9 to 25.2, shrunk point 15.4; plug-in 18.3.
    const impact = npsImpact(theme('reliability', 'Export failures', [10, 5, 0], [40, 20, 15]), { themes: [], ...wave });
    expect(impact).toMatchObject({ points: 15.4, low: 7.9, high: 25.2, observed: 18.3, n: 60, smallSample: false });
    expect(impact.explanation).toMatch(/^10 of 40 interviewed detractors and 5 of 20 interviewed passives raised it\./);
    expect(impact.explanation).toMatch(/assumes that resolving it would move every detractor who shares it to passive/);
    expect(impact.explanation).toMatch(/each move adds 0\.3 points among the wave's 300 respondents/);
    expect(impact.explanation).toMatch(/is the reason for their score/);
    expect(impact.explanation).toMatch(/95% interval 7\.9 to 25\.2 points/);
    expect(impact.explanation).toMatch(/The figure shown, \+15\.4, is the interval's centre \(16\.5\) shrunk toward zero/);
    expect(impact.explanation).not.toMatch(/Small sample/);
  });

  it('shrinks 6 of 7 detractors and flags the small sample (the demo case that printed +43.6 alone)', () => {
    const input = {
      themes: [],
      respondents: { detractor: 10, passive: 12, promoter: 18 },
      interviews: { detractor: 7, passive: 0, promoter: 5 },
    };
    const impact = npsImpact(theme('pricing_value', 'Price for value', [6, 0, 0], [7, 0, 5]), input);
    expect(impact).toMatchObject({ points: 13.4, low: 5.3, high: 24.7, observed: 21.4, n: 7, smallSample: true });
    expect(impact.explanation).toMatch(/No passives were interviewed, so they add nothing to it\./);
    expect(impact.explanation).toMatch(/Small sample: 7 interviews, fewer than 30/);
  });

  it('writes one action per hurting theme as an action on its driver with its counts, ranked by the shrunk estimate', () => {
    const input = {
      themes: [
        theme('support', 'Slow ticket replies', [4, 2, 0], [40, 20, 15]),
        theme('reliability', 'Export failures', [10, 5, 0], [40, 20, 15]),
        theme('usability', 'Clean interface', [0, 3, 12], [40, 20, 15], 0.7),
      ],
      ...wave,
    };
    const { actions, summary } = summarize(input);
    expect(actions.map((a) => a.themeKeys[0])).toEqual(['reliability', 'support']);
    expect(actions[0]).toMatchObject({
      action: 'Fix the failures customers run into',
      evidence: '10 of 40 detractors and 5 of 20 passives mention “Export failures”',
      title: 'Fix the failures customers run into — 10 of 40 detractors and 5 of 20 passives mention “Export failures”',
      impactPoints: 15.4,
      impactLow: 7.9,
      impactHigh: 25.2,
      impactN: 60,
      smallSample: false,
      writer: 'template',
    });
    expect(actions[1].title).toBe(
      'Set and meet a response-time target for support tickets — 4 of 40 detractors and 2 of 20 passives mention “Slow ticket replies”',
    );
    for (const a of actions) {
      expect(a.impactLow).toBeLessThanOrEqual(a.impactPoints);
      expect(a.impactPoints).toBeLessThanOrEqual(a.impactHigh);
      expect(a.evidence).toMatch(summaryPhrases('en').countPattern);
    }
    expect(summary).toMatch(/^75 interviews coded \(40 detractors, 20 passives, 15 promoters\); 3 themes\./);
    expect(summary).toMatch(/Largest estimated NPS gains: Export failures \(\+15\.4, 95% CI 7\.9 to 25\.2\); Slow ticket replies \(/);
    expect(summary).toMatch(/Promoters value: Clean interface\./);
  });

  it('writes French actions, evidence and summary for a French study', () => {
    const input = {
      themes: [
        theme('onboarding', 'Déploiement bloqué', [4, 0, 0], [7, 5, 3]),
        theme('x_custom', 'Rapports manquants', [1, 1, 0], [7, 5, 3], -0.3, ['x_custom']),
      ],
      respondents: { detractor: 10, passive: 8, promoter: 6 },
      interviews: { detractor: 7, passive: 5, promoter: 3 },
      language: 'fr-CA',
      taxonomy: DEFAULT_TAXONOMY,
    };
    const { actions, summary } = summarize(input);
    expect(actions[0].title).toBe(
      'Désigner un responsable de mise en place pour chaque nouveau compte — 4 sur 7 détracteurs évoquent « Déploiement bloqué »',
    );
    // A driver the templates do not know gets the generic action; one detractor and one passive: "1 sur 7 détracteurs et 1 sur 5 passifs".
    expect(actions[1].title).toBe(
      'Agir sur ce que disent les clients — 1 sur 7 détracteurs et 1 sur 5 passifs évoquent « Rapports manquants »',
    );
    expect(actions.every((a) => a.smallSample)).toBe(true);
    expect(summary).toMatch(
      /^15 entretiens codés \(7 détracteurs, 5 passifs, 3 promoteurs\) ; 2 thèmes\. Gains de NPS estimés les plus forts : Déploiement bloqué \(\+/,
    );
    expect(summary).toMatch(/IC 95 % \d+\.\d à \d+\.\d/);
  });

  it('falls back from an unknown driver to its category, and from an unknown language to English', () => {
    const tax = {
      categories: [
        { key: 'commercial', label: 'Commercial', drivers: [{ key: 'discounts', label: 'Discounts', description: '', examples: [] }] },
      ],
    };
    const t = theme('discounts', 'Renewal discounts', [1, 0, 0], [3, 0, 0], -0.5, ['discounts']);
    expect(templateAction(t, 'de', tax)).toMatchObject({
      action: 'Die kritisierten kommerziellen Bedingungen überprüfen',
      evidence: '1 von 3 Kritikern nennt „Renewal discounts“',
    });
    expect(templateAction(t, 'ja', tax).evidence).toBe('1 of 3 detractors mentions “Renewal discounts”');
    for (const language of ['en', 'fr', 'de', 'es', 'pt']) {
      for (const d of DEFAULT_TAXONOMY.categories.flatMap((c) => c.drivers)) {
        expect(driverAction(language, d.key, undefined)).not.toBe(driverAction(language, undefined, undefined));
      }
    }
  });

  it('names the biggest segment differences of theme prevalence in the paragraph', () => {
    // 40 coded interviews: 10 Enterprise, 30 SMB. "Stalled rollouts": 8 of 10 Enterprise, 3 of 30 SMB (Fisher, BH-adjusted: significant);
    // "Price for value": 3 of 10 vs 9 of 30 (no difference).
    const table = prevalenceBySegment(
      ['plan'],
      [
        { k0: 'Enterprise', n: 10 },
        { k0: 'SMB', n: 30 },
      ],
      [
        { k0: 'Enterprise', finding: 'rollouts', count: 8 },
        { k0: 'SMB', finding: 'rollouts', count: 3 },
        { k0: 'Enterprise', finding: 'price', count: 3 },
        { k0: 'SMB', finding: 'price', count: 9 },
      ],
      [
        { key: 'rollouts', label: 'Stalled rollouts' },
        { key: 'price', label: 'Price for value' },
      ],
    );
    const differences = segmentDifferences([table]);
    expect(differences).toHaveLength(1);
    expect(differences[0]).toMatchObject({
      segment: 'Enterprise (plan)',
      themeKey: 'rollouts',
      count: 8,
      n: 10,
      share: 0.8,
      significant: true,
    });
    expect(differences[0].rest).toBeCloseTo(0.1, 6);
    const input = {
      themes: [theme('rollouts', 'Stalled rollouts', [9, 2, 0], [20, 10, 10], -0.5, ['onboarding'])],
      respondents: { detractor: 20, passive: 10, promoter: 10 },
      interviews: { detractor: 20, passive: 10, promoter: 10 },
      segmentDifferences: differences,
    };
    const { summary } = summarize(input);
    expect(summary).toMatch(
      new RegExp(
        `Biggest segment differences: Enterprise \\(plan\\) raise “Stalled rollouts” more often \\(80% vs 10% of the rest, \\*+\\)\\.`,
      ),
    );
    expect(summarize({ ...input, language: 'fr' }).summary).toMatch(
      /Plus grands écarts entre segments : Enterprise \(plan\) évoquent plus souvent « Stalled rollouts » \(80% contre 10% pour le reste, \*+\)\./,
    );
    // Without a significant difference, the largest one is named as not significant; without segments, nothing is said.
    const flat = prevalenceBySegment(
      ['plan'],
      [
        { k0: 'Enterprise', n: 10 },
        { k0: 'SMB', n: 30 },
      ],
      [
        { k0: 'Enterprise', finding: 'price', count: 4 },
        { k0: 'SMB', finding: 'price', count: 9 },
      ],
      [{ key: 'price', label: 'Price for value' }],
    );
    expect(summarize({ ...input, segmentDifferences: segmentDifferences([flat]) }).summary).toMatch(
      /No segment differs significantly from the rest in its themes; the largest gap: Enterprise \(plan\), “Price for value” \(40% vs 30%\)\./,
    );
    expect(summarize({ ...input, segmentDifferences: [] }).summary).not.toMatch(/segment/i);
  });
});
