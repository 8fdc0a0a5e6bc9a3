import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StudiesDocument } from './gql/graphql.js';
import { launchBrowser, screenshot } from './support/browser.js';
import { gqlData } from './support/graphql.js';
import { startPlatform, type Platform } from './support/platform.js';

/**
 * Coding you can trust (issue 13) in Chromium on the seeded demo: its golden set (12 interviews, 9
 * confirmed and 3 corrected) and agreement run on the agreement page, a run started from it and
 * followed until the worker finishes it, and an analyst's correction of a confirmed transcript's
 * coding made from selected words, kept beside the machine coding.
 */

let platform: Platform;
let browser: Browser;
let page: Page;
let db: pg.Client;
let studyId: string;

beforeAll(async () => {
  platform = await startPlatform({ seed: true, console: true });
  db = new pg.Client({ connectionString: platform.databaseUrl });
  await db.connect();
  const key = platform.bootstrapKey;
  studyId = (await gqlData(platform.apiUrl, StudiesDocument, {}, { key })).studies.find((s) => s.name === 'Demo - NPS follow-up')!.id;
  browser = await launchBrowser();
  page = await (await browser.newContext({ viewport: { width: 1280, height: 1000 } })).newPage();
  await page.goto(`${platform.consoleUrl}/login#key=${encodeURIComponent(key)}`);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await db?.end();
  await platform?.stop();
});

describe('coding agreement in Chromium', () => {
  it("shows the demo's golden set and agreement, and runs a measurement live", async () => {
    await page.goto(`${platform.consoleUrl}/studies/${studyId}`);
    await page.getByTestId('nav-agreement').first().click();
    await page.waitForURL(/\/agreement$/);
    const size = page.getByTestId('golden-set-size');
    await size.waitFor({ timeout: 15_000 });
    expect(await size.innerText()).toBe('12');
    await expect.poll(() => page.getByText('3 corrected, 9 confirmed').count()).toBe(1);
    expect(await page.getByTestId('agreement-kappa').innerText()).toMatch(/^\d\.\d\d$/);
    const drivers = page.getByTestId('agreement-drivers-chart').locator('canvas');
    expect(await drivers.getAttribute('aria-label')).toMatch(/^Cohen's kappa per driver against the threshold 0\.7\. Cohen's kappa: /);
    expect(await page.getByTestId('agreement-history-chart').locator('canvas').getAttribute('aria-label')).toMatch(
      /^Agreement with the golden set over time\. Cohen's kappa: /,
    );

    // The seed's run counts as manual too: the new run is the one that was not there before the click.
    const manual = async () =>
      (await db.query(`SELECT id, status, n, kappa FROM coding_agreement_run WHERE study_id = $1 AND trigger = 'manual'`, [studyId]))
        .rows as { id: string; status: string; n: number; kappa: number | null }[];
    const seeded = new Set((await manual()).map((r) => r.id));
    await page.getByTestId('agreement-run').click();
    const started = async () => (await manual()).filter((r) => !seeded.has(r.id));
    await expect.poll(async () => (await started()).length, { timeout: 15_000 }).toBe(1);
    const [{ id }] = await started();
    const status = page.getByTestId('agreement-run-status');
    // Followed live: the page asks again until the worker has written the run's figures.
    await expect
      .poll(
        async () =>
          (await page.getByTestId('agreement-error').count())
            ? await page.getByTestId('agreement-error').innerText()
            : `${await status.getAttribute('data-run-id')} ${await status.getAttribute('data-status')}`,
        { timeout: 90_000 },
      )
      .toBe(`${id} COMPLETED`);
    const [run] = await started();
    expect(run).toMatchObject({ status: 'completed', n: 12 });
    const kappa = run.kappa === null ? 'undefined' : Number(run.kappa).toFixed(2);
    expect(await status.innerText()).toMatch(
      new RegExp(`^Done: kappa ${kappa.replace('.', '\\.')}, \\d+% agreement on 12 transcripts\\.$`),
    );
    expect(await page.getByTestId('agreement-kappa').innerText()).toBe(kappa);
    await page.waitForTimeout(300);
    await screenshot(page, 'agreement');
  }, 150_000);

  it("corrects a confirmed transcript's coding from selected words and keeps it beside the machine coding", async () => {
    const { rows } = await db.query(
      `SELECT c.session_id FROM coding_correction c WHERE c.study_id = $1 AND c.source = 'confirmed' ORDER BY c.session_id LIMIT 1`,
      [studyId],
    );
    const sessionId: string = rows[0].session_id;
    await page.goto(`${platform.consoleUrl}/studies/${studyId}/interviews/${sessionId}`);
    await page.getByTestId('in-golden-set').waitFor({ timeout: 15_000 });
    const machineStated = await page.getByTestId('coding-stated').innerText();
    await page.getByTestId('correct-coding').click();
    await page.getByTestId('correction-stated').selectOption('pricing_value');

    // Select the first respondent answer's first four words, as a mouse would, then take them as the quote.
    const turn = page.locator('[data-testid="transcript-turn"][data-role="RESPONDENT"]').first();
    const seq = Number(await turn.getAttribute('data-seq'));
    const { rows: turnRows } = await db.query(`SELECT text FROM turn WHERE session_id = $1 AND seq = $2`, [sessionId, seq]);
    const text: string = turnRows[0].text;
    const word = text.split(' ').slice(0, 4).join(' ');
    await page.evaluate(`(() => {
      const p = document.querySelector('[data-testid="transcript-turn"][data-seq="${seq}"] .transcript-text');
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      // Vue leaves empty text nodes around its fragments: the first with the word in it.
      let first = walker.nextNode();
      while (first && first.textContent.length < ${word.length}) first = walker.nextNode();
      const range = document.createRange();
      range.setStart(first, 0);
      range.setEnd(first, ${word.length});
      getSelection().removeAllRanges();
      getSelection().addRange(range);
    })()`);
    await page.getByTestId('correction-use-selection').click();
    expect(await page.getByTestId('correction-quote').innerText()).toBe(`“${word}”`);
    await page.getByTestId('correction-excerpt-driver').selectOption('pricing_value');
    await page.getByTestId('correction-note').fill('The answer is about the price.');
    await page.getByTestId('correction-save').click();

    await page.getByTestId('coding-correction').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('correction-stated-driver').innerText()).toBe('Pricing and value');
    expect(await page.getByTestId('correction-quotes').innerText()).toBe(`“${word}”`);
    expect(await page.getByTestId('coding-stated').innerText()).toBe(machineStated);
    const { rows: stored } = await db.query(`SELECT source, stated_driver, note FROM coding_correction WHERE session_id = $1`, [sessionId]);
    expect(stored).toEqual([{ source: 'corrected', stated_driver: 'pricing_value', note: 'The answer is about the price.' }]);
    await screenshot(page, 'transcript-correction');

    // Kept on reload, and counted on the agreement page as a correction.
    await page.reload();
    await page.getByTestId('coding-correction').waitFor({ timeout: 15_000 });
    await page.goto(`${platform.consoleUrl}/studies/${studyId}/agreement`);
    await page.getByTestId('golden-set-size').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('golden-set-size').innerText()).toBe('12');
    await expect.poll(() => page.getByText('4 corrected, 8 confirmed').count()).toBe(1);
  }, 120_000);
});
