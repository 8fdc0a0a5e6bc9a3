import { randomUUID } from 'node:crypto';
import { MAX_INGEST_BATCH } from '@ladder/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { LadderError } from '../common/errors.js';
import { NO_INGEST_HOOKS, type IngestHooks } from './ingest-hooks.js';
import type { IngestLineage, IngestOutcome, IngestResponse, IngestTarget } from './ingest-response.js';
import { upsertResponses } from './upsert-responses.js';
import { validateResponses } from './validate-responses.js';
import { lockTargetWave, notifyRespondentsChanged } from './wave-write.js';

const MAX_DELIVERY_ID = 200;

/** Remembers a webhook delivery in the ingest's transaction; a second one with the same id is a replay and writes nothing. */
async function recordDelivery(em: EntityManager, target: IngestTarget, lineage: IngestLineage, batchId: string): Promise<void> {
  const inserted: unknown[] = await em.query(
    `INSERT INTO ingest_delivery (workspace_id, wave_id, source, delivery_id, import_batch_id) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (wave_id, source, delivery_id) DO NOTHING RETURNING 1`,
    [target.workspaceId, target.waveId, lineage.source, lineage.deliveryId, batchId],
  );
  if (!inserted.length) {
    throw new LadderError('INGEST_REPLAYED', `Delivery "${lineage.deliveryId}" was already received for this wave`, {
      deliveryId: lineage.deliveryId,
    });
  }
}

/**
 * Ingests one call's responses into a wave, all or nothing, in one transaction: the target wave is
 * checked (WAVE_NOT_FOUND, WAVE_CLOSED; preview waves are not found) under the wave's write lock,
 * every response is validated (any error: nothing written, every error returned), then new and
 * changed responses are written with the call's `import_batch` row, the delivery is recorded
 * (INGEST_REPLAYED when seen before), live segment NPS is notified at commit and fielding queues
 * invitations for the inserted respondents. After commit, fielding's worker is woken.
 *
 * The entry point of both `ingestResponses` and the inbound webhooks.
 */
export async function ingestInto(
  db: DataSource,
  target: IngestTarget,
  responses: readonly IngestResponse[],
  lineage: IngestLineage,
  hooks: IngestHooks = NO_INGEST_HOOKS,
): Promise<IngestOutcome> {
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
  const outcome = await db.transaction(async (em): Promise<IngestOutcome> => {
    const wave = await lockTargetWave(em, target);
    if (errors.length) return { ok: false, errors };
    const batchId = randomUUID();
    const counts = await upsertResponses(em, target, rows, {
      id: batchId,
      source: lineage.source,
      apiKeyId: lineage.apiKeyId ?? null,
      deliveryId,
    });
    if (deliveryId !== null) await recordDelivery(em, target, lineage, batchId);
    if (counts.inserted + counts.updated > 0) await notifyRespondentsChanged(em, wave, target.workspaceId);
    if (counts.insertedIds.length) await hooks.queueInvitations(em, { ...target, respondentIds: counts.insertedIds });
    return { ok: true, inserted: counts.inserted, updated: counts.updated, unchanged: counts.unchanged, batchId };
  });
  if (outcome.ok && outcome.inserted + outcome.updated > 0) hooks.afterCommit({ workspaceId: target.workspaceId, waveId: target.waveId });
  return outcome;
}
