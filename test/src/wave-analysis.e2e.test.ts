import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StartWaveAnalysisDocument, StudiesDocument, WaveAnalysisStatusDocument } from './gql/graphql.js';
import { gqlData } from './support/graphql.js';
import { startPlatform, type Platform } from './support/platform.js';

let platform: Platform;
let db: pg.Client;

beforeAll(async () => {
  platform = await startPlatform({ seed: true });
  db = new pg.Client({ connectionString: platform.databaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
  await platform?.stop();
});

const start = async (waveId: string) =>
  (await gqlData(platform.apiUrl, StartWaveAnalysisDocument, { waveId }, { key: platform.bootstrapKey })).startWaveAnalysis;
const view = async (id: string) =>
  (await gqlData(platform.apiUrl, WaveAnalysisStatusDocument, { id }, { key: platform.bootstrapKey })).waveAnalysis;

describe('wave analysis through the API and the worker', () => {
  it('replaces a "running" analysis whose workflow is gone instead of returning it forever, and the new one completes', async () => {
    const {
      studies: [study],
    } = await gqlData(platform.apiUrl, StudiesDocument, {}, { key: platform.bootstrapKey });
    const waveId = study.waves[0].id;
    // A run whose workflow Temporal no longer knows (e.g. terminated and purged by an operator).
    const {
      rows: [orphan],
    } = await db.query(
      `INSERT INTO wave_analysis (workspace_id, study_id, wave_id, taxonomy_id, synthesizer, workflow_id)
       SELECT w.workspace_id, w.study_id, w.id,
              (SELECT id FROM driver_taxonomy WHERE study_id = w.study_id ORDER BY version DESC LIMIT 1), 'offline', $2
       FROM wave w WHERE w.id = $1 RETURNING id`,
      [waveId, `wave-analysis-${randomUUID()}`],
    );

    const started = await start(waveId);
    expect(started.id).not.toBe(orphan.id);
    const old = await view(orphan.id);
    expect(old).toEqual({ status: 'FAILED', error: 'the analysis workflow ended (not found) before finishing' });

    let status = started.status;
    for (let i = 0; i < 120 && status === 'RUNNING'; i++) {
      await new Promise((r) => setTimeout(r, 250));
      status = (await view(started.id))?.status ?? status;
    }
    expect(status).toBe('COMPLETED');
    // Once it is done, starting again starts a new run.
    const again = await start(waveId);
    expect(again.id).not.toBe(started.id);
  });
});
