import { Context } from '@temporalio/activity';
import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import type pg from 'pg';
import type { ErasurePurgeInput } from '@ladder/contracts';

export interface ErasureDeps {
  pool: pg.Pool;
  /** The retention run's clock (tests pin it). */
  now?: () => Date;
  /** The client that terminates and deletes workflows: the worker's own by default. */
  temporal?: () => Client;
  /** Respondents erased per transaction by the retention run. */
  batchSize?: number;
}

/** Interviews in these states are over; a respondent is past retention when all theirs are, long enough ago. */
const CLOSED = ['completed', 'abandoned', 'expired'];

const isNotFound = (error: unknown) =>
  error instanceof WorkflowNotFoundError || (error as { code?: number }).code === 5; /* gRPC NOT_FOUND */

/**
 * The worker's side of erasure. Both activities are idempotent: erasing calls the database's
 * `erase_respondents` (the API's `eraseRespondent` calls it too), which skips what is already
 * gone; purging treats a workflow Temporal no longer knows as purged.
 */
export function createErasureActivities({
  pool,
  now = () => new Date(),
  temporal = () => Context.current().client,
  batchSize = 200,
}: ErasureDeps) {
  /** Terminates (if running) then deletes a workflow's executions, so no history stays readable. */
  async function purgeWorkflow(client: Client, workflowId: string): Promise<void> {
    try {
      await client.workflow.getHandle(workflowId).terminate('respondent erased');
    } catch (error) {
      // Already closed ("workflow execution already completed") or unknown: deleting is what matters.
      if (!isNotFound(error) && !/already completed/i.test((error as Error).message)) throw error;
    }
    try {
      await client.workflowService.deleteWorkflowExecution({ namespace: client.options.namespace, workflowExecution: { workflowId } });
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }

  return {
    /**
     * Erases, workspace by workspace, the respondents whose interviews are all closed and the last
     * closed more than the workspace's `transcript_retention_days` ago; one transaction per batch.
     */
    async eraseExpiredRespondents(): Promise<{ erased: number }> {
      let erased = 0;
      for (;;) {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          const { rows } = await client.query<{ workspace_id: string; ids: string[] }>(
            `SELECT workspace_id, array_agg(respondent_id) AS ids FROM (
               SELECT s.workspace_id, s.respondent_id FROM interview_session s JOIN workspace w ON w.id = s.workspace_id
               WHERE w.transcript_retention_days IS NOT NULL
               GROUP BY s.workspace_id, s.respondent_id, w.transcript_retention_days
               HAVING bool_and(s.status = ANY($2::text[]))
                  AND max(coalesce(s.completed_at, s.updated_at)) < $1::timestamptz - make_interval(days => w.transcript_retention_days)
               LIMIT $3) due
             GROUP BY workspace_id`,
            [now(), CLOSED, batchSize],
          );
          let batch = 0;
          for (const row of rows) {
            const result = await client.query(`SELECT id FROM erase_respondents($1, $2::uuid[], NULL, 'retention')`, [
              row.workspace_id,
              row.ids,
            ]);
            batch += result.rowCount ?? 0;
          }
          await client.query('COMMIT');
          erased += batch;
          if (batch === 0) return { erased };
          Context.current().heartbeat(erased);
        } catch (error) {
          await client.query('ROLLBACK').catch(() => {});
          throw error;
        } finally {
          client.release();
        }
      }
    },

    /**
     * Terminates and deletes the workflows of one tombstone, or of every tombstone still pending
     * (the retention run's sweep of erasures whose purge could not be started), then marks them purged.
     */
    async purgeErasedWorkflows(input: Partial<ErasurePurgeInput> = {}): Promise<{ purged: number }> {
      const { rows } = await pool.query<{ id: string; workflow_ids: string[] }>(
        `SELECT id, workflow_ids FROM erasure_tombstone
         WHERE workflows_purged_at IS NULL AND ($1::uuid IS NULL OR id = $1::uuid) ORDER BY erased_at LIMIT 1000`,
        [input.tombstoneId ?? null],
      );
      const client = temporal();
      for (const tombstone of rows) {
        for (const workflowId of tombstone.workflow_ids) await purgeWorkflow(client, workflowId);
        await pool.query(`UPDATE erasure_tombstone SET workflows_purged_at = now() WHERE id = $1`, [tombstone.id]);
      }
      return { purged: rows.length };
    },
  };
}

export type ErasureActivities = ReturnType<typeof createErasureActivities>;
