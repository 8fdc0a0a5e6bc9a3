import { describe, expect, it } from 'vitest';
import { npsImpact, summarize } from './summary.js';
import type { Theme } from './themes.js';

const theme = (
  key: string,
  label: string,
  counts: [number, number, number],
  n: [number, number, number],
  sentimentScore = -0.5,
): Theme => ({
  key,
  label,
  description: `${label} description`,
  driverKeys: [key],
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

describe('executive summary', () => {
  it('estimates the NPS gain of a theme by hand', () => {
    // 10 of 40 interviewed detractors (25%) and 5 of 20 passives (25%) raise it. The wave has 300 respondents:
    // 120 detractors, 100 passives, 80 promoters. 0.25 × 120 = 30 detractors → passive, 0.25 × 100 = 25 passives → promoter:
    // NPS gain = 100 × (30 + 25) / 300 = 18.3 points.
    const input = {
      themes: [],
      respondents: { detractor: 120, passive: 100, promoter: 80 },
      interviews: { detractor: 40, passive: 20, promoter: 15 },
    };
    const impact = npsImpact(theme('reliability', 'Reliability: export failures', [10, 5, 0], [40, 20, 15]), input);
    expect(impact.points).toBe(18.3);
    expect(impact.explanation).toMatch(/25% of interviewed detractors and 25% of passives/);
    expect(impact.explanation).toMatch(/up to 18.3 points/);
  });

  it('ranks one action per hurting theme by estimated impact and leaves praise out of the actions', () => {
    const input = {
      themes: [
        theme('support', 'Support: slow tickets', [4, 2, 0], [40, 20, 15]),
        theme('reliability', 'Reliability: export failures', [10, 5, 0], [40, 20, 15]),
        theme('usability', 'Usability: clean interface', [0, 3, 12], [40, 20, 15], 0.7),
      ],
      respondents: { detractor: 120, passive: 100, promoter: 80 },
      interviews: { detractor: 40, passive: 20, promoter: 15 },
    };
    const { actions, summary } = summarize(input);
    expect(actions.map((a) => [a.themeKeys[0], a.impactPoints])).toEqual([
      ['reliability', 18.3],
      ['support', 7.3],
    ]); // support: 100 × (0.1 × 120 + 0.1 × 100) / 300 = 7.3
    expect(actions[0].title).toBe('Address reliability: export failures');
    expect(summary).toMatch(/^75 interviews coded \(40 detractors, 20 passives, 15 promoters\); 3 themes\./);
    expect(summary).toMatch(/Promoters value: Usability: clean interface\./);
  });
});
