import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bandOf } from '@ladder/contracts';
import { ensureDatabase, freePort, startEmbeddedPostgres, type EmbeddedPostgresHandle } from '@ladder/devstack';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMigrationDataSource, migrations, revertAllMigrations, runMigrations } from './index.js';
import { CodingCompetitors1764550000000 } from './migrations/1764550000000-coding-competitors.js';

let server: EmbeddedPostgresHandle;
let dir: string;
let url: string;

const tables = async () => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const r = await client.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'typeorm_migrations' ORDER BY 1`,
    );
    return r.rows.map((row: { table_name: string }) => row.table_name);
  } finally {
    await client.end();
  }
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ladder-migrations-'));
  server = await startEmbeddedPostgres({ databaseDir: dir, port: await freePort(), persistent: false });
  await ensureDatabase(server.adminUrl, 'migrations_test');
  url = server.urlFor('migrations_test');
});
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('migrations', () => {
  it('run up, down and up again on an empty database', async () => {
    expect(await tables()).toEqual([]);
    expect(await runMigrations(url)).toEqual(migrations.map((m) => m.name));
    const created = await tables();
    expect(created).toEqual(
      expect.arrayContaining([
        'workspace',
        'api_key',
        'study',
        'wave',
        'interview_guide',
        'driver_taxonomy',
        'respondent',
        'respondent_contact',
        'interview_session',
        'turn',
        'seed_run',
        'wave_guide',
        'escalation',
        'session_notification',
        'transcript_coding',
        'coded_excerpt',
        'wave_analysis',
        'theme',
        'theme_prevalence',
        'theme_quote',
        'summary_action',
        'respondent_cube',
      ]),
    );
    expect(await revertAllMigrations(url)).toBe(migrations.length);
    expect(await tables()).toEqual([]);
    expect(await runMigrations(url)).toHaveLength(migrations.length);
    expect(await tables()).toEqual(created);
    expect(await runMigrations(url)).toEqual([]);
  });

  it('starts every index of a tenant table with workspace_id', async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const r = await client.query(`SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'
      AND indexname NOT LIKE '%_pkey' AND tablename NOT IN ('workspace', 'typeorm_migrations', 'seed_run', 'app_user', 'sign_in_token')`);
    await client.end();
    const offenders = r.rows.filter(
      (row: { indexdef: string; indexname: string }) =>
        !/\(workspace_id[,)]/.test(row.indexdef) &&
        ![
          'api_key_secret_hash_key',
          // The fielding dispatcher claims due emails of every workspace; unsubscribe links carry a token.
          'email_delivery_due_idx',
          'email_delivery_unsubscribe_idx',
          'interview_session_token_hash_key',
          'interview_session_workflow_id_key',
          // The worker's orphan sweep checks the open sessions of every workspace, checked longest ago first.
          'interview_session_workflow_check_idx',
          'turn_session_seq_unique',
          'wave_analysis_workflow_id_key',
          // The alert evaluator finds the rules of every workspace not evaluated lately; one firing alert per rule and segment.
          'alert_rule_due_idx',
          'alert_one_firing_idx',
          // The fielding dispatcher claims due owner emails of every workspace.
          'owner_notification_due_idx',
          // People (app_user, sign_in_token: no tenant) belong to several workspaces; a session is found by its cookie.
          'workspace_member_user_idx',
          'user_identity_user_idx',
          'user_session_token_hash_key',
          'user_session_user_idx',
          // Single sign-on: the sign-in page asks which workspaces accept a domain; a sign-in in flight is found by its state.
          'workspace_sso_domains_idx',
          'sso_sign_in_state_hash_key',
          'sso_sign_in_expiry_idx',
        ].includes(row.indexname),
    );
    expect(offenders).toEqual([]);
  });

  it('gives the BI role the documented views and nothing else', async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query(`SELECT table_name, obj_description(format('bi.%I', table_name)::regclass) AS doc
        FROM information_schema.views WHERE table_schema = 'bi' ORDER BY 1`);
      expect(rows.map((r: { table_name: string }) => r.table_name)).toEqual([
        'driver_prevalence_by_segment',
        'segment_nps_by_attribute',
        'segment_nps_by_day',
        'segment_nps_by_wave',
        'theme_prevalence_by_segment',
        'theme_prevalence_by_wave',
      ]);
      expect(rows.every((r: { doc: string | null }) => (r.doc ?? '').length > 20)).toBe(true);
      await client.query('SET ROLE ladder_bi_reader');
      await expect(client.query('SELECT * FROM bi.segment_nps_by_wave')).resolves.toBeDefined();
      await expect(client.query('SELECT * FROM bi.theme_prevalence_by_wave')).resolves.toBeDefined();
      await expect(client.query('SELECT * FROM respondent')).rejects.toThrow(/permission denied/);
      // Rows are per workspace (bi_reader): the group role itself is mapped to none.
      await expect(client.query('SELECT * FROM bi_reader')).rejects.toThrow(/permission denied/);
      await expect(client.query('INSERT INTO bi.segment_nps_by_day DEFAULT VALUES')).rejects.toThrow();
    } finally {
      await client.end();
    }
  });

  it('derives the same band from a score as bandOf in @ladder/contracts', async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query<{ score: number; band: string }>(`
        WITH w AS (INSERT INTO workspace (slug, name) VALUES ('bands', 'bands') RETURNING id),
        s AS (INSERT INTO study (workspace_id, name) SELECT id, 'bands' FROM w RETURNING id, workspace_id),
        v AS (INSERT INTO wave (workspace_id, study_id, name) SELECT workspace_id, id, 'bands' FROM s RETURNING id, workspace_id)
        INSERT INTO respondent (workspace_id, wave_id, external_id, score)
        SELECT v.workspace_id, v.id, 'r' || score, score FROM v, generate_series(0, 10) AS score
        RETURNING score, band`);
      expect(rows).toHaveLength(11);
      for (const row of rows) expect(row.band).toBe(bandOf(row.score));
    } finally {
      await client.query('ROLLBACK');
      await client.end();
    }
  });
  it('stores a respondent whose attributes no btree entry could hold; counts a range by key and band from the index', async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const [{ workspace_id: workspaceId, id: waveId }] = (
        await client.query(`
          WITH w AS (INSERT INTO workspace (slug, name) VALUES ('window', 'window') RETURNING id),
          s AS (INSERT INTO study (workspace_id, name) SELECT id, 'window' FROM w RETURNING id, workspace_id)
          INSERT INTO wave (workspace_id, study_id, name) SELECT workspace_id, id, 'window' FROM s RETURNING id, workspace_id`)
      ).rows;
      // Three attribute values of 1,000 characters that do not compress (the import accepts up to 100 such): about
      // 3 kB of jsonb, over the 2,704 bytes of a btree entry. The range index carried attributes once, and refused it.
      const noise = `(SELECT string_agg(md5(random()::text || g), '') FROM generate_series(1, 32) g)`;
      await client.query(
        `INSERT INTO respondent (workspace_id, wave_id, external_id, score, attributes, responded_at)
         VALUES ($1, $2, 'wide', 3, jsonb_build_object('a', left(${noise}, 1000), 'b', left(${noise}, 1000), 'c', left(${noise}, 1000)),
                 timestamptz '2026-02-15')`,
        [workspaceId, waveId],
      );
      const [{ size }] = (await client.query(`SELECT pg_column_size(attributes) AS size FROM respondent WHERE external_id = 'wide'`)).rows;
      expect(size).toBeGreaterThan(2704);
      await client.query(
        `INSERT INTO respondent (workspace_id, wave_id, external_id, score, attributes, responded_at)
         SELECT $1, $2, 'r' || i, i % 11, jsonb_build_object('tier', (ARRAY['SMB', 'Enterprise'])[1 + i % 2]),
                timestamptz '2026-01-01' + (i % 90) * interval '1 day'
         FROM generate_series(1, 2000) i`,
        [workspaceId, waveId],
      );
      await client.query('VACUUM ANALYZE respondent');
      // A small table would be read whole: the plan is asked for as it is at 10^5 rows and more.
      await client.query('SET enable_seqscan = off');
      await client.query('SET enable_bitmapscan = off');
      const plan = (
        await client.query(
          `EXPLAIN SELECT r.attributes_key, count(*) FILTER (WHERE r.responded_at >= $3 AND r.band = 'detractor')
           FROM respondent r
           WHERE r.workspace_id = $1 AND r.wave_id = ANY($2::uuid[]) AND r.responded_at >= $4 AND r.responded_at <= $5
           GROUP BY r.attributes_key`,
          [workspaceId, [waveId], '2026-03-01', '2026-02-01', '2026-03-08'],
        )
      ).rows
        .map((r: { 'QUERY PLAN': string }) => r['QUERY PLAN'])
        .join('\n');
      expect(plan).toMatch(/Index Only Scan using respondent_wave_responded_idx/);
    } finally {
      await client.query(`DELETE FROM workspace WHERE slug = 'window'`);
      await client.end();
    }
  });

  it('marks a competitor mention on the codings stored before competitor_mentioned, where they listed competitors', async () => {
    const name = new CodingCompetitors1764550000000().name;
    const ds = await createMigrationDataSource(url).initialize();
    try {
      while ((await ds.query(`SELECT 1 FROM typeorm_migrations WHERE name = $1`, [name])).length > 0) {
        await ds.undoLastMigration({ transaction: 'each' });
      }
    } finally {
      await ds.destroy();
    }
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`
        WITH w AS (INSERT INTO workspace (slug, name) VALUES ('coding-competitors', 'c') RETURNING id),
        s AS (INSERT INTO study (workspace_id, name) SELECT id, 'c' FROM w RETURNING id, workspace_id),
        v AS (INSERT INTO wave (workspace_id, study_id, name) SELECT workspace_id, id, 'c' FROM s RETURNING id, study_id, workspace_id),
        r AS (INSERT INTO respondent (workspace_id, wave_id, external_id, score) SELECT workspace_id, id, 'r1', 3 FROM v
              RETURNING id, wave_id, workspace_id),
        i AS (INSERT INTO interview_session (workspace_id, respondent_id, wave_id, moderator, token_hash, workflow_id, status)
              SELECT workspace_id, id, wave_id, 'offline', 'cc-token', 'cc-workflow', 'completed' FROM r RETURNING id),
        t AS (INSERT INTO driver_taxonomy (workspace_id, study_id, version, content)
              SELECT workspace_id, id, version, '{}'::jsonb FROM s, generate_series(1, 2) AS version RETURNING id, version)
        INSERT INTO transcript_coding (workspace_id, study_id, wave_id, session_id, taxonomy_id, taxonomy_version, band, coder,
          competitors)
        SELECT v.workspace_id, v.study_id, v.id, i.id, t.id, t.version, 'detractor', 'offline',
               CASE t.version WHEN 1 THEN '{Zendesk,another vendor}'::text[] ELSE '{}'::text[] END
        FROM v, i, t`);
      expect(await runMigrations(url)).toContain(name);
      const { rows } = await client.query(`SELECT taxonomy_version, competitors, competitor_mentioned, root_note FROM transcript_coding
        WHERE workspace_id = (SELECT id FROM workspace WHERE slug = 'coding-competitors') ORDER BY taxonomy_version`);
      expect(rows).toEqual([
        { taxonomy_version: 1, competitors: ['Zendesk', 'another vendor'], competitor_mentioned: true, root_note: null },
        { taxonomy_version: 2, competitors: [], competitor_mentioned: false, root_note: null },
      ]);
    } finally {
      await client.end();
    }
  });
});
