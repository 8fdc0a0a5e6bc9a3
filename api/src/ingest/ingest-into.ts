import { randomUUID } from 'node:crypto';
import { MAX_INGEST_BATCH } from '@ladder/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { LadderError } from '../common/errors.js';
import { NO_INGEST_HOOKS, type IngestHooks } from './ingest-hooks.js';
import type { IngestItemError, IngestLineage, IngestOutcome, IngestResponse, IngestTarget, ValidResponse } from './ingest-response.js';
import { upsertResponses, type UpsertCall } from './upsert-responses.js';
import { validateResponses } from './validate-responses.js';
import { lockTargetWave, notifyRespondentsChanged } from './wave-write.js';

const MAX_DELIVERY_ID = 200;

/** One call's valid responses with its lineage, ready to be written. */
export interface IngestCall {
  rows: ValidResponse[];
  lineage: IngestLineage;
}

/** What became of one call written with others: its outcome, or its own error (a replayed delivery). */
export type IngestCallResult = { ok: true; outcome: IngestOutcome } | { ok: false; error: Error };

/**
 * Checks one call before anything is read: its size (INGEST_BATCH_TOO_LARGE) and delivery id are
 * thrown as errors, its responses validated into rows or per-item errors.
 */
export function prepareCall(
  responses: readonly IngestResponse[],
  lineage: IngestLineage,
): { call: IngestCall; errors: [] } | { call: null; errors: IngestItemError[] } {
  if (responses.length > MAX_INGEST_BATCH) {
    throw new LadderError('INGEST_BATCH_TOO_LARGE', `At most ${MAX_INGEST_BATCH} responses per call; this one has ${responses.length}`, {
      max: MAX_INGEST_BATCH,
      received: responses.length,
    });
  }
  const deliveryId = lineage.deliveryId ?? null;
  if (deliveryId !== null && (deliveryId.length < 1 || deliveryId.length > MAX_DELIVERY_ID)) {
    throw new LadderError('BAD_USER_INPUT', `A delivery id has 1 to ${MAX_DELIVERY_ID} characters`, { argument: 'deliveryId' });
  }
  const { rows, errors } = validateResponses(responses, new Date());
  return errors.length ? { call: null, errors } : { call: { rows, lineage }, errors: [] };
}

/**
 * A call with invalid responses writes nothing, but the wave is checked first, as for a valid one
 * (WAVE_NOT_FOUND and WAVE_CLOSED come before item errors). No lock: nothing is written.
 */
export async function refuseInvalid(db: DataSource, target: IngestTarget, errors: IngestItemError[]): Promise<IngestOutcome> {
  await lockTargetWave(db.manager, target, { checkOnly: true });
  return { ok: false, errors };
}

/** The calls' deliveries already received for the wave (by source and delivery id), under the wave's write lock. */
async function replayedDeliveries(em: EntityManager, target: IngestTarget, calls: readonly IngestCall[]): Promise<Set<string>> {
  const keyed = calls.filter((c) => c.lineage.deliveryId != null);
  if (!keyed.length) return new Set();
  const rows: { source: string; delivery_id: string }[] = await em.query(
    `SELECT source, delivery_id FROM ingest_delivery
     WHERE wave_id = $1 AND (source, delivery_id) IN (SELECT * FROM unnest($2::text[], $3::text[]))`,
    [target.waveId, keyed.map((c) => c.lineage.source), keyed.map((c) => c.lineage.deliveryId)],
  );
  return new Set(rows.map((r) => deliveryKey(r.source, r.delivery_id)));
}

/** Remembers the calls' webhook deliveries, so a second delivery with the same id is a replay. */
async function recordDeliveries(em: EntityManager, target: IngestTarget, calls: readonly UpsertCall[]): Promise<void> {
  const keyed = calls.filter((c) => c.batch.deliveryId !== null);
  if (!keyed.length) return;
  await em.query(
    `INSERT INTO ingest_delivery (workspace_id, wave_id, source, delivery_id, import_batch_id)
     SELECT $1, $2, * FROM unnest($3::text[], $4::text[], $5::uuid[])`,
    [
      target.workspaceId,
      target.waveId,
      keyed.map((c) => c.batch.source),
      keyed.map((c) => c.batch.deliveryId),
      keyed.map((c) => c.batch.id),
    ],
  );
}

export const deliveryKey = (source: string, deliveryId: string) => `${source}\u0000${deliveryId}`;

/**
 * Writes calls into one wave, together, in one transaction: the target wave is checked
 * (WAVE_NOT_FOUND, WAVE_CLOSED; preview waves are not found: thrown, for every call) under the
 * wave's write lock, a call whose delivery was seen before gets INGEST_REPLAYED, the others' new
 * and changed responses are written in one statement with an `import_batch` row per call and their
 * deliveries recorded, live segment NPS is notified at commit and fielding queues invitations for
 * the inserted respondents. After commit, fielding's worker is woken once.
 *
 * Every call is all or nothing: the calls commit together or not at all. The calls' external ids
 * and delivery ids are distinct (the caller groups them so).
 */
export async function writeCalls(
  db: DataSource,
  target: IngestTarget,
  calls: readonly IngestCall[],
  hooks: IngestHooks = NO_INGEST_HOOKS,
): Promise<IngestCallResult[]> {
  let changed = false;
  const results = await db.transaction(async (em): Promise<IngestCallResult[]> => {
    const wave = await lockTargetWave(em, target);
    const replayed = await replayedDeliveries(em, target, calls);
    const isReplay = (c: IngestCall) => c.lineage.deliveryId != null && replayed.has(deliveryKey(c.lineage.source, c.lineage.deliveryId));
    const fresh: UpsertCall[] = calls
      .filter((c) => !isReplay(c))
      .map((c) => ({
        rows: c.rows,
        batch: {
          id: randomUUID(),
          source: c.lineage.source,
          apiKeyId: c.lineage.apiKeyId ?? null,
          deliveryId: c.lineage.deliveryId ?? null,
        },
      }));
    const counts = fresh.length ? await upsertResponses(em, target, fresh) : [];
    await recordDeliveries(em, target, fresh);
    changed = counts.some((c) => c.inserted + c.updated > 0);
    if (changed) await notifyRespondentsChanged(em, wave, target.workspaceId);
    const insertedIds = counts.flatMap((c) => c.insertedIds);
    if (insertedIds.length) {
      await hooks.queueInvitations(em, { ...target, respondentIds: insertedIds });
      await hooks.responsesInserted?.(em, { ...target, respondentIds: insertedIds });
    }
    let next = 0;
    return calls.map((c): IngestCallResult => {
      if (isReplay(c)) {
        return {
          ok: false,
          error: new LadderError('INGEST_REPLAYED', `Delivery "${c.lineage.deliveryId}" was already received for this wave`, {
            deliveryId: c.lineage.deliveryId,
          }),
        };
      }
      const { inserted, updated, unchanged } = counts[next];
      return { ok: true, outcome: { ok: true, inserted, updated, unchanged, batchId: fresh[next++].batch.id } };
    });
  });
  if (changed) hooks.afterCommit({ workspaceId: target.workspaceId, waveId: target.waveId });
  return results;
}
