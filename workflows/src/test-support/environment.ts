import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ensureDatabase,
  freePort,
  startEmbeddedPostgres,
  startTemporalDevServer,
  type EmbeddedPostgresHandle,
  type TemporalDevServerHandle,
} from '@ladder/devstack';
import { runMigrations } from '@ladder/migrations';
import pg from 'pg';
import { DEFAULT_TAXONOMY } from '@ladder/contracts/taxonomy';

export interface TestDatabase {
  url: string;
  pool: pg.Pool;
  server: EmbeddedPostgresHandle;
  dir: string;
}

/** A fresh migrated database on an embedded Postgres of its own. */
export async function startTestDatabase(): Promise<TestDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'ladder-workflows-pg-'));
  const server = await startEmbeddedPostgres({ databaseDir: dir, port: await freePort(), persistent: false });
  const name = `wf_${randomBytes(4).toString('hex')}`;
  await ensureDatabase(server.adminUrl, name);
  const url = server.urlFor(name);
  await runMigrations(url);
  const pool = new pg.Pool({ connectionString: url });
  // pg's Pool.end() resolves before its clients' sockets close, so stopping the server right after
  // can reach an idle client as "terminating connection" (57P01): expected then, reported otherwise.
  pool.on('error', (error: Error & { code?: string }) => {
    if (error.code !== '57P01') console.error('test database pool:', error);
  });
  return { url, pool, server, dir };
}

export async function stopTestDatabase(db: TestDatabase | undefined): Promise<void> {
  if (!db) return;
  await db.pool.end();
  await db.server.stop();
  rmSync(db.dir, { recursive: true, force: true });
}

/**
 * A deleted workflow's history goes once Temporal has acknowledged the close of the execution, which the server's
 * transfer queue does every 30 s (`history.transferProcessorUpdateAckInterval`): a deletion took ~31 s on the dev
 * server, ~4 s with this. Only the clock changes, not what is deleted or when a history stops being readable.
 */
export const FAST_DELETION = { 'history.transferProcessorUpdateAckInterval': '1s' };

export const startTestTemporal = async (options: { dynamicConfig?: Record<string, string> } = {}): Promise<TemporalDevServerHandle> =>
  startTemporalDevServer({ port: await freePort(), dynamicConfig: options.dynamicConfig });

/** The rows an interview needs, written the way the API writes them. */
export async function insertSession(
  pool: pg.Pool,
  score = 3,
  language: string | null = 'en',
): Promise<{ sessionId: string; workspaceId: string }> {
  const {
    rows: [w],
  } = await pool.query(`INSERT INTO workspace (slug, name) VALUES ($1, 'w') RETURNING id`, [`w-${randomBytes(4).toString('hex')}`]);
  const {
    rows: [s],
  } = await pool.query(`INSERT INTO study (workspace_id, name) VALUES ($1, 's') RETURNING id`, [w.id]);
  await pool.query(`INSERT INTO driver_taxonomy (workspace_id, study_id, version, content) VALUES ($1, $2, 1, $3)`, [
    w.id,
    s.id,
    JSON.stringify(DEFAULT_TAXONOMY),
  ]);
  const {
    rows: [v],
  } = await pool.query(`INSERT INTO wave (workspace_id, study_id, name) VALUES ($1, $2, 'v') RETURNING id`, [w.id, s.id]);
  const {
    rows: [r],
  } = await pool.query(
    `INSERT INTO respondent (workspace_id, wave_id, external_id, score, language) VALUES ($1, $2, 'r1', $3, $4) RETURNING id`,
    [w.id, v.id, score, language],
  );
  const {
    rows: [session],
  } = await pool.query(
    `INSERT INTO interview_session (workspace_id, respondent_id, wave_id, moderator, token_hash, workflow_id)
     VALUES ($1, $2, $3, 'offline', $4, $4) RETURNING id`,
    [w.id, r.id, v.id, randomBytes(8).toString('hex')],
  );
  return { sessionId: session.id, workspaceId: w.id };
}
