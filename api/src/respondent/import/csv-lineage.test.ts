import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeyRole } from '../../common/enums.js';
import { createEventPubSub } from '../../events/session-events.js';
import type { IngestHooks } from '../../ingest/ingest-hooks.js';
import { contextFor } from '../../server/context.js';
import { codeOf, dataOf, startTestApi, type TestApi } from '../../test-support/api-harness.js';
import { csvOf, studyWithWave } from '../../test-support/fixtures.js';
import { ImportBatchesDocument, ImportRespondentsDocument, RespondentLineageDocument } from '../../test-support/gql/graphql.js';
import { CsvImportService } from './csv-import.service.js';

/** The CSV import as one ingest path among others: lineage, the survey comment, dry runs, fielding hooks. */
let api: TestApi;
let waveId: string;

beforeAll(async () => {
  api = await startTestApi();
  ({ waveId } = await studyWithWave(api));
});
afterAll(() => api.stop());

const importCsv = async (csv: string, dryRun?: boolean, wave = waveId) =>
  dataOf(await api.gql(ImportRespondentsDocument, { input: { waveId: wave, csv, dryRun } })).importRespondents;
const rowsOf = async (wave = waveId) =>
  Number((await api.db.query(`SELECT count(*)::int AS n FROM respondent WHERE wave_id = $1`, [wave]))[0].n);

describe('CSV import lineage', () => {
  it('records one import batch, the source and the comment column, shown with each respondent', async () => {
    const csv = csvOf([
      ['id', 'score', 'Feedback', 'tier'],
      ['k1', 2, '"Support never called back, twice."', 'SMB'],
      ['k2', 9, '', 'Ent'],
    ]);
    expect(await importCsv(csv)).toMatchObject({ ok: true, importedCount: 2 });
    const [batch] = dataOf(await api.gql(ImportBatchesDocument, { waveId })).importBatches;
    expect(batch).toMatchObject({ source: 'csv', inserted: 2, updated: 0, unchanged: 0, deliveryId: null });
    const [{ api_key_id }] = await api.db.query(`SELECT api_key_id FROM import_batch WHERE id = $1`, [batch.id]);
    const [{ id: adminKeyId }] = await api.db.query(`SELECT id FROM api_key WHERE workspace_id = $1 AND role = 'admin'`, [api.a.id]);
    expect(api_key_id).toBe(adminKeyId);
    const nodes = dataOf(await api.gql(RespondentLineageDocument, { waveId, filter: { importBatchId: batch.id } })).respondents.edges.map(
      (e) => e.node,
    );
    expect(nodes.map((n) => [n.externalId, n.comment, n.attributes, n.source, n.importBatchId])).toEqual([
      ['k1', 'Support never called back, twice.', { tier: 'SMB' }, 'csv', batch.id],
      ['k2', null, { tier: 'Ent' }, 'csv', batch.id],
    ]);
    expect(nodes[0].receivedAt).toBe(batch.receivedAt);
  });

  it('validates a dry run completely, ids already in the wave included, and writes nothing', async () => {
    const before = await rowsOf();
    const batches = Number((await api.db.query(`SELECT count(*)::int AS n FROM import_batch`))[0].n);
    const clean = csvOf([
      ['id', 'score'],
      ['k3', 1],
      ['k4', 10],
    ]);
    expect(await importCsv(clean, true)).toEqual({ ok: true, importedCount: 2, errorCount: 0, errors: [] });
    const bad = csvOf([
      ['id', 'score'],
      ['k1', 4],
      ['k5', 12],
    ]);
    expect(await importCsv(bad, true)).toEqual({
      ok: false,
      importedCount: 0,
      errorCount: 2,
      errors: [
        // Rows are checked against the wave a batch at a time, after the batch's own checks.
        { row: 3, column: 'score', code: 'INVALID_SCORE', message: 'Row 3: score "12" is not a whole number from 0 to 10' },
        { row: 2, column: 'id', code: 'DUPLICATE_ID', message: 'Row 2: id "k1" is already imported in this wave' },
      ],
    });
    expect(await rowsOf()).toBe(before);
    expect(Number((await api.db.query(`SELECT count(*)::int AS n FROM import_batch`))[0].n)).toBe(batches);
    expect(codeOf(await api.gql(ImportRespondentsDocument, { input: { waveId, csv: clean, dryRun: true } }, api.a.keys.viewer))).toBe(
      'FORBIDDEN',
    );
    // The real import of the file that passed its dry run.
    expect(await importCsv(clean)).toMatchObject({ ok: true, importedCount: 2 });
  });

  it('refuses a closed wave, dry run or not', async () => {
    const { waveId: closed } = await studyWithWave(api, api.a.keys.admin, 'Closed');
    await api.db.query(`UPDATE wave SET status = 'closed' WHERE id = $1`, [closed]);
    for (const dryRun of [false, true]) {
      const r = await api.gql(ImportRespondentsDocument, { input: { waveId: closed, csv: 'id,score\nz,1\n', dryRun } });
      expect(codeOf(r)).toBe('WAVE_CLOSED');
    }
  });

  it('hands the inserted ids to fielding inside the transaction and wakes it after commit; a dry run calls nothing', async () => {
    const calls: string[] = [];
    let queued: string[] = [];
    const hooks: IngestHooks = {
      async queueInvitations(em, target) {
        queued = target.respondentIds;
        const [{ n }] = await em.query(`SELECT count(*)::int AS n FROM respondent WHERE id = ANY($1::uuid[])`, [queued]);
        calls.push(`queue ${target.waveId} ${n}`);
      },
      afterCommit: (target) => void calls.push(`wake ${target.waveId}`),
    };
    const [{ id: keyId }] = await api.db.query(`SELECT id FROM api_key WHERE workspace_id = $1 AND role = 'ingest'`, [api.a.id]);
    const ctx = contextFor({ kind: 'api-key', keyId, workspaceId: api.a.id, role: ApiKeyRole.INGEST }, api.db, createEventPubSub());
    const service = new CsvImportService(hooks);
    const rows = [['id', 'score'], ...Array.from({ length: 2500 }, (_, i) => [`h${i}`, i % 11])];
    expect(await service.importRespondents(ctx, waveId, csvOf(rows), true)).toMatchObject({ ok: true, importedCount: 2500, dryRun: true });
    expect(calls).toEqual([]);
    expect(await service.importRespondents(ctx, waveId, csvOf(rows))).toMatchObject({ ok: true, importedCount: 2500, dryRun: false });
    expect(calls).toEqual([`queue ${waveId} 2500`, `wake ${waveId}`]);
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM respondent WHERE id = ANY($1::uuid[]) AND external_id LIKE 'h%'`, [
      queued,
    ]);
    expect([n, new Set(queued).size]).toEqual([2500, 2500]);
    const [{ api_key_id }] = await api.db.query(
      `SELECT b.api_key_id FROM import_batch b JOIN respondent r ON r.import_batch_id = b.id WHERE r.id = $1`,
      [queued[0]],
    );
    expect(api_key_id).toBe(keyId);
  });
});
