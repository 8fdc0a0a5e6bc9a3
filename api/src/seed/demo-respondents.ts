import { seededRandom } from '@ladder/contracts';
/** The demo data is the same on every machine: a seeded generator (contracts' seededRandom). */
export const prng = seededRandom;

export interface DemoRespondent {
  externalId: string;
  score: number;
  email: string;
  language: string;
  attributes: Record<string, string>;
}

const pick = <T>(rand: () => number, items: readonly (readonly [T, number])[]): T => {
  let r = rand() * items.reduce((s, [, w]) => s + w, 0);
  for (const [item, weight] of items) if ((r -= weight) < 0) return item;
  return items[items.length - 1][0];
};

const TIERS = [
  ['Enterprise', 2],
  ['Mid-market', 3],
  ['SMB', 5],
] as const;
const REGIONS = [
  ['EMEA', 4],
  ['North America', 4],
  ['APAC', 2],
  ['LATAM', 1],
] as const;
const PRODUCTS = [
  ['Analytics', 4],
  ['Automation', 3],
  ['Core Platform', 3],
] as const;
const LANGUAGES: Record<string, readonly (readonly [string, number])[]> = {
  EMEA: [
    ['en', 6],
    ['fr', 2],
    ['de', 2],
  ],
  'North America': [
    ['en', 9],
    ['fr', 1],
  ],
  APAC: [['en', 1]],
  LATAM: [
    ['en', 1],
    ['es', 2],
    ['pt', 1],
  ],
};

/**
 * Realistic shapes rather than uniform noise: SMB on Automation skews negative, long-tenured
 * Enterprise accounts skew positive, so segment views show differences worth exploring.
 */
function scoreFor(rand: () => number, tier: string, product: string, tenure: number): number {
  let base = 7.2;
  if (tier === 'Enterprise') base += 0.6;
  if (tier === 'SMB' && product === 'Automation') base -= 1.8;
  if (tenure > 36) base += 0.5;
  if (tenure < 6) base -= 0.7;
  const noise = (rand() + rand() + rand() - 1.5) * 4;
  return Math.max(0, Math.min(10, Math.round(base + noise)));
}

export function demoRespondents(count: number, seed = 20261124): DemoRespondent[] {
  const rand = prng(seed);
  return Array.from({ length: count }, (_, i) => {
    const tier = pick(rand, TIERS);
    const region = pick(rand, REGIONS);
    const product = pick(rand, PRODUCTS);
    const tenure = 1 + Math.floor(rand() * 72);
    const n = String(i + 1).padStart(4, '0');
    return {
      externalId: `DEMO-${n}`,
      score: scoreFor(rand, tier, product, tenure),
      email: `customer${n}@example.com`,
      language: pick(rand, LANGUAGES[region]),
      attributes: { tier, region, product_line: product, tenure_months: String(tenure) },
    };
  });
}
