import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Respondent links end: `closed_at` is when an interview stopped taking answers (completed,
 * abandoned or expired), written by the database whoever moves the status (the worker does), so
 * the API can refuse a finished interview's link N days later; `link_revoked_at` / `link_revoked_by`
 * record a revocation (revokeInterviewLink), after which every link of the session is refused.
 */
export class RespondentLinks1764510000000 implements MigrationInterface {
  name = 'RespondentLinks1764510000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE interview_session ADD COLUMN closed_at timestamptz,
      ADD COLUMN link_revoked_at timestamptz, ADD COLUMN link_revoked_by uuid REFERENCES api_key(id) ON DELETE SET NULL`);
    await q.query(`UPDATE interview_session SET closed_at = coalesce(completed_at, last_activity_at, updated_at)
      WHERE status NOT IN ('invited', 'active')`);
    await q.query(`
      CREATE FUNCTION interview_session_closed_at() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.status IN ('invited', 'active') THEN
          NEW.closed_at := NULL;
        ELSIF NEW.closed_at IS NULL THEN
          NEW.closed_at := coalesce(NEW.completed_at, now());
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER interview_session_closed_at BEFORE INSERT OR UPDATE OF status ON interview_session
      FOR EACH ROW EXECUTE FUNCTION interview_session_closed_at()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER interview_session_closed_at ON interview_session`);
    await q.query(`DROP FUNCTION interview_session_closed_at()`);
    await q.query(`ALTER TABLE interview_session DROP COLUMN link_revoked_by, DROP COLUMN link_revoked_at, DROP COLUMN closed_at`);
  }
}
