import type { DataSource } from 'typeorm';
import { requireWorkspace, type RequestContext } from '../common/context.js';
import { notFound } from '../common/errors.js';
import { isUuid } from '../common/ids.js';
import { apiKeyIdOf } from './import-batch.js';
import { NO_INGEST_HOOKS, type IngestHooks } from './ingest-hooks.js';
import { IngestCoalescer } from './ingest-coalescer.js';
import type { IngestLineage, IngestOutcome, IngestResponse, IngestTarget } from './ingest-response.js';
import type { ImportBatch, ImportBatchesArgs, IngestResponsesInput, IngestResult } from './ingest.types.js';

interface ImportBatchRow {
  id: string;
  source: string;
  received_at: Date;
  inserted: number;
  updated: number;
  unchanged: number;
  delivery_id: string | null;
}

export class IngestService {
  /** Concurrent calls of one wave are written together (see IngestCoalescer). */
  private readonly coalescer: IngestCoalescer;

  constructor(hooks: IngestHooks = NO_INGEST_HOOKS) {
    this.coalescer = new IngestCoalescer(hooks);
  }

  /** `ingestResponses`: the caller's key needs the ingest permission; lineage source `api`, with the key. */
  async ingestResponses(ctx: RequestContext, input: IngestResponsesInput): Promise<IngestResult> {
    const workspaceId = requireWorkspace(ctx, 'ingest');
    const outcome = await this.ingestInto(ctx.db, { workspaceId, waveId: input.waveId }, input.responses, {
      source: 'api',
      apiKeyId: apiKeyIdOf(ctx.principal),
    });
    return outcome.ok
      ? { ...outcome, errors: [] }
      : { ok: false, inserted: 0, updated: 0, unchanged: 0, batchId: null, errors: outcome.errors };
  }

  /** The webhook route's entry point: the same checks, writes and hooks as `ingestResponses` (calls of a wave written together). */
  ingestInto(db: DataSource, target: IngestTarget, responses: IngestResponse[], lineage: IngestLineage): Promise<IngestOutcome> {
    return this.coalescer.ingest(db, target, responses, lineage);
  }

  /** A wave's imports, newest first: where its responses came from. */
  async importBatches(ctx: RequestContext, args: ImportBatchesArgs): Promise<ImportBatch[]> {
    const workspaceId = requireWorkspace(ctx, 'read');
    const rows: ImportBatchRow[] = isUuid(args.waveId)
      ? await ctx.db.query(
          `SELECT b.id, b.source, b.received_at, b.inserted, b.updated, b.unchanged, b.delivery_id
           FROM wave w LEFT JOIN import_batch b ON b.workspace_id = w.workspace_id AND b.wave_id = w.id
           WHERE w.id = $1 AND w.workspace_id = $2 AND NOT w.preview
           ORDER BY b.received_at DESC, b.id LIMIT $3`,
          [args.waveId, workspaceId, args.first],
        )
      : [];
    if (!rows.length) throw notFound('WAVE_NOT_FOUND', 'Wave', args.waveId);
    return rows
      .filter((r) => r.id !== null)
      .map((r) => ({
        id: r.id,
        source: r.source,
        receivedAt: r.received_at,
        inserted: r.inserted,
        updated: r.updated,
        unchanged: r.unchanged,
        deliveryId: r.delivery_id,
      }));
  }
}
