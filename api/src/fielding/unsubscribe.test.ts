import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test-support/api-harness.js';
import { fieldingWave, insertDelivery, type FieldingWave } from '../test-support/fielding-fixtures.js';
import { UNSUBSCRIBE_RATE_LIMIT } from './unsubscribe.router.js';

let api: TestApi;
let w: FieldingWave;
let base: string;
let deliveryId: string;
const TOKEN = 'unsub-token-0123456789abcdef';

const suppressions = (): Promise<{ workspace_id: string; email: string; reason: string; delivery_id: string }[]> =>
  api.db.query(`SELECT workspace_id, email, reason, delivery_id FROM email_suppression ORDER BY email`);

const oneClick = (token: string, body = 'List-Unsubscribe=One-Click') =>
  fetch(`${base}/${token}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });

beforeAll(async () => {
  api = await startTestApi();
  base = api.url.replace('/graphql', '/unsubscribe');
  w = await fieldingWave(api, [
    ['u1', 3, 'Unsub.Me@Example.com'],
    ['u2', 3, 'other@example.com'],
    ['u3', 3, 'third@example.com'],
  ]);
  deliveryId = await insertDelivery(api, api.a.id, w.waveId, w.ids.u1, {
    status: 'sent',
    email: 'Unsub.Me@Example.com',
    unsubscribeToken: TOKEN,
  });
  await insertDelivery(api, api.a.id, w.waveId, w.ids.u2, { status: 'sent', email: 'other@example.com', unsubscribeToken: `${TOKEN}-2` });
  await insertDelivery(api, api.a.id, w.waveId, w.ids.u3, { status: 'sent', email: 'third@example.com', unsubscribeToken: `${TOKEN}-3` });
});
afterAll(() => api.stop());

describe('GET /unsubscribe/:token', () => {
  it('shows a page with a button and changes nothing (mail scanners open links)', async () => {
    const res = await fetch(`${base}/${TOKEN}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    const html = await res.text();
    expect(html).toContain('<form method="post">');
    expect(html).not.toContain('example.com');
    expect(await suppressions()).toEqual([]);
  });

  it('answers 404 for a token it does not know, or that cannot be one', async () => {
    expect((await fetch(`${base}/${TOKEN}x`)).status).toBe(404);
    expect((await fetch(`${base}/short`)).status).toBe(404);
  });
});

describe('POST /unsubscribe/:token', () => {
  it('one-click: suppresses the address in its workspace, in lower case, and answers in plain text', async () => {
    const res = await oneClick(TOKEN);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await res.text()).toBe('Unsubscribed.\n');
    expect(await suppressions()).toEqual([
      { workspace_id: api.a.id, email: 'unsub.me@example.com', reason: 'unsubscribed', delivery_id: deliveryId },
    ]);
  });

  it('is idempotent, and the page then says so', async () => {
    expect((await oneClick(TOKEN)).status).toBe(200);
    expect(await suppressions()).toHaveLength(1);
    expect(await (await fetch(`${base}/${TOKEN}`)).text()).toContain('You are unsubscribed');
  });

  it("takes the page's form post and answers with a page", async () => {
    const res = await oneClick(`${TOKEN}-2`, 'confirm=yes');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toContain('You are unsubscribed');
    expect((await suppressions()).map((s) => s.email)).toEqual(['other@example.com', 'unsub.me@example.com']);
  });

  it('keeps an address already listed as it is (a bounce stays a bounce)', async () => {
    await api.db.query(`UPDATE email_suppression SET reason = 'bounced' WHERE email = 'other@example.com'`);
    expect((await oneClick(`${TOKEN}-2`)).status).toBe(200);
    expect((await suppressions()).find((s) => s.email === 'other@example.com')?.reason).toBe('bounced');
  });

  it('answers 404 for an unknown token and writes nothing', async () => {
    const res = await oneClick('a-token-nobody-minted-123');
    expect(res.status).toBe(404);
    expect(await suppressions()).toHaveLength(2);
  });

  it('refuses a body over 1 kB and writes nothing', async () => {
    const res = await oneClick(`${TOKEN}-3`, `List-Unsubscribe=One-Click&pad=${'x'.repeat(1100)}`);
    expect(res.status).toBe(413);
    expect((await suppressions()).map((s) => s.email)).not.toContain('third@example.com');
  });
});

describe('rate limit', () => {
  // Last in the file: it uses up this address's allowance for the rest of the minute.
  it('answers 429 with Retry-After once an address has used its allowance, POSTs included', async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= UNSUBSCRIBE_RATE_LIMIT.points; i++) statuses.push((await fetch(`${base}/a-token-nobody-minted-${i}xx`)).status);
    // The earlier tests spent part of the allowance: some 404s, then only 429s.
    const firstLimited = statuses.indexOf(429);
    expect(firstLimited).toBeGreaterThan(0);
    expect(statuses.slice(0, firstLimited).every((s) => s === 404)).toBe(true);
    expect(statuses.slice(firstLimited).every((s) => s === 429)).toBe(true);

    const limited = await oneClick(`${TOKEN}-3`);
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(UNSUBSCRIBE_RATE_LIMIT.durationSeconds);
    expect((await suppressions()).map((s) => s.email)).not.toContain('third@example.com');
  });
});
