import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './support/browser.js';
import {
  CreateWaveDocument,
  ImportRespondentsDocument,
  RespondentSessionDocument,
  RespondentsDocument,
  SendRespondentMessageDocument,
  StartInterviewDocument,
  StudiesDocument,
  type TypedDocumentString,
} from './gql/graphql.js';
import { gql, gqlData } from './support/graphql.js';
import { startPlatform, type Platform } from './support/platform.js';

const URGENT = 'We are actively evaluating Acme and will not renew in March.';
const ANSWERS = [
  'The dashboards are slow and my managers stopped opening them.',
  `Honestly it is worse than slow. ${URGENT}`,
  'A weekly report takes ten minutes to load, so people export to spreadsheets instead.',
  'We lose a morning every Monday reconciling numbers by hand.',
  'It matters because leadership no longer trusts the figures we bring to them.',
  'I was the one who pushed for this tool, so it hurts my credibility.',
];

let platform: Platform;
let browser: Browser;
let studyId: string;
let respondent: { id: string; externalId: string };

/** With the API key; the respondent's answers (`respondentSend`) carry only their token, as the chat page sends them. */
const api = <Result, Variables>(document: TypedDocumentString<Result, Variables>, variables: Variables) =>
  gqlData(platform.apiUrl, document, variables, { key: platform.bootstrapKey });
const respondentSend = (token: string, text: string) =>
  gql(platform.apiUrl, SendRespondentMessageDocument, { token, text, clientMessageId: randomUUID() });

async function untilOpening(token: string): Promise<void> {
  await expect
    .poll(async () => (await gqlData(platform.apiUrl, RespondentSessionDocument, { token })).respondentSession.turns.length, {
      timeout: 30_000,
    })
    .toBeGreaterThan(0);
}
/** Each page is its own browser context, so each signs in. */
async function signedInPage(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${platform.consoleUrl}/login#key=${encodeURIComponent(platform.bootstrapKey)}`);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return page;
}
const counter = (page: Page, status: string) => page.getByTestId(`monitor-count-${status}`).innerText().then(Number);

beforeAll(async () => {
  platform = await startPlatform({ seed: true, console: true });
  browser = await launchBrowser();
  const demo = (await api(StudiesDocument, {})).studies.find((s) => s.name === 'Demo - NPS follow-up')!;
  studyId = demo.id;
  const wave = demo.waves.find((w) => w.status === 'FIELDING') ?? demo.waves[0];
  respondent = (await api(RespondentsDocument, { waveId: wave.id, first: 5, filter: { bands: ['DETRACTOR'] } })).respondents.edges[0].node;
});
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

describe('live monitor, escalation queue and transcript in Chromium', () => {
  it('follows an interview live, queues its escalation, saves the owner and status, and shows the transcript', async () => {
    const monitor = await signedInPage();
    await monitor.goto(`${platform.consoleUrl}/studies/${studyId}/live`);
    await expect.poll(() => monitor.getByTestId('live-indicator').innerText(), { timeout: 15_000 }).toBe('Live');
    const [invitedBefore, activeBefore] = [await counter(monitor, 'invited'), await counter(monitor, 'active')];

    // Started through the API while the page is open: the row appears without a reload.
    const started = (await api(StartInterviewDocument, { respondentId: respondent.id })).startInterview;
    const sessionId = started.session.id;
    const token = started.respondentToken;
    const row = monitor.locator(`[data-testid="monitor-session"][data-session-id="${sessionId}"]`);
    await row.waitFor({ timeout: 15_000 });
    await expect.poll(() => counter(monitor, 'invited'), { timeout: 15_000 }).toBe(invitedBefore + 1);
    expect(await row.innerText()).toContain(respondent.externalId);
    expect(await row.innerText()).toContain('Offline moderator');
    await untilOpening(token);

    // The queue is open in another tab before the urgent answer is given.
    const queue = await signedInPage();
    await queue.goto(`${platform.consoleUrl}/studies/${studyId}/escalations`);
    await expect.poll(() => queue.getByTestId('live-indicator').innerText(), { timeout: 15_000 }).toBe('Live');

    await respondentSend(token, ANSWERS[0]);
    await expect.poll(() => row.getByTestId('monitor-turns').innerText(), { timeout: 15_000 }).toBe('3');
    await expect.poll(() => row.getByTestId('monitor-status').innerText()).toBe('active');
    await expect.poll(() => counter(monitor, 'active')).toBe(activeBefore + 1);
    expect(await counter(monitor, 'invited')).toBe(invitedBefore);

    await respondentSend(token, ANSWERS[1]);
    await expect.poll(() => row.getByTestId('monitor-turns').innerText(), { timeout: 15_000 }).toBe('5');
    await row.getByTestId('monitor-escalation').waitFor({ timeout: 15_000 });
    for (const answer of ANSWERS.slice(2)) await respondentSend(token, answer);
    await expect.poll(() => row.getByTestId('monitor-turns').innerText(), { timeout: 15_000 }).toBe(String(1 + 2 * ANSWERS.length));
    await screenshot(monitor, 'monitor');

    // The escalation arrived live in the queue, highlighted as new.
    const raised = queue.getByTestId('escalation-row').filter({ hasText: 'Acme' });
    await raised.first().waitFor({ timeout: 15_000 });
    expect(await raised.first().getByTestId('escalation-new').isVisible()).toBe(true);
    expect(await raised.first().getByTestId('escalation-quote').innerText()).toContain('actively evaluating Acme');
    const escalationId = await raised.first().getAttribute('data-escalation-id');
    const item = queue.locator(`[data-testid="escalation-row"][data-escalation-id="${escalationId}"]`);
    await item.getByTestId('escalation-owner').fill('Dana (CSM)');
    await item.getByTestId('escalation-status').selectOption('IN_PROGRESS');
    await item.getByTestId('escalation-save').click();
    await item.getByTestId('escalation-saved').waitFor();
    await screenshot(queue, 'escalations');
    await queue.reload();
    await item.waitFor({ timeout: 15_000 });
    expect(await item.getByTestId('escalation-owner').inputValue()).toBe('Dana (CSM)');
    expect(await item.getByTestId('escalation-status').inputValue()).toBe('IN_PROGRESS');
    expect(await item.getByTestId('escalation-new').count()).toBe(0);

    // The row links to the transcript, which keeps following the interview.
    await row.getByTestId('monitor-transcript-link').click();
    await monitor.getByTestId('quality-panel').waitFor({ timeout: 15_000 });
    const turns = monitor.getByTestId('transcript-turn');
    await expect.poll(() => turns.count(), { timeout: 15_000 }).toBe(1 + 2 * ANSWERS.length);
    expect(await monitor.getByTestId('phase-divider').count()).toBeGreaterThanOrEqual(2);
    expect(await monitor.getByTestId('ladder-marker').count()).toBe(1 + ANSWERS.length);
    expect(await monitor.getByTestId('ladder-marker').first().innerText()).toMatch(/^L\d$/);
    expect(await monitor.getByTestId('escalation-quote').first().innerText()).toContain('actively evaluating Acme');
    expect(await monitor.getByTestId('quality-phases').innerText()).toMatch(/^\d\/5/);
    expect(await monitor.getByTestId('quality-guide').innerText()).toMatch(/^detractor v\d+$/);
    expect(await monitor.getByTestId('live-indicator').innerText()).toBe('Live');
    await respondentSend(token, 'Nothing else for now, thanks.');
    await expect.poll(() => turns.count(), { timeout: 15_000 }).toBeGreaterThan(1 + 2 * ANSWERS.length);
    await screenshot(monitor, 'transcript');
  });

  it('explains a draft wave on start, launches it with pinned guides, and links respondents to transcripts', async () => {
    const wave = (await api(CreateWaveDocument, { input: { studyId, name: 'Q1 2027 (browser test)' } })).createWave;
    const imported = await api(ImportRespondentsDocument, { input: { waveId: wave.id, csv: 'id,score\nBT-1,4\nBT-2,9\n' } });
    expect(imported.importRespondents.ok).toBe(true);

    const page = await signedInPage();
    await page.goto(`${platform.consoleUrl}/studies/${studyId}`);
    const draft = page.getByTestId('wave-row').filter({ hasText: 'Q1 2027 (browser test)' });
    await draft.getByRole('button', { name: 'Show respondents' }).click();
    await page.getByTestId('wave-draft-hint').waitFor();
    // The draft's own row: the previously shown wave's rows stay until the draft's have loaded.
    await page.getByTestId('respondent-row').filter({ hasText: 'BT-1' }).getByTestId('start-interview').click();
    await page.getByTestId('wave-not-launched').waitFor();

    await draft.getByTestId('launch-wave').click();
    await draft.getByTestId('launch-confirm').click();
    await draft.getByTestId('pinned-guides').waitFor();
    expect(await draft.getByTestId('pinned-guides').innerText()).toMatch(/detractor v\d+\s+passive v\d+\s+promoter v\d+/);
    expect(await page.getByTestId('wave-not-launched').count()).toBe(0);
    await page.getByTestId('start-interview').first().click();
    await page.getByTestId('chat-link').waitFor();
    await page.getByTestId('transcript-link').first().waitFor();
    await screenshot(page, 'study-waves');
    await page.getByTestId('transcript-link').first().click();
    await page.getByTestId('quality-panel').waitFor({ timeout: 15_000 });
  });
});
