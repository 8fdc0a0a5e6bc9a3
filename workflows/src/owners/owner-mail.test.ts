import { randomBytes, randomUUID } from 'node:crypto';
import { queueOwnerNotification } from '@ladder/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer, type Mailer } from '../mail/transport.js';
import { startTestMailpit, testMailSettings, type TestMailpit } from '../test-support/fielding.js';
import { startTestDatabase, stopTestDatabase, type TestDatabase } from '../test-support/environment.js';
import { OWNER_MAIL_RETRY_MS, sendDueOwnerNotifications } from './owner-mail.js';

let db: TestDatabase;
let mailpit: TestMailpit;
let mailer: Mailer;

beforeAll(async () => {
  [db, mailpit] = await Promise.all([startTestDatabase(), startTestMailpit()]);
  mailer = createMailer({ smtpUrl: mailpit.smtpUrl, timeoutMs: 10_000 });
});
afterAll(async () => {
  mailer?.close();
  await mailpit?.stop();
  await stopTestDatabase(db);
});

const workspace = async () =>
  (await db.pool.query(`INSERT INTO workspace (slug, name) VALUES ($1, 'w') RETURNING id`, [`own-${randomBytes(4).toString('hex')}`]))
    .rows[0].id as string;

const queue = (workspaceId: string, email: string, title: string) =>
  queueOwnerNotification(db.pool, {
    workspaceId,
    email,
    kind: 'alert.fired',
    subjectId: randomUUID(),
    title,
    body: 'Rule: detractors up\nChange: +30 points',
    link: '/studies/s1/alerts',
  });

const send = (now = new Date()) =>
  sendDueOwnerNotifications({ pool: db.pool, mailer, settings: testMailSettings(mailpit.smtpUrl), now: () => now }, 100);
const rows = (email: string) =>
  db.pool
    .query(`SELECT status, attempts, digest, due_at, last_error FROM owner_notification WHERE email = $1 ORDER BY created_at`, [email])
    .then((r) => r.rows);

describe('owner notifications', () => {
  it('sends a notification at once, alone, with the console link', async () => {
    const ws = await workspace();
    await queue(ws, 'dana@acme.example', 'Alert: region=EMEA, detractor share 30% -> 60% (+30 points)');
    const result = await send();
    expect(result).toMatchObject({ emails: 1, notifications: 1, failed: 0 });
    const [message] = await mailpit.api.waitFor('to:dana@acme.example');
    expect(message.Subject).toBe('Alert: region=EMEA, detractor share 30% -> 60% (+30 points)');
    const full = await mailpit.api.message(message.ID);
    expect(full.Text).toContain('Open: http://console.test/studies/s1/alerts');
    expect((await rows('dana@acme.example'))[0]).toMatchObject({ status: 'sent', attempts: 1, digest: false });
    expect((await send()).emails).toBe(0); // nothing left
  });

  it('gathers the notifications of a person who asked for a daily digest into one email at their hour', async () => {
    const ws = await workspace();
    await db.pool.query(`INSERT INTO notification_preference (workspace_id, email, digest, digest_hour) VALUES ($1, $2, 'daily', 7)`, [
      ws,
      'lee@acme.example',
    ]);
    await queue(ws, 'lee@acme.example', 'Alert: plan=Growth, NPS 40 -> 20 (-20 points)');
    await queue(ws, 'lee@acme.example', 'Escalation assigned to you: churn risk');
    const [first] = await rows('lee@acme.example');
    expect(first.digest).toBe(true);
    const due = new Date(first.due_at);
    expect([due.getUTCHours(), due.getUTCMinutes()]).toEqual([7, 0]);
    expect(due.getTime()).toBeGreaterThan(Date.now());
    expect(due.getTime() - Date.now()).toBeLessThanOrEqual(86_400_000);

    expect((await send()).emails).toBe(0); // not yet
    const result = await send(new Date(due.getTime() + 1000));
    expect(result).toMatchObject({ emails: 1, notifications: 2 });
    const [digest] = await mailpit.api.waitFor('to:lee@acme.example');
    expect(digest.Subject).toBe('Ladder digest: 2 alerts and escalations for you');
    const text = (await mailpit.api.message(digest.ID)).Text;
    expect(text.indexOf('NPS 40 -> 20')).toBeLessThan(text.indexOf('Escalation assigned'));
  });

  it('retries a temporary SMTP refusal later and fails a permanent one with the reply', async () => {
    const ws = await workspace();
    await queue(ws, 'later@acme.example', 'Alert: later');
    await mailpit.api.setChaos({ Recipient: { ErrorCode: 451, Probability: 100 } });
    try {
      expect((await send()).emails).toBe(0);
    } finally {
      await mailpit.api.setChaos({});
    }
    const [retry] = await rows('later@acme.example');
    expect(retry).toMatchObject({ status: 'queued', attempts: 1 });
    expect(retry.last_error).toMatch(/451/);
    expect(new Date(retry.due_at).getTime() - Date.now()).toBeGreaterThan(OWNER_MAIL_RETRY_MS[0] - 5000);
    expect((await send(new Date(Date.now() + OWNER_MAIL_RETRY_MS[0] + 1000))).emails).toBe(1);

    await queue(ws, 'refused@acme.example', 'Alert: refused');
    await mailpit.api.setChaos({ Recipient: { ErrorCode: 554, Probability: 100 } });
    try {
      expect(await send()).toMatchObject({ emails: 0, failed: 1 });
    } finally {
      await mailpit.api.setChaos({});
    }
    expect((await rows('refused@acme.example'))[0]).toMatchObject({ status: 'failed', attempts: 1 });
  });

  it('never sends one row twice when two dispatchers claim at the same moment', async () => {
    const ws = await workspace();
    for (let i = 0; i < 5; i++) await queue(ws, `twice-${i}@acme.example`, `Alert ${i}`);
    const [a, b] = await Promise.all([send(), send()]);
    // A send the SMTP server did not take in time (a loaded machine) is queued again: deliver what is left.
    const later = await send(new Date(Date.now() + OWNER_MAIL_RETRY_MS[0] + 1000));
    expect(a.notifications + b.notifications + later.notifications).toBe(5);
    for (let i = 0; i < 5; i++) expect(await mailpit.api.search(`subject:"Alert ${i}"`)).toHaveLength(1);
  });
});
