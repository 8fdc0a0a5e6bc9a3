import { randomUUID } from 'node:crypto';
import type { TemporalDevServerHandle } from '@ladder/devstack';
import { enqueueWebhookEvent } from '@ladder/contracts';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TEST_PAYLOAD_KEYS } from '../test-support/payloads.js';
import { startTestDatabase, startTestTemporal, stopTestDatabase, type TestDatabase } from '../test-support/environment.js';
import { deliveriesOf, insertEndpoint, seedWebhookWorkspace, TestReceiver, waitUntil } from '../test-support/webhooks.js';
import { createLadderWorker, type LadderWorker } from '../worker.js';

/**
 * The webhook dispatcher on a real worker, Temporal and Postgres, sending to a local receiver:
 * events enqueued by committed transactions arrive signed, in order, retried on the schedule
 * (shortened here: 0, 300 ms, ...), and nothing is lost while the receiver is down.
 */
let db: TestDatabase;
let temporal: TemporalDevServerHandle;
let ladder: LadderWorker;
let running: Promise<void>;
const receiver = new TestReceiver();
const taskQueue = `test-webhooks-${randomUUID()}`;
const SCHEDULE = [0, 300, 300, 300, 300, 300, 300, 300, 300, 300];

beforeAll(async () => {
  [db, temporal] = await Promise.all([startTestDatabase(), startTestTemporal()]);
  await receiver.up();
  ladder = await createLadderWorker({
    payloadKeys: TEST_PAYLOAD_KEYS,
    databaseUrl: db.url,
    temporalAddress: temporal.address,
    taskQueue,
    webhooks: {
      links: { publicUrl: 'http://console.test', apiUrl: 'http://api.test' },
      tuning: { allowPrivate: true, retryScheduleMs: SCHEDULE, pollMaxMs: 1000 },
    },
  });
  running = ladder.worker.run();
});
afterAll(async () => {
  ladder?.worker.shutdown();
  await running;
  await ladder?.webhooks?.close();
  await ladder?.pool.end();
  await ladder?.connection.close();
  await receiver.down();
  await temporal?.stop();
  await stopTestDatabase(db);
});
beforeEach(() => {
  receiver.received.length = 0;
  receiver.answer = () => ({ status: 204 });
});

/** Enqueues in a committed transaction, as every producer does. */
async function enqueue(
  workspaceId: string,
  data: Record<string, unknown>,
  type: 'response.ingested' | 'interview.completed' = 'response.ingested',
) {
  const client = await db.pool.connect();
  try {
    await client.query('BEGIN');
    await enqueueWebhookEvent(client, workspaceId, type, data);
    await client.query('COMMIT');
  } finally {
    client.release();
  }
}

const receivedFor = (endpointTag: string) => receiver.received.filter((r) => r.json.data.tag === endpointTag);

describe('webhook dispatcher', () => {
  it('sends a committed event at once, signed per Standard Webhooks (verified by the standardwebhooks library), and logs it', async () => {
    const w = await seedWebhookWorkspace(db.pool);
    const endpoint = await insertEndpoint(db.pool, w.workspaceId, receiver.url, ['response.ingested']);
    receiver.answer = () => ({ status: 200, body: 'x'.repeat(5000) });
    await enqueue(w.workspaceId, { tag: 'signed', studyId: w.studyId, respondentId: randomUUID() });
    const [hook] = await waitUntil(async () => receivedFor('signed').length > 0 && receivedFor('signed'), 15_000, 'the delivery');
    const verified = new Webhook(endpoint.secret).verify(hook.body, {
      'webhook-id': String(hook.headers['webhook-id']),
      'webhook-timestamp': String(hook.headers['webhook-timestamp']),
      'webhook-signature': String(hook.headers['webhook-signature']),
    }) as { type: string; data: { links: Record<string, string> } };
    expect(verified.type).toBe('response.ingested');
    expect(verified.data.links.study).toBe(`http://console.test/studies/${w.studyId}`);
    // A wrong secret does not verify.
    expect(() =>
      new Webhook(`whsec_${Buffer.alloc(24, 1).toString('base64')}`).verify(hook.body, hook.headers as Record<string, string>),
    ).toThrow();

    const [row] = await waitUntil(async () => {
      const rows = await deliveriesOf(db.pool, endpoint.id);
      return rows[0]?.status === 'delivered' && rows;
    });
    expect(row.event_id).toBe(hook.headers['webhook-id']);
    expect(row).toMatchObject({ attempts: 1, last_status_code: 200, last_error: null });
    expect(row.last_latency_ms).toBeGreaterThanOrEqual(0);
    expect(row.last_response_body).toHaveLength(1024);
    expect(row.delivered_at).toBeInstanceOf(Date);
  });

  it('retries a 500 on the schedule and records the delivery once a 200 comes; the webhook-id stays the same', async () => {
    const w = await seedWebhookWorkspace(db.pool);
    const endpoint = await insertEndpoint(db.pool, w.workspaceId, receiver.url, ['response.ingested']);
    let calls = 0;
    receiver.answer = (hook) => (hook.json.data.tag === 'retry' && ++calls <= 2 ? { status: 500, body: 'busy' } : { status: 200 });
    await enqueue(w.workspaceId, { tag: 'retry', studyId: w.studyId });
    const row = await waitUntil(async () => (await deliveriesOf(db.pool, endpoint.id)).find((d) => d.status === 'delivered'), 15_000);
    expect(row.attempts).toBe(3);
    const hooks = receivedFor('retry');
    expect(hooks).toHaveLength(3);
    expect(new Set(hooks.map((h) => h.headers['webhook-id'])).size).toBe(1);
    const [endpointRow] = (await db.pool.query(`SELECT failing_since FROM webhook_endpoint WHERE id = $1`, [endpoint.id])).rows;
    expect(endpointRow.failing_since).toBeNull();
  });

  it('a receiver down for a while gets every event once it is back, in the order they happened', async () => {
    const w = await seedWebhookWorkspace(db.pool);
    const endpoint = await insertEndpoint(db.pool, w.workspaceId, receiver.url, ['response.ingested', 'interview.completed']);
    await receiver.down();
    for (let n = 0; n < 12; n++) await enqueue(w.workspaceId, { tag: 'outage', n }, n % 3 ? 'response.ingested' : 'interview.completed');
    // Down: the oldest is tried (and retried); the others wait behind it.
    await waitUntil(async () => (await deliveriesOf(db.pool, endpoint.id))[0].attempts >= 2, 15_000, 'a failed attempt');
    const down = await deliveriesOf(db.pool, endpoint.id);
    expect(down.every((d) => d.status === 'pending')).toBe(true);
    expect(down.slice(1).every((d) => d.attempts === 0)).toBe(true);
    expect(down[0].last_error).toMatch(/ECONNREFUSED/);
    await receiver.up();
    await waitUntil(async () => receivedFor('outage').length === 12, 20_000, 'all 12 events');
    expect(receivedFor('outage').map((h) => h.json.data.n)).toEqual([...Array(12).keys()]);
    // The receiver answers before the dispatcher records the answer: wait for the last row's write.
    const rows = await waitUntil(
      async () => {
        const all = await deliveriesOf(db.pool, endpoint.id);
        return all.every((d) => d.status === 'delivered') && all;
      },
      10_000,
      'every delivery recorded',
    );
    expect(rows).toHaveLength(12);
  });

  it('enqueues nothing for a workspace without a subscribed, enabled endpoint', async () => {
    const w = await seedWebhookWorkspace(db.pool);
    await insertEndpoint(db.pool, w.workspaceId, receiver.url, ['analysis.completed']);
    await enqueue(w.workspaceId, { tag: 'nobody' });
    const { rows } = await db.pool.query(`SELECT count(*)::int AS n FROM webhook_event WHERE workspace_id = $1`, [w.workspaceId]);
    expect(rows[0].n).toBe(0);
  });
});
