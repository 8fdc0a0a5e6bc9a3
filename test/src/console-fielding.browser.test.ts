import { randomBytes } from 'node:crypto';
import { freePort, mailpitApi, startMailpit, type MailpitApi, type MailpitHandle } from '@ladder/devstack';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './support/browser.js';
import {
  CreateWaveDocument,
  LaunchWaveDocument,
  RespondentSessionDocument,
  RespondentsDocument,
  SendRespondentMessageDocument,
  StartInterviewDocument,
  StudiesDocument,
  WaveInterviewQualityDocument,
  type TypedDocumentString,
} from './gql/graphql.js';
import { DETRACTOR_ANSWERS } from './support/answers.js';
import { gqlData } from './support/graphql.js';
import { startPlatform, type Platform } from './support/platform.js';

const WAVE = 'Q2 2027 (fielding browser test)';
const HEADER = 'id,score,email,comment,tier';
const ROWS = [
  'FB-1,2,fb1@example.com,"The exports failed three times last month, and support took a week to answer. ' +
    'My team rebuilt the board pack by hand.",gold',
  'FB-2,11,fb2@example.com,Fine overall,silver',
  'FB-3,9,fb3@example.com,Great dashboards,gold',
  'FB-4,5,,No email on file,bronze',
  // Mailpit refuses every address outside example.com: this one is answered 550 5.1.0.
  'FB-5,3,fb5@refused.example.org,Too expensive for what we get,silver',
];
const BAD_CSV = [HEADER, ...ROWS, ''].join('\n');
const GOOD_CSV = BAD_CSV.replace('FB-2,11,', 'FB-2,7,');

let platform: Platform;
let mailpit: MailpitHandle;
let mail: MailpitApi;
let browser: Browser;
let page: Page;
let studyId: string;
let waveId: string;

const api = <Result, Variables>(document: TypedDocumentString<Result, Variables>, variables: Variables) =>
  gqlData(platform.apiUrl, document, variables, { key: platform.bootstrapKey });
const respondentRow = (externalId: string): Locator => page.locator(`[data-testid="respondent-row"][data-external-id="${externalId}"]`);

/** Chooses a file in the picker as a user would: the page reads it itself. */
async function upload(name: string, csv: string): Promise<void> {
  await page.getByTestId('csv-file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv) });
}

beforeAll(async () => {
  mailpit = await startMailpit({ smtpPort: await freePort(), httpPort: await freePort(), allowedRecipients: '@example\\.com$' });
  mail = mailpitApi(mailpit.apiUrl);
  platform = await startPlatform({
    seed: true,
    console: true,
    env: { SMTP_URL: mailpit.smtpUrl, LADDER_LINK_SECRET: randomBytes(32).toString('base64url') },
  });
  const demo = (await api(StudiesDocument, {})).studies.find((s) => s.name === 'Demo - NPS follow-up')!;
  studyId = demo.id;
  waveId = (await api(CreateWaveDocument, { input: { studyId, name: WAVE } })).createWave.id;
  await api(LaunchWaveDocument, { id: waveId });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${platform.consoleUrl}/login#key=${encodeURIComponent(platform.bootstrapKey)}`);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
});
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
  await mailpit?.stop();
});

describe('CSV upload and fielding panel in Chromium', () => {
  it('lists a bad row before writing anything, then imports the fixed file', async () => {
    await page.goto(`${platform.consoleUrl}/studies/${studyId}?wave=${waveId}`);
    await expect.poll(() => page.locator('h2').last().innerText(), { timeout: 15_000 }).toBe(`Respondents · ${WAVE}`);

    await upload('wave-with-a-bad-row.csv', BAD_CSV);
    const errorRows = page.getByTestId('csv-error-row');
    await errorRows.first().waitFor({ timeout: 15_000 });
    expect(await errorRows.count()).toBe(1);
    expect(await errorRows.first().locator('td').allInnerTexts()).toEqual([
      '3',
      'score',
      'INVALID_SCORE',
      'Row 3: score "11" is not a whole number from 0 to 10',
    ]);
    expect(await page.getByTestId('csv-import-button').isDisabled()).toBe(true);
    await screenshot(page, 'csv-upload-errors');
    // The dry run wrote nothing.
    expect((await api(RespondentsDocument, { waveId, first: 10 })).respondents.edges).toEqual([]);

    await upload('wave.csv', GOOD_CSV);
    await page.getByTestId('csv-ready').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('csv-errors').count()).toBe(0);
    const importButton = page.getByTestId('csv-import-button');
    expect(await importButton.innerText()).toBe('Import 5 respondents');
    await importButton.click();
    await page.getByTestId('csv-imported').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('csv-imported').innerText()).toContain('Imported 5 respondents from wave.csv');

    await expect.poll(() => page.getByTestId('respondent-row').count(), { timeout: 15_000 }).toBe(5);
    expect((await api(RespondentsDocument, { waveId, first: 10 })).respondents.edges).toHaveLength(5);
    expect(await page.getByTestId('wave-row').filter({ hasText: WAVE }).locator('td').nth(2).innerText()).toBe('5');
    for (const id of ['FB-1', 'FB-2', 'FB-3', 'FB-4', 'FB-5']) {
      const row = respondentRow(id);
      expect(await row.getByTestId('respondent-source').innerText()).toBe('csv');
      expect(await row.getByTestId('delivery-none').innerText()).toBe('not invited');
      expect(await row.getByTestId('start-interview').count()).toBe(1);
    }
    expect(await respondentRow('FB-2').locator('td').nth(1).innerText()).toMatch(/^7\s+passive$/);
    const comment = respondentRow('FB-1').getByTestId('comment-text');
    expect(await comment.innerText()).toMatch(/…$/);
    expect(await comment.getAttribute('title')).toContain('My team rebuilt the board pack by hand.');
    await screenshot(page, 'csv-upload-imported');
  });

  it('saves invitation rules, sends invitations and follows them in figures, chart and delivery table', async () => {
    await page.getByTestId('nav-fielding').click();
    await page.waitForURL(/\/studies\/[^/]+\/fielding\?wave=/);
    expect(new URL(page.url()).searchParams.get('wave')).toBe(waveId);
    await page.getByTestId('fielding-rules').waitFor({ timeout: 15_000 });
    await expect.poll(() => page.getByTestId('fielding-responses').locator('dd').innerText(), { timeout: 15_000 }).toBe('5');

    // A time zone the API does not know: its error appears next to the field, nothing is saved.
    await page.getByTestId('rule-auto-invite').check();
    await page.getByTestId('rule-max-per-day').fill('50');
    await page.getByTestId('rule-delay').fill('10');
    await page.getByTestId('rule-quiet').check();
    await page.getByTestId('rule-quiet-start').fill('22:00');
    await page.getByTestId('rule-quiet-end').fill('07:00');
    await page.getByTestId('rule-timezone').fill('Mars/Olympus');
    await page.getByTestId('rule-from-name').fill('Acme Research');
    await page.getByTestId('rules-save').click();
    const problem = page.locator('[data-testid="field-problem"][data-field="autoInvite.quietHours.timezone"]');
    await problem.waitFor({ timeout: 15_000 });
    expect(await problem.innerText()).toContain('Mars/Olympus');
    await page.getByTestId('rule-timezone').fill('Europe/Paris');
    expect(await problem.count()).toBe(0);
    await page.getByTestId('rules-save').click();
    await page.getByTestId('rules-saved').waitFor({ timeout: 15_000 });

    // Stored: a reload shows the saved rules.
    await page.reload();
    await page.getByTestId('fielding-rules').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('rule-auto-invite').isChecked()).toBe(true);
    expect(await page.getByTestId('rule-max-per-day').inputValue()).toBe('50');
    expect(await page.getByTestId('rule-delay').inputValue()).toBe('10');
    expect(await page.getByTestId('rule-timezone').inputValue()).toBe('Europe/Paris');
    expect(await page.getByTestId('rule-from-name').inputValue()).toBe('Acme Research');

    await page.getByTestId('invite-now').click();
    await page.getByTestId('invite-confirm').click();
    await page.getByTestId('invite-result').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('invite-queued').innerText()).toBe('4');
    expect(await page.getByTestId('invite-without-email').innerText()).toBe('1');

    // The panel refreshes itself: no reload from here on.
    const figure = (key: string) => page.getByTestId(`fielding-${key}`).locator('dd').innerText();
    await expect.poll(() => figure('invited'), { timeout: 20_000 }).toBe('4');
    const rows = page.getByTestId('delivery-row');
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(4);
    await expect
      .poll(async () => (await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-status')))).sort(), { timeout: 60_000 })
      .toEqual(['BOUNCED', 'SENT', 'SENT', 'SENT']);
    await expect.poll(() => figure('sent'), { timeout: 20_000 }).toBe('3');
    expect(await figure('failed')).toBe('1');
    const refused = rows.filter({ hasText: 'FB-5' });
    expect(await refused.getByTestId('delivery-status').getAttribute('title')).toContain('550 5.1.0');
    await page.getByTestId('fielding-chart').locator('canvas').waitFor({ timeout: 15_000 });
    expect((await mail.waitFor('to:fb1@example.com')).map((m) => m.From.Name)).toEqual(['Acme Research']);

    await page.getByTestId('delivery-filter').selectOption('SENT');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(3);
    await page.getByTestId('delivery-filter').selectOption('');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(4);
    await screenshot(page, 'fielding-panel');

    // Back with the respondents: an invited respondent's open interview offers a new link, never a second start.
    await page.getByTestId('fielding-respondents-link').click();
    const invited = respondentRow('FB-1');
    await invited.waitFor({ timeout: 15_000 });
    expect(await invited.getByTestId('delivery-status').innerText()).toBe('sent');
    expect(await invited.getByTestId('session-status').innerText()).toBe('invited');
    expect(await invited.getByTestId('new-link').count()).toBe(1);
    expect(await invited.getByTestId('start-interview').count()).toBe(0);
    expect(await invited.getByTestId('transcript-link').count()).toBe(1);
    expect(await respondentRow('FB-4').getByTestId('start-interview').count()).toBe(1);
  }, 240_000);

  it("shows the wave's interview quality from the API once an interview completes", async () => {
    await page.getByTestId('nav-fielding').click();
    await page.waitForURL(/\/studies\/[^/]+\/fielding\?wave=/);
    const panel = page.getByTestId('wave-quality');
    const figure = (key: string) => panel.getByTestId(`wave-quality-${key}`).locator('dd').innerText();
    await expect.poll(() => figure('interviews'), { timeout: 15_000 }).toBe('0');
    expect(await panel.getByTestId('wave-quality-empty').count()).toBe(1);
    expect(await figure('medianDepth')).toBe('—');

    // The real interview path: the API starts the workflow, the worker's offline moderator writes the quality.
    const fb4 = (await api(RespondentsDocument, { waveId, first: 10 })).respondents.edges.find((e) => e.node.externalId === 'FB-4')!;
    const { respondentToken: token } = (await api(StartInterviewDocument, { respondentId: fb4.node.id })).startInterview;
    const view = async () => (await gqlData(platform.apiUrl, RespondentSessionDocument, { token }, {})).respondentSession;
    await expect.poll(async () => (await view()).turns.length, { timeout: 20_000 }).toBeGreaterThan(0);
    for (let i = 0; i < 20 && (await view()).status !== 'COMPLETED'; i++) {
      const text = DETRACTOR_ANSWERS[Math.min(i, DETRACTOR_ANSWERS.length - 1)];
      await gqlData(platform.apiUrl, SendRespondentMessageDocument, { token, text, clientMessageId: `fb4-answer-${i}` }, {});
    }
    expect((await view()).status).toBe('COMPLETED');

    const quality = (await api(WaveInterviewQualityDocument, { studyId })).study!.waves.find((w) => w.id === waveId)!.interviewQuality;
    expect(quality.interviews).toBe(1);
    expect(quality.medianDepth).not.toBeNull();
    // The panel refreshes itself: no reload.
    await expect.poll(() => figure('interviews'), { timeout: 20_000 }).toBe('1');
    expect(await figure('medianDepth')).toBe(`${quality.medianDepth} ${quality.medianDepth === 1 ? 'level' : 'levels'}`);
    expect(await figure('shareDepthAtLeast5')).toBe(`${Math.round(quality.shareDepthAtLeast5! * 100)}%`);
    expect(await figure('leadingCaught')).toBe(String(quality.leadingCaught));
    expect(await figure('probesReusingWordsShare')).toBe(
      quality.probesReusingWordsShare === null ? '—' : `${Math.round(quality.probesReusingWordsShare * 100)}%`,
    );
    expect(await figure('medianMinutes')).toMatch(/^\d+ s$|min$/);
    expect(await figure('costPerInterview')).toBe('$0.00');
    expect(await panel.getByTestId('wave-quality-medianDepth').getAttribute('title')).toContain('deepest ladder level');
    await panel.getByTestId('wave-quality-depth-chart').locator('canvas').waitFor({ timeout: 15_000 });
    expect(quality.depthDistribution.at(-1)).toEqual({ depth: quality.medianDepth, interviews: 1 });
    await panel.scrollIntoViewIfNeeded();
    await screenshot(page, 'fielding-interview-quality');
  }, 180_000);
});
