import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log: who (API key), what (a mutation by name, a CSV export, a transcript read, an
 * erasure), when, on which ids, and how it ended. Append-only: a trigger refuses every UPDATE,
 * DELETE and TRUNCATE, whoever asks, so not even the API's own role can rewrite history. `target`
 * holds ids taken from the arguments, never values (emails, answers).
 */
export class AuditLog1764530000000 implements MigrationInterface {
  name = 'AuditLog1764530000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_event (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        workspace_id uuid NOT NULL,
        key_id uuid,
        action text NOT NULL CHECK (action IN ('mutation', 'export', 'transcript_read', 'erasure')),
        name text NOT NULL,
        target jsonb NOT NULL DEFAULT '{}'::jsonb,
        outcome text NOT NULL CHECK (outcome IN ('ok', 'error')),
        error_code text,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX audit_event_workspace_idx ON audit_event (workspace_id, id DESC)`);
    await q.query(`CREATE INDEX audit_event_workspace_key_idx ON audit_event (workspace_id, key_id, id DESC)`);
    await q.query(`
      CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`CREATE TRIGGER audit_event_no_change BEFORE UPDATE OR DELETE ON audit_event
      FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`);
    await q.query(`CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
      FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_event`);
    await q.query(`DROP FUNCTION audit_event_append_only()`);
  }
}
