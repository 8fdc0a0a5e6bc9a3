import { Readable } from 'node:stream';
import { EVENTS_CHANNEL, type InsightsChangedEvent } from '@ladder/contracts';
import { CsvError, parse } from 'csv-parse';
import type { EntityManager } from 'typeorm';
import { requireWorkspace, type RequestContext } from '../../common/context.js';
import { notFound } from '../../common/errors.js';
import { isUuid } from '../../common/ids.js';
import { Wave } from '../../wave/wave.entity.js';
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
  private readonly ids = new Map<string, number>();
  private batch: { row: number; value: ParsedRespondent }[] = [];
  /** The import time: response dates are checked against it. */
  private readonly startedAt = new Date();

  constructor(
    private readonly em: EntityManager,
    private readonly workspaceId: string,
    private readonly waveId: string,
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
    await insertRespondents(
      this.em,
      this.workspaceId,
      this.waveId,
      batch.map((b) => b.value),
    );
    this.imported += batch.length;
  }
}

/**
 * Tells every API instance (live segment NPS) that the study's respondents changed. NOTIFY inside
 * the transaction is delivered at commit and dropped on rollback, so listeners never read early.
 */
async function notifyRespondentsChanged(em: EntityManager, target: Omit<InsightsChangedEvent, 'type' | 'what'>): Promise<void> {
  const event: InsightsChangedEvent = { type: 'insights.changed', ...target, what: 'respondents' };
  await em.query('SELECT pg_notify($1, $2)', [EVENTS_CHANNEL, JSON.stringify(event)]);
}

export class CsvImportService {
  /**
   * Imports respondents into a wave, all or nothing: the rows are validated and inserted in
   * batches inside one transaction, which is rolled back when any row has an error.
   */
  async importRespondents(ctx: RequestContext, waveId: string, csv: string): Promise<ImportRespondentsResult> {
    const workspaceId = requireWorkspace(ctx, 'ingest');
    const wave = isUuid(waveId) ? await ctx.db.getRepository(Wave).findOneBy({ id: waveId, workspaceId }) : null;
    if (!wave) throw notFound('WAVE_NOT_FOUND', 'Wave', waveId);
    let run: ImportRun | undefined;
    try {
      await ctx.db.transaction(async (em) => {
        run = new ImportRun(em, workspaceId, waveId);
        await this.consume(csv, run);
        if (run.errorCount > 0) throw new Rollback();
        if (run.imported > 0 && !wave.preview) await notifyRespondentsChanged(em, { workspaceId, studyId: wave.studyId, waveId });
      });
    } catch (error) {
      if (!(error instanceof Rollback)) throw error;
    }
    const r = run!;
    const ok = r.errorCount === 0;
    return { ok, importedCount: ok ? r.imported : 0, errorCount: r.errorCount, errors: r.errors };
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
