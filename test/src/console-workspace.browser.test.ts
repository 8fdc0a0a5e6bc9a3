import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './support/browser.js';
import { StudiesDocument, WorkspaceAuditEventsDocument, WorkspaceRetentionDocument, type TypedDocumentString } from './gql/graphql.js';
import { gql, gqlData } from './support/graphql.js';
import { startPlatform, type Platform } from './support/platform.js';

const KEY_NAME = 'CRM sync (browser test)';

let platform: Platform;
let browser: Browser;
let page: Page;
let secret: string;
let keyId: string;

const admin = <Result, Variables>(document: TypedDocumentString<Result, Variables>, variables: Variables) =>
  gqlData(platform.apiUrl, document, variables, { key: platform.bootstrapKey });
const keyRow = (name: string): Locator => page.getByTestId('key-row').filter({ hasText: name });

beforeAll(async () => {
  platform = await startPlatform({ seed: true, console: true });
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
  page = await context.newPage();
  await page.goto(`${platform.consoleUrl}/login#key=${encodeURIComponent(platform.bootstrapKey)}`);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
});
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

describe('workspace admin pages in Chromium', () => {
  it('creates a key whose secret is shown once and works against the API, then revokes it', async () => {
    await page.getByTestId('nav-workspace').click();
    await page.waitForURL(/\/workspace/);
    await page.getByTestId('key-row').first().waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('key-row').count()).toBe(1);

    await page.getByTestId('new-key-name').fill(KEY_NAME);
    await page.getByTestId('new-key-role').selectOption('ANALYST');
    await page.getByTestId('new-key-create').click();
    const shown = page.getByTestId('new-key-secret');
    await shown.waitFor({ timeout: 15_000 });
    secret = await shown.inputValue();
    expect(await page.getByTestId('new-key-secret-panel').innerText()).toContain('You will not see it again');
    await page.getByTestId('new-key-copy-secret').click();
    await page.getByTestId('new-key-secret-copied').waitFor();
    expect(await page.evaluate<string>('navigator.clipboard.readText()')).toBe(secret);
    await screenshot(page, 'workspace-key-created');

    // The secret as shown authenticates an API call, with the role chosen.
    const studies = await gqlData(platform.apiUrl, StudiesDocument, {}, { key: secret });
    expect(studies.studies.map((s) => s.name)).toContain('Demo - NPS follow-up');
    const row = keyRow(KEY_NAME);
    keyId = (await row.getAttribute('data-key-id'))!;
    expect(await row.locator('td').nth(1).innerText()).toBe('analyst');
    expect(await row.getAttribute('data-status')).toBe('active');

    // Closed, it is gone from the page for good.
    await page.getByTestId('new-key-secret-done').click();
    expect(await page.content()).not.toContain(secret);
    await page.reload();
    await keyRow(KEY_NAME).waitFor({ timeout: 15_000 });
    expect(await page.content()).not.toContain(secret);

    // Revoking asks first.
    await keyRow(KEY_NAME).getByTestId('revoke').click();
    expect(await keyRow(KEY_NAME).innerText()).toContain(`Revoke “${KEY_NAME}”?`);
    await screenshot(page, 'workspace-revoke-confirm');
    await keyRow(KEY_NAME).getByTestId('revoke-confirm').click();
    await expect.poll(() => keyRow(KEY_NAME).getAttribute('data-status'), { timeout: 15_000 }).toBe('revoked');
    const refused = await gql(platform.apiUrl, StudiesDocument, {}, { key: secret });
    expect(refused.errors?.map((e) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);

    // The bootstrap key is now the only admin key: the API refuses to revoke it and the page says why.
    const bootstrap = page.locator('[data-testid="key-row"][data-status="active"]');
    expect(await bootstrap.count()).toBe(1);
    expect(await bootstrap.getByTestId('signed-in-key').count()).toBe(1);
    await bootstrap.getByTestId('revoke').click();
    await bootstrap.getByTestId('revoke-confirm').click();
    const error = page.getByTestId('keys-error');
    await error.waitFor({ timeout: 15_000 });
    expect(await error.innerText()).toMatch(/^This is the last working admin key of the workspace/);
    expect(await bootstrap.getAttribute('data-status')).toBe('active');
    await screenshot(page, 'workspace-keys');
  }, 120_000);

  it('shows the createApiKey in the audit log, filtered by kind and key', async () => {
    await page.getByTestId('tab-audit').click();
    await page.waitForURL(/tab=audit/);
    const created = page.locator('[data-testid="audit-row"][data-name="createApiKey"]');
    await created.waitFor({ timeout: 15_000 });
    expect(await created.count()).toBe(1);
    const bootstrapName = await page.locator('[data-testid="audit-filter-key"] option').nth(2).innerText();
    expect(await created.getByTestId('audit-who').innerText()).toBe(bootstrapName.replace(/ \([^()]*\)$/, ''));
    expect(await created.getAttribute('data-outcome')).toBe('ok');
    const lastAdmin = page.locator('[data-testid="audit-row"][data-name="revokeApiKey"][data-outcome="error"]');
    expect(await lastAdmin.getByTestId('audit-error-code').innerText()).toBe('LAST_ADMIN_KEY');
    await screenshot(page, 'workspace-audit');

    // The revoked key made no change: filtering on it finds nothing; on kind "export", neither.
    await page.getByTestId('audit-filter-key').selectOption(keyId);
    await page.getByTestId('audit-apply').click();
    await page.getByTestId('audit-empty').waitFor({ timeout: 15_000 });
    await page.getByTestId('audit-filter-key').selectOption('');
    await page.getByTestId('audit-filter-action').selectOption('MUTATION');
    await page.getByTestId('audit-apply').click();
    await expect.poll(() => page.getByTestId('audit-row').count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(3);

    // The page shows what the API holds.
    const { auditEvents } = await admin(WorkspaceAuditEventsDocument, { filter: { action: 'MUTATION' }, first: 50 });
    const names = await page.getByTestId('audit-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-name')));
    expect(names).toEqual(auditEvents.edges.map((e) => e.node.name));
    expect(names).toContain('createApiKey');
  }, 60_000);

  it('sets the transcript retention, refuses a bad value inline, and the API reads it back', async () => {
    await page.getByTestId('tab-retention').click();
    const days = page.getByTestId('retention-days');
    await days.waitFor({ timeout: 15_000 });
    expect(await days.inputValue()).toBe('');

    await days.fill('0');
    await page.getByTestId('retention-save').click();
    const problem = page.locator('[data-testid="field-problem"][data-field="transcriptRetentionDays"]');
    expect(await problem.innerText()).toContain('from 1 to 36500');
    expect((await admin(WorkspaceRetentionDocument, {})).workspaceSettings.transcriptRetentionDays).toBeNull();

    await days.fill('90');
    expect(await problem.count()).toBe(0);
    await page.getByTestId('retention-save').click();
    await page.getByTestId('retention-saved').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('retention-saved').innerText()).toBe(
      'Saved: a respondent is erased 90 days after their last interview closed.',
    );
    expect((await admin(WorkspaceRetentionDocument, {})).workspaceSettings.transcriptRetentionDays).toBe(90);
    await screenshot(page, 'workspace-retention');

    await page.reload();
    await expect.poll(() => page.getByTestId('retention-days').inputValue(), { timeout: 15_000 }).toBe('90');
    await page.getByTestId('retention-days').fill('');
    await page.getByTestId('retention-save').click();
    await page.getByTestId('retention-saved').waitFor({ timeout: 15_000 });
    expect((await admin(WorkspaceRetentionDocument, {})).workspaceSettings.transcriptRetentionDays).toBeNull();
  }, 60_000);

  it('tells a viewer key that only admins manage keys, read the log and change retention', async () => {
    await page.goto(`${platform.consoleUrl}/workspace`);
    await page.getByTestId('new-key-name').fill('Viewer (browser test)');
    await page.getByTestId('new-key-role').selectOption('VIEWER');
    await page.getByTestId('new-key-create').click();
    const viewerSecret = await page.getByTestId('new-key-secret').inputValue();
    await page.getByTestId('new-key-secret-done').click();

    await page.goto(`${platform.consoleUrl}/login#key=${encodeURIComponent(viewerSecret)}`);
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.getByTestId('nav-workspace').click();
    const keysError = page.getByTestId('keys-error');
    await keysError.waitFor({ timeout: 15_000 });
    expect(await keysError.innerText()).toMatch(/^Only admins can manage keys/);
    expect(await page.getByTestId('create-key').count()).toBe(0);
    await screenshot(page, 'workspace-viewer');

    await page.getByTestId('tab-audit').click();
    await page.getByTestId('audit-error').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('audit-error').innerText()).toMatch(/^Only admins can read the audit log/);
    expect(await page.getByTestId('audit-row').count()).toBe(0);

    // Every role reads the retention; only an admin changes it.
    await page.getByTestId('tab-retention').click();
    await page.getByTestId('retention-days').fill('30');
    await page.getByTestId('retention-save').click();
    await page.getByTestId('retention-error').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('retention-error').innerText()).toBe('Only admins can change the workspace settings.');
    expect((await admin(WorkspaceRetentionDocument, {})).workspaceSettings.transcriptRetentionDays).toBeNull();
  }, 60_000);
});
