import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The worker's orphan sweep checks, a bounded batch per run, that every open interview whose
 * workflow was started still has one (see the worker's orphan-sweep activities).
 * `workflow_checked_at` is when it last did, so each run takes the sessions checked longest ago
 * (never checked first) and the whole backlog is covered in turn, not the same first batch again.
 */
export class OrphanSweep1764540000000 implements MigrationInterface {
  name = 'OrphanSweep1764540000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE interview_session ADD COLUMN workflow_checked_at timestamptz`);
    await q.query(`CREATE INDEX interview_session_workflow_check_idx ON interview_session (workflow_checked_at NULLS FIRST)
      WHERE status IN ('invited', 'active') AND workflow_started_at IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX interview_session_workflow_check_idx`);
    await q.query(`ALTER TABLE interview_session DROP COLUMN workflow_checked_at`);
  }
}
