import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './support/browser.js';
import {
  CreateWaveDocument,
  ImportRespondentsDocument,
  InterviewSessionDocument,
  LaunchWaveDocument,
  RespondentSessionDocument,
  RespondentsDocument,
  StartInterviewDocument,
  StudiesDocument,
  type TypedDocumentString,
} from './gql/graphql.js';
import { gql, gqlData } from './support/graphql.js';
import { startPlatform, type Platform } from './support/platform.js';

const WAVE = 'Q3 2027 (respondent actions browser test)';
const CSV = ['id,score,language,tier', 'RA-DE,3,de,gold', 'RA-ERASE,2,en,silver', ''].join('\n');

let platform: Platform;
let browser: Browser;
let page: Page;
let studyId: string;
let waveId: string;

const api = <Result, Variables>(document: TypedDocumentString<Result, Variables>, variables: Variables) =>
  gqlData(platform.apiUrl, document, variables, { key: platform.bootstrapKey });

async function respondentId(externalId: string): Promise<string> {
  const edges = (await api(RespondentsDocument, { waveId, first: 10 })).respondents.edges;
  return edges.find((e) => e.node.externalId === externalId)!.node.id;
}
async function started(externalId: string) {
  const id = await respondentId(externalId);
  const { startInterview } = await api(StartInterviewDocument, { respondentId: id });
  return {
    respondentId: id,
    sessionId: startInterview.session.id,
    token: startInterview.respondentToken,
    chatPath: startInterview.chatPath,
  };
}
const transcriptUrl = (sessionId: string) => `${platform.consoleUrl}/studies/${studyId}/interviews/${sessionId}`;

beforeAll(async () => {
  platform = await startPlatform({ seed: true, console: true });
  const demo = (await api(StudiesDocument, {})).studies.find((s) => s.name === 'Demo - NPS follow-up')!;
  studyId = demo.id;
  waveId = (await api(CreateWaveDocument, { input: { studyId, name: WAVE } })).createWave.id;
  await api(LaunchWaveDocument, { id: waveId });
  expect((await api(ImportRespondentsDocument, { input: { waveId, csv: CSV } })).importRespondents.importedCount).toBe(2);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${platform.consoleUrl}/login#key=${encodeURIComponent(platform.bootstrapKey)}`);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
});
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

describe('respondent actions in Chromium', () => {
  it('revokes a link in the console; the chat link then says so in the interview language', async () => {
    const { sessionId, chatPath } = await started('RA-DE');
    const chat = await browser.newPage({ viewport: { width: 390, height: 800 }, locale: 'en-US' });
    await chat.goto(new URL(chatPath, platform.consoleUrl).toString());
    await chat.getByTestId('moderator-turn').first().waitFor({ timeout: 30_000 });
    expect(await chat.getByTestId('chat-send').innerText()).toBe('Senden');

    await page.goto(transcriptUrl(sessionId));
    await page.getByTestId('revoke-link-button').click();
    expect(await page.getByTestId('revoke-link-question').innerText()).toMatch(/stops working at once/);
    await page.getByTestId('revoke-link-confirm').click();
    await page.getByTestId('link-revoked').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('revoke-link-button').isDisabled()).toBe(true);
    await screenshot(page, 'respondent-actions-link-revoked');
    // Stored: a reload still shows it revoked.
    await page.reload();
    await page.getByTestId('link-revoked').waitFor({ timeout: 15_000 });

    // The same link, opened again in an English browser, answers in German, the interview's language.
    await chat.reload();
    const problem = chat.getByTestId('chat-link-problem');
    await problem.waitFor({ timeout: 15_000 });
    expect(await problem.getAttribute('data-code')).toBe('LINK_REVOKED');
    expect(await problem.innerText()).toContain('Dieser Interview-Link wurde zurückgezogen');
    expect(await chat.locator('html').getAttribute('lang')).toBe('de');
    expect(await chat.getByTestId('chat-input').count()).toBe(0);
    await screenshot(chat, 'respondent-actions-chat-revoked-de');
    await chat.close();
  }, 120_000);

  it('erases a respondent after the typed confirmation: back to the study with the receipt, nothing left in the API', async () => {
    const { respondentId: id, sessionId, token, chatPath } = await started('RA-ERASE');
    await page.goto(transcriptUrl(sessionId));
    await page.getByTestId('erase-respondent').click();
    const dialog = page.getByTestId('erase-dialog');
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('This cannot be undone.');
    expect(await page.getByTestId('erase-confirm').isDisabled()).toBe(true);
    await page.getByTestId('erase-confirm-input').fill('ERASE');
    expect(await page.getByTestId('erase-confirm').isDisabled()).toBe(false);
    await screenshot(page, 'respondent-actions-erase-confirm');
    await page.getByTestId('erase-confirm').click();

    await page.waitForURL(`${platform.consoleUrl}/studies/${studyId}`, { timeout: 15_000 });
    const receipt = page.getByTestId('erasure-receipt');
    await receipt.waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('erasure-receipt-id').innerText()).toBe(id);
    expect(await receipt.innerText()).toContain('Respondent RA-ERASE erased');
    await screenshot(page, 'respondent-actions-erased');

    const left = (await api(RespondentsDocument, { waveId, first: 10 })).respondents.edges.map((e) => e.node.externalId);
    expect(left).toEqual(['RA-DE']);
    expect((await api(InterviewSessionDocument, { id: sessionId })).interviewSession).toBeNull();
    const link = await gql(platform.apiUrl, RespondentSessionDocument, { token });
    expect(link.errors?.[0]?.extensions.code).toBe('SESSION_NOT_FOUND');

    // Its chat link now opens nothing, said in the browser's language since no interview is known.
    const chat = await browser.newPage({ viewport: { width: 390, height: 800 }, locale: 'es-ES' });
    await chat.goto(new URL(chatPath, platform.consoleUrl).toString());
    const problem = chat.getByTestId('chat-link-problem');
    await problem.waitFor({ timeout: 15_000 });
    expect(await problem.getAttribute('data-code')).toBe('SESSION_NOT_FOUND');
    expect(await problem.innerText()).toContain('Este enlace de entrevista no es válido');
    await chat.close();
  }, 120_000);
});
