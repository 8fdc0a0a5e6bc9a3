import { proxyActivities } from '@temporalio/workflow';
import type { ErasurePurgeInput } from '@ladder/contracts';
import type { ErasureActivities } from '../activities/erasure-activities.js';

/** Temporal being briefly unreachable from the activity is no reason to give up: retried until it works. */
const { purgeErasedWorkflows } = proxyActivities<ErasureActivities>({
  startToCloseTimeout: '5 minutes',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '5 minutes' },
});

const { eraseExpiredRespondents } = proxyActivities<ErasureActivities>({
  startToCloseTimeout: '30 minutes',
  heartbeatTimeout: '2 minutes',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '5 minutes', maximumAttempts: 20 },
});

/** Deletes what Temporal keeps of one erased respondent (its interviews' histories). */
export async function erasurePurgeWorkflow(input: ErasurePurgeInput): Promise<{ purged: number }> {
  return purgeErasedWorkflows(input);
}

/** The daily retention run: erases respondents past their workspace's retention, then purges every pending tombstone. */
export async function retentionWorkflow(): Promise<{ erased: number; purged: number }> {
  const { erased } = await eraseExpiredRespondents();
  const { purged } = await purgeErasedWorkflows({});
  return { erased, purged };
}
