import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Frame, FrameLocator, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './support/browser.js';
import {
  CreateWaveDocument,
  EmbedRevokeLinkDocument,
  GuideVersionsDocument,
  ImportRespondentsDocument,
  LaunchWaveDocument,
  RespondentsDocument,
  StartInterviewDocument,
  StudiesDocument,
  UpdateGuideDocument,
  type GuideContentInput,
  type TypedDocumentString,
} from './gql/graphql.js';
import { gqlData } from './support/graphql.js';
import { sendAnswer } from './support/chat.js';
import { startPlatform, type Platform } from './support/platform.js';

const WAVE = 'Q1 2028 (embed browser test)';
const CSV = ['id,score', 'EMBED-1,9', 'EMBED-2,9', 'EMBED-3,9', 'EMBED-4,9', ''].join('\n');
const THEME = { accent: '#0b6e4f', background: '#fdf8f0', text: '#2b2118', fontFamily: 'Georgia, serif' };
const rgb = (hex: string) =>
  `rgb(${hex
    .slice(1)
    .match(/../g)!
    .map((d) => parseInt(d, 16))
    .join(', ')})`;
const ANSWERS = [
  'It saves my team hours every week on reporting.',
  'The exports just work, and our finance lead trusts the numbers now.',
  'We tried a spreadsheet tool before; it broke whenever data grew.',
  'Faster search in the archive would be great.',
  'Nothing else, thanks.',
];

interface PartnerEvent {
  type: string;
  turn?: number;
  status?: string;
  code?: string;
}

let platform: Platform;
let browser: Browser;
let partner: Server;
/** The partner page's server answers on 127.0.0.1 (listed for the workspace) and on localhost (not listed). */
let partnerOrigin: string;
let otherOrigin: string;
let waveId: string;
/** The snippet the Partner embed tab gives to copy, as the clipboard had it. */
let snippet = '';

const api = <Result, Variables>(document: TypedDocumentString<Result, Variables>, variables: Variables) =>
  gqlData(platform.apiUrl, document, variables, { key: platform.bootstrapKey });

/**
 * A partner's page: `/` mounts the chat with /embed.js (the console's) and records what it receives,
 * `/raw` frames the chat page itself, outside embed mode, `/snippet` is the console's snippet as copied
 * with the token filled in. All note every message the window gets.
 */
function partnerPage(consoleUrl: string, path: string, token: string): string {
  const body =
    path === '/raw'
      ? `<iframe title="Chat" src="${consoleUrl}/i/${token}" style="width:100%;height:560px;border:0"></iframe>`
      : path === '/snippet'
        ? snippet.replace('<respondent token>', token)
        : `<div id="chat" style="height:560px"></div>
         <script src="${consoleUrl}/embed.js"></script>
         <script>
           Ladder.mount(document.getElementById('chat'), {
             token: ${JSON.stringify(token)},
             theme: ${JSON.stringify(THEME)},
             onEvent: (event) => window.ladderEvents.push(event),
           });
         </script>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Acme: your account</title>
    <script>
      window.ladderEvents = [];
      window.messages = [];
      window.addEventListener('message', (e) => window.messages.push({ origin: e.origin, data: e.data }));
    </script>
    <style>body{font-family:system-ui,sans-serif;margin:0;background:#f1ede4;color:#2b2118}
      header{padding:16px 24px;background:#2b2118;color:#fdf8f0} main{max-width:640px;margin:24px auto;padding:0 16px}</style>
    </head><body><header><strong>Acme</strong> · Your account</header>
    <main><h1>Tell us how we are doing</h1><p>A short conversation about your score. It takes about five minutes.</p>${body}</main>
    </body></html>`;
}

async function startPartner(): Promise<void> {
  partner = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://partner');
    const token = url.searchParams.get('token') ?? '';
    if (!['/', '/raw', '/snippet'].includes(url.pathname)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(partnerPage(platform.consoleUrl, url.pathname, token));
  });
  await new Promise<void>((r) => partner.listen(0, r));
  const { port } = partner.address() as AddressInfo;
  [partnerOrigin, otherOrigin] = [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}

/** A promoter guide of one turn per phase, so an interview completes in a few answers. */
async function shortPromoterGuide(studyId: string): Promise<void> {
  const latest = (await api(GuideVersionsDocument, { studyId, band: 'PROMOTER' })).guideVersions[0];
  const content: GuideContentInput = {
    ...latest.content,
    ladderTargetDepth: { min: 1, max: 1 },
    phases: latest.content.phases.map((p) => ({ ...p, budget: { turns: 1, minutes: 1 } })),
  };
  await api(UpdateGuideDocument, {
    input: { studyId, band: 'PROMOTER', baseVersion: latest.version, content, note: 'Short (embed test)' },
  });
}

async function startInterview(externalId: string): Promise<{ token: string; sessionId: string }> {
  const edges = (await api(RespondentsDocument, { waveId, first: 10 })).respondents.edges;
  const respondentId = edges.find((e) => e.node.externalId === externalId)!.node.id;
  const started = (await api(StartInterviewDocument, { respondentId })).startInterview;
  return { token: started.chatPath.split('/i/')[1], sessionId: started.session.id };
}

/** Computed style properties of an element, read in the page (a function from text: this package is typed without the DOM). */
const computedStyle = new Function(
  'el',
  'names',
  'return Object.fromEntries(names.map((n) => [n, getComputedStyle(el).getPropertyValue(n)]));',
) as (el: unknown, names: string[]) => Record<string, string>;
const styleOf = (locator: Locator, names: string[]) => locator.evaluate(computedStyle, names);
const eventsOf = (page: Page) => page.evaluate<PartnerEvent[]>('window.ladderEvents');
const messagesOf = (page: Page) => page.evaluate<{ origin: string; data: unknown }[]>('window.messages');
const childFrame = (page: Page) => page.frames().find((f: Frame) => f !== page.mainFrame());

/** Opens a partner page whose chat frame the browser must refuse on its frame-ancestors (it shows its own error page in the frame). */
async function openRefused(page: Page, url: string): Promise<void> {
  const refused: string[] = [];
  page.on('requestfailed', (r) => {
    if (r.url().startsWith(`${platform.consoleUrl}/i/`)) refused.push(r.failure()?.errorText ?? '');
  });
  await page.goto(url);
  await expect.poll(() => childFrame(page)?.url(), { timeout: 15_000 }).toBe('chrome-error://chromewebdata/');
  expect(refused).toEqual(['net::ERR_BLOCKED_BY_RESPONSE']);
}

beforeAll(async () => {
  platform = await startPlatform({ seed: true, console: true });
  await startPartner();
  const demo = (await api(StudiesDocument, {})).studies.find((s) => s.name === 'Demo - NPS follow-up')!;
  await shortPromoterGuide(demo.id);
  waveId = (await api(CreateWaveDocument, { input: { studyId: demo.id, name: WAVE } })).createWave.id;
  await api(LaunchWaveDocument, { id: waveId });
  expect((await api(ImportRespondentsDocument, { input: { waveId, csv: CSV } })).importRespondents.importedCount).toBe(4);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await new Promise((r) => partner?.close(r));
  await platform?.stop();
});

/** Answers until the interview ends; checks the `turn` events as it goes. */
async function answerToTheEnd(page: Page, chat: FrameLocator): Promise<number> {
  const ended = chat.getByTestId('chat-ended');
  let answered = 0;
  for (; answered < 10 && (await ended.count()) === 0; answered++) {
    await sendAnswer(chat, ANSWERS[answered % ANSWERS.length]);
    await expect.poll(async () => (await eventsOf(page)).filter((e) => e.type === 'turn').length, { timeout: 10_000 }).toBe(answered + 1);
    if (answered === 1) await screenshot(page, 'embed-partner');
  }
  return answered;
}

describe('the partner origins in Workspace → Partner embed, in Chromium', () => {
  it("an admin lists the partner pages' origins through the form; an origin removed there may no longer frame the chat", async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const page = await context.newPage();
    await page.goto(`${platform.consoleUrl}/login#key=${encodeURIComponent(platform.bootstrapKey)}`);
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.goto(`${platform.consoleUrl}/workspace?tab=embed`);
    await page.getByTestId('embed-origins-empty').waitFor({ timeout: 15_000 });
    const input = page.getByTestId('embed-origin-input');
    const add = async (origin: string) => {
      await input.fill(origin);
      await page.getByTestId('embed-origin-add').click();
    };

    // A path is refused on the page; plain http outside loopback by the API, whose refusal names the origin.
    await add(`${partnerOrigin}/account`);
    expect(await page.getByTestId('embed-origin-problem').innerText()).toContain('with no path, query or user name');
    await add('http://partner.example');
    await page.getByTestId('embed-save').click();
    expect(await page.getByTestId('embed-error').innerText()).toBe(
      '"http://partner.example" is not a partner origin: use https (http only for localhost).',
    );
    expect(await page.getByTestId('embed-error').getAttribute('data-origin')).toBe('http://partner.example');
    await page.getByTestId('embed-origin-remove-0').click();

    await add(partnerOrigin);
    await add(otherOrigin);
    await page.getByTestId('embed-save').click();
    expect(await page.getByTestId('embed-saved').innerText()).toBe('Saved: 2 partner origins may frame the chat.');
    await page.reload();
    await page.getByTestId('embed-origin').first().waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('embed-origin').locator('code').allInnerTexts()).toEqual([partnerOrigin, otherOrigin]);

    // The snippet names this console; the partner pages below paste it as copied. The guide it links is the API's.
    await page.getByTestId('embed-snippet-copy').click();
    await page.getByTestId('embed-snippet-copied').waitFor();
    snippet = await page.evaluate<string>('navigator.clipboard.readText()');
    expect(snippet).toBe(await page.getByTestId('embed-snippet').innerText());
    expect(snippet).toContain(`<script src="${platform.consoleUrl}/embed.js"></script>`);
    expect(await page.getByTestId('embed-guide-link').getAttribute('href')).toBe('/docs/embed');
    const guide = await fetch(`${platform.consoleUrl}/docs/embed`);
    expect([guide.status, await guide.text()]).toEqual([200, expect.stringContaining('Embedding the respondent chat')]);
    await screenshot(page, 'workspace-embed-origins');

    // Listed, the second origin's page mounts the chat with the snippet ...
    const { token } = await startInterview('EMBED-4');
    const listed = await browser.newPage({ viewport: { width: 900, height: 900 } });
    await listed.goto(`${otherOrigin}/snippet?token=${token}`);
    await listed.frameLocator('iframe[title="Interview chat"]').getByTestId('moderator-turn').first().waitFor({ timeout: 30_000 });
    await listed.close();

    // ... and once an admin removed it through the form, the browser refuses the frame.
    await page.getByTestId('embed-origin-remove-1').click();
    await page.getByTestId('embed-save').click();
    expect(await page.getByTestId('embed-saved').innerText()).toBe('Saved: 1 partner origin may frame the chat.');
    const policy = await fetch(new URL(`/embed/frame-policy/${token}`, platform.apiUrl));
    expect(await policy.json()).toEqual({ origins: [partnerOrigin] });
    const removed = await browser.newPage({ viewport: { width: 900, height: 900 } });
    await openRefused(removed, `${otherOrigin}/snippet?token=${token}`);
    expect(await childFrame(removed)!.locator('[data-testid="chat"]').count()).toBe(0);
    await removed.close();
    await context.close();
  });
});

describe('the respondent chat embedded in a partner page from another origin, in Chromium', () => {
  it('mounts themed, sends ready, a turn per answer and completed to the page, never the words', async () => {
    const { token } = await startInterview('EMBED-1');
    const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
    await page.goto(`${partnerOrigin}/?token=${token}`);
    const frame = page.frameLocator('iframe[title="Interview chat"]');
    await frame.getByTestId('moderator-turn').first().waitFor({ timeout: 30_000 });
    // The session is INVITED until its first answer (ACTIVE when the link was opened before).
    const ready = { type: 'ready', status: expect.stringMatching(/^(INVITED|ACTIVE)$/) };
    await expect.poll(() => eventsOf(page), { timeout: 10_000 }).toEqual([ready]);

    // The partner's colours and font, through the chat's custom properties.
    expect(await styleOf(frame.getByTestId('chat'), ['background-color', 'color', 'font-family'])).toEqual({
      'background-color': rgb(THEME.background),
      color: rgb(THEME.text),
      'font-family': 'Georgia, serif',
    });
    expect(await styleOf(frame.getByTestId('chat-send'), ['background-color'])).toEqual({ 'background-color': rgb(THEME.accent) });

    const answered = await answerToTheEnd(page, frame);
    expect(await frame.getByTestId('chat-ended').getAttribute('data-status')).toBe('COMPLETED');
    const bubble = frame.getByTestId('respondent-turn').first();
    // White on the dark green accent, as the theme's contrast rule picks it.
    expect(await styleOf(bubble, ['background-color', 'color'])).toEqual({
      'background-color': rgb(THEME.accent),
      color: 'rgb(255, 255, 255)',
    });

    await expect.poll(async () => (await eventsOf(page)).at(-1), { timeout: 15_000 }).toEqual({ type: 'completed' });
    const events = await eventsOf(page);
    expect(events).toEqual([ready, ...Array.from({ length: answered }, (_, i) => ({ type: 'turn', turn: i + 1 })), { type: 'completed' }]);
    // Every message the page got came from the chat's origin, and none carries what was said.
    const messages = await messagesOf(page);
    expect(new Set(messages.map((m) => m.origin))).toEqual(new Set([new URL(platform.consoleUrl).origin]));
    const sent = JSON.stringify(messages);
    for (const words of ['hours every week', 'finance lead', 'spreadsheet']) expect(sent).not.toContain(words);
    await screenshot(page, 'embed-completed');
    await page.close();
  });

  it('refuses to be framed by a page whose origin the workspace does not list, which gets no message', async () => {
    const { token } = await startInterview('EMBED-2');
    const framed = await fetch(`${platform.consoleUrl}/i/${token}?embed=1`);
    expect(framed.headers.get('content-security-policy')).toBe(`frame-ancestors ${partnerOrigin}`);
    const plain = await fetch(`${platform.consoleUrl}/i/${token}`);
    expect([plain.headers.get('content-security-policy'), plain.headers.get('x-frame-options')]).toEqual([
      "frame-ancestors 'none'",
      'DENY',
    ]);

    for (const [origin, path] of [
      [otherOrigin, '/'],
      [partnerOrigin, '/raw'],
    ]) {
      const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
      await openRefused(page, `${origin}${path}?token=${token}`);
      // Give a loaded chat time to speak: nothing loads in the frame, nothing reaches the page.
      await new Promise((r) => setTimeout(r, 3_000));
      expect(await childFrame(page)!.locator('[data-testid="chat"]').count()).toBe(0);
      expect(await messagesOf(page)).toEqual([]);
      if (path === '/') {
        expect(await eventsOf(page)).toEqual([]);
        await screenshot(page, 'embed-refused');
      }
      await page.close();
    }
  });

  it('tells the page with an error event when the link no longer opens', async () => {
    const { token, sessionId } = await startInterview('EMBED-3');
    await api(EmbedRevokeLinkDocument, { sessionId });
    const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
    await page.goto(`${partnerOrigin}/?token=${token}`);
    const frame = page.frameLocator('iframe[title="Interview chat"]');
    await frame.getByTestId('chat-link-problem').waitFor({ timeout: 30_000 });
    await expect.poll(() => eventsOf(page), { timeout: 10_000 }).toEqual([{ type: 'error', code: 'LINK_REVOKED' }]);
    await page.close();
  });
});
