import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './support/browser.js';
import { gql, type Loose } from './support/graphql.js';
import { startPlatform, type Platform } from './support/platform.js';

const STUDIES = '{ studies { id name waves { id status } } }';
const RESPONDENTS = `query($w: ID!) { respondents(waveId: $w, first: 5, filter: { bands: [DETRACTOR] }) { edges { node { id externalId } } } }`;
const START = `mutation($r: ID!) { startInterview(respondentId: $r) { respondentToken session { id } } }`;
const VIEW = `query($t: String!) { respondentSession(token: $t) { status turns { seq } } }`;
const SEND = `mutation($t: String!, $text: String!) { sendRespondentMessage(token: $t, text: $text) { seq phase } }`;
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

const api = (query: string, variables: Record<string, unknown> = {}, key: string | undefined = platform.bootstrapKey) =>
  gql(platform.apiUrl, query, variables, { key });

async function untilOpening(token: string): Promise<void> {
  await expect.poll(async () => (await api(VIEW, { t: token }, undefined)).data.respondentSession.turns.length, { timeout: 30_000 }).toBeGreaterThan(0);
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
  const demo = (await api(STUDIES)).data.studies.find((s: Loose) => s.name === 'Demo - NPS follow-up');
  studyId = demo.id;
  const wave = demo.waves.find((w: Loose) => w.status === 'FIELDING') ?? demo.waves[0];
  respondent = (await api(RESPONDENTS, { w: wave.id })).data.respondents.edges[0].node;
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
    const started = (await api(START, { r: respondent.id })).data.startInterview;
    const sessionId = started.session.id as string;
    const token = started.respondentToken as string;
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

    await api(SEND, { t: token, text: ANSWERS[0] }, undefined);
    await expect.poll(() => row.getByTestId('monitor-turns').innerText(), { timeout: 15_000 }).toBe('3');
    await expect.poll(() => row.getByTestId('monitor-status').innerText()).toBe('active');
    await expect.poll(() => counter(monitor, 'active')).toBe(activeBefore + 1);
    expect(await counter(monitor, 'invited')).toBe(invitedBefore);

    await api(SEND, { t: token, text: ANSWERS[1] }, undefined);
    await expect.poll(() => row.getByTestId('monitor-turns').innerText(), { timeout: 15_000 }).toBe('5');
    await row.getByTestId('monitor-escalation').waitFor({ timeout: 15_000 });
    for (const answer of ANSWERS.slice(2)) await api(SEND, { t: token, text: answer }, undefined);
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
    await api(SEND, { t: token, text: 'Nothing else for now, thanks.' }, undefined);
    await expect.poll(() => turns.count(), { timeout: 15_000 }).toBeGreaterThan(1 + 2 * ANSWERS.length);
    await screenshot(monitor, 'transcript');
  });

  it('explains a draft wave on start, launches it with pinned guides, and links respondents to transcripts', async () => {
    const wave = (await api('mutation($i: CreateWaveInput!) { createWave(input: $i) { id } }', { i: { studyId, name: 'Q1 2027 (browser test)' } })).data.createWave;
    const imported = await api('mutation($i: ImportRespondentsInput!) { importRespondents(input: $i) { ok } }', { i: { waveId: wave.id, csv: 'id,score\nBT-1,4\nBT-2,9\n' } });
    expect(imported.data.importRespondents.ok).toBe(true);

    const page = await signedInPage();
    await page.goto(`${platform.consoleUrl}/studies/${studyId}`);
    const draft = page.getByTestId('wave-row').filter({ hasText: 'Q1 2027 (browser test)' });
    await draft.getByRole('button', { name: 'Show respondents' }).click();
    await page.getByTestId('wave-draft-hint').waitFor();
    await page.getByTestId('start-interview').first().click();
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
