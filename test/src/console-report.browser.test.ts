import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportFiguresDocument, type ReportFiguresQuery, type TypedDocumentString } from './gql/graphql.js';
import { launchBrowser, screenshot } from './support/browser.js';
import { gql } from './support/graphql.js';
import { analysedDemoWave } from './support/demo-wave.js';
import { startPlatform, type Platform } from './support/platform.js';

/**
 * The printable executive report in Chromium, on the seeded demo: 16 of its wave's respondents
 * interviewed by the simulator and the wave analysed by the worker (offline moderator and coder).
 * The page is checked against the API's figures, then printed: print media, A4 PDF.
 */

const INTERVIEWS = 16;

let platform: Platform;
let browser: Browser;
let page: Page;
let studyId: string;
let waveId: string;
let figures: ReportFiguresQuery;
let pdfDir: string;

async function api<Result, Variables>(document: TypedDocumentString<Result, Variables>, variables: Variables): Promise<Result> {
  const result = await gql(platform.apiUrl, document, variables, { key: platform.bootstrapKey });
  expect(result.errors).toBeUndefined();
  return result.data!;
}

beforeAll(async () => {
  platform = await startPlatform({ seed: true, console: true });
  const analysed = await analysedDemoWave(platform, { interviews: INTERVIEWS });
  ({ studyId, waveId } = analysed);
  const analysisId = analysed.analysisId;
  figures = await api(ReportFiguresDocument, { studyId, waveId, analysisId });

  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  await page.goto(`${platform.consoleUrl}/login#key=${encodeURIComponent(platform.bootstrapKey)}`);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  pdfDir = mkdtempSync(join(tmpdir(), 'ladder-report-'));
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
  if (pdfDir) rmSync(pdfDir, { recursive: true, force: true });
});

/** A computed style of the first element matching a selector, read in the page (this package has no DOM types). */
const computed = (selector: string, property: string) =>
  page.evaluate(`getComputedStyle(document.querySelector(${JSON.stringify(selector)})).${property}`) as Promise<string>;
const round = (x: number | null | undefined) => String(Math.round(x!));

describe('printable executive report in Chromium', () => {
  it('opens from the summary and lays out the wave as the API reports it', async () => {
    await page.goto(`${platform.consoleUrl}/studies/${studyId}/summary?wave=${waveId}`);
    await page.getByTestId('summary-report-link').click();
    await page.waitForURL(/\/report\?wave=/);
    await page.getByTestId('report-summary').waitFor({ timeout: 15_000 });
    const analysis = figures.waveAnalysis!;

    expect(await page.getByTestId('report-title').innerText()).toBe('Demo - NPS follow-up');
    const meta = await page.getByTestId('report-wave').innerText();
    expect(meta).toMatch(/^Wave Q4 2026 · launched \d{4}-\d\d-\d\d · 300 respondents · analysed \d{4}-\d\d-\d\d/);
    expect(meta).toContain(`${analysis.coded} interviews coded (offline)`);

    const nps = figures.segmentNps.overall;
    expect(await page.getByTestId('report-nps-headline').innerText()).toBe(
      `NPS ${round(nps.nps)} (95% interval ${round(nps.ciLow)} to ${round(nps.ciHigh)})`,
    );
    const bands = await page.getByTestId('report-band').allInnerTexts();
    expect(bands.map((b) => b.replace(/\s*\(.*$/, '').trim())).toEqual([
      `Detractors ${nps.detractors}`,
      `Passives ${nps.passives}`,
      `Promoters ${nps.promoters}`,
    ]);
    expect(await page.getByTestId('report-band-split').locator('rect').count()).toBe(3);

    expect(await page.getByTestId('report-summary').innerText()).toBe(analysis.summary);
    expect(await page.getByTestId('report-action').count()).toBe(analysis.actions.length);
    if (analysis.actions.length) {
      const first = [...analysis.actions].sort((a, b) => a.rank - b.rank)[0];
      expect(await page.getByTestId('report-action').first().locator('h3').innerText()).toBe(first.action ?? first.title);
      // The analysis was made now: every action carries its interval.
      expect(first.impactLow).not.toBeNull();
      expect(await page.getByTestId('report-action-impact').first().innerText()).toMatch(/^\+-?\d+ points \(95% CI -?\d+ to -?\d+\)$/);
    }

    const topKeys = [...analysis.themes]
      .sort((a, b) => a.rank - b.rank)
      .slice(0, 5)
      .map((t) => t.key);
    expect(topKeys.length).toBeGreaterThan(0);
    const themes = page.getByTestId('report-theme');
    expect(await themes.evaluateAll((els) => els.map((e) => e.getAttribute('data-key')))).toEqual(topKeys);
    expect(await themes.first().getByTestId('theme-prevalence').count()).toBe(3);
    const quotes = await themes.first().getByTestId('report-quote').count();
    expect(quotes).toBeGreaterThanOrEqual(1);
    expect(quotes).toBeLessThanOrEqual(2);

    // The demo's respondents carry tier, region and product line (tenure in months has too many values to group by).
    const differences = page.getByTestId('report-difference');
    await differences.first().waitFor({ timeout: 15_000 });
    expect(await differences.count()).toBeLessThanOrEqual(5);
    const note = await page.getByTestId('report-differences-section').locator('.report-note').innerText();
    expect(note).toMatch(/^Grouped by product_line, region, tier\./);

    const named = figures.competitors.competitors
      .filter((c) => c.byWave.some((w) => w.waveId === waveId && w.count > 0))
      .map((c) => c.name)
      .sort();
    const shown = await page.getByTestId('report-competitor').evaluateAll((els) => els.map((e) => e.getAttribute('data-name')));
    expect([...shown].sort()).toEqual(named);
    if (!named.length) await page.getByTestId('report-competitors-empty').waitFor();
  }, 90_000);

  it('prints without the console chrome, theme blocks kept whole, to an A4 PDF', async () => {
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.topbar').isVisible()).toBe(false);
    expect(await page.locator('nav.subnav').isVisible()).toBe(false);
    expect(await page.getByTestId('report-print').isVisible()).toBe(false);
    expect(await page.getByTestId('report-title').isVisible()).toBe(true);
    expect(await computed('[data-testid="report-theme"]', 'breakInside')).toBe('avoid');
    // The bars are backgrounds: they print only with exact colour adjustment.
    expect(await computed('[data-testid="theme-prevalence"]', 'printColorAdjust')).toBe('exact');
    // The paper's printable width: A4 less the report's 15 mm side margins, 180 mm at 96 px per inch.
    await page.setViewportSize({ width: 680, height: 1000 });
    await screenshot(page, 'report-print');

    const path = join(pdfDir, 'report.pdf');
    await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
    const pdf = readFileSync(path).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pdf.match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0).toBeGreaterThanOrEqual(1);
    // A4 from the report's @page rule: 595 x 842 points.
    expect(pdf).toMatch(/\/MediaBox\s*\[\s*0 0 59[45](\.\d+)? 84[12](\.\d+)?\s*\]/);
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1280, height: 1000 });
  }, 60_000);
});
