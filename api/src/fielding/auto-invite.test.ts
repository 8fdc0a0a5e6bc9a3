import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, startTestApi, type TestApi } from '../test-support/api-harness.js';
import { fieldingWave, insertFieldingSession, type FieldingWave } from '../test-support/fielding-fixtures.js';
import { UpdateWaveFieldingDocument, type AutoInviteInput } from '../test-support/gql/graphql.js';
import { queueAutoInvitations } from './auto-invite.js';

let api: TestApi;

/** The sample's rule, recomputed apart from the SQL: md5 of the id, first 32 bits, as a fraction of 2^32. */
const sampleFraction = (id: string) => parseInt(createHash('md5').update(id).digest('hex').slice(0, 8), 16) / 2 ** 32;

async function setRule(waveId: string, autoInvite: AutoInviteInput | null) {
  dataOf(await api.gql(UpdateWaveFieldingDocument, { input: { waveId, autoInvite } }));
}

const queue = (w: FieldingWave, ids = Object.values(w.ids)) =>
  queueAutoInvitations(api.db.manager, { workspaceId: api.a.id, waveId: w.waveId, respondentIds: ids });

const outbox = (waveId: string): Promise<{ external_id: string; status: string; trigger: string; kind: string; email: string }[]> =>
  api.db.query(
    `SELECT r.external_id, d.status, d.trigger, d.kind, d.email FROM email_delivery d JOIN respondent r ON r.id = d.respondent_id
     WHERE d.wave_id = $1 ORDER BY r.external_id`,
    [waveId],
  );

const everyone: AutoInviteInput = { bands: ['DETRACTOR', 'PASSIVE', 'PROMOTER'], sampleRate: 1, delayMinutes: 0 };

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.stop());

describe('queueAutoInvitations', () => {
  it("queues the wave's matching respondents once: band, email, suppression list, earlier interview", async () => {
    const w = await fieldingWave(api, [
      ['d1', 2, 'd1@example.com'],
      ['d2', 5, 'D2@Example.com'],
      ['d3', 6, ''],
      ['d4', 1, 'd4@example.com'],
      ['p1', 8, 'p1@example.com'],
      ['s1', 10, 's1@example.com'],
    ]);
    await setRule(w.waveId, { bands: ['DETRACTOR', 'PROMOTER'], sampleRate: 1, delayMinutes: 30 });
    await api.db.query(`INSERT INTO email_suppression (workspace_id, email, reason) VALUES ($1, 'd2@example.com', 'unsubscribed')`, [
      api.a.id,
    ]);
    await insertFieldingSession(api, api.a.id, w.waveId, w.ids.d4);

    expect(await queue(w)).toEqual({ queued: 2, suppressed: 1 });
    expect(await outbox(w.waveId)).toEqual([
      { external_id: 'd1', status: 'queued', trigger: 'auto', kind: 'invitation', email: 'd1@example.com' },
      { external_id: 'd2', status: 'suppressed', trigger: 'auto', kind: 'invitation', email: 'D2@Example.com' },
      { external_id: 's1', status: 'queued', trigger: 'auto', kind: 'invitation', email: 's1@example.com' },
    ]);
    const [{ delay }] = await api.db.query(
      `SELECT round(extract(epoch FROM due_at - created_at) / 60) AS delay FROM email_delivery WHERE respondent_id = $1`,
      [w.ids.d1],
    );
    expect(Number(delay)).toBe(30);

    // A retried ingest, or a second delivery of the same webhook, queues nothing more.
    expect(await queue(w)).toEqual({ queued: 0, suppressed: 0 });
    expect(await outbox(w.waveId)).toHaveLength(3);
  });

  it('only looks at the respondents it is given', async () => {
    const w = await fieldingWave(api, [
      ['a', 3, 'a@example.com'],
      ['b', 3, 'b@example.com'],
    ]);
    await setRule(w.waveId, everyone);
    expect(await queue(w, [w.ids.a])).toEqual({ queued: 1, suppressed: 0 });
    expect((await outbox(w.waveId)).map((r) => r.external_id)).toEqual(['a']);
    expect(await queue(w, [])).toEqual({ queued: 0, suppressed: 0 });
  });

  it('samples deterministically by respondent id', async () => {
    const rows = Array.from(
      { length: 120 },
      (_, i) => [`r${String(i).padStart(3, '0')}`, 4, `r${i}@example.com`] as [string, number, string],
    );
    const w = await fieldingWave(api, rows);
    await setRule(w.waveId, { ...everyone, sampleRate: 0.4 });
    const expected = Object.entries(w.ids)
      .filter(([, id]) => sampleFraction(id) < 0.4)
      .map(([external]) => external)
      .sort();
    const result = await queue(w);
    expect(result.queued).toBe(expected.length);
    // Loose bounds on the share: a broken hash (always 0 or always 1) would fail them.
    expect(expected.length).toBeGreaterThan(25);
    expect(expected.length).toBeLessThan(75);
    expect((await outbox(w.waveId)).map((r) => r.external_id)).toEqual(expected);
    // Raising the rate adds respondents but drops none: the sample is stable.
    await setRule(w.waveId, { ...everyone, sampleRate: 0.8 });
    await queue(w);
    const widened = (await outbox(w.waveId)).map((r) => r.external_id);
    expect(widened).toEqual(expect.arrayContaining(expected));
    expect(widened).toEqual(
      Object.entries(w.ids)
        .filter(([, id]) => sampleFraction(id) < Math.fround(0.8))
        .map(([external]) => external)
        .sort(),
    );
  });

  it('queues nothing when the rule is off, absent, or the wave is not fielding', async () => {
    const rows: [string, number, string][] = [['x', 1, 'x@example.com']];
    const noRule = await fieldingWave(api, rows);
    expect(await queue(noRule)).toEqual({ queued: 0, suppressed: 0 });
    const off = await fieldingWave(api, rows);
    await setRule(off.waveId, everyone);
    await setRule(off.waveId, null);
    expect(await queue(off)).toEqual({ queued: 0, suppressed: 0 });
    const draft = await fieldingWave(api, rows, { launch: false });
    await setRule(draft.waveId, everyone);
    expect(await queue(draft)).toEqual({ queued: 0, suppressed: 0 });
  });

  it("writes in the caller's transaction: a rolled-back ingest queues nothing", async () => {
    const w = await fieldingWave(api, [['t', 0, 't@example.com']]);
    await setRule(w.waveId, everyone);
    await expect(
      api.db.transaction(async (em) => {
        expect(await queueAutoInvitations(em, { workspaceId: api.a.id, waveId: w.waveId, respondentIds: [w.ids.t] })).toEqual({
          queued: 1,
          suppressed: 0,
        });
        throw new Error('ingest failed later');
      }),
    ).rejects.toThrow('ingest failed later');
    expect(await outbox(w.waveId)).toEqual([]);
  });

  it("never crosses workspaces: another workspace's wave or respondents match nothing", async () => {
    const w = await fieldingWave(api, [['w', 0, 'w@example.com']]);
    await setRule(w.waveId, everyone);
    const other = await queueAutoInvitations(api.db.manager, { workspaceId: api.b.id, waveId: w.waveId, respondentIds: [w.ids.w] });
    expect(other).toEqual({ queued: 0, suppressed: 0 });
    expect(await outbox(w.waveId)).toEqual([]);
  });
});
