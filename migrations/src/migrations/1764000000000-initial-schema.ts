import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The foundation schema. Every table carries workspace_id and every index starts with it, so a
 * workspace's rows stay together and every query can be scoped (and later partitioned) by tenant.
 */
export class InitialSchema1764000000000 implements MigrationInterface {
  name = 'InitialSchema1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE workspace (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE,
        name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE api_key (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        name text NOT NULL,
        role text NOT NULL CHECK (role IN ('admin', 'analyst', 'viewer', 'ingest')),
        prefix text NOT NULL,
        secret_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        revoked_at timestamptz
      )`);
    await q.query(`CREATE INDEX api_key_workspace_idx ON api_key (workspace_id, created_at)`);
    await q.query(`
      CREATE TABLE study (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        name text NOT NULL,
        description text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX study_workspace_idx ON study (workspace_id, created_at DESC)`);
    await q.query(`
      CREATE TABLE wave (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        study_id uuid NOT NULL REFERENCES study(id) ON DELETE CASCADE,
        name text NOT NULL,
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'fielding', 'closed')),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT wave_name_unique UNIQUE (workspace_id, study_id, name)
      )`);
    await q.query(`
      CREATE TABLE interview_guide (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        study_id uuid NOT NULL REFERENCES study(id) ON DELETE CASCADE,
        band text NOT NULL CHECK (band IN ('detractor', 'passive', 'promoter')),
        version integer NOT NULL CHECK (version > 0),
        content jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT interview_guide_version_unique UNIQUE (workspace_id, study_id, band, version)
      )`);
    await q.query(`
      CREATE TABLE driver_taxonomy (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        study_id uuid NOT NULL REFERENCES study(id) ON DELETE CASCADE,
        version integer NOT NULL CHECK (version > 0),
        content jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT driver_taxonomy_version_unique UNIQUE (workspace_id, study_id, version)
      )`);
    await q.query(`
      CREATE TABLE respondent (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        wave_id uuid NOT NULL REFERENCES wave(id) ON DELETE CASCADE,
        external_id text NOT NULL,
        score smallint NOT NULL CHECK (score BETWEEN 0 AND 10),
        band text GENERATED ALWAYS AS (
          CASE WHEN score <= 6 THEN 'detractor' WHEN score <= 8 THEN 'passive' ELSE 'promoter' END
        ) STORED,
        attributes jsonb NOT NULL DEFAULT '{}'::jsonb,
        language text NOT NULL DEFAULT 'en',
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT respondent_external_id_unique UNIQUE (workspace_id, wave_id, external_id)
      )`);
    await q.query(`CREATE INDEX respondent_wave_band_idx ON respondent (workspace_id, wave_id, band)`);
    await q.query(`
      CREATE TABLE respondent_contact (
        respondent_id uuid PRIMARY KEY REFERENCES respondent(id) ON DELETE CASCADE,
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        email text
      )`);
    await q.query(`CREATE INDEX respondent_contact_workspace_idx ON respondent_contact (workspace_id, email)`);
    await q.query(`
      CREATE TABLE interview_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        respondent_id uuid NOT NULL REFERENCES respondent(id) ON DELETE CASCADE,
        wave_id uuid NOT NULL REFERENCES wave(id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'invited'
          CHECK (status IN ('invited', 'active', 'completed', 'abandoned', 'expired')),
        moderator text NOT NULL CHECK (moderator IN ('offline', 'mistral')),
        token_hash text NOT NULL UNIQUE,
        workflow_id text NOT NULL UNIQUE,
        started_at timestamptz,
        completed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX interview_session_respondent_idx ON interview_session (workspace_id, respondent_id)`);
    await q.query(`CREATE INDEX interview_session_wave_idx ON interview_session (workspace_id, wave_id, status)`);
    await q.query(`
      CREATE TABLE turn (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        session_id uuid NOT NULL REFERENCES interview_session(id) ON DELETE CASCADE,
        seq integer NOT NULL CHECK (seq >= 0),
        role text NOT NULL CHECK (role IN ('moderator', 'respondent')),
        text text NOT NULL,
        phase text NOT NULL,
        ladder_level integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT turn_session_seq_unique UNIQUE (session_id, seq)
      )`);
    await q.query(`CREATE INDEX turn_session_idx ON turn (workspace_id, session_id, seq)`);
    // Seeds (demo data) run once per database, like migrations, but are data, not schema.
    await q.query(`
      CREATE TABLE seed_run (
        name text PRIMARY KEY,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'seed_run',
      'turn',
      'interview_session',
      'respondent_contact',
      'respondent',
      'driver_taxonomy',
      'interview_guide',
      'wave',
      'study',
      'api_key',
      'workspace',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
