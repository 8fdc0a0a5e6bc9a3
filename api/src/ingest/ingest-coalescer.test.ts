import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LadderError } from '../common/errors.js';
import { startTestApi, type TestApi } from '../test-support/api-harness.js';
import { studyWithWave } from '../test-support/fixtures.js';
import { IngestCoalescer, takeGroup } from './ingest-coalescer.js';
import type { IngestHooks } from './ingest-hooks.js';
import type { IngestCall } from './ingest-into.js';
import type { IngestLineage, IngestOutcome, IngestResponse } from './ingest-response.js';

/**
 * Concurrent ingest calls of one wave, written together: each still answers with its own counts,
 * batch and lineage, fails alone, and the stored result is what one-at-a-time writing would give.
 */
let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.stop());

const one = (externalId: string, score: number): IngestResponse => ({ externalId, score, attributes: { tier: 'SMB' } });
const api_ = (deliveryId?: string): IngestLineage => ({ source: deliveryId ? 'webhook:generic' : 'api', deliveryId });

/** Respondents of the wave: score, batch and the writing transaction (xmin), by external id. */
async function stored(waveId: string) {
  const rows: { external_id: string; score: number; import_batch_id: string; tx: string }[] = await api.db.query(
    `SELECT external_id, score, import_batch_id, xmin::text AS tx FROM respondent WHERE wave_id = $1 ORDER BY external_id`,
    [waveId],
  );
  return rows;
}

const settle = (calls: Promise<IngestOutcome>[]) => Promise.allSettled(calls);

describe('IngestCoalescer', () => {
  it('writes the calls that arrive while one is written in one transaction, each with its own counts and batch', async () => {
    const { waveId } = await studyWithWave(api);
    const coalescer = new IngestCoalescer();
    const target = { workspaceId: api.a.id, waveId };
    const outcomes = await Promise.all(Array.from({ length: 10 }, (_, i) => coalescer.ingest(api.db, target, [one(`r${i}`, i)], api_())));
    expect(outcomes.every((o) => o.ok && o.inserted === 1 && o.updated === 0)).toBe(true);
    const batches = outcomes.map((o) => (o.ok ? o.batchId : null));
    expect(new Set(batches).size).toBe(10);
    const rows = await stored(waveId);
    expect(rows.map((r) => r.import_batch_id)).toEqual(rows.map((r) => batches[Number(r.external_id.slice(1))]));
    // The first call is written alone at once; the nine queued behind it share the next transaction.
    expect(new Set(rows.map((r) => r.tx)).size).toBe(2);
    const counted: { inserted: number }[] = await api.db.query(`SELECT inserted FROM import_batch WHERE wave_id = $1`, [waveId]);
    expect(counted.map((b) => b.inserted)).toEqual(Array(10).fill(1));
  });

  it('keeps the arrival order of calls that write the same external id, and counts each against the one before', async () => {
    const { waveId } = await studyWithWave(api);
    const coalescer = new IngestCoalescer();
    const target = { workspaceId: api.a.id, waveId };
    const outcomes = await Promise.all([
      coalescer.ingest(api.db, target, [one('x', 1)], api_()),
      coalescer.ingest(api.db, target, [one('x', 9), one('y', 5)], api_()),
      coalescer.ingest(api.db, target, [one('y', 6)], api_()),
      coalescer.ingest(api.db, target, [one('x', 9)], api_()),
      coalescer.ingest(api.db, target, [one('z', 0)], api_()),
    ]);
    expect(outcomes.map((o) => (o.ok ? [o.inserted, o.updated, o.unchanged] : o.errors))).toEqual([
      [1, 0, 0],
      [1, 1, 0],
      [0, 1, 0],
      [0, 0, 1],
      [1, 0, 0],
    ]);
    expect((await stored(waveId)).map((r) => [r.external_id, r.score])).toEqual([
      ['x', 9],
      ['y', 6],
      ['z', 0],
    ]);
  });

  it('refuses a replayed delivery and writes the calls grouped with it', async () => {
    const { waveId } = await studyWithWave(api);
    const coalescer = new IngestCoalescer();
    const target = { workspaceId: api.a.id, waveId };
    await coalescer.ingest(api.db, target, [one('a', 1)], api_('d-1'));
    const settled = await settle([
      coalescer.ingest(api.db, target, [one('b', 2)], api_('d-2')),
      coalescer.ingest(api.db, target, [one('c', 3)], api_('d-1')),
      coalescer.ingest(api.db, target, [one('d', 4)], api_('d-3')),
      coalescer.ingest(api.db, target, [one('e', 5)], api_('d-3')),
    ]);
    expect(settled.map((s) => (s.status === 'fulfilled' ? 'ok' : (s.reason as LadderError).code))).toEqual([
      'ok',
      'INGEST_REPLAYED',
      'ok',
      'INGEST_REPLAYED',
    ]);
    expect((await stored(waveId)).map((r) => r.external_id)).toEqual(['a', 'b', 'd']);
  });

  it('retries each call alone when a group fails, so one call’s fault fails no other', async () => {
    const { waveId } = await studyWithWave(api);
    // Fielding's hook fails whenever the respondent "poison" is among those inserted.
    const hooks: IngestHooks = {
      async queueInvitations(em, target) {
        const [{ n }] = await em.query(`SELECT count(*)::int AS n FROM respondent WHERE id = ANY($1::uuid[]) AND external_id = 'poison'`, [
          target.respondentIds,
        ]);
        if (n) throw new Error('invitation queue refused poison');
      },
      afterCommit() {},
    };
    const coalescer = new IngestCoalescer(hooks);
    const target = { workspaceId: api.a.id, waveId };
    const settled = await settle(
      ['first', 'ok-1', 'poison', 'ok-2'].map((id, i) => coalescer.ingest(api.db, target, [one(id, i)], api_())),
    );
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect((await stored(waveId)).map((r) => r.external_id)).toEqual(['first', 'ok-1', 'ok-2']);
  });

  it('gives every call of a group the wave’s own error', async () => {
    const { waveId } = await studyWithWave(api);
    const coalescer = new IngestCoalescer();
    const settled = await settle(
      [1, 2, 3].map((i) => coalescer.ingest(api.db, { workspaceId: api.b.id, waveId }, [one(`o${i}`, i)], api_())),
    );
    expect(settled.map((s) => (s.status === 'rejected' ? (s.reason as LadderError).code : 'ok'))).toEqual(Array(3).fill('WAVE_NOT_FOUND'));
    expect(await stored(waveId)).toEqual([]);
  });
});

describe('takeGroup', () => {
  const call = (ids: string[], deliveryId?: string): { call: IngestCall } => ({
    call: { rows: ids.map((externalId) => ({ externalId, score: 5, respondedAt: null })), lineage: api_(deliveryId) },
  });
  const names = (xs: { call: IngestCall }[]) => xs.map((x) => x.call.rows.map((r) => r.externalId).join('+'));

  it('takes calls in order up to 1,000 responses, the first always', () => {
    const big = call(Array.from({ length: 1000 }, (_, i) => `b${i}`));
    const waiting = [call(['a']), big, call(['c'])];
    expect(names(takeGroup(waiting))).toEqual(['a', 'c']);
    expect(takeGroup(waiting)).toEqual([big]);
    expect(waiting).toEqual([]);
  });

  it('leaves a call sharing an id or a delivery with an earlier one, and every later call sharing its ids', () => {
    const waiting = [call(['x']), call(['x', 'y']), call(['y']), call(['z'], 'd'), call(['w'], 'd'), call(['v'])];
    expect(names(takeGroup(waiting))).toEqual(['x', 'z', 'v']);
    expect(names(takeGroup(waiting))).toEqual(['x+y', 'w']);
    expect(names(takeGroup(waiting))).toEqual(['y']);
  });
});
