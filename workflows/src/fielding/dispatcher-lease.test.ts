import { createHash } from 'node:crypto';
import { DEFAULT_TIMING } from '@ladder/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer, type Mailer } from '../mail/transport.js';
import { startTestDatabase, stopTestDatabase, type TestDatabase } from '../test-support/environment.js';
import {
  addRespondent,
  deliveries,
  queueDelivery,
  seedWave,
  startTestMailpit,
  testMailSettings,
  type TestMailpit,
} from '../test-support/fielding.js';
import { DEFAULT_TUNING } from './dispatch-config.js';
import { createDispatcher } from './dispatcher.js';

let db: TestDatabase;
let mailpit: TestMailpit;
let mailer: Mailer;
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

beforeAll(async () => {
  [db, mailpit] = await Promise.all([startTestDatabase(), startTestMailpit()]);
  mailer = createMailer({ smtpUrl: mailpit.smtpUrl, maxConnections: 2 });
});
afterAll(async () => {
  mailer?.close();
  await mailpit?.stop();
  await stopTestDatabase(db);
});

const dispatcherWith = (m: Mailer) =>
  createDispatcher({
    pool: db.pool,
    mailer: m,
    settings: testMailSettings(mailpit.smtpUrl),
    tuning: { ...DEFAULT_TUNING, sendConcurrency: 2, leaseMs: 3000 },
    timing: DEFAULT_TIMING,
  });

describe('a dispatcher that dies mid-batch', () => {
  it('leaves its rows leased; once the lease ends another one sends every row, with the same sessions and Message-IDs', async () => {
    const wave = await seedWave(db.pool);
    const addresses = Array.from({ length: 12 }, (_, i) => `lease${i}@example.com`);
    for (const email of addresses)
      await queueDelivery(db.pool, wave, { respondentId: await addRespondent(db.pool, wave, { email }), email });

    // The first dispatcher's process "dies" after the server accepted 5 messages: its later sends never return, nothing is recorded.
    let accepted = 0;
    const dying: Mailer = {
      send: (message) => (accepted++ < 5 ? mailer.send(message) : new Promise(() => undefined)),
      close: () => undefined,
    };
    void dispatcherWith(dying)(50);
    await mailpit.api.waitFor('to:example.com', 5);
    const held = await deliveries(db.pool, wave.waveId);
    expect(held.map((r) => r.status)).toEqual(addresses.map(() => 'sending'));
    expect(held.every((r) => r.session_id !== null)).toBe(true);

    // While the lease runs nobody else takes the rows; after it, a new dispatcher takes all of them.
    const next = dispatcherWith(mailer);
    expect((await next(50)).claimed).toBe(0);
    await new Promise((r) => setTimeout(r, 3200));
    expect(await next(50)).toMatchObject({ claimed: 12, sent: 12, more: false });

    const rows = await deliveries(db.pool, wave.waveId);
    expect(rows.map((r) => [r.status, r.session_id])).toEqual(held.map((r) => ['sent', r.session_id]));
    // No row skipped: every address got its invitation. The 5 that went out before the crash went out again,
    // recognisable as duplicates by their Message-ID, and both copies link to the one session.
    const messages = await mailpit.api.waitFor('to:example.com', 17);
    expect(messages).toHaveLength(17);
    for (const row of rows) {
      const copies = messages.filter((m) => m.To[0].Address === row.email);
      expect(copies.length).toBeGreaterThanOrEqual(1);
      expect(new Set(copies.map((m) => m.MessageID))).toEqual(new Set([`${row.id}@ladder.test`]));
      for (const copy of copies) {
        const token = /\/i\/([A-Za-z0-9_-]{32})/.exec((await mailpit.api.message(copy.ID)).Text)![1];
        const { rows: found } = await db.pool.query(`SELECT id FROM interview_session WHERE token_hash = $1`, [sha256(token)]);
        expect(found).toEqual([{ id: row.session_id }]);
      }
    }
    const { rows: sessions } = await db.pool.query(`SELECT count(*)::int AS n FROM interview_session WHERE wave_id = $1`, [wave.waveId]);
    expect(sessions).toEqual([{ n: 12 }]);
  });
});
