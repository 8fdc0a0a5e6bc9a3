import { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import type { EntityManager } from 'typeorm';
import { requireWorkspace, type RequestContext } from '../../common/context.js';
import { apiKeyIdOf, closeImportBatch, openImportBatch } from '../../ingest/import-batch.js';
import { NO_INGEST_HOOKS, type IngestHooks } from '../../ingest/ingest-hooks.js';
import { lockTargetWave, notifyRespondentsChanged } from '../../ingest/wave-write.js';
import type { ImportRespondentsResult, ImportRowError } from '../respondent.types.js';
import { insertRespondents } from '../insert-respondents.js';
import { mapHeader, parseRow, rowError, type CsvMapping, type ParsedRespondent } from './csv-mapping.js';

const BATCH_SIZE = 1000;
const MAX_REPORTED_ERRORS = 200;
const CHUNK = 64 * 1024;

/** Feeds the string to the parser in slices, so no second full copy (e.g. an array of lines) exists. */
function* slices(text: string): Generator<string> {
  for (let i = 0; i < text.length; i += CHUNK) yield text.slice(i, i + CHUNK);
}

class Rollback extends Error {}

class ImportRun {
  readonly errors: ImportRowError[] = [];
  errorCount = 0;
  imported = 0;
  /** Respondents inserted so far, handed to fielding (invitations) before commit. */
  readonly insertedIds: string[] = [];
  private readonly ids = new Map<string, number>();
  private batch: { row: number; value: ParsedRespondent }[] = [];
  /** The import time: response dates are checked against it. */
  private readonly startedAt = new Date();

  /** `importBatchId` null: a dry run, which checks everything and inserts nothing. */
  constructor(
    private readonly em: EntityManager,
    private readonly workspaceId: string,
    private readonly waveId: string,
    private readonly importBatchId: string | null,
  ) {}

  report(errors: ImportRowError[]): void {
    this.errorCount += errors.length;
    for (const e of errors) if (this.errors.length < MAX_REPORTED_ERRORS) this.errors.push(e);
  }

  async add(record: string[], mapping: CsvMapping, row: number): Promise<void> {
    const { value, errors } = parseRow(record, mapping, row, this.startedAt);
    this.report(errors);
    if (!value) return;
    const first = this.ids.get(value.externalId);
    if (first !== undefined) {
      this.report([
        rowError(
          row,
          mapping.header[mapping.known.id!].trim(),
          'DUPLICATE_ID',
          `Row ${row}: id "${value.externalId}" already appears in row ${first}`,
        ),
      ]);
      return;
    }
    this.ids.set(value.externalId, row);
    this.batch.push({ row, value });
    if (this.batch.length >= BATCH_SIZE) await this.flush(mapping);
  }

  /** Checks the batch against rows already in the wave, then inserts it while the file is clean. */
  async flush(mapping: CsvMapping): Promise<void> {
    const batch = this.batch;
    this.batch = [];
    if (!batch.length) return;
    const existing: { external_id: string }[] = await this.em.query(
      `SELECT external_id FROM respondent WHERE workspace_id = $1 AND wave_id = $2 AND external_id = ANY($3::text[])`,
      [this.workspaceId, this.waveId, batch.map((b) => b.value.externalId)],
    );
    const taken = new Set(existing.map((e) => e.external_id));
    for (const b of batch) {
      if (taken.has(b.value.externalId)) {
        this.report([
          rowError(
            b.row,
            mapping.header[mapping.known.id!].trim(),
            'DUPLICATE_ID',
            `Row ${b.row}: id "${b.value.externalId}" is already imported in this wave`,
          ),
        ]);
      }
    }
    if (this.errorCount > 0) return; // the transaction will roll back: stop writing, keep validating
    if (this.importBatchId) {
      const ids = await insertRespondents(
        this.em,
        this.workspaceId,
        this.waveId,
        batch.map((b) => b.value),
        { source: 'csv', importBatchId: this.importBatchId },
      );
      for (const id of ids) this.insertedIds.push(id);
    }
    this.imported += batch.length;
  }
}

export class CsvImportService {
  constructor(private readonly hooks: IngestHooks = NO_INGEST_HOOKS) {}

  /**
   * Imports respondents into a wave, all or nothing: the rows are validated and inserted in
   * batches inside one transaction, which is rolled back when any row has an error. The import is
   * one `import_batch` (lineage); fielding queues invitations for its respondents before commit.
   * A dry run validates the same way (ids already in the wave included) and never writes.
   */
  async importRespondents(ctx: RequestContext, waveId: string, csv: string, dryRun = false): Promise<ImportRespondentsResult> {
    const workspaceId = requireWorkspace(ctx, 'ingest');
    const target = { workspaceId, waveId };
    let run: ImportRun | undefined;
    try {
      await ctx.db.transaction(async (em) => {
        const wave = await lockTargetWave(em, target, { allowPreview: true, checkOnly: dryRun });
        const batchId = dryRun ? null : await openImportBatch(em, target, { source: 'csv', apiKeyId: apiKeyIdOf(ctx.principal) });
        run = new ImportRun(em, workspaceId, waveId, batchId);
        await this.consume(csv, run);
        if (run.errorCount > 0 || !batchId) throw new Rollback();
        await closeImportBatch(em, batchId, { inserted: run.imported, updated: 0, unchanged: 0 });
        if (run.imported > 0) await notifyRespondentsChanged(em, wave, workspaceId);
        if (run.insertedIds.length) {
          await this.hooks.queueInvitations(em, { ...target, respondentIds: run.insertedIds });
          await this.hooks.responsesInserted?.(em, { ...target, respondentIds: run.insertedIds });
        }
      });
    } catch (error) {
      if (!(error instanceof Rollback)) throw error;
    }
    const r = run!;
    const ok = r.errorCount === 0;
    if (ok && !dryRun && r.imported > 0) this.hooks.afterCommit(target);
    return { ok, importedCount: ok ? r.imported : 0, errorCount: r.errorCount, errors: r.errors, dryRun };
  }

  private async consume(csv: string, run: ImportRun): Promise<void> {
    const parser = Readable.from(slices(csv)).pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: true }));
    let mapping: CsvMapping | undefined;
    let row = 0;
    try {
      for await (const record of parser as AsyncIterable<string[]>) {
        row++;
        if (!mapping) {
          const header = mapHeader(record);
          run.report(header.errors);
          if (header.errors.length) return;
          mapping = header.mapping;
          continue;
        }
        await run.add(record, mapping, row);
      }
    } catch (error) {
      if (!(error instanceof CsvError)) throw error;
      run.report([rowError(row + 1, null, 'MALFORMED_ROW', `Row ${row + 1} could not be read as CSV: ${error.message}`)]);
      return;
    }
    if (!mapping) {
      run.report([rowError(1, null, 'EMPTY_FILE', 'The file is empty: expected a header row and at least one respondent')]);
      return;
    }
    if (row === 1) run.report([rowError(2, null, 'EMPTY_FILE', 'The file has a header but no respondent rows')]);
    await run.flush(mapping);
  }
}
