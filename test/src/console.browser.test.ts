import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './support/browser.js';
import { startPlatform, type Platform } from './support/platform.js';

let platform: Platform;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  platform = await startPlatform({ seed: true, console: true });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
});
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

describe('console in Chromium', () => {
  it('signs in, finds the demo study, starts an interview, and chats through the link', async () => {
    await page.goto(`${platform.consoleUrl}/login#key=${encodeURIComponent(platform.bootstrapKey)}`);
    await page.goto(`${platform.consoleUrl}/`);
    const demo = page.getByTestId('study-row').filter({ hasText: 'Demo - NPS follow-up' });
    await expect.poll(() => demo.count(), { timeout: 15_000 }).toBe(1);
    await screenshot(page, '01-studies');

    await demo.getByRole('link').first().click();
    await page.getByTestId('wave-row').first().waitFor();
    await page.getByTestId('nps-chart').waitFor();
    await page.getByTestId('respondent-row').first().waitFor();
    await screenshot(page, '02-study');

    await page.getByTestId('start-interview').first().click();
    const link = page.getByTestId('chat-link');
    await link.waitFor();
    const href = await link.getAttribute('href');
    expect(href).toMatch(/\/i\/[A-Za-z0-9_-]{20,}$/);

    const chat = await browser.newPage({ viewport: { width: 390, height: 800 } });
    await chat.goto(new URL(href!, platform.consoleUrl).toString());
    await chat.getByTestId('moderator-turn').first().waitFor({ timeout: 30_000 });
    await screenshot(chat, '03-chat-opening');
    await chat.getByTestId('chat-input').fill('The dashboards are slow and my managers stopped using them.');
    await chat.getByTestId('chat-send').click();
    await expect.poll(() => chat.getByTestId('moderator-turn').count(), { timeout: 30_000 }).toBe(2);
    await expect.poll(() => chat.getByTestId('respondent-turn').count()).toBe(1);
    const next = await chat.getByTestId('moderator-turn').nth(1).innerText();
    expect(next.length).toBeGreaterThan(10);
    await screenshot(chat, '04-chat-next-question');

    // Reloading the link resumes the same conversation.
    await chat.reload();
    await expect.poll(() => chat.getByTestId('moderator-turn').count(), { timeout: 15_000 }).toBe(2);
  });
});
