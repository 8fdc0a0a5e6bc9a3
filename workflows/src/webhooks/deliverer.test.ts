import { enqueueWebhookEvent } from '@ladder/contracts';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestDatabase, stopTestDatabase, type TestDatabase } from '../test-support/environment.js';
import { deliveriesOf, insertEndpoint, seedWebhookWorkspace, TestReceiver } from '../test-support/webhooks.js';
import { createWebhookDeliverer, DEFAULT_WEBHOOK_TUNING, type WebhookTuning } from './deliverer.js';

/** The delivery activity's logic on a real database, its clock injected; the workflow around it is tested in webhook-dispatcher.test.ts. */
let db: TestDatabase;
const receiver = new TestReceiver();
const links = { publicUrl: 'http://console.test', apiUrl: 'http://api.test' };
const quiet = { warn: () => {} };

beforeAll(async () => {
  db = await startTestDatabase();
  await receiver.up();
});
afterAll(async () => {
  await receiver.down();
  await stopTestDatabase(db);
});
beforeEach(async () => {
  // Each case sees only its own endpoints (a deliverer serves every workspace).
  await db.pool.query(`DELETE FROM webhook_endpoint`);
  receiver.received.length = 0;
  receiver.answer = () => ({ status: 204 });
});

const deliverer = (tuning: Partial<WebhookTuning>, now?: () => Date) =>
  createWebhookDeliverer({ pool: db.pool, links, tuning: { ...DEFAULT_WEBHOOK_TUNING, allowPrivate: true, ...tuning }, now, log: quiet });

describe('webhook deliverer', () => {
  it('refuses, at delivery time, an endpoint on a loopback address without LADDER_WEBHOOK_ALLOW_PRIVATE: no request is made', async () => {
    const w = await seedWebhookWorkspace(db.pool);
    const endpoint = await insertEndpoint(db.pool, w.workspaceId, receiver.url, ['response.ingested']);
    await enqueueWebhookEvent(db.pool, w.workspaceId, 'response.ingested', { n: 1 });
    const result = await deliverer({ allowPrivate: false })(10);
    expect(result).toMatchObject({ endpoints: 1, delivered: 0, retrying: 1 });
    expect(receiver.received).toHaveLength(0);
    const [row] = await deliveriesOf(db.pool, endpoint.id);
    expect(row).toMatchObject({ status: 'pending', attempts: 1, last_status_code: null });
    expect(row.last_error).toMatch(/^refused: .*Webhook URLs must use https/);
    // An https URL whose host is localhost is refused for its address.
    await db.pool.query(`UPDATE webhook_endpoint SET url = $2 WHERE id = $1`, [endpoint.id, `https://localhost:${receiver.port}/hooks`]);
    await db.pool.query(`UPDATE webhook_delivery SET next_attempt_at = now() - interval '1 second' WHERE endpoint_id = $1`, [endpoint.id]);
    await deliverer({ allowPrivate: false })(10);
    const [again] = await deliveriesOf(db.pool, endpoint.id);
    expect(again.last_error).toMatch(/^refused: The host localhost resolves to a private, loopback or link-local address/);
    expect(receiver.received).toHaveLength(0);
  });

  it("looks an endpoint's host up once per pass, not once per delivery", async () => {
    const w = await seedWebhookWorkspace(db.pool);
    await insertEndpoint(db.pool, w.workspaceId, `http://receiver.test:${receiver.port}/hooks`, ['response.ingested']);
    for (let n = 0; n < 5; n++) await enqueueWebhookEvent(db.pool, w.workspaceId, 'response.ingested', { n });
    const lookups: string[] = [];
    const resolve = async (host: string) => {
      lookups.push(host);
      return [{ address: '127.0.0.1', family: 4 }];
    };
    const tuning = { ...DEFAULT_WEBHOOK_TUNING, allowPrivate: true };
    const dispatch = createWebhookDeliverer({ pool: db.pool, links, tuning, log: quiet, resolve });
    expect(await dispatch(10)).toMatchObject({ endpoints: 1, delivered: 5 });
    expect(receiver.received.map((h) => h.json.data.n)).toEqual([0, 1, 2, 3, 4]);
    expect(lookups).toEqual(['receiver.test']);
    // The next pass looks it up again (an address change is followed from the next pass on).
    await enqueueWebhookEvent(db.pool, w.workspaceId, 'response.ingested', { n: 5 });
    expect(await dispatch(10)).toMatchObject({ delivered: 1 });
    expect(lookups).toEqual(['receiver.test', 'receiver.test']);
  });

  it('two dispatchers passing at once send each delivery once, in order (the endpoint lease)', async () => {
    const w = await seedWebhookWorkspace(db.pool);
    const endpoint = await insertEndpoint(db.pool, w.workspaceId, receiver.url, ['response.ingested']);
    for (let n = 0; n < 30; n++) await enqueueWebhookEvent(db.pool, w.workspaceId, 'response.ingested', { n });
    const [a, b] = await Promise.all([deliverer({})(10), deliverer({})(10)]);
    expect(a.delivered + b.delivered).toBe(30);
    expect(receiver.received.map((h) => h.json.data.n)).toEqual([...Array(30).keys()]);
    expect((await deliveriesOf(db.pool, endpoint.id)).every((d) => d.status === 'delivered' && d.attempts === 1)).toBe(true);
  });

  it('fails a delivery whose schedule is used up, then sends the next one', async () => {
    const w = await seedWebhookWorkspace(db.pool);
    const endpoint = await insertEndpoint(db.pool, w.workspaceId, receiver.url, ['response.ingested']);
    receiver.answer = (hook) => ({ status: hook.json.data.n === 0 ? 410 : 200 });
    await enqueueWebhookEvent(db.pool, w.workspaceId, 'response.ingested', { n: 0 });
    await enqueueWebhookEvent(db.pool, w.workspaceId, 'response.ingested', { n: 1 });
    const dispatch = deliverer({ retryScheduleMs: [0, 0, 0] });
    await dispatch(10);
    await dispatch(10);
    await dispatch(10);
    const rows = await deliveriesOf(db.pool, endpoint.id);
    expect(rows.map((r) => [r.payload.n, r.status, r.attempts, r.last_status_code])).toEqual([
      [0, 'failed', 3, 410],
      [1, 'delivered', 1, 200],
    ]);
    expect(rows[0].last_error).toBe('HTTP 410');
  });

  it('disables an endpoint failing for 5 days and tells the admins through the audit log', async () => {
    const w = await seedWebhookWorkspace(db.pool);
    const endpoint = await insertEndpoint(db.pool, w.workspaceId, receiver.url, ['response.ingested']);
    receiver.answer = () => ({ status: 503 });
    await enqueueWebhookEvent(db.pool, w.workspaceId, 'response.ingested', { n: 0 });
    let clock = Date.now() + 1000;
    const dispatch = deliverer({ retryScheduleMs: [0, 0, 0, 0, 0, 0, 0, 0] }, () => new Date(clock));
    await dispatch(10);
    const failing = (await db.pool.query(`SELECT * FROM webhook_endpoint WHERE id = $1`, [endpoint.id])).rows[0];
    expect(failing).toMatchObject({ enabled: true, failing_since: new Date(clock) });
    clock += 5 * 86_400_000 - 60_000;
    expect((await dispatch(10)).disabled).toBe(0);
    clock += 60_000;
    expect((await dispatch(10)).disabled).toBe(1);
    const disabled = (await db.pool.query(`SELECT * FROM webhook_endpoint WHERE id = $1`, [endpoint.id])).rows[0];
    expect(disabled).toMatchObject({ enabled: false, disabled_reason: 'failing', disabled_at: new Date(clock) });
    const audit = await db.pool.query(`SELECT key_id, name, target FROM audit_event WHERE workspace_id = $1`, [w.workspaceId]);
    expect(audit.rows).toEqual([{ key_id: null, name: 'webhookEndpointDisabled', target: { id: endpoint.id } }]);
    // A disabled endpoint is not sent to, and new events are not queued for it.
    const before = receiver.received.length;
    await enqueueWebhookEvent(db.pool, w.workspaceId, 'response.ingested', { n: 1 });
    await dispatch(10);
    expect(receiver.received).toHaveLength(before);
    expect(await deliveriesOf(db.pool, endpoint.id)).toHaveLength(1);
  });

  it('connects to the address the host name was checked at (http://localhost with LADDER_WEBHOOK_ALLOW_PRIVATE)', async () => {
    const w = await seedWebhookWorkspace(db.pool);
    const endpoint = await insertEndpoint(db.pool, w.workspaceId, `http://localhost:${receiver.port}/hooks`, ['response.ingested']);
    await enqueueWebhookEvent(db.pool, w.workspaceId, 'response.ingested', { n: 0 });
    expect((await deliverer({})(10)).delivered).toBe(1);
    expect(receiver.received.map((h) => h.headers.host)).toEqual([`localhost:${receiver.port}`]);
    expect((await deliveriesOf(db.pool, endpoint.id))[0]).toMatchObject({ status: 'delivered', last_status_code: 204 });
  });

  it('prunes events past retention once nothing is pending for them, with their delivery logs, at most once an hour', async () => {
    const w = await seedWebhookWorkspace(db.pool);
    const endpoint = await insertEndpoint(db.pool, w.workspaceId, receiver.url, ['response.ingested']);
    for (const n of [0, 1, 2]) await enqueueWebhookEvent(db.pool, w.workspaceId, 'response.ingested', { n });
    await deliverer({})(10);
    // n 0 and 1 are 31 days old; 1 has a replay still pending.
    await db.pool.query(
      `UPDATE webhook_event SET created_at = now() - interval '31 days' WHERE workspace_id = $1 AND payload->>'n' IN ('0', '1')`,
      [w.workspaceId],
    );
    await db.pool.query(
      `INSERT INTO webhook_delivery (workspace_id, endpoint_id, event_id, replay_of, next_attempt_at)
       SELECT workspace_id, endpoint_id, event_id, id, now() + interval '1 hour' FROM webhook_delivery
       WHERE event_id = (SELECT id FROM webhook_event WHERE workspace_id = $1 AND payload->>'n' = '1')`,
      [w.workspaceId],
    );
    const dispatch = deliverer({});
    expect((await dispatch(10)).pruned).toBe(1);
    expect((await deliveriesOf(db.pool, endpoint.id)).map((d) => d.payload.n)).toEqual([1, 2, 1]);
    await db.pool.query(`UPDATE webhook_delivery SET status = 'delivered' WHERE endpoint_id = $1`, [endpoint.id]);
    expect((await dispatch(10)).pruned).toBe(0);
    expect((await deliverer({})(10)).pruned).toBe(1);
    expect((await deliveriesOf(db.pool, endpoint.id)).map((d) => d.payload.n)).toEqual([2]);
  });

  it('stops at a redirect (never followed; a 3xx is not delivered)', async () => {
    const w = await seedWebhookWorkspace(db.pool);
    const endpoint = await insertEndpoint(db.pool, w.workspaceId, receiver.url, ['response.ingested']);
    receiver.answer = () => ({ status: 302 });
    await enqueueWebhookEvent(db.pool, w.workspaceId, 'response.ingested', { n: 0 });
    await deliverer({})(10);
    expect(receiver.received).toHaveLength(1);
    const [row] = await deliveriesOf(db.pool, endpoint.id);
    expect(row).toMatchObject({ status: 'pending', last_status_code: 302, last_error: 'HTTP 302' });
  });
});
