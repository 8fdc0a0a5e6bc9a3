import { createHash, randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { Client, Connection, WorkflowNotFoundError } from '@temporalio/client';
import type { TemporalDevServerHandle } from '@ladder/devstack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FIELDING_WORKFLOW,
  FIELDING_WORKFLOW_ID,
  INTERVIEW_WORKFLOW,
  fieldingWakeSignal,
  interviewWorkflowId,
  respondUpdate,
  type InterviewTiming,
} from '@ladder/contracts';
import { nextLocalMidnight } from '../fielding/send-window.js';
import { recordedHistoryJSON, TEST_PAYLOAD_KEYS, testDataConverter } from '../test-support/payloads.js';
import { startTestDatabase, startTestTemporal, stopTestDatabase, type TestDatabase } from '../test-support/environment.js';
import {
  addRespondent,
  allSettled,
  queueDelivery,
  seedWave,
  startTestMailpit,
  testMailSettings,
  waitForDeliveries,
  type TestMailpit,
} from '../test-support/fielding.js';
import { createLadderWorker, type LadderWorker } from '../worker.js';

let db: TestDatabase;
let temporal: TemporalDevServerHandle;
let mailpit: TestMailpit;
let ladder: LadderWorker;
let running: Promise<void>;
let client: Client;
const taskQueue = `test-fielding-${randomUUID()}`;
// A short idle clock so the interview's reminder comes within the test; invitations still last 14 days.
const timing: InterviewTiming = { invitationTtlMs: 14 * 86_400_000, idleReminderMs: 3_000, abandonAfterMs: 600_000 };
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const wake = () =>
  client.workflow.signalWithStart(FIELDING_WORKFLOW, {
    workflowId: FIELDING_WORKFLOW_ID,
    taskQueue,
    args: [{}],
    signal: fieldingWakeSignal,
  });
// Not `\b` after the token: a token may end in "-", and "-" then a line break is no word boundary (1 link in 64).
const chatToken = (text: string) => /http:\/\/console\.test\/i\/([A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])/.exec(text)?.[1];
const sessionByToken = async (token: string) =>
  (await db.pool.query(`SELECT * FROM interview_session WHERE token_hash = $1`, [sha256(token)])).rows[0];

/** The one message of a kind to an address, with its headers. */
async function mailTo(address: string, subject: RegExp) {
  const found = await mailpit.api.waitFor(`to:${address}`);
  const summary = found.filter((m) => subject.test(m.Subject));
  expect(summary).toHaveLength(1);
  return { ...(await mailpit.api.message(summary[0].ID)), headers: await mailpit.api.headers(summary[0].ID) };
}

let bootWave: Awaited<ReturnType<typeof seedWave>>;
beforeAll(async () => {
  [db, temporal, mailpit] = await Promise.all([startTestDatabase(), startTestTemporal(), startTestMailpit()]);
  // Queued before any worker runs (as after a crash): the worker's boot start must send it without a signal.
  bootWave = await seedWave(db.pool);
  const respondentId = await addRespondent(db.pool, bootWave, { email: 'early@example.com' });
  await queueDelivery(db.pool, bootWave, { respondentId, email: 'early@example.com' });
  ladder = await createLadderWorker({
    payloadKeys: TEST_PAYLOAD_KEYS,
    databaseUrl: db.url,
    temporalAddress: temporal.address,
    taskQueue,
    fielding: { mail: testMailSettings(mailpit.smtpUrl), timing, tuning: { pollMaxMs: 1000 } },
  });
  running = ladder.worker.run();
  client = new Client({ connection: await Connection.connect({ address: temporal.address }), dataConverter: testDataConverter });
});
afterAll(async () => {
  ladder?.worker.shutdown();
  await running;
  await ladder?.fielding?.close();
  await ladder?.pool.end();
  await ladder?.connection.close();
  await client?.connection.close();
  await mailpit?.stop();
  await temporal?.stop();
  await stopTestDatabase(db);
});

describe('fielding dispatcher', () => {
  it('sends what was queued before the worker started, with no signal', async () => {
    const rows = await waitForDeliveries(db.pool, bootWave.waveId, allSettled);
    expect(rows.map((r) => r.status)).toEqual(['sent']);
    expect(await mailpit.api.waitFor('to:early@example.com')).toHaveLength(1);
  });

  it('invites in English and in French: subject, text and HTML parts, a personal link to a new session, unsubscribe headers', async () => {
    const wave = await seedWave(db.pool, { studyName: 'Acme NPS' });
    const anna = await addRespondent(db.pool, wave, {
      email: 'anna@example.com',
      language: 'en',
      score: 3,
      attributes: { first_name: 'Anna' },
    });
    const zoe = await addRespondent(db.pool, wave, { email: 'zoe@example.fr', language: 'fr', score: 7 });
    const annaDelivery = await queueDelivery(db.pool, wave, { respondentId: anna, email: 'anna@example.com' });
    await queueDelivery(db.pool, wave, { respondentId: zoe, email: 'zoe@example.fr' });
    await wake();
    const rows = await waitForDeliveries(db.pool, wave.waveId, allSettled);
    expect(rows.map((r) => [r.email, r.status, r.attempts])).toEqual([
      ['anna@example.com', 'sent', 1],
      ['zoe@example.fr', 'sent', 1],
    ]);

    const en = await mailTo('anna@example.com', /^A few questions about your feedback: Acme NPS$/);
    expect(en.Text).toMatch(/^Hello Anna,/);
    expect(en.HTML).toContain('Start the conversation');
    const token = chatToken(en.Text)!;
    expect(en.HTML).toContain(`href="http://console.test/i/${token}"`);
    // The link opens the session the row names: the API finds sessions by this hash.
    const session = await sessionByToken(token);
    expect(session).toMatchObject({ id: rows[0].session_id, status: 'invited', guide_id: wave.guides.detractor, language: 'en' });
    expect(session.expires_at.getTime() - Date.now()).toBeGreaterThan(13.9 * 86_400_000);
    expect(en.MessageID).toBe(`${annaDelivery}@ladder.test`);
    expect(rows[0].message_id).toBe(`<${annaDelivery}@ladder.test>`);
    const unsubscribe = /^<http:\/\/api\.test\/unsubscribe\/([A-Za-z0-9_-]{32})>$/.exec(en.headers['List-Unsubscribe'][0]);
    expect(sha256(unsubscribe![1])).toBe(rows[0].unsubscribe_token_hash);
    expect(en.headers['List-Unsubscribe-Post']).toEqual(['List-Unsubscribe=One-Click']);
    expect(en.From).toMatchObject({ Name: 'Ladder', Address: 'interviews@ladder.test' });

    const fr = await mailTo('zoe@example.fr', /^Quelques questions sur votre avis : Acme NPS$/);
    expect(fr.Text).toMatch(/^Bonjour,/);
    expect(fr.HTML).toContain('Commencer l’échange');
    expect(await sessionByToken(chatToken(fr.Text)!)).toMatchObject({
      id: rows[1].session_id,
      guide_id: wave.guides.passive,
      language: 'fr',
    });

    // No interview runs until the link is opened (the API starts it then): nothing was started for an email.
    expect(session.workflow_started_at).toBeNull();
    await expect(client.workflow.getHandle(interviewWorkflowId(session.id)).describe()).rejects.toThrow(WorkflowNotFoundError);
  });

  it('expires a mailed invitation nobody opened before it lapsed, and leaves opened or running ones alone', async () => {
    const wave = await seedWave(db.pool);
    const ids: Record<string, string> = {};
    for (const [name, started, expiresIn] of [
      ['lapsed', null, '-2 minutes'],
      ['fresh', null, '1 day'],
      ['opened', 'now()', '-2 minutes'],
    ] as const) {
      const respondentId = await addRespondent(db.pool, wave, { email: `${name}@example.com` });
      ids[name] = randomUUID();
      await db.pool.query(
        `INSERT INTO interview_session (id, workspace_id, respondent_id, wave_id, moderator, token_hash, workflow_id, guide_id,
                                        expires_at, workflow_started_at)
         VALUES ($1, $2, $3, $4, 'offline', $5, $6, $7, now() + $8::interval, ${started ?? 'NULL'})`,
        [
          ids[name],
          wave.workspaceId,
          respondentId,
          wave.waveId,
          sha256(name),
          interviewWorkflowId(ids[name]),
          wave.guides.detractor,
          expiresIn,
        ],
      );
    }
    await wake();
    const status = async (id: string) => (await db.pool.query(`SELECT status FROM interview_session WHERE id = $1`, [id])).rows[0].status;
    for (let i = 0; i < 100 && (await status(ids.lapsed)) !== 'expired'; i++) await new Promise((r) => setTimeout(r, 100));
    expect([await status(ids.lapsed), await status(ids.fresh), await status(ids.opened)]).toEqual(['expired', 'invited', 'invited']);
  });

  it('mails the idle reminder with the invitation’s link, and only once', async () => {
    const wave = await seedWave(db.pool, { studyName: 'Acme NPS' });
    const respondentId = await addRespondent(db.pool, wave, { email: 'quiet@example.com', language: 'en' });
    await queueDelivery(db.pool, wave, { respondentId, email: 'quiet@example.com' });
    await wake();
    const [invitation] = await waitForDeliveries(db.pool, wave.waveId, allSettled);
    const token = chatToken((await mailTo('quiet@example.com', /^A few questions/)).Text)!;
    // The respondent opens the link: the API starts the interview (open-invitation.ts), as here.
    await client.workflow.start(INTERVIEW_WORKFLOW, {
      taskQueue,
      workflowId: interviewWorkflowId(invitation.session_id!),
      args: [{ sessionId: invitation.session_id!, workspaceId: wave.workspaceId, band: 'detractor', language: 'en', timing }],
    });
    await db.pool.query(`UPDATE interview_session SET workflow_started_at = now() WHERE id = $1`, [invitation.session_id]);
    // One answer starts the idle clock; then silence until the reminder.
    await client.workflow.getHandle(interviewWorkflowId(invitation.session_id!)).executeUpdate(respondUpdate, {
      args: [{ text: 'The exports keep failing.' }],
    });
    const rows = await waitForDeliveries(db.pool, wave.waveId, (r) => r.length === 2 && allSettled(r), 20_000);
    expect(rows.map((r) => [r.kind, r.status, r.session_id])).toEqual([
      ['invitation', 'sent', invitation.session_id],
      ['reminder', 'sent', invitation.session_id],
    ]);
    const reminder = await mailTo('quiet@example.com', /^Reminder: a few questions about your feedback: Acme NPS$/);
    expect(chatToken(reminder.Text)).toBe(token);
    expect(reminder.HTML).toContain(`href="http://console.test/i/${token}"`);
    expect((await sessionByToken(token)).id).toBe(invitation.session_id);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await mailpit.api.search('to:quiet@example.com')).toHaveLength(2);
  });

  it('re-issues the link of an interview started by hand instead of starting a second one', async () => {
    const wave = await seedWave(db.pool);
    const respondentId = await addRespondent(db.pool, wave, { email: 'byhand@example.com', language: 'en' });
    const sessionId = randomUUID();
    await db.pool.query(
      `INSERT INTO interview_session (id, workspace_id, respondent_id, wave_id, moderator, token_hash, workflow_id, guide_id, language)
       VALUES ($1, $2, $3, $4, 'offline', $5, $6, $7, 'en')`,
      [
        sessionId,
        wave.workspaceId,
        respondentId,
        wave.waveId,
        sha256('token-shown-by-start-interview'),
        interviewWorkflowId(sessionId),
        wave.guides.detractor,
      ],
    );
    await client.workflow.start(INTERVIEW_WORKFLOW, {
      taskQueue,
      workflowId: interviewWorkflowId(sessionId),
      args: [{ sessionId, workspaceId: wave.workspaceId, band: 'detractor', language: 'en', timing }],
    });
    await queueDelivery(db.pool, wave, { respondentId, email: 'byhand@example.com' });
    await wake();
    const [row] = await waitForDeliveries(db.pool, wave.waveId, allSettled);
    expect(row).toMatchObject({ status: 'sent', session_id: sessionId });
    const token = chatToken((await mailTo('byhand@example.com', /^A few questions/)).Text)!;
    expect((await sessionByToken(token)).id).toBe(sessionId);
    expect(await sessionByToken('token-shown-by-start-interview')).toBeUndefined();
    const { rows: sessions } = await db.pool.query(`SELECT id FROM interview_session WHERE respondent_id = $1`, [respondentId]);
    expect(sessions).toEqual([{ id: sessionId }]);
  });

  it('never mails a suppressed address (any case), and creates no session for it', async () => {
    const wave = await seedWave(db.pool);
    await db.pool.query(`INSERT INTO email_suppression (workspace_id, email, reason) VALUES ($1, 'gone@example.com', 'unsubscribed')`, [
      wave.workspaceId,
    ]);
    const respondentId = await addRespondent(db.pool, wave, { email: 'Gone@Example.com' });
    await queueDelivery(db.pool, wave, { respondentId, email: 'Gone@Example.com' });
    await wake();
    const rows = await waitForDeliveries(db.pool, wave.waveId, allSettled);
    expect(rows.map((r) => [r.status, r.attempts, r.session_id, r.sent_at])).toEqual([['suppressed', 0, null, null]]);
    expect(await mailpit.api.search('to:gone@example.com')).toEqual([]);
    expect((await db.pool.query(`SELECT 1 FROM interview_session WHERE respondent_id = $1`, [respondentId])).rowCount).toBe(0);
  });

  it('refuses invitations in a wave that is not launched, with the reason', async () => {
    const wave = await seedWave(db.pool, { status: 'draft' });
    const respondentId = await addRespondent(db.pool, wave, { email: 'draft@example.com' });
    await queueDelivery(db.pool, wave, { respondentId, email: 'draft@example.com' });
    await wake();
    const rows = await waitForDeliveries(db.pool, wave.waveId, allSettled);
    expect(rows.map((r) => [r.status, r.last_error])).toEqual([['failed', 'not sent: the wave is not launched']]);
  });

  it('holds automatic invitations in quiet hours and over the daily cap, on the wave’s clock; manual ones go out', async () => {
    // Quiet from an hour ago to an hour from now on Tokyo's clock (whole-hour offset: the end is easy to state in UTC).
    const quiet = await seedWave(db.pool);
    const hhmm = (ms: number) =>
      new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Tokyo', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(ms);
    const t0 = Date.now();
    await db.pool.query(
      `INSERT INTO wave_fielding (wave_id, workspace_id, auto_invite, quiet_start, quiet_end, timezone)
       VALUES ($1, $2, true, $3, $4, 'Asia/Tokyo')`,
      [quiet.waveId, quiet.workspaceId, hhmm(t0 - 3_600_000), hhmm(t0 + 3_600_000)],
    );
    const expectedEnd = Math.floor((t0 + 3_600_000) / 60_000) * 60_000;
    const held = await addRespondent(db.pool, quiet, { email: 'night@example.com' });
    const manual = await addRespondent(db.pool, quiet, { email: 'manual@example.com' });
    await queueDelivery(db.pool, quiet, { respondentId: held, email: 'night@example.com', trigger: 'auto' });
    await queueDelivery(db.pool, quiet, { respondentId: manual, email: 'manual@example.com', trigger: 'manual' });

    const capped = await seedWave(db.pool);
    await db.pool.query(
      `INSERT INTO wave_fielding (wave_id, workspace_id, auto_invite, max_per_day, timezone) VALUES ($1, $2, true, 2, 'America/New_York')`,
      [capped.waveId, capped.workspaceId],
    );
    for (const n of [1, 2, 3]) {
      const id = await addRespondent(db.pool, capped, { email: `cap${n}@example.com` });
      await queueDelivery(db.pool, capped, {
        respondentId: id,
        email: `cap${n}@example.com`,
        trigger: 'auto',
        dueAt: new Date(Date.now() - 60_000 * (4 - n)),
      });
    }
    await wake();

    const settled = (rows: { status: string; attempts: number }[]) =>
      rows.every((r) => r.status === 'sent' || (r.status === 'queued' && r.attempts === 0));
    const quietRows = await waitForDeliveries(db.pool, quiet.waveId, (r) => r.some((x) => x.status === 'sent') && settled(r));
    expect(quietRows.map((r) => [r.email, r.status, r.attempts, r.session_id === null])).toEqual([
      ['manual@example.com', 'sent', 1, false],
      ['night@example.com', 'queued', 0, true],
    ]);
    expect(quietRows[1].due_at.getTime()).toBe(expectedEnd);
    expect(await mailpit.api.search('to:night@example.com')).toEqual([]);

    const capRows = await waitForDeliveries(db.pool, capped.waveId, (r) => r.filter((x) => x.status === 'sent').length === 2 && settled(r));
    // The two due first go out; the third waits for midnight in New York.
    expect(capRows.map((r) => [r.email, r.status])).toEqual([
      ['cap1@example.com', 'sent'],
      ['cap2@example.com', 'sent'],
      ['cap3@example.com', 'queued'],
    ]);
    expect(capRows[2].due_at.toISOString()).toBe(nextLocalMidnight(new Date(), 'America/New_York').toISOString());
    expect(capRows[2].last_error).toBeNull();
  });

  it('runs as one dispatcher however often it is woken', async () => {
    await Promise.all([wake(), wake(), wake()]);
    const { executions } = await client.workflowService.listWorkflowExecutions({
      namespace: 'default',
      query: `WorkflowId = '${FIELDING_WORKFLOW_ID}' AND ExecutionStatus = 'Running'`,
    });
    expect(executions).toHaveLength(1);
    // The dispatcher never ends: its history so far (passes, wakes, timers) is what replays must keep accepting.
    if (process.env.LADDER_RECORD_HISTORIES) {
      const history = await client.workflow.getHandle(FIELDING_WORKFLOW_ID).fetchHistory();
      writeFileSync(new URL('./histories/fielding-dispatcher.json', import.meta.url), await recordedHistoryJSON(history));
    }
  });
});
