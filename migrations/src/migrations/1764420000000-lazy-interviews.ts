import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mailed invitations start their interview workflow when the respondent opens the link, not when
 * the email goes out: most invitations are never opened, and starting a workflow per email capped
 * invitations at ~70/s on two cores (the Temporal server and the worker's workflow tasks compete
 * with the mailer for the CPU). `workflow_started_at` is null until a mailed invitation's workflow runs;
 * the worker's fielding dispatcher expires invited sessions nobody opened before `expires_at`.
 */
export class LazyInterviews1764420000000 implements MigrationInterface {
  name = 'LazyInterviews1764420000000';

  async up(q: QueryRunner): Promise<void> {
    // Defaults to now(): a session is started with its workflow unless its writer says otherwise
    // (the fielding dispatcher inserts mailed invitations with null explicitly).
    await q.query(`ALTER TABLE interview_session ADD COLUMN workflow_started_at timestamptz DEFAULT now()`);
    await q.query(`UPDATE interview_session SET workflow_started_at = created_at`);
    await q.query(`CREATE INDEX interview_session_unopened_idx ON interview_session (workspace_id, expires_at)
      WHERE workflow_started_at IS NULL AND status = 'invited'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX interview_session_unopened_idx`);
    await q.query(`ALTER TABLE interview_session DROP COLUMN workflow_started_at`);
  }
}
