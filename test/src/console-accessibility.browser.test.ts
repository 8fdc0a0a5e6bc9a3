import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeCounts, formatAxeTable, type AxeCounts } from './support/axe.js';
import { launchBrowser, screenshot } from './support/browser.js';
import { analysedDemoWave } from './support/demo-wave.js';
import { startPlatform, type Platform } from './support/platform.js';

/**
 * Issue 16: every console page and the respondent chat, on the seeded demo with 8 simulated
 * interviews and their wave analysis, checked by axe-core for WCAG 2.1 A and AA in Chromium. A serious or critical
 * violation fails the test; the counts of every page are printed.
 */

let platform: Platform;
let browser: Browser;
let page: Page;
let studyId: string;
let waveId: string;
let sessionId: string;
let chatToken: string;

beforeAll(async () => {
  platform = await startPlatform({ seed: true, console: true });
  browser = await launchBrowser();
  // axe-core runs its frames in a page of the same context: pages come from contexts, not browser.newPage().
  page = await (await browser.newContext({ viewport: { width: 1280, height: 860 } })).newPage();
  ({ studyId, waveId } = await analysedDemoWave(platform, { interviews: 8, concurrency: 4, analysisWaitMs: 60_000 }));
  const db = new pg.Client({ connectionString: platform.databaseUrl });
  await db.connect();
  try {
    ({ id: sessionId } = (
      await db.query(
        `SELECT s.id FROM interview_session s JOIN wave w ON w.id = s.wave_id WHERE w.study_id = $1 AND s.status = 'completed' LIMIT 1`,
        [studyId],
      )
    ).rows[0]);
  } finally {
    await db.end();
  }
  await page.goto(`${platform.consoleUrl}/login#key=${encodeURIComponent(platform.bootstrapKey)}`);
  await page.goto(`${platform.consoleUrl}/studies/${studyId}`);
  await page.getByTestId('start-interview').first().click();
  const href = await page.getByTestId('chat-link').getAttribute('href');
  chatToken = href!.split('/i/')[1];
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

/**
 * Presses Tab until the focused element matches `selector` (keyboard only: nothing is clicked), and
 * checks the focus is visible (an outline or a box shadow).
 */
async function tabTo(p: Page, selector: string, max = 150): Promise<void> {
  for (let i = 0; i < max; i++) {
    await p.keyboard.press('Tab');
    // Evaluated in the page (this package is typed without the DOM).
    const state = await p.evaluate<{ outline: boolean; shadow: boolean } | null>(`(() => {
      const el = document.activeElement;
      if (!el || !el.matches(${JSON.stringify(selector)})) return null;
      const style = getComputedStyle(el);
      return { outline: style.outlineStyle !== 'none' && style.outlineWidth !== '0px', shadow: style.boxShadow !== 'none' };
    })()`);
    if (state) {
      expect(state.outline || state.shadow, `focus on ${selector} is not visible`).toBe(true);
      return;
    }
  }
  throw new Error(`${selector} not reached with ${max} presses of Tab`);
}

/** Waits until the page has loaded its data and drawn its charts: no request in flight and no "Loading" left. */
async function settle(p: Page): Promise<void> {
  await p.waitForLoadState('networkidle');
  await expect.poll(() => p.getByText(/^Loading/).count(), { timeout: 15_000 }).toBe(0);
  await p.waitForTimeout(300);
}

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  it('finds no serious or critical violation on any console page or the chat', async () => {
    const routes: [string, string][] = [
      ['studies', '/'],
      ['study', `/studies/${studyId}`],
      ['guides', `/studies/${studyId}/guides`],
      ['fielding', `/studies/${studyId}/fielding`],
      ['live monitor', `/studies/${studyId}/live`],
      ['escalations', `/studies/${studyId}/escalations`],
      ['segments', `/studies/${studyId}/segments`],
      ['themes', `/studies/${studyId}/themes`],
      ['findings', `/studies/${studyId}/findings`],
      ['agreement', `/studies/${studyId}/agreement`],
      ['trends', `/studies/${studyId}/trends`],
      ['summary', `/studies/${studyId}/summary`],
      ['report', `/studies/${studyId}/report?wave=${waveId}`],
      ['alerts', `/studies/${studyId}/alerts`],
      ['transcript', `/studies/${studyId}/interviews/${sessionId}`],
      ['workspace', '/workspace'],
      ['workspace members', '/workspace?tab=members'],
      ['workspace partner embed', '/workspace?tab=embed'],
    ];
    const rows: AxeCounts[] = [];
    for (const [name, path] of routes) {
      await page.goto(`${platform.consoleUrl}${path}`);
      await settle(page);
      rows.push(await axeCounts(page, name));
    }
    await page.getByTestId('account-toggle').click();
    await page.getByTestId('account-panel').waitFor();
    rows.push(await axeCounts(page, 'account menu'));
    const signedOut = await (await browser.newContext()).newPage();
    await signedOut.goto(`${platform.consoleUrl}/login`);
    await settle(signedOut);
    rows.push(await axeCounts(signedOut, 'login'));
    await signedOut.goto(`${platform.consoleUrl}/sign-in`);
    await signedOut.getByTestId('sign-in-email').fill('not-an-address');
    await signedOut.getByTestId('sign-in-submit').click();
    await signedOut.getByTestId('sign-in-error').waitFor();
    rows.push(await axeCounts(signedOut, 'sign-in refused'));
    await signedOut.getByTestId('sign-in-email').fill('someone@example.com');
    await signedOut.getByTestId('sign-in-submit').click();
    await signedOut.getByTestId('sign-in-sent').waitFor();
    rows.push(await axeCounts(signedOut, 'sign-in sent'));
    const chat = await (await browser.newContext({ viewport: { width: 390, height: 800 } })).newPage();
    await chat.goto(`${platform.consoleUrl}/i/${chatToken}`);
    await chat.getByTestId('moderator-turn').first().waitFor({ timeout: 30_000 });
    rows.push(await axeCounts(chat, 'chat'));
    console.info(formatAxeTable(rows));
    expect(rows.filter((r) => r.blocking.length).map((r) => `${r.page}: ${r.blocking.join('; ')}`)).toEqual([]);
  }, 300_000);

  it('goes from the study to segments, themes and a transcript with the keyboard alone', async () => {
    await page.goto(`${platform.consoleUrl}/studies/${studyId}`);
    await settle(page);
    await tabTo(page, '[data-testid="nav-segments"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/segments$/);
    await settle(page);
    await tabTo(page, '[data-testid="nav-themes"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/themes/);
    await page.getByTestId('theme-row').first().waitFor({ timeout: 15_000 });
    await tabTo(page, '[data-testid="theme-row"] button.themes-row-head');
    await page.keyboard.press('Enter');
    await page.getByTestId('theme-quote').first().waitFor();
    await tabTo(page, '[data-testid="quote-transcript-link"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/interviews\/[^/?]+/);
    await page.getByTestId('transcript-turn').first().waitFor({ timeout: 15_000 });
  }, 120_000);

  it('shows every chart as a table from the keyboard, with the same numbers', async () => {
    await page.goto(`${platform.consoleUrl}/studies/${studyId}`);
    await settle(page);
    const canvas = page.getByTestId('nps-chart').locator('canvas');
    const label = await canvas.getAttribute('aria-label');
    expect(label).toMatch(/^NPS -?\d+ \(95% CI -?\d+ to -?\d+\), n = \d+: \d+ detractors, \d+ passives, \d+ promoters$/);
    await tabTo(page, '[data-testid="nps-chart"] [data-testid="chart-table-toggle"]');
    await page.keyboard.press('Enter');
    const table = page.getByTestId('nps-chart').getByTestId('chart-table');
    await table.waitFor();
    const counts = (await table.locator('tbody td').allInnerTexts()).map(Number);
    const [, detractors, passives, promoters] = /(\d+) detractors, (\d+) passives, (\d+) promoters/.exec(label!)!.map(Number);
    expect(counts).toEqual([detractors, passives, promoters]);
    expect(await page.getByTestId('nps-chart').getByTestId('chart-table-toggle').getAttribute('aria-expanded')).toBe('true');
    await screenshot(page, 'a11y-chart-table-study');

    await page.goto(`${platform.consoleUrl}/studies/${studyId}/segments`);
    await settle(page);
    const toggles = page.getByTestId('chart-table-toggle');
    for (let i = 0; i < (await toggles.count()); i++) await toggles.nth(i).press('Enter');
    await expect.poll(() => page.getByTestId('chart-table').count()).toBe(await toggles.count());
    expect(await page.getByTestId('chart-table').first().locator('tbody tr').count()).toBeGreaterThan(0);
    await screenshot(page, 'a11y-chart-table-segments');
  }, 120_000);

  it('lets a respondent answer at 200% zoom with the keyboard alone', async () => {
    // 200% zoom of a 1280 x 800 window: half as many CSS pixels, each drawn twice as large.
    const zoomed = await (await browser.newContext({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 })).newPage();
    await zoomed.goto(`${platform.consoleUrl}/i/${chatToken}`);
    await zoomed.getByTestId('moderator-turn').first().waitFor({ timeout: 30_000 });
    const before = await zoomed.getByTestId('moderator-turn').count();
    await tabTo(zoomed, '[data-testid="chat-input"]');
    await zoomed.keyboard.type('The reports take an hour to load, so my team stopped using them.');
    await tabTo(zoomed, '[data-testid="chat-send"]');
    await zoomed.keyboard.press('Enter');
    await expect.poll(() => zoomed.getByTestId('moderator-turn').count(), { timeout: 30_000 }).toBe(before + 1);
    // Nothing to scroll sideways: the page reflows at 200%.
    expect(await zoomed.evaluate<boolean>('document.documentElement.scrollWidth <= document.documentElement.clientWidth')).toBe(true);
    expect((await axeCounts(zoomed, 'chat at 200%')).blocking).toEqual([]);
    await screenshot(zoomed, 'a11y-chat-zoom-200');
  }, 120_000);
});
