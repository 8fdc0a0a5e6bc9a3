import type { EntityManager } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LadderError } from '../common/errors.js';
import { startTestApi, type TestApi } from '../test-support/api-harness.js';
import { studyWithWave } from '../test-support/fixtures.js';
import type { IngestHooks } from './ingest-hooks.js';
import type { IngestResponse } from './ingest-response.js';
import { IngestService } from './ingest.service.js';

/**
 * The webhook route's and `ingestResponses`' entry point, `IngestService.ingestInto` (written through
 * `IngestCoalescer`), called as the route calls it, with fielding hooks that record what they were
 * given and what they could see.
 */
let api: TestApi;
let waveId: string;

beforeAll(async () => {
  api = await startTestApi();
  ({ waveId } = await studyWithWave(api));
});
afterAll(() => api.stop());

interface Recorded {
  queued: { ids: string[]; visibleInside: number; visibleOutside: number }[];
  woken: { workspaceId: string; waveId: string; committed: number }[];
}

/** Hooks that note their calls, what the ingest transaction sees and what other connections see. */
function recordingHooks(failQueue = false): { hooks: IngestHooks; calls: Recorded } {
  const calls: Recorded = { queued: [], woken: [] };
  const visible = async (em: EntityManager | TestApi['db'], ids: string[]) =>
    Number((await em.query(`SELECT count(*)::int AS n FROM respondent WHERE id = ANY($1::uuid[])`, [ids]))[0].n);
  const hooks: IngestHooks = {
    async queueInvitations(em, target) {
      expect(target).toMatchObject({ workspaceId: api.a.id, waveId });
      calls.queued.push({
        ids: target.respondentIds,
        visibleInside: await visible(em, target.respondentIds),
        visibleOutside: await visible(api.db, target.respondentIds),
      });
      if (failQueue) throw new Error('invitation queue unavailable');
    },
    afterCommit(target) {
      calls.woken.push({ ...target, committed: -1 });
      void visible(api.db, calls.queued.at(-1)?.ids ?? []).then((n) => (calls.woken.at(-1)!.committed = n));
    },
  };
  return { hooks, calls };
}

const target = () => ({ workspaceId: api.a.id, waveId });
const counts = async () =>
  (
    await api.db.query(
      `SELECT (SELECT count(*)::int FROM respondent WHERE wave_id = $1) AS respondents,
      (SELECT count(*)::int FROM import_batch WHERE wave_id = $1) AS batches,
      (SELECT count(*)::int FROM ingest_delivery WHERE wave_id = $1) AS deliveries`,
      [waveId],
    )
  )[0];
const idsOf = async (externalIds: string[]) =>
  (await api.db.query(`SELECT id FROM respondent WHERE wave_id = $1 AND external_id = ANY($2) ORDER BY id`, [waveId, externalIds])).map(
    (r: { id: string }) => r.id,
  );
const codeOfRejection = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (e: unknown) => (e instanceof LadderError ? e.code : String(e)),
  );

describe('IngestService.ingestInto (webhooks, ingestResponses)', () => {
  it('records the delivery with its batch and refuses a replay of it, writing nothing', async () => {
    const service = new IngestService();
    const first = await service.ingestInto(api.db, target(), [{ externalId: 'w1', score: 9, respondedAt: '2026-03-31' }], {
      source: 'webhook:typeform',
      deliveryId: 'd-1',
    });
    expect(first).toMatchObject({ ok: true, inserted: 1, updated: 0, unchanged: 0 });
    const batchId = first.ok ? first.batchId : '';
    expect(await api.db.query(`SELECT source, delivery_id FROM import_batch WHERE id = $1`, [batchId])).toEqual([
      { source: 'webhook:typeform', delivery_id: 'd-1' },
    ]);
    expect(await api.db.query(`SELECT source, import_batch_id FROM ingest_delivery WHERE delivery_id = 'd-1'`)).toEqual([
      { source: 'webhook:typeform', import_batch_id: batchId },
    ]);
    const [w1] = await api.db.query(`SELECT source, responded_at FROM respondent WHERE wave_id = $1 AND external_id = 'w1'`, [waveId]);
    expect([w1.source, w1.responded_at.toISOString()]).toEqual(['webhook:typeform', '2026-03-31T00:00:00.000Z']);

    const before = await counts();
    const replay = [
      { externalId: 'w1', score: 2 },
      { externalId: 'w2', score: 5 },
    ];
    expect(await codeOfRejection(service.ingestInto(api.db, target(), replay, { source: 'webhook:typeform', deliveryId: 'd-1' }))).toBe(
      'INGEST_REPLAYED',
    );
    expect(await counts()).toEqual(before);
    expect((await api.db.query(`SELECT score FROM respondent WHERE wave_id = $1 AND external_id = 'w1'`, [waveId]))[0].score).toBe(9);
    // Delivery ids are per source: another tool may use the same one.
    expect(await service.ingestInto(api.db, target(), replay, { source: 'webhook:generic', deliveryId: 'd-1' })).toMatchObject({
      ok: true,
      inserted: 1,
      updated: 1,
    });
  });

  it('queues invitations inside the transaction for inserted respondents only, and wakes fielding after commit', async () => {
    const { hooks, calls } = recordingHooks();
    const service = new IngestService(hooks);
    const responses: IngestResponse[] = [
      { externalId: 'n1', score: 1, email: 'n1@x.io' },
      { externalId: 'n2', score: 7 },
      { externalId: 'w2', score: 6 },
    ];
    expect(await service.ingestInto(api.db, target(), responses, { source: 'api' })).toMatchObject({ inserted: 2, updated: 1 });
    const inserted = await idsOf(['n1', 'n2']);
    expect(calls.queued).toEqual([{ ids: expect.arrayContaining(inserted), visibleInside: 2, visibleOutside: 0 }]);
    expect(calls.queued[0].ids).toHaveLength(2);
    await new Promise((r) => setTimeout(r, 100));
    expect(calls.woken).toEqual([{ workspaceId: api.a.id, waveId, committed: 2 }]);

    // The same again: nothing changed, nobody woken. An update alone wakes fielding (comments to code) but queues nobody.
    await service.ingestInto(api.db, target(), responses, { source: 'api' });
    expect([calls.queued.length, calls.woken.length]).toEqual([1, 1]);
    await service.ingestInto(api.db, target(), [{ externalId: 'n2', score: 7, comment: 'new comment' }], { source: 'api' });
    expect([calls.queued.length, calls.woken.length]).toEqual([1, 2]);
  });

  it('rolls the ingest back when queuing invitations fails', async () => {
    const { hooks, calls } = recordingHooks(true);
    const before = await counts();
    const outcome = new IngestService(hooks).ingestInto(api.db, target(), [{ externalId: 'lost', score: 0 }], { source: 'api' });
    await expect(outcome).rejects.toThrow('invitation queue unavailable');
    expect(await counts()).toEqual(before);
    expect(calls.woken).toEqual([]);
  });

  it('checks the target and the items as ingestResponses does', async () => {
    const service = new IngestService();
    const other = await studyWithWave(api, api.b.keys.admin, 'Other');
    const { waveId: closed } = await studyWithWave(api, api.a.keys.admin, 'Closed');
    await api.db.query(`UPDATE wave SET status = 'closed' WHERE id = $1`, [closed]);
    const one = [{ externalId: 'x', score: 1 }];
    expect(await codeOfRejection(service.ingestInto(api.db, { workspaceId: api.a.id, waveId: other.waveId }, one, { source: 'api' }))).toBe(
      'WAVE_NOT_FOUND',
    );
    expect(await codeOfRejection(service.ingestInto(api.db, { workspaceId: api.a.id, waveId: closed }, one, { source: 'api' }))).toBe(
      'WAVE_CLOSED',
    );
    const tooMany = Array.from({ length: 1001 }, (_, i) => ({ externalId: `m${i}`, score: 1 }));
    expect(await codeOfRejection(service.ingestInto(api.db, target(), tooMany, { source: 'api' }))).toBe('INGEST_BATCH_TOO_LARGE');
    expect(await codeOfRejection(service.ingestInto(api.db, target(), one, { source: 'api', deliveryId: '' }))).toBe('BAD_USER_INPUT');
    const refused = await service.ingestInto(api.db, target(), [{ externalId: 'x', score: 1, respondedAt: '31/03/2026' }], {
      source: 'webhook:generic',
      deliveryId: 'bad-1',
    });
    expect(refused).toEqual({
      ok: false,
      errors: [
        {
          index: 0,
          field: 'respondedAt',
          code: 'INVALID_DATE',
          message: 'responses[0]: "31/03/2026" is not a date such as 2026-03-31 or 2026-03-31T14:05:00Z',
        },
      ],
    });
    // A refused delivery is not remembered: the sender may fix it and deliver it again.
    expect((await api.db.query(`SELECT count(*)::int AS n FROM ingest_delivery WHERE delivery_id = 'bad-1'`))[0].n).toBe(0);
  });
});
