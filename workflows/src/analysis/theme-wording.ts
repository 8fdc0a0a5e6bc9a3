/**
 * How a theme reads: its driver's label, its one-sentence description with prevalence, and its best
 * quotes (its label is theme-labels.ts's). Offline and deterministic, like the clustering in
 * themes.ts that hands over the drafts.
 */
import { BANDS, type Band, type ExcerptRole } from '@ladder/contracts';
import type { TaxonomyContent } from '@ladder/contracts/taxonomy';
import type { Theme, ThemeExcerpt, ThemePrevalence, ThemeQuote } from './theme.types.js';
import type { Token } from './tfidf.js';

/** Sessions a band needs in a theme to count it as taking part (cross-band scope, quotes, description). */
export const CROSS_BAND_MIN_SESSIONS = 2;
const QUOTES_PER_THEME = 5;
const ROLE_BONUS: Record<ExcerptRole, number> = { root: 0.1, stated: 0.05, supporting: 0 };

export interface ThemeItem extends ThemeExcerpt {
  index: number;
  tokens: Token[];
}

export function labelOfDriver(taxonomy: TaxonomyContent, driverKey: string): string {
  const driver = taxonomy.categories.flatMap((c) => c.drivers).find((d) => d.key === driverKey);
  return driver?.label ?? driverKey.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

const PLURAL: Record<Band, string> = { detractor: 'detractors', passive: 'passives', promoter: 'promoters' };
const ROLE_PHRASE: Record<ExcerptRole, string> = { root: 'the root reason', stated: 'the stated reason', supporting: 'supporting detail' };

/** "Mentioned by 28% of detractors (14 of 50), mostly as the root reason; coded as Reliability and Integrations." */
export function describe(
  prevalence: readonly ThemePrevalence[],
  scope: Theme['scope'],
  members: readonly ThemeItem[],
  driverKeys: readonly string[],
  taxonomy: TaxonomyContent,
): string {
  const shown = prevalence.filter((p) => (scope === 'cross-band' ? p.count >= CROSS_BAND_MIN_SESSIONS : p.band === scope));
  const parts = shown.map(({ band, count, n, share }) =>
    n > 0 ? `${Math.round(share * 100)}% of ${PLURAL[band]} (${count} of ${n})` : `${count} ${PLURAL[band]}`,
  );
  let sentence = `Mentioned by ${parts.slice(0, -1).join(', ')}${parts.length > 1 ? ' and ' : ''}${parts.at(-1)}`;
  const roles = (['root', 'stated', 'supporting'] as const).map((role) => ({
    role,
    count: members.filter((it) => it.excerpt.role === role).length,
  }));
  const top = roles.sort((a, b) => b.count - a.count)[0];
  if (top.count > members.length / 2) sentence += `, mostly as ${ROLE_PHRASE[top.role]}`;
  const sessions = new Set(members.map((it) => it.sessionId)).size;
  const notable = driverKeys.filter(
    (key) => new Set(members.filter((it) => it.excerpt.driverKey === key).map((it) => it.sessionId)).size >= Math.max(2, sessions / 5),
  );
  if (notable.length > 1)
    sentence += `; coded as ${notable
      .slice(0, -1)
      .map((k) => labelOfDriver(taxonomy, k))
      .join(', ')} and ${labelOfDriver(taxonomy, notable.at(-1) ?? '')}`;
  return `${sentence}.`;
}

/**
 * The excerpts closest to the theme's centre, root and stated reasons first: one per band taking
 * part in a cross-band theme, then one per session, then any, never the same words twice.
 */
export function pickQuotes(members: readonly ThemeItem[], closeness: readonly number[], scope: Theme['scope']): ThemeQuote[] {
  const ranked = members
    .map((it, k) => ({ it, score: closeness[k] + ROLE_BONUS[it.excerpt.role] }))
    .sort((a, b) => b.score - a.score || a.it.index - b.it.index);
  const picked: typeof ranked = [];
  const words = new Set<string>();
  const sessions = new Set<string>();
  const take = (accept: (it: ThemeItem) => boolean) => {
    for (const r of ranked) {
      if (picked.length >= QUOTES_PER_THEME) return;
      const text = r.it.excerpt.quote.trim().toLowerCase();
      if (picked.includes(r) || words.has(text) || !accept(r.it)) continue;
      picked.push(r);
      words.add(text);
      sessions.add(r.it.sessionId);
    }
  };
  if (scope === 'cross-band') for (const band of BANDS) take((it) => it.band === band && !picked.some((p) => p.it.band === band));
  take((it) => !sessions.has(it.sessionId));
  take(() => true);
  return picked
    .sort((a, b) => b.score - a.score || a.it.index - b.it.index)
    .map(({ it: { sessionId, band, excerpt: e } }) => ({
      sessionId,
      turnSeq: e.turnSeq,
      start: e.start,
      end: e.end,
      quote: e.quote,
      band,
      sentimentScore: e.sentimentScore,
    }));
}
