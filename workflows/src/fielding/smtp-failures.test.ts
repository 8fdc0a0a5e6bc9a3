import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import type { TemporalDevServerHandle } from '@ladder/devstack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIELDING_WORKFLOW, FIELDING_WORKFLOW_ID, fieldingWakeSignal } from '@ladder/contracts';
import { TEST_PAYLOAD_KEYS, testDataConverter } from '../test-support/payloads.js';
import { startTestDatabase, startTestTemporal, stopTestDatabase, type TestDatabase } from '../test-support/environment.js';
import {
  addRespondent,
  allSettled,
  deliveries,
  queueDelivery,
  seedWave,
  startTestMailpit,
  testMailSettings,
  waitForDeliveries,
  type DeliveryRow,
  type TestMailpit,
} from '../test-support/fielding.js';
import { createLadderWorker, type LadderWorker } from '../worker.js';

let db: TestDatabase;
let temporal: TemporalDevServerHandle;
let mailpit: TestMailpit;
let ladder: LadderWorker;
let running: Promise<void>;
let client: Client;
const taskQueue = `test-smtp-${randomUUID()}`;
const wake = () =>
  client.workflow.signalWithStart(FIELDING_WORKFLOW, {
    workflowId: FIELDING_WORKFLOW_ID,
    taskQueue,
    args: [{}],
    signal: fieldingWakeSignal,
  });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** The longest wait between two attempts at one email in this file (60 s in production). */
const RETRY_MAX_MS = 1000;

beforeAll(async () => {
  [db, temporal, mailpit] = await Promise.all([startTestDatabase(), startTestTemporal(), startTestMailpit()]);
  ladder = await createLadderWorker({
    payloadKeys: TEST_PAYLOAD_KEYS,
    databaseUrl: db.url,
    temporalAddress: temporal.address,
    taskQueue,
    // The production clocks (DEFAULT_TUNING: 1 s doubling up to 60 s) shortened: retries wait 0.1 s, 0.2 s, 0.4 s, 0.8 s, then
    // RETRY_MAX_MS each time (the dispatcher passes at most every 0.5 s), so an outage of many capped waits lasts seconds.
    fielding: { mail: testMailSettings(mailpit.smtpUrl), tuning: { retryBaseMs: 100, retryMaxMs: RETRY_MAX_MS, pollMaxMs: 1000 } },
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

async function invite(wave: Awaited<ReturnType<typeof seedWave>>, email: string): Promise<string> {
  const respondentId = await addRespondent(db.pool, wave, { email });
  return queueDelivery(db.pool, wave, { respondentId, email });
}

describe('SMTP failures', () => {
  it('bounces an unknown recipient (550), suppresses the address for the workspace, and never mails it again', async () => {
    const wave = await seedWave(db.pool);
    await mailpit.api.setChaos({ Recipient: { ErrorCode: 550, Probability: 100 } });
    let rows: DeliveryRow[];
    try {
      const id = await invite(wave, 'Nobody@Example.com');
      await wake();
      rows = await waitForDeliveries(db.pool, wave.waveId, allSettled);
      expect(rows.map((r) => [r.status, r.attempts, r.sent_at])).toEqual([['bounced', 1, null]]);
      expect(rows[0].last_error).toMatch(/^550 /);
      const { rows: suppression } = await db.pool.query(
        `SELECT email, reason, delivery_id FROM email_suppression WHERE workspace_id = $1`,
        [wave.workspaceId],
      );
      expect(suppression).toEqual([{ email: 'nobody@example.com', reason: 'bounced', delivery_id: id }]);
    } finally {
      await mailpit.api.setChaos({});
    }
    // Another wave of the same workspace: the address stays off the list.
    const next = await seedWave(db.pool, { workspaceId: wave.workspaceId });
    await invite(next, 'nobody@example.com');
    await wake();
    expect((await waitForDeliveries(db.pool, next.waveId, allSettled)).map((r) => r.status)).toEqual(['suppressed']);
    expect(await mailpit.api.search('to:nobody@example.com')).toEqual([]);
  });

  it('fails other permanent refusals (554) with the server’s reply, without suppressing the address', async () => {
    const wave = await seedWave(db.pool);
    await mailpit.api.setChaos({ Sender: { ErrorCode: 554, Probability: 100 } });
    try {
      await invite(wave, 'refused@example.com');
      await wake();
      const rows = await waitForDeliveries(db.pool, wave.waveId, allSettled);
      expect(rows.map((r) => [r.status, r.attempts, r.last_error])).toEqual([['failed', 1, '554 Chaos sender error']]);
    } finally {
      await mailpit.api.setChaos({});
    }
    expect((await db.pool.query(`SELECT 1 FROM email_suppression WHERE workspace_id = $1`, [wave.workspaceId])).rowCount).toBe(0);
  });

  it('retries a temporary refusal (451) with backoff and sends once the server accepts', async () => {
    const wave = await seedWave(db.pool);
    await mailpit.api.setChaos({ Recipient: { ErrorCode: 451, Probability: 100 } });
    let retried: DeliveryRow[];
    try {
      await invite(wave, 'later@example.com');
      await wake();
      // Between two attempts (not while one is being made, when the row is `sending`).
      retried = await waitForDeliveries(db.pool, wave.waveId, (r) => r[0]?.attempts >= 2 && r[0].status === 'queued');
    } finally {
      await mailpit.api.setChaos({});
    }
    expect(retried[0]).toMatchObject({ status: 'queued', last_error: '451 Chaos recipient error' });
    const rows = await waitForDeliveries(db.pool, wave.waveId, allSettled);
    expect(rows[0]).toMatchObject({ status: 'sent' });
    expect(rows[0].attempts).toBeGreaterThanOrEqual(3);
    expect(await mailpit.api.waitFor('to:later@example.com')).toHaveLength(1);
  });

  it('queues everything through an outage of 20 capped retry waits, then sends each once; a refused address blocks no other', async () => {
    const wave = await seedWave(db.pool);
    const addresses = Array.from({ length: 30 }, (_, i) => `outage${i}@example.com`);
    // Down before the first row is queued: the dispatcher's own poll (every pollMaxMs) could otherwise send some first.
    await mailpit.stop();
    for (const email of [...addresses, 'blocked@refused.example.org']) await invite(wave, email);
    await wake();

    // 20 × RETRY_MAX_MS without a server (20 minutes at the production cap): every row keeps going back to the
    // queue with the connection error, its waits long since at the cap, and none is given up.
    const outageEnds = Date.now() + 20 * RETRY_MAX_MS;
    await sleep(4 * RETRY_MAX_MS);
    const down = await waitForDeliveries(db.pool, wave.waveId, (r) => r.every((x) => x.attempts >= 3));
    expect(down.filter((r) => r.status === 'sent')).toEqual([]);
    expect(down.every((r) => r.attempts >= 3 && /ECONNREFUSED/.test(r.last_error ?? ''))).toBe(true);
    await sleep(outageEnds - Date.now());
    // Attempts 1-4 wait less than the cap (0.1 s... 0.8 s), so 8 attempts means at least 4 waits at the cap.
    const late = await deliveries(db.pool, wave.waveId);
    expect(late.filter((r) => r.status !== 'queued' && r.status !== 'sending')).toEqual([]);
    expect(late.filter((r) => r.attempts < 8).map((r) => [r.email, r.attempts])).toEqual([]);

    // Back on the same ports; this server refuses the one address outside example.com (550 5.1.0).
    mailpit = await startTestMailpit({ smtpPort: mailpit.smtpPort, httpPort: mailpit.httpPort, allowedRecipients: '@example\\.com$' });
    const rows = await waitForDeliveries(db.pool, wave.waveId, allSettled, 60_000);
    const sent = rows.filter((r) => r.status === 'sent').map((r) => r.email);
    expect(sent.sort()).toEqual([...addresses].sort());
    expect(rows.filter((r) => r.status !== 'sent').map((r) => [r.email, r.last_error])).toEqual([
      ['blocked@refused.example.org', '550 5.1.0 Requested action not taken: mailbox unavailable'],
    ]);
    // None twice: exactly one message per address, whatever the number of attempts.
    await sleep(1500);
    const { messages } = await mailpit.api.messages(1000);
    const perAddress = new Map<string, number>();
    for (const m of messages) for (const to of m.To) perAddress.set(to.Address, (perAddress.get(to.Address) ?? 0) + 1);
    expect(addresses.map((a) => perAddress.get(a))).toEqual(addresses.map(() => 1));
    expect(perAddress.get('blocked@refused.example.org')).toBeUndefined();
  }, 120_000);
});
