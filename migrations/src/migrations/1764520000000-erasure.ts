import { EVENTS_CHANNEL } from '@ladder/contracts';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Erasure and retention.
 *
 * - `erase_respondents(workspace, ids, erased_by, reason)` erases respondents in the caller's
 *   transaction: the API (`eraseRespondent`) and the worker (the retention schedule) call the same
 *   function, so both erase the same way. Deleting the respondent cascades to its contact,
 *   sessions, turns, escalations, reminders, codings and their excerpts, theme quotes, comment
 *   coding, comment queue and email deliveries; the segment cube's triggers take it out of segment
 *   NPS. Texts derived from several respondents cannot be edited one person out, so every wave
 *   analysis of a wave where the respondent's interview was coded is deleted (its themes, labels,
 *   prevalence, quotes, summary and actions), to be derived again by the next analysis. Suppression
 *   entries stay (they exist so the address is never mailed again); their link to the deleted
 *   delivery is cleared by its foreign key. Live insights are told the waves' respondents (and
 *   themes) changed, as the ingest path tells them.
 * - `erasure_tombstone`: what is left of an erased respondent, without personal data: its id, when,
 *   by which API key (null: retention), why, and the Temporal workflows (interviews, deleted
 *   analyses) still to terminate and delete; `workflows_purged_at` is set once the worker did.
 * - `workspace.transcript_retention_days`: null keeps interviews; N erases respondents whose
 *   interview closed more than N days ago.
 */
export class Erasure1764520000000 implements MigrationInterface {
  name = 'Erasure1764520000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE workspace ADD COLUMN transcript_retention_days integer
      CHECK (transcript_retention_days BETWEEN 1 AND 36500)`);
    await q.query(`
      CREATE TABLE erasure_tombstone (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        respondent_id uuid NOT NULL,
        erased_at timestamptz NOT NULL DEFAULT now(),
        erased_by_key_id uuid,
        reason text NOT NULL CHECK (reason IN ('request', 'retention')),
        workflow_ids text[] NOT NULL DEFAULT '{}',
        workflows_purged_at timestamptz,
        CONSTRAINT erasure_tombstone_once UNIQUE (workspace_id, respondent_id)
      )`);
    await q.query(
      `CREATE INDEX erasure_tombstone_pending_idx ON erasure_tombstone (workspace_id, erased_at) WHERE workflows_purged_at IS NULL`,
    );
    await q.query(`
      CREATE FUNCTION erase_respondents(p_workspace uuid, p_ids uuid[], p_by uuid, p_reason text)
      RETURNS SETOF erasure_tombstone LANGUAGE plpgsql AS $$
      DECLARE
        v_ids uuid[];
        v_analyses uuid[];
      BEGIN
        -- Locked first, like every respondent writer: an interview cannot start on a row being erased.
        SELECT coalesce(array_agg(id ORDER BY id), '{}') INTO v_ids FROM (
          SELECT id FROM respondent WHERE workspace_id = p_workspace AND id = ANY(p_ids) ORDER BY id FOR UPDATE
        ) locked;
        IF cardinality(v_ids) = 0 THEN RETURN; END IF;
        SELECT coalesce(array_agg(DISTINCT a.id), '{}') INTO v_analyses
        FROM wave_analysis a
        WHERE a.workspace_id = p_workspace AND EXISTS (
          SELECT 1 FROM transcript_coding c JOIN interview_session s ON s.id = c.session_id
          WHERE c.workspace_id = p_workspace AND c.wave_id = a.wave_id AND s.respondent_id = ANY(v_ids));
        -- The tombstones first, while the sessions and analyses still name their workflows.
        RETURN QUERY
          INSERT INTO erasure_tombstone (workspace_id, respondent_id, erased_by_key_id, reason, workflow_ids, workflows_purged_at)
          SELECT p_workspace, r.id, p_by, p_reason, w.ids, CASE WHEN cardinality(w.ids) = 0 THEN now() END
          FROM unnest(v_ids) AS r(id)
          CROSS JOIN LATERAL (SELECT ARRAY(
            SELECT s.workflow_id FROM interview_session s WHERE s.workspace_id = p_workspace AND s.respondent_id = r.id
            UNION
            -- An analysis's workflow is listed with every respondent it is deleted for; purging is idempotent.
            SELECT a.workflow_id FROM wave_analysis a
            WHERE a.id = ANY(v_analyses)
              AND EXISTS (SELECT 1 FROM interview_session s WHERE s.respondent_id = r.id AND s.wave_id = a.wave_id)
            ORDER BY 1) AS ids) w
          ON CONFLICT (workspace_id, respondent_id) DO NOTHING
          RETURNING *;
        -- Live segment NPS and themes of every API process recompute at commit (delivered then, dropped on rollback).
        PERFORM pg_notify('${EVENTS_CHANNEL}', json_build_object('type', 'insights.changed', 'workspaceId', p_workspace,
            'studyId', w.study_id, 'waveId', w.id, 'what', what)::text)
          FROM wave w CROSS JOIN LATERAL (VALUES ('respondents'), ('themes')) AS k(what)
          WHERE NOT w.preview AND w.id IN (SELECT wave_id FROM respondent WHERE id = ANY(v_ids))
            AND (k.what = 'respondents' OR w.id IN (SELECT wave_id FROM wave_analysis WHERE id = ANY(v_analyses)));
        DELETE FROM wave_analysis WHERE id = ANY(v_analyses);
        DELETE FROM respondent WHERE id = ANY(v_ids);
      END $$`);
    await q.query(`COMMENT ON FUNCTION erase_respondents(uuid, uuid[], uuid, text) IS
      'Erases respondents of a workspace in the calling transaction and returns their tombstones.'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION erase_respondents(uuid, uuid[], uuid, text)`);
    await q.query(`DROP TABLE erasure_tombstone`);
    await q.query(`ALTER TABLE workspace DROP COLUMN transcript_retention_days`);
  }
}
