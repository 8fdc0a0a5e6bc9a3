import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Survey comments waiting to be coded. Statement-level triggers on `respondent` queue every row
 * whose comment was written or changed, whoever wrote it (CSV import, ingest API, webhook), in the
 * writer's transaction; the worker's fielding dispatcher drains the queue (SKIP LOCKED) and codes the
 * comments. Without it, finding uncoded comments would mean an anti-join over every respondent on
 * each pass of the dispatcher.
 */
export class CommentQueue1764410000000 implements MigrationInterface {
  name = 'CommentQueue1764410000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE comment_coding_queue (
        respondent_id uuid PRIMARY KEY REFERENCES respondent(id) ON DELETE CASCADE,
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        queued_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX comment_coding_queue_workspace_idx ON comment_coding_queue (workspace_id, queued_at)`);
    await q.query(`CREATE FUNCTION comment_coding_enqueue_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO comment_coding_queue (respondent_id, workspace_id)
        SELECT id, workspace_id FROM new_rows WHERE comment IS NOT NULL
        ON CONFLICT (respondent_id) DO NOTHING;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE FUNCTION comment_coding_enqueue_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- A cleared comment loses its coding now; a changed one is queued (its old coding stays until recoded).
        DELETE FROM respondent_comment_coding c USING new_rows n WHERE c.respondent_id = n.id AND n.comment IS NULL;
        INSERT INTO comment_coding_queue (respondent_id, workspace_id)
        SELECT n.id, n.workspace_id FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE n.comment IS NOT NULL AND n.comment IS DISTINCT FROM o.comment
        ON CONFLICT (respondent_id) DO NOTHING;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER respondent_comment_insert AFTER INSERT ON respondent
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION comment_coding_enqueue_insert()`);
    await q.query(`CREATE TRIGGER respondent_comment_update AFTER UPDATE ON respondent
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION comment_coding_enqueue_update()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER respondent_comment_update ON respondent`);
    await q.query(`DROP TRIGGER respondent_comment_insert ON respondent`);
    await q.query(`DROP FUNCTION comment_coding_enqueue_update()`);
    await q.query(`DROP FUNCTION comment_coding_enqueue_insert()`);
    await q.query(`DROP TABLE comment_coding_queue`);
  }
}
