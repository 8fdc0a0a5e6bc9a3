import { freePort, mailpitApi, startMailpit, type MailpitApi, type MailpitHandle } from '@ladder/devstack';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccountsMembersDocument, StudiesDocument } from './gql/graphql.js';
import { launchBrowser, screenshot } from './support/browser.js';
import { gqlData } from './support/graphql.js';
import { startPlatform, type Platform } from './support/platform.js';

/**
 * Team accounts in Chromium (issue 14) against the real platform and Mailpit: the first admin signs
 * in with a magic link read from the email, invites a viewer on the Members tab; the viewer asks
 * for their own link, opens it in the same browser, lands signed in without any edit button, and
 * a mutation sent from their page anyway is FORBIDDEN; the admin then changes the role (the
 * viewer's next page shows the edit controls), is refused demoting the last admin, and removes
 * the member, whose session ends with it; last, the admin sets up single sign-on and the sign-in
 * page offers it to an address of the allowed domain (the flow itself: api/src/account/sso.test.ts).
 */

const ADMIN = 'admin@ladder.localhost';
const VIEWER = 'viewer.person@example.com';

let platform: Platform;
let mailpit: MailpitHandle;
let mail: MailpitApi;
let browser: Browser;
let admin: Page;
let viewerContext: BrowserContext;
let viewer: Page;
let studyId: string;

beforeAll(async () => {
  mailpit = await startMailpit({ smtpPort: await freePort(), httpPort: await freePort() });
  mail = mailpitApi(mailpit.apiUrl);
  platform = await startPlatform({ seed: true, console: true, env: { SMTP_URL: mailpit.smtpUrl, LADDER_FIRST_ADMIN_EMAIL: ADMIN } });
  studyId = (await gqlData(platform.apiUrl, StudiesDocument, {}, { key: platform.bootstrapKey })).studies[0].id;
  browser = await launchBrowser();
  admin = await (await browser.newContext({ viewport: { width: 1280, height: 860 } })).newPage();
  viewerContext = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  viewer = await viewerContext.newPage();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
  await mailpit?.stop();
});

/**
 * Asks for a link on the sign-in page the guard sent the browser to (from /workspace), reads it from Mailpit and opens it
 * in the same page (so the same browser): the link opens the page the browser was going to.
 */
async function signInByEmail(page: Page, email: string, shot?: string): Promise<void> {
  const before = (await mail.search(`to:${email} subject:"sign-in link"`)).length;
  await page.goto(`${platform.consoleUrl}/workspace`);
  await page.waitForURL(/\/sign-in\?next=/);
  await page.getByTestId('sign-in-email').fill(email);
  await page.getByTestId('sign-in-submit').click();
  await page.getByTestId('sign-in-sent').waitFor();
  expect(await page.getByTestId('sign-in-sent').innerText()).toContain(email);
  if (shot) await screenshot(page, shot);
  const [latest] = await mail.waitFor(`to:${email} subject:"sign-in link"`, before + 1);
  const link = /http\S+\/auth\/magic-link\/callback\?token=\S+/.exec((await mail.message(latest.ID)).Text)![0];
  await page.goto(link);
  await page.waitForURL(`${platform.consoleUrl}/workspace`);
  await page.getByTestId('account-toggle').waitFor();
}

/** A member's row by the address in its first cell (another row names the admin as who invited). */
const memberRow = (email: string) => admin.getByTestId('member-row').filter({ has: admin.locator('td:first-child', { hasText: email }) });

describe('team accounts in the console', () => {
  it('the first admin signs in with a magic link and invites a viewer on the Members tab', async () => {
    // Nothing stored and no session: the guard asks `me` and sends the browser to the sign-in page.
    await admin.goto(`${platform.consoleUrl}/sign-in`);
    await admin.getByTestId('sign-in-email').fill('not-an-address');
    await admin.getByTestId('sign-in-submit').click();
    expect(await admin.getByTestId('sign-in-error').innerText()).toContain('valid email address');
    await signInByEmail(admin, ADMIN, 'sign-in');
    expect(await admin.getByTestId('account-toggle').innerText()).toContain('Admin');
    await admin.getByTestId('account-toggle').click();
    expect(await admin.getByTestId('account-email').innerText()).toBe(ADMIN);
    expect(await admin.getByTestId('sign-out-everywhere').isVisible()).toBe(true);
    await screenshot(admin, 'account-menu');
    await admin.getByTestId('account-toggle').click();

    await admin.goto(`${platform.consoleUrl}/workspace?tab=members`);
    await memberRow(ADMIN).waitFor({ timeout: 15_000 });
    await admin.getByTestId('invite-email').fill(VIEWER);
    await admin.getByTestId('invite-role').selectOption('VIEWER');
    await admin.getByTestId('invite-submit').click();
    await memberRow(VIEWER).waitFor();
    expect(await memberRow(VIEWER).getAttribute('data-role')).toBe('VIEWER');
    expect(await memberRow(VIEWER).locator('td').nth(3).innerText()).toBe(ADMIN);
    const [invitation] = await mail.waitFor(`to:${VIEWER} subject:"invited"`);
    expect((await mail.message(invitation.ID)).Text).toContain(`/sign-in?email=${encodeURIComponent(VIEWER)}`);
    await screenshot(admin, 'members');
  });

  it('the viewer signs in by email, sees no edit button, and the API refuses a mutation from their page', async () => {
    await signInByEmail(viewer, VIEWER);
    expect(await viewer.getByTestId('account-toggle').innerText()).toContain('Viewer');
    await viewer.goto(`${platform.consoleUrl}/`);
    await viewer.getByTestId('study-row').first().waitFor({ timeout: 15_000 });
    expect(await viewer.getByRole('button', { name: 'Create study' }).count()).toBe(0);

    await viewer.goto(`${platform.consoleUrl}/studies/${studyId}`);
    await viewer.getByTestId('wave-row').first().waitFor({ timeout: 15_000 });
    expect(await viewer.getByRole('button', { name: 'Add wave' }).count()).toBe(0);
    expect(await viewer.getByTestId('launch-wave').count()).toBe(0);
    await viewer.goto(`${platform.consoleUrl}/workspace?tab=members`);
    await viewer.getByTestId('member-row').first().waitFor({ timeout: 15_000 });
    expect(await viewer.getByTestId('invite-member').count()).toBe(0);
    expect(await viewer.getByTestId('member-role').count()).toBe(0);
    expect(await viewer.getByTestId('member-remove').count()).toBe(0);
    await viewer.goto(`${platform.consoleUrl}/studies/${studyId}/guides`);
    await viewer.getByTestId('guide-band-tab').first().waitFor({ timeout: 15_000 });
    expect(await viewer.getByTestId('guide-save').count()).toBe(0);
    await viewer.goto(`${platform.consoleUrl}/`);
    await viewer.getByTestId('study-row').first().waitFor({ timeout: 15_000 });
    await screenshot(viewer, 'viewer');

    // The page's own session cookie, a JSON POST as the console sends: the API answers FORBIDDEN.
    const answer = await viewer.evaluate(async () => {
      const res = await fetch('/graphql', {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation { createStudy(input: { name: "Viewer was here" }) { id } }' }),
      });
      return (await res.json()) as { errors?: { extensions: { code: string } }[] };
    });
    expect(answer.errors?.map((e) => e.extensions.code)).toEqual(['FORBIDDEN']);
    const studies = await gqlData(platform.apiUrl, StudiesDocument, {}, { key: platform.bootstrapKey });
    expect(studies.studies.map((s) => s.name)).not.toContain('Viewer was here');
  });

  it('the admin changes the role (the next page shows edit controls), cannot demote the last admin, and removes the member', async () => {
    await admin.reload();
    await memberRow(VIEWER).waitFor({ timeout: 15_000 });
    await memberRow(VIEWER).getByTestId('member-role').selectOption('ANALYST');
    await expect.poll(() => memberRow(VIEWER).getAttribute('data-role'), { timeout: 15_000 }).toBe('ANALYST');
    await viewer.reload();
    await viewer.getByRole('button', { name: 'Create study' }).waitFor({ timeout: 15_000 });
    expect(await viewer.getByTestId('account-toggle').innerText()).toContain('Analyst');

    await memberRow(ADMIN).getByTestId('member-role').selectOption('VIEWER');
    await admin.getByTestId('member-error').waitFor({ timeout: 15_000 });
    expect(await admin.getByTestId('member-error').innerText()).toContain('at least one admin');
    expect(await memberRow(ADMIN).getAttribute('data-role')).toBe('ADMIN');
    expect(await memberRow(ADMIN).getByTestId('member-role').inputValue()).toBe('ADMIN');

    await memberRow(VIEWER).getByTestId('member-remove').click();
    await memberRow(VIEWER).getByTestId('member-remove-confirm').click();
    await expect.poll(() => memberRow(VIEWER).count(), { timeout: 15_000 }).toBe(0);
    const members = await gqlData(platform.apiUrl, AccountsMembersDocument, {}, { key: platform.bootstrapKey });
    expect(members.workspaceMembers.items.map((m) => m.user.email)).toEqual([ADMIN]);
    // Removed, their session is over: the console sends them to the sign-in page.
    await viewer.goto(`${platform.consoleUrl}/workspace`);
    await viewer.waitForURL(/\/sign-in\?next=/, { timeout: 15_000 });
  });

  it('an admin sets up single sign-on, and the sign-in page offers it to addresses of an allowed domain', async () => {
    await admin.goto(`${platform.consoleUrl}/workspace?tab=sso`);
    await admin.getByTestId('sso-form').waitFor({ timeout: 15_000 });
    // Saving does not contact the provider (the first sign-in does): a public address is all the issuer check needs.
    await admin.getByTestId('sso-issuer').fill('https://93.184.215.14/realms/acme');
    await admin.getByTestId('sso-client-id').fill('ladder-console');
    await admin.getByTestId('sso-client-secret').fill('not-a-real-client-secret');
    await admin.getByTestId('sso-domains').fill('acme.example');
    await admin.getByTestId('sso-save').click();
    await admin.getByTestId('sso-saved').waitFor({ timeout: 15_000 });
    expect(await admin.getByTestId('sso-redirect-uri').innerText()).toMatch(/\/auth\/sso\/callback$/);
    expect(await admin.getByTestId('sso-client-secret').getAttribute('placeholder')).toContain('stored');
    await screenshot(admin, 'sso-settings');

    const signedOut = await (await browser.newContext({ viewport: { width: 1280, height: 860 } })).newPage();
    await signedOut.goto(`${platform.consoleUrl}/workspace`);
    await signedOut.waitForURL(/\/sign-in\?next=/);
    await signedOut.getByTestId('sign-in-email').fill('dana@acme.example');
    const button = signedOut.getByTestId('sign-in-sso-list').getByRole('link');
    await button.waitFor({ timeout: 15_000 });
    expect(await button.getAttribute('href')).toMatch(/^\/auth\/sso\/[^/]+\/start\?email=dana%40acme\.example&next=%2Fworkspace$/);
    await screenshot(signedOut, 'sign-in-sso');
    await signedOut.getByTestId('sign-in-email').fill('dana@example.com');
    await signedOut.getByTestId('sign-in-sso-list').waitFor({ state: 'detached', timeout: 15_000 });
    await signedOut.context().close();
  });

  it('sign out ends the session of this browser', async () => {
    await admin.getByTestId('account-toggle').click();
    await admin.getByTestId('sign-out').click();
    await admin.waitForURL(/\/sign-in$/);
    await admin.goto(`${platform.consoleUrl}/workspace`);
    await admin.waitForURL(/\/sign-in\?next=/);
  });
});
