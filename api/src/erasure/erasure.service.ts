import { ERASURE_PURGE_WORKFLOW, TASK_QUEUE, erasurePurgeWorkflowId, type ErasurePurgeInput } from '@ladder/contracts';
import { WorkflowExecutionAlreadyStartedError, type WorkflowClient } from '@temporalio/client';
import type { RequestContext } from '../common/context.js';
import { notFound } from '../common/errors.js';
import { isUuid } from '../common/ids.js';
import { requireAdmin } from '../workspace-settings/require-admin.js';
import type { ErasureReceipt } from './erasure.types.js';

interface TombstoneRow {
  id: string;
  respondent_id: string;
  erased_at: Date;
  workflow_ids: string[];
}

/** How long the request waits for Temporal to accept the purge; the worker's daily run drains what is left. */
const PURGE_START_TIMEOUT_MS = 3000;

/**
 * Erases a respondent: the database in one transaction (the `erase_respondents` SQL function, the
 * same one the worker's retention run calls), then Temporal. The tombstone is the outbox of the
 * Temporal part: it lists the workflows to terminate and delete, and a worker workflow started
 * here does it with retries; if Temporal cannot take it now, the daily retention run purges every
 * tombstone still pending.
 */
export class ErasureService {
  constructor(private readonly workflows: WorkflowClient) {}

  async eraseRespondent(ctx: RequestContext, respondentId: string): Promise<ErasureReceipt> {
    const caller = requireAdmin(ctx, 'erase a respondent');
    const { workspaceId, keyId } = caller;
    if (!isUuid(respondentId)) throw notFound('RESPONDENT_NOT_FOUND', 'Respondent', respondentId);
    const [tombstone] = await ctx.db.transaction(async (em) => {
      const rows: TombstoneRow[] = await em.query(
        `SELECT id, respondent_id, erased_at, workflow_ids FROM erase_respondents($1, ARRAY[$2]::uuid[], $3, 'request')`,
        [workspaceId, respondentId, keyId],
      );
      // A person erased it (a console session): the tombstone names them, as it names a key.
      if (caller.kind === 'user' && rows[0]) {
        await em.query(`UPDATE erasure_tombstone SET erased_by_user_id = $2 WHERE id = $1`, [rows[0].id, caller.userId]);
      }
      return rows;
    });
    if (!tombstone) throw notFound('RESPONDENT_NOT_FOUND', 'Respondent', respondentId);
    if (tombstone.workflow_ids.length) await this.startPurge(tombstone.id);
    return { id: tombstone.respondent_id, erasedAt: tombstone.erased_at };
  }

  private async startPurge(tombstoneId: string): Promise<void> {
    try {
      await Promise.race([
        this.workflows.start(ERASURE_PURGE_WORKFLOW, {
          taskQueue: TASK_QUEUE,
          workflowId: erasurePurgeWorkflowId(tombstoneId),
          args: [{ tombstoneId } satisfies ErasurePurgeInput],
        }),
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error(`Temporal did not answer in ${PURGE_START_TIMEOUT_MS} ms`)), PURGE_START_TIMEOUT_MS).unref(),
        ),
      ]);
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError) return;
      // The erasure is committed; the tombstone stays pending and the worker's daily run purges it.
      console.warn(`erasure: purge of tombstone ${tombstoneId} left to the retention run: ${(error as Error).message}`);
    }
  }
}
