import { randomBytes } from 'node:crypto';
import { freePort, mailpitApi, startMailpit, type MailpitApi, type MailpitHandle } from '@ladder/devstack';
import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AlertsCreateRuleDocument, StudiesDocument } from './gql/graphql.js';
import { launchBrowser, screenshot } from './support/browser.js';
import { gqlData } from './support/graphql.js';
import { startPlatform, type Platform } from './support/platform.js';

/**
 * Owners in Chromium against the real platform: an alert assigned in its detail and an escalation
 * given an owner email in the queue, each owner's email sent by the worker's dispatcher and read
 * back from Mailpit; an owner's notification preference set on the workspace page. The alert and
 * the escalation are written in SQL (how they are raised is tested elsewhere).
 */

const ALERT_OWNER = 'alert.owner@example.com';
const ESCALATION_OWNER = 'escalation.owner@example.com';
// The dispatcher sends due owner emails on each pass, at most 30 s apart.
const MAIL_TIMEOUT = 60_000;

let platform: Platform;
let mailpit: MailpitHandle;
let mail: MailpitApi;
let browser: Browser;
let page: Page;
let db: pg.Client;
let studyId: string;
let alertId: string;
let escalationId: string;

beforeAll(async () => {
  mailpit = await startMailpit({ smtpPort: await freePort(), httpPort: await freePort() });
  mail = mailpitApi(mailpit.apiUrl);
  platform = await startPlatform({
    seed: true,
    console: true,
    env: { SMTP_URL: mailpit.smtpUrl, LADDER_LINK_SECRET: randomBytes(32).toString('base64url') },
  });
  db = new pg.Client({ connectionString: platform.databaseUrl });
  await db.connect();
  const key = { key: platform.bootstrapKey };
  studyId = (await gqlData(platform.apiUrl, StudiesDocument, {}, key)).studies.find((s) => s.name === 'Demo - NPS follow-up')!.id;

  // The demo study has one wave: a previous-wave rule is never evaluated, so nothing resolves the alert under the test.
  const { createAlertRule } = await gqlData(
    platform.apiUrl,
    AlertsCreateRuleDocument,
    {
      input: { studyId, name: 'EMEA NPS drop (owners test)', groupBy: ['region'], window: { days: 365 }, baseline: { previousWave: true } },
    },
    key,
  );
  const alert = await db.query(
    `INSERT INTO alert (workspace_id, study_id, rule_id, segment_key, segment_label, metric, status, current, baseline, delta, ci_low,
       ci_high, p_value, n_current, n_baseline, window_start, window_end)
     SELECT workspace_id, study_id, id, $2, 'region=EMEA', 'nps', 'firing', -12, 21, -33, -49, -17, 0.0004, 48, 120,
            now() - interval '365 days', now()
     FROM alert_rule WHERE id = $1 RETURNING id`,
    [createAlertRule.id, JSON.stringify([{ attribute: 'region', value: 'EMEA' }])],
  );
  alertId = alert.rows[0].id;

  // A closed interview of a demo respondent, and the escalation it raised.
  const { rows: target } = await db.query(
    `SELECT r.id, r.workspace_id, r.wave_id FROM respondent r JOIN wave w ON w.id = r.wave_id WHERE w.study_id = $1 ORDER BY r.id LIMIT 1`,
    [studyId],
  );
  const { workspace_id: workspaceId, wave_id: waveId, id: respondentId } = target[0];
  const session = await db.query(
    `INSERT INTO interview_session (workspace_id, respondent_id, wave_id, status, moderator, token_hash, workflow_id)
     VALUES ($1, $2, $3, 'completed', 'offline', 'owners-browser-token', 'wf-owners-browser') RETURNING id`,
    [workspaceId, respondentId, waveId],
  );
  const sessionId = session.rows[0].id;
  const turn = await db.query(
    `INSERT INTO turn (workspace_id, session_id, seq, role, text, phase)
     VALUES ($1, $2, 1, 'respondent', 'We will cancel in March.', 'surface') RETURNING id`,
    [workspaceId, sessionId],
  );
  const escalation = await db.query(
    `INSERT INTO escalation (workspace_id, study_id, wave_id, session_id, turn_id, reason, quote, detected_by)
     VALUES ($1, $2, $3, $4, $5, 'churn_risk', 'We will cancel in March.', 'offline') RETURNING id`,
    [workspaceId, studyId, waveId, sessionId, turn.rows[0].id],
  );
  escalationId = escalation.rows[0].id;

  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${platform.consoleUrl}/login#key=${encodeURIComponent(platform.bootstrapKey)}`);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
});
afterAll(async () => {
  await browser?.close();
  await db?.end();
  await platform?.stop();
  await mailpit?.stop();
});

describe('owners of alerts and escalations in Chromium', () => {
  it("assigns an alert in its detail (a bad address refused by the field) and the owner's email arrives", async () => {
    await page.goto(`${platform.consoleUrl}/studies/${studyId}/alerts`);
    const row = page.locator(`[data-testid="alert-row"][data-alert-id="${alertId}"]`);
    await row.waitFor({ timeout: 15_000 });
    expect(await row.getByTestId('alert-owner-cell').innerText()).toBe('—');
    await row.getByTestId('alert-open').click();
    const detail = page.getByTestId('alert-detail');
    await detail.waitFor({ timeout: 15_000 });
    expect(await detail.getByTestId('alert-owner').innerText()).toBe('nobody');

    await detail.getByTestId('alert-owner-email').fill('alert.owner@');
    await detail.getByTestId('alert-assign').click();
    const problem = page.locator('[data-testid="field-problem"][data-field="ownerEmail"]');
    await problem.waitFor({ timeout: 15_000 });
    expect(await problem.innerText()).toContain('is not an email address');

    await detail.getByTestId('alert-owner-email').fill(` ${ALERT_OWNER.toUpperCase()} `);
    expect(await problem.count()).toBe(0);
    await detail.getByTestId('alert-assign').click();
    await detail.getByTestId('alert-assigned').waitFor({ timeout: 15_000 });
    expect(await detail.getByTestId('alert-assigned').innerText()).toBe(`Assigned: ${ALERT_OWNER} is emailed about it.`);
    expect(await detail.getByTestId('alert-owner').innerText()).toBe(ALERT_OWNER);
    expect(await row.getByTestId('alert-owner-cell').innerText()).toBe(ALERT_OWNER);
    await page.getByTestId('alert-chart').locator('canvas').waitFor();
    await screenshot(page, 'alert-owner');
    const stored = await db.query(`SELECT owner_email FROM alert WHERE id = $1`, [alertId]);
    expect(stored.rows).toEqual([{ owner_email: ALERT_OWNER }]);

    const [email, ...more] = await mail.waitFor(`to:${ALERT_OWNER}`, 1, MAIL_TIMEOUT);
    expect(email?.Subject).toMatch(/^Alert assigned to you: region=EMEA/);
    expect(more).toEqual([]);
    const body = await mail.message(email.ID);
    expect(body.Text).toContain(`/studies/${studyId}/alerts`);

    // After a reload the owner is read back from the API.
    await page.reload();
    await row.waitFor({ timeout: 15_000 });
    expect(await row.getByTestId('alert-owner-cell').innerText()).toBe(ALERT_OWNER);
  }, 120_000);

  it("sets an escalation's owner email in the queue and the owner's email arrives", async () => {
    await page.goto(`${platform.consoleUrl}/studies/${studyId}/escalations`);
    const item = page.locator(`[data-testid="escalation-row"][data-escalation-id="${escalationId}"]`);
    await item.waitFor({ timeout: 15_000 });
    await item.getByTestId('escalation-owner-email').fill('not an address');
    await item.getByTestId('escalation-save').click();
    const problem = item.locator('[data-testid="field-problem"][data-field="ownerEmail"]');
    await problem.waitFor({ timeout: 15_000 });
    expect(await problem.innerText()).toContain('is not an email address');

    await item.getByTestId('escalation-owner-email').fill(ESCALATION_OWNER);
    await item.getByTestId('escalation-owner').fill('Dana (CSM)');
    await item.getByTestId('escalation-save').click();
    await item.getByTestId('escalation-saved').waitFor({ timeout: 15_000 });
    expect(await problem.count()).toBe(0);
    const stored = await db.query(`SELECT owner, owner_email FROM escalation WHERE id = $1`, [escalationId]);
    expect(stored.rows).toEqual([{ owner: 'Dana (CSM)', owner_email: ESCALATION_OWNER }]);

    const [email, ...more] = await mail.waitFor(`to:${ESCALATION_OWNER}`, 1, MAIL_TIMEOUT);
    expect(email?.Subject).toBe('Escalation assigned to you: churn risk');
    expect(more).toEqual([]);
    const body = await mail.message(email.ID);
    expect(body.Text).not.toContain('We will cancel in March');

    await page.reload();
    await item.waitFor({ timeout: 15_000 });
    expect(await item.getByTestId('escalation-owner-email').inputValue()).toBe(ESCALATION_OWNER);
  }, 120_000);

  it("sets an owner's notification preference on the workspace page", async () => {
    await page.goto(`${platform.consoleUrl}/workspace?tab=notifications`);
    await page.getByTestId('notifications').waitFor({ timeout: 15_000 });
    await page.getByTestId('notification-email').fill(ESCALATION_OWNER);
    await page.getByTestId('notification-lookup').click();
    await page.getByTestId('notification-current').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('notification-current').innerText()).toBe(
      `Now: ${ESCALATION_OWNER} gets each email as soon as it is queued.`,
    );
    await page.getByTestId('notification-digest-DAILY').check();
    await page.getByTestId('notification-hour').selectOption('17');
    await page.getByTestId('notification-save').click();
    await page.getByTestId('notification-saved').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('notification-saved').innerText()).toBe(
      `Saved: ${ESCALATION_OWNER} gets one digest a day at 17:00 UTC with everything queued since the last one.`,
    );
    await screenshot(page, 'notification-preferences');
    const stored = await db.query(`SELECT digest, digest_hour FROM notification_preference WHERE email = $1`, [ESCALATION_OWNER]);
    expect(stored.rows).toEqual([{ digest: 'daily', digest_hour: 17 }]);

    // Looked up again after a reload: the saved preference.
    await page.reload();
    await page.getByTestId('notification-email').fill(ESCALATION_OWNER);
    await page.getByTestId('notification-lookup').click();
    await page.getByTestId('notification-current').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('notification-hour').inputValue()).toBe('17');
    expect(await page.getByTestId('notification-digest-DAILY').isChecked()).toBe(true);
  }, 60_000);
});
