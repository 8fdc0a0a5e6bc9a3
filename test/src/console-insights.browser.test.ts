import { simulateWave } from '@ladder/simulator';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './support/browser.js';
import {
  CommentDriversDocument,
  CreateWaveDocument,
  FieldingIngestDocument,
  ImportRespondentsDocument,
  LaunchWaveDocument,
  StartWaveAnalysisDocument,
  StudiesDocument,
  WaveAnalysisStatusDocument,
  type TypedDocumentString,
} from './gql/graphql.js';
import { gql } from './support/graphql.js';
import { startPlatform, type Platform } from './support/platform.js';

const INTERVIEWS = 12;

/** A second wave that went worse: mostly detractors, so trends and the comparison have something to show. */
const SECOND_WAVE_SCORES = [2, 3, 4, 5, 1, 6, 3, 8, 7, 9, 10, 4, 2, 5, 6, 9];
const TIERS = ['SMB', 'Mid-market', 'Enterprise'];
const REGIONS = ['EMEA', 'North America', 'APAC', 'LATAM'];
const PRODUCTS = ['Automation', 'Analytics', 'Core Platform'];
// The language column is set because the simulator cannot yet play a respondent whose language is unknown.
const secondWaveCsv = () =>
  [
    'id,score,language,tier,region,product_line,tenure_months',
    ...SECOND_WAVE_SCORES.map(
      (score, i) => `Q1-${i + 1},${score},en,${TIERS[i % 3]},${REGIONS[i % 4]},${PRODUCTS[(i + 1) % 3]},${3 + i * 4}`,
    ),
  ].join('\n');

/** Survey comments sent with the score, as a survey tool would: the worker's offline coder names support, pricing, or nothing. */
const COMMENTS = [
  'Support takes days to answer our tickets.',
  'Our support tickets sit for days before anyone answers.',
  'Nobody in support answers our tickets for days.',
  'The price is far too high for what we use.',
  'Too expensive for what we use.',
  'Love it, great job!',
];
// EMEA, the demo wave's largest region: the segment rows below stay the same four, LATAM stays small.
const commentedResponses = () =>
  COMMENTS.map((comment, i) => ({
    externalId: `COMMENT-${i + 1}`,
    score: i < 5 ? 3 + i : 9,
    language: 'en',
    comment,
    attributes: { tier: TIERS[i % 3], region: 'EMEA', product_line: PRODUCTS[i % 3], tenure_months: String(12 + i) },
  }));

let platform: Platform;
let browser: Browser;
let studyId: string;
let firstWave: string;
let secondWave: string;

async function api<Result, Variables>(document: TypedDocumentString<Result, Variables>, variables: Variables): Promise<Result> {
  const result = await gql(platform.apiUrl, document, variables, { key: platform.bootstrapKey });
  expect(result.errors).toBeUndefined();
  return result.data!;
}
const simulate = async (waveId: string) => {
  const summary = await simulateWave({
    apiUrl: platform.apiUrl,
    apiKey: platform.bootstrapKey,
    waveId,
    count: INTERVIEWS,
    concurrency: 6,
    launch: true,
  });
  expect(summary).toMatchObject({ completed: INTERVIEWS, failed: [] });
};
async function signedInPage(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${platform.consoleUrl}/login#key=${encodeURIComponent(platform.bootstrapKey)}`);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return page;
}

beforeAll(async () => {
  platform = await startPlatform({ seed: true, console: true });
  browser = await launchBrowser();
  const demo = (await api(StudiesDocument, {})).studies.find((s) => s.name === 'Demo - NPS follow-up')!;
  studyId = demo.id;
  firstWave = demo.waves[0].id;
  secondWave = (await api(CreateWaveDocument, { input: { studyId, name: 'Q1 2027' } })).createWave.id;
  const { importRespondents } = await api(ImportRespondentsDocument, { input: { waveId: secondWave, csv: secondWaveCsv() } });
  expect(importRespondents).toMatchObject({ ok: true, importedCount: SECOND_WAVE_SCORES.length });
  await api(LaunchWaveDocument, { id: secondWave });
  await Promise.all([simulate(firstWave), simulate(secondWave)]);
});
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

describe('insights console in Chromium', () => {
  it('runs the wave analysis with live progress, explores themes down to the quote and its transcript turn', async () => {
    const page = await signedInPage();
    await page.goto(`${platform.consoleUrl}/studies/${studyId}`);
    await page.getByTestId('nav-themes').click();
    await page.getByTestId('wave-select').selectOption(firstWave);
    await page.getByTestId('run-analysis').click();
    const progress = page.getByTestId('analysis-progress');
    await progress.waitFor({ timeout: 15_000 });
    await expect.poll(() => progress.getAttribute('data-status'), { timeout: 60_000 }).toBe('COMPLETED');
    expect(await page.getByTestId('analysis-progress-text').innerText()).toMatch(/Completed: \d+ interviews coded/);

    const rows = page.getByTestId('theme-row');
    await rows.first().waitFor({ timeout: 15_000 });
    await page.getByTestId('band-tab-ALL').click();
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await rows.first().getByTestId('theme-prevalence').count()).toBe(3);
    await page.getByTestId('band-tab-DETRACTOR').click();
    await rows.first().getByRole('button').click();
    const quote = page.getByTestId('theme-quote').first();
    await quote.waitFor();
    expect(await quote.innerText()).toMatch(/detractor|passive|promoter/);
    await screenshot(page, 'themes');

    await quote.getByTestId('quote-transcript-link').click();
    await page.waitForURL(/\/interviews\/[^/?]+\?turn=\d+/);
    await page.locator('[data-testid="transcript-turn"][data-focused="true"]').waitFor({ timeout: 15_000 });
    await page.getByTestId('coding-panel').waitFor();
    expect(await page.getByTestId('coding-root').innerText()).not.toBe('');
    expect(await page.getByTestId('coded-excerpt').count()).toBeGreaterThan(0);
    await screenshot(page, 'transcript-coding');
  });

  it('shows the executive summary with actions ranked by explained impact and linked to evidence', async () => {
    const page = await signedInPage();
    await page.goto(`${platform.consoleUrl}/studies/${studyId}/summary?wave=${firstWave}`);
    await page.getByTestId('summary-text').waitFor({ timeout: 15_000 });
    const actions = page.getByTestId('summary-action');
    await actions.first().waitFor();
    const ranks = await actions.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-rank'))));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const first = actions.first();
    await first.getByText('How is this estimated?').click();
    expect((await first.getByTestId('action-explanation').innerText()).length).toBeGreaterThan(40);
    expect(await first.getByTestId('action-evidence').getByTestId('action-theme').count()).toBeGreaterThan(0);
    await screenshot(page, 'summary');
    await first.getByTestId('action-theme').first().click();
    await page.locator('[data-testid="theme-row"].selected').waitFor({ timeout: 15_000 });
  });

  it('compares two waves: NPS trend with its interval band, theme prevalence with significance flags, the comparison table', async () => {
    const started = (await api(StartWaveAnalysisDocument, { waveId: secondWave })).startWaveAnalysis.id;
    await expect
      .poll(async () => (await api(WaveAnalysisStatusDocument, { id: started })).waveAnalysis?.status, { timeout: 60_000 })
      .toBe('COMPLETED');

    const page = await signedInPage();
    await page.goto(`${platform.consoleUrl}/studies/${studyId}/trends`);
    await page.getByTestId('nps-trend-chart').locator('canvas').waitFor({ timeout: 15_000 });
    await expect.poll(() => page.getByTestId('nps-trend-row').count()).toBe(2);
    await page.getByTestId('theme-trend-chart').locator('canvas').waitFor({ timeout: 15_000 });
    const comparison = page.getByTestId('wave-comparison-row');
    await comparison.first().waitFor({ timeout: 15_000 });
    expect(await comparison.first().innerText()).toMatch(/NPS/);
    expect(await comparison.count()).toBeGreaterThan(1);
    expect(await comparison.nth(1).innerText()).toMatch(/two-proportion z|Fisher exact|—/);
    await page.getByTestId('trend-group-by').selectOption('tier');
    await expect.poll(() => page.getByTestId('nps-trend-chart').locator('canvas').count()).toBe(1);
    await screenshot(page, 'trends');
  });

  it('segments NPS with interval bars, greys small samples, compares segments side by side, reads coded survey comments', async () => {
    const { ingestResponses } = await api(FieldingIngestDocument, { input: { waveId: firstWave, responses: commentedResponses() } });
    expect(ingestResponses).toMatchObject({ ok: true, inserted: COMMENTS.length, errors: [] });
    // The worker codes each comment as it arrives; the panel polls too, but the figures asserted below are the final ones.
    await expect
      .poll(async () => (await api(CommentDriversDocument, { waveId: firstWave })).commentDrivers.coded, { timeout: 30_000 })
      .toBe(COMMENTS.length);

    const page = await signedInPage();
    await page.goto(`${platform.consoleUrl}/studies/${studyId}/segments?wave=${firstWave}`);
    await page.getByTestId('segment-chart').first().locator('canvas').waitFor({ timeout: 15_000 });
    await page.getByTestId('group-by-product_line').uncheck();
    await page.getByTestId('group-by-region').check();
    const rows = page.getByTestId('segment-row');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(4);
    // LATAM has 20 respondents in the demo wave: greyed, with the warning.
    const latam = rows.filter({ hasText: 'LATAM' });
    expect(await latam.getAttribute('data-small')).toBe('true');
    expect(await latam.getByTestId('small-sample').innerText()).toBe('n < 30: interval is wide');
    expect(await rows.filter({ hasText: 'EMEA' }).getByTestId('small-sample').count()).toBe(0);

    await rows.filter({ hasText: 'EMEA' }).getByTestId('segment-compare').check();
    await latam.getByTestId('segment-compare').check();
    const compare = page.getByTestId('segment-compare-panel');
    await compare.waitFor();
    expect(await compare.getByTestId('compare-card').count()).toBe(2);
    await compare.getByTestId('compare-mix-chart').locator('canvas').waitFor();
    await screenshot(page, 'segments');

    const comments = page.getByTestId('comment-drivers');
    await comments.getByTestId('comment-drivers-chart').locator('canvas').waitFor({ timeout: 15_000 });
    expect(await comments.getByTestId('comment-drivers-figures').innerText()).toMatch(/^6 of 6 comments coded · 1 name no driver/);
    expect(await comments.getByTestId('comment-drivers-small-sample').innerText()).toBe('n < 30: interval is wide');
    const drivers = comments.getByTestId('comment-driver-row');
    expect(await drivers.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-driver')))).toEqual(['support', 'pricing_value']);
    expect(await drivers.first().innerText()).toMatch(/^Support responsiveness and quality\s+3\s+50%\s+\d+% to \d+%\s+\d of 3$/);
    await comments.scrollIntoViewIfNeeded();
    await screenshot(page, 'segments-comments');

    // The page's filter applies: promoters' comments here name no driver.
    await page.getByTestId('filter-band-PROMOTER').check();
    await expect
      .poll(() => comments.getByTestId('comment-drivers-figures').innerText())
      .toMatch(/^1 of 1 comment coded · 1 name no driver/);
    expect(await comments.getByTestId('comment-drivers-empty').innerText()).toMatch(/No coded comment names a driver/);
  });
});
