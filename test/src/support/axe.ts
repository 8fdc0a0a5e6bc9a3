import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.1 level A and AA, the rules enterprise buyers ask for (issue 16). */
export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeCounts {
  page: string;
  /** Violated rules by impact, each with the number of elements that fail it. */
  byImpact: Record<'critical' | 'serious' | 'moderate' | 'minor', number>;
  /** `rule-id (n elements): first failing selector` for the serious and critical ones. */
  blocking: string[];
}

/**
 * Runs axe-core on what the page shows now and counts the violations by impact. Serious and
 * critical ones are what the browser tests fail on; moderate and minor are printed.
 */
export async function axeCounts(page: Page, name: string): Promise<AxeCounts> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  const byImpact = { critical: 0, serious: 0, moderate: 0, minor: 0 };
  const blocking: string[] = [];
  for (const v of violations) {
    const impact = v.impact ?? 'minor';
    byImpact[impact] += v.nodes.length;
    if (impact === 'serious' || impact === 'critical')
      blocking.push(
        `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' ')} — ${v.nodes[0]?.failureSummary?.split('\n')[1]?.trim() ?? v.help}`,
      );
  }
  return { page: name, byImpact, blocking };
}

export function formatAxeTable(rows: AxeCounts[]): string {
  const lines = rows.map(
    (r) =>
      `${r.page.padEnd(22)} ` +
      `critical ${r.byImpact.critical}  serious ${r.byImpact.serious}  moderate ${r.byImpact.moderate}  minor ${r.byImpact.minor}` +
      r.blocking.map((b) => `\n    ${b}`).join(''),
  );
  return ['axe-core, WCAG 2.1 A + AA, violating elements per page:', ...lines].join('\n');
}
