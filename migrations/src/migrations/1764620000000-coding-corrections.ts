import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Coding you can trust (issue 13): analysts' codings beside the machine's, golden sets and the
 * agreement runs that check a coder against them (docs/decisions.md, "Coding agreement").
 * - `coding_correction`: one analyst coding per session and taxonomy version, `corrected` (the
 *   analyst's drivers and spans) or `confirmed` (a copy of the machine coding the analyst approved,
 *   so a later re-code cannot change the reference). A re-code replaces `transcript_coding` and never
 *   touches these rows. `golden` puts the row in its taxonomy version's golden set.
 * - `coding_agreement_run`: every measurement, with the coder fingerprint it measured.
 * - Who made a correction or a run: `created_by` as audit columns hold it ("api-key:<id>" or
 *   "user:<id>"), and the key's id while the key exists.
 * - `coding_agreement_setting`: per workspace, the kappa threshold and who is told when a run falls below.
 * - Owner notifications gain the kind `coding.agreement_dropped`.
 */
export class CodingCorrections1764620000000 implements MigrationInterface {
  name = 'CodingCorrections1764620000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE coding_correction (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        study_id uuid NOT NULL REFERENCES study(id) ON DELETE CASCADE,
        wave_id uuid NOT NULL REFERENCES wave(id) ON DELETE CASCADE,
        session_id uuid NOT NULL REFERENCES interview_session(id) ON DELETE CASCADE,
        taxonomy_id uuid NOT NULL REFERENCES driver_taxonomy(id) ON DELETE CASCADE,
        source text NOT NULL CHECK (source IN ('corrected', 'confirmed')),
        golden boolean NOT NULL DEFAULT true,
        stated_driver text,
        root_driver text,
        excerpts jsonb NOT NULL DEFAULT '[]'::jsonb,
        note text CHECK (length(note) <= 2000),
        machine_coding_id uuid,
        created_by text,
        created_by_key_id uuid REFERENCES api_key(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT coding_correction_unique UNIQUE (workspace_id, session_id, taxonomy_id)
      )`);
    await q.query(`COMMENT ON COLUMN coding_correction.excerpts IS
      'The analyst''s excerpts: [{"turnSeq", "start", "end", "quote", "driverKey", "categoryKey", "role"}], quote = turn text[start:end]'`);
    await q.query(`CREATE INDEX coding_correction_golden_idx ON coding_correction (workspace_id, taxonomy_id) WHERE golden`);
    await q.query(`
      CREATE TABLE coding_agreement_run (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        study_id uuid NOT NULL REFERENCES study(id) ON DELETE CASCADE,
        taxonomy_id uuid NOT NULL REFERENCES driver_taxonomy(id) ON DELETE CASCADE,
        taxonomy_version integer NOT NULL,
        coder text NOT NULL CHECK (coder IN ('offline', 'mistral')),
        model text,
        prompt_version text,
        trigger text NOT NULL CHECK (trigger IN ('manual', 'schedule', 'change')),
        status text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'completed', 'failed')),
        n integer NOT NULL DEFAULT 0,
        percent_agreement double precision,
        kappa double precision,
        per_driver jsonb NOT NULL DEFAULT '[]'::jsonb,
        threshold double precision NOT NULL,
        below_threshold boolean NOT NULL DEFAULT false,
        error text,
        created_by text,
        created_by_key_id uuid REFERENCES api_key(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      )`);
    await q.query(`CREATE INDEX coding_agreement_run_taxonomy_idx ON coding_agreement_run (workspace_id, taxonomy_id, created_at DESC)`);
    await q.query(`CREATE INDEX coding_agreement_run_study_idx ON coding_agreement_run (workspace_id, study_id, coder, created_at DESC)`);
    await q.query(`
      CREATE TABLE coding_agreement_setting (
        workspace_id uuid PRIMARY KEY REFERENCES workspace(id) ON DELETE CASCADE,
        kappa_threshold double precision NOT NULL CHECK (kappa_threshold BETWEEN -1 AND 1),
        owner_email text,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`ALTER TABLE owner_notification DROP CONSTRAINT owner_notification_kind_check`);
    await q.query(`ALTER TABLE owner_notification ADD CONSTRAINT owner_notification_kind_check
      CHECK (kind IN ('alert.fired', 'alert.assigned', 'escalation.assigned', 'coding.agreement_dropped'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM owner_notification WHERE kind = 'coding.agreement_dropped'`);
    await q.query(`ALTER TABLE owner_notification DROP CONSTRAINT owner_notification_kind_check`);
    await q.query(`ALTER TABLE owner_notification ADD CONSTRAINT owner_notification_kind_check
      CHECK (kind IN ('alert.fired', 'alert.assigned', 'escalation.assigned'))`);
    await q.query(`DROP TABLE coding_agreement_setting`);
    await q.query(`DROP TABLE coding_agreement_run`);
    await q.query(`DROP TABLE coding_correction`);
  }
}
