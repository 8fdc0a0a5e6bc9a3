import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './support/browser.js';
import { GuideVersionsDocument, StartGuidePreviewDocument, UpdateGuideDocument, type GuideContentInput } from './gql/graphql.js';
import { gql, gqlData } from './support/graphql.js';
import { sendAnswer } from './support/chat.js';
import { startPlatform, type Platform } from './support/platform.js';

let platform: Platform;
let browser: Browser;
let page: Page;
let studyId: string;

beforeAll(async () => {
  platform = await startPlatform({ seed: true, console: true });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

const phase = (key: string) => page.locator(`[data-testid="guide-phase"][data-phase="${key}"]`);

describe('guide editor in Chromium', () => {
  it('edits the detractor guide, saves version 2, shows a validation error next to its field', async () => {
    await page.goto(`${platform.consoleUrl}/login#key=${encodeURIComponent(platform.bootstrapKey)}`);
    await page.goto(`${platform.consoleUrl}/`);
    const demo = page.getByTestId('study-row').filter({ hasText: 'Demo - NPS follow-up' });
    await expect.poll(() => demo.count(), { timeout: 15_000 }).toBe(1);
    await demo.getByRole('link').first().click();
    await page.getByTestId('nav-guides').click();
    await page.waitForURL(/\/studies\/[^/]+\/guides$/);
    studyId = /\/studies\/([^/]+)\/guides/.exec(page.url())![1];

    await expect.poll(() => page.getByTestId('guide-phase').count(), { timeout: 15_000 }).toBe(5);
    expect(await page.getByTestId('guide-band-tab').allInnerTexts()).toEqual(['Detractor 0-6', 'Passive 7-8', 'Promoter 9-10']);
    expect(await page.locator('[data-testid="guide-band-tab"][aria-selected="true"]').innerText()).toContain('Detractor');
    await screenshot(page, 'guide-editor');

    const turns = phase('LADDERING').getByTestId('guide-budget-turns');
    await turns.fill('10');
    await page.getByTestId('guide-dirty').waitFor();
    await page.getByTestId('guide-note').fill('Longer laddering for detractors');
    await page.getByTestId('guide-save').click();
    await expect.poll(() => page.getByTestId('guide-saved').innerText()).toBe('Saved as version 2');
    const rows = page.getByTestId('guide-version-row');
    expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-version')))).toEqual(['2', '1']);
    expect(await rows.first().innerText()).toContain('Longer laddering for detractors');

    // Version 1 read-only, as the history shows it.
    await rows
      .nth(1)
      .getByRole('button', { name: /Version 1/ })
      .click();
    await page.getByTestId('guide-readonly').waitFor();
    expect(await turns.inputValue()).toBe('8');
    expect(await turns.isDisabled()).toBe(true);
    await screenshot(page, 'guide-history');
    await page.getByRole('button', { name: 'Back to version 2' }).click();
    expect(await turns.inputValue()).toBe('10');

    await turns.fill('25');
    await page.getByTestId('guide-save').click();
    const issue = phase('LADDERING').getByTestId('guide-issue');
    await issue.waitFor();
    expect(await issue.getAttribute('data-path')).toBe('phases.2.budget.turns');
    expect(await issue.innerText()).toMatch(/20/);
    expect(await page.getByTestId('guide-saved').count()).toBe(0);
    await screenshot(page, 'guide-validation');
    await turns.fill('10');
    await page.getByTestId('guide-dirty').waitFor({ state: 'detached' });
    expect(await page.getByTestId('guide-issue').count()).toBe(0);
    await page.evaluate('window.scrollTo(0, 0)');
  });

  it('tries the shown version in a preview interview with phase markers, and restarts it', async () => {
    await page.getByTestId('tryit-start').click();
    const turnsShown = page.getByTestId('tryit-turn');
    await expect.poll(() => turnsShown.count(), { timeout: 30_000 }).toBe(1);
    for (const [i, answer] of [
      'Reports time out every Monday and my team waits for them.',
      'We lose the morning; my manager asks why the numbers are late.',
    ].entries()) {
      await page.getByTestId('tryit-input').fill(answer);
      await page.getByTestId('tryit-send').click();
      await expect.poll(() => turnsShown.count(), { timeout: 30_000 }).toBe(3 + 2 * i);
    }
    const moderatorTurns = page.locator('[data-testid="tryit-turn"][data-role="MODERATOR"]');
    expect(await moderatorTurns.count()).toBe(3);
    const markers = await moderatorTurns.getByTestId('tryit-marker').allInnerTexts();
    expect(markers).toHaveLength(3);
    expect(markers[0]).toMatch(/context/);
    for (const m of markers) expect(m).toMatch(/(context|surface|laddering|comparative|close)\s+L\d+/);
    expect(await page.getByTestId('tryit-meta').innerText()).toContain('AI interviewer (offline mode)');
    await page.evaluate('window.scrollTo(0, 0)');
    await screenshot(page, 'guide-tryit');

    await page.getByTestId('tryit-start').click();
    await expect.poll(() => turnsShown.count(), { timeout: 30_000 }).toBe(1);
  });

  it('shows the respondent chat at 360 px with the consent line, through to its end state', async () => {
    // A short promoter guide (one turn per phase) so the interview ends in a few answers.
    const key = { key: platform.bootstrapKey };
    const latest = (await gqlData(platform.apiUrl, GuideVersionsDocument, { studyId, band: 'PROMOTER' }, key)).guideVersions[0];
    const content: GuideContentInput = {
      ...latest.content,
      ladderTargetDepth: { min: 1, max: 1 },
      phases: latest.content.phases.map((p) => ({ ...p, budget: { turns: 1, minutes: 1 } })),
    };
    const saved = await gql(
      platform.apiUrl,
      UpdateGuideDocument,
      { input: { studyId, band: 'PROMOTER', baseVersion: latest.version, content, note: 'Short, for the chat screenshot' } },
      key,
    );
    expect(saved.errors).toBeUndefined();
    const started = await gql(platform.apiUrl, StartGuidePreviewDocument, { input: { studyId, band: 'PROMOTER', language: 'en' } }, key);
    expect(started.errors).toBeUndefined();

    const chat = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await chat.goto(new URL(started.data!.startGuidePreview.chatPath, platform.consoleUrl).toString());
    await chat.getByTestId('moderator-turn').first().waitFor({ timeout: 30_000 });
    expect(await chat.getByTestId('consent').innerText()).toMatch(/you can stop at any time/);
    expect(await chat.getByTestId('moderator-kind').innerText()).toBe('AI interviewer (offline mode)');
    expect(await chat.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
    await screenshot(chat, 'chat-mobile');

    const answers = [
      'It saves my team hours every week on reporting.',
      'The exports just work, and our finance lead trusts the numbers now.',
      'We tried a spreadsheet tool before; it broke whenever data grew.',
      'Faster search in the archive would be great.',
      'Nothing else, thanks.',
    ];
    const ended = chat.getByTestId('chat-ended');
    for (let i = 0; i < 10 && (await ended.count()) === 0; i++) await sendAnswer(chat, answers[i % answers.length]);
    await expect.poll(() => ended.getAttribute('data-status'), { timeout: 15_000 }).toBe('COMPLETED');
    expect(await chat.getByTestId('chat-input').count()).toBe(0);
    await screenshot(chat, 'chat-ended-mobile');
    await chat.close();
  });
});
