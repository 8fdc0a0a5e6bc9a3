/**
 * Erasure and retention: the wire names of the worker's erasure workflows. The database side is
 * the `erase_respondents` SQL function, which the API and the worker both call; these workflows
 * delete what Temporal keeps (the erased respondents' interview histories).
 */

/** Terminates and deletes the workflows one erasure's tombstone lists; started by the API after the erasure commits. */
export const ERASURE_PURGE_WORKFLOW = 'erasurePurgeWorkflow';
export const erasurePurgeWorkflowId = (tombstoneId: string) => `erasure-purge-${tombstoneId}`;

export interface ErasurePurgeInput {
  tombstoneId: string;
}

/** Erases respondents past their workspace's transcript retention, then purges every pending tombstone. */
export const RETENTION_WORKFLOW = 'retentionWorkflow';
/** The Temporal schedule the worker creates at start (once per namespace) that runs the retention workflow daily. */
export const RETENTION_SCHEDULE_ID = 'ladder-retention';

/** Why a respondent was erased (`erasure_tombstone.reason`). */
export const ERASURE_REASONS = ['request', 'retention'] as const;
export type ErasureReason = (typeof ERASURE_REASONS)[number];
