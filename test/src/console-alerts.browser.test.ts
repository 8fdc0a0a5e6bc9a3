import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsoleAlertAcknowledgedDocument, StudiesDocument } from './gql/graphql.js';
import { launchBrowser, screenshot } from './support/browser.js';
import { gqlData } from './support/graphql.js';
import { startPlatform, type Platform } from './support/platform.js';

/**
 * The alert centre, the rule editor and the webhook endpoints in Chromium against the real
 * platform. The alert itself is written in SQL and announced as the evaluator does (its statistics
 * are tested in the workflows package): the page must show it live, without a reload.
 */

const RULE_NAME = 'EMEA NPS drop (browser test)';

let platform: Platform;
let browser: Browser;
let page: Page;
let db: pg.Client;
let receiver: Server;
const received: { body: string; headers: IncomingHttpHeaders }[] = [];
let studyId: string;
let ruleId: string;
let alertId: string;

beforeAll(async () => {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ body: Buffer.concat(chunks).toString('utf8'), headers: req.headers });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"received":true}');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  // The receiver is on loopback: only allowed with LADDER_WEBHOOK_ALLOW_PRIVATE.
  platform = await startPlatform({ seed: true, console: true, env: { LADDER_WEBHOOK_ALLOW_PRIVATE: 'true' } });
  db = new pg.Client({ connectionString: platform.databaseUrl });
  await db.connect();
  const { studies } = await gqlData(platform.apiUrl, StudiesDocument, {}, { key: platform.bootstrapKey });
  studyId = studies.find((s) => s.name === 'Demo - NPS follow-up')!.id;
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
  page = await context.newPage();
  await page.goto(`${platform.consoleUrl}/login#key=${encodeURIComponent(platform.bootstrapKey)}`);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
});
afterAll(async () => {
  await browser?.close();
  await db?.end();
  await platform?.stop();
  await new Promise((resolve) => receiver?.close(resolve));
});

describe('alerts and webhooks in Chromium', () => {
  it('creates a rule in the editor, a bad attribute refused by the API next to its field', async () => {
    await page.goto(`${platform.consoleUrl}/studies/${studyId}`);
    await page.getByTestId('nav-alerts').click();
    await page.waitForURL(/\/alerts/);
    await page.getByTestId('tab-rules').click();
    await page.getByTestId('rules-empty').waitFor({ timeout: 15_000 });

    await page.getByTestId('rule-name').fill(RULE_NAME);
    await page.getByTestId('rule-group-extra').fill('region; drop');
    await page.getByTestId('rule-save').click();
    const groupProblem = page.locator('[data-testid="field-problem"][data-field="groupBy"]');
    await groupProblem.waitFor({ timeout: 15_000 });
    expect(await groupProblem.innerText()).toContain('is not a valid attribute name');

    // The attributes come from the demo respondents; the previous wave is the baseline.
    await page.getByTestId('rule-group-extra').fill('');
    await page.getByTestId('rule-group-region').check({ timeout: 15_000 });
    await page.getByTestId('rule-baseline-previous').check();
    await page.getByTestId('rule-min-n').fill('5');
    await page.getByTestId('rule-save').click();
    const row = page.getByTestId('rule-row').filter({ hasText: RULE_NAME });
    await row.waitFor({ timeout: 15_000 });
    expect(await groupProblem.count()).toBe(0);
    ruleId = (await row.getAttribute('data-rule-id'))!;
    const stored = await db.query(`SELECT group_by, baseline_kind, min_n, enabled FROM alert_rule WHERE id = $1`, [ruleId]);
    expect(stored.rows).toEqual([{ group_by: ['region'], baseline_kind: 'previous_wave', min_n: 5, enabled: true }]);

    // Editing fills the form with the rule.
    await row.getByTestId('rule-edit').click();
    expect(await page.getByTestId('rule-name').inputValue()).toBe(RULE_NAME);
    expect(await page.getByTestId('rule-group-region').isChecked()).toBe(true);
    await screenshot(page, 'alert-rule-editor');
    await page.getByTestId('rule-cancel').click();
  }, 90_000);

  it('shows an alert raised while the page is open, then acknowledges it', async () => {
    await page.getByTestId('tab-alerts').click();
    await page.getByTestId('alerts-empty').waitFor({ timeout: 15_000 });
    await expect.poll(() => page.getByTestId('live-indicator').innerText(), { timeout: 15_000 }).toBe('Live');

    // The demo study has one wave: a previous-wave rule is never evaluated, so nothing resolves this alert under the test.
    const inserted = await db.query(
      `INSERT INTO alert (workspace_id, study_id, rule_id, segment_key, segment_label, metric, status, current, baseline, delta, ci_low,
         ci_high, p_value, n_current, n_baseline, window_start, window_end)
       SELECT workspace_id, study_id, id, $2, 'region=EMEA', 'nps', 'firing', -12, 21, -33, -49, -17, 0.0004, 48, 120,
              now() - interval '365 days', now()
       FROM alert_rule WHERE id = $1 RETURNING id, workspace_id`,
      [ruleId, JSON.stringify([{ attribute: 'region', value: 'EMEA' }])],
    );
    alertId = inserted.rows[0].id;
    const event = { type: 'alert.changed', workspaceId: inserted.rows[0].workspace_id, studyId, alertId, ruleId, status: 'firing' };
    const row = page.locator(`[data-testid="alert-row"][data-alert-id="${alertId}"]`);
    // The subscription may still be starting on the server when the socket says "Live": announce until it is seen.
    await expect
      .poll(
        async () => {
          if (await row.count()) return true;
          await db.query(`SELECT pg_notify('ladder_events', $1)`, [JSON.stringify(event)]);
          return false;
        },
        { timeout: 20_000, interval: 1000 },
      )
      .toBe(true);
    expect(await page.getByTestId('alerts-fresh').innerText()).toBe('1 new since you opened this page');
    const cells = await row.locator('td').allInnerTexts();
    expect(cells.slice(1, 6)).toEqual(['NPS', '−12 vs 21', '−33 pts (−49 pts to −17 pts)', '< 0.001', '48']);

    await row.getByTestId('alert-open').click();
    const detail = page.getByTestId('alert-detail');
    await detail.waitFor({ timeout: 15_000 });
    await page.getByTestId('alert-chart').locator('canvas').waitFor();
    await expect.poll(() => page.getByTestId('alert-response').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const { rows: emea } = await db.query(
      `SELECT count(*)::int AS n FROM respondent r JOIN wave w ON w.id = r.wave_id
       WHERE w.study_id = $1 AND r.attributes->>'region' = 'EMEA' AND r.responded_at >= now() - interval '365 days'`,
      [studyId],
    );
    expect(await page.getByTestId('alert-responses-total').innerText()).toMatch(new RegExp(`^${emea[0].n} responses`));
    expect(emea[0].n).toBeGreaterThan(20);
    expect(await page.getByTestId('alert-response').count()).toBe(20);
    await page.getByTestId('alert-responses-more').click();
    await expect.poll(() => page.getByTestId('alert-response').count(), { timeout: 15_000 }).toBe(Math.min(40, emea[0].n));

    await row.getByTestId('alert-acknowledge').click();
    const by = row.getByTestId('alert-acknowledged-by');
    await by.waitFor({ timeout: 15_000 });
    const { alert } = await gqlData(platform.apiUrl, ConsoleAlertAcknowledgedDocument, { id: alertId }, { key: platform.bootstrapKey });
    expect(alert.acknowledgedBy).toMatch(/^api-key:/);
    expect(await by.getAttribute('data-by')).toBe(alert.acknowledgedBy);
    expect(await by.innerText()).not.toBe('');
    expect(alert.status).toBe('FIRING');
    await screenshot(page, 'alerts-centre');
  }, 90_000);

  it('adds a webhook endpoint with its secret shown once, and reads and replays its deliveries', async () => {
    await page.getByTestId('nav-workspace').click();
    await page.getByTestId('tab-webhooks').click();
    await page.getByTestId('webhooks-empty').waitFor({ timeout: 15_000 });
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/ladder`;
    await page.getByTestId('webhook-url').fill(url);
    await page.getByTestId('webhook-description').fill('Local receiver (browser test)');
    await page.getByTestId('webhook-create').click();
    const secret = page.getByTestId('webhook-secret');
    await secret.waitFor({ timeout: 15_000 });
    expect(await secret.inputValue()).toMatch(/^whsec_/);
    await page.getByTestId('webhook-copy-secret').click();
    await page.getByTestId('webhook-secret-copied').waitFor();
    const shown = await secret.inputValue();
    await page.getByTestId('webhook-secret-done').click();
    expect(await page.content()).not.toContain(shown);
    const endpointRow = page.getByTestId('webhook-row').filter({ hasText: url });
    expect(await endpointRow.getAttribute('data-state')).toBe('enabled');

    // An alert.fired event, enqueued as the evaluator does; the worker delivers it to the receiver.
    await db.query(`SELECT ladder_enqueue_webhook_event(workspace_id, 'alert.fired', $2) FROM alert WHERE id = $1`, [
      alertId,
      JSON.stringify({ alertId, ruleId, studyId, status: 'firing' }),
    ]);
    const log = page.getByTestId('webhook-deliveries');
    await log.waitFor({ timeout: 15_000 });
    const delivered = log.locator('[data-testid="delivery-row"][data-status="DELIVERED"]');
    await expect
      .poll(
        async () => {
          await page.getByTestId('delivery-refresh').click();
          return delivered.count();
        },
        { timeout: 30_000, interval: 1000 },
      )
      .toBe(1);
    expect(await delivered.getByTestId('delivery-code').innerText()).toBe('200');
    expect(await delivered.getByTestId('delivery-body').innerText()).toBe('{"received":true}');
    expect(received).toHaveLength(1);
    expect(JSON.parse(received[0].body)).toMatchObject({ type: 'alert.fired' });

    // Replayed: a second delivery with the same webhook-id reaches the receiver.
    await delivered.getByTestId('delivery-replay').click();
    await page.getByTestId('delivery-replayed').waitFor({ timeout: 15_000 });
    await expect
      .poll(
        async () => {
          await page.getByTestId('delivery-refresh').click();
          return delivered.count();
        },
        { timeout: 30_000, interval: 1000 },
      )
      .toBe(2);
    expect(received.map((r) => r.headers['webhook-id'])).toEqual([received[0].headers['webhook-id'], received[0].headers['webhook-id']]);

    await page.getByTestId('delivery-filter').selectOption('FAILED');
    await page.getByTestId('deliveries-empty').waitFor({ timeout: 15_000 });
    await page.getByTestId('delivery-filter').selectOption('');
    await expect.poll(() => delivered.count(), { timeout: 15_000 }).toBe(2);
    await screenshot(page, 'webhook-endpoints');

    // Disabled, then deleted after the confirm step.
    await endpointRow.getByTestId('webhook-toggle').click();
    await expect.poll(() => endpointRow.getAttribute('data-state'), { timeout: 15_000 }).toBe('disabled');
    await endpointRow.getByTestId('webhook-delete').click();
    await endpointRow.getByTestId('webhook-delete-confirm').click();
    await page.getByTestId('webhooks-empty').waitFor({ timeout: 15_000 });
    expect((await db.query(`SELECT count(*)::int AS n FROM webhook_endpoint`)).rows[0].n).toBe(0);
  }, 120_000);
});
