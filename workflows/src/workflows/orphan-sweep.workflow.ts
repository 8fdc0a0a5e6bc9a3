import { proxyActivities } from '@temporalio/workflow';
import type { OrphanSweepActivities, OrphanSweepResult } from '../activities/orphan-sweep-activities.js';

/** A Temporal hiccup mid-run is retried; what a failed attempt did is safe to do again. */
const { sweepOrphanedInterviews } = proxyActivities<OrphanSweepActivities>({
  startToCloseTimeout: '10 minutes',
  heartbeatTimeout: '2 minutes',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '1 minute', maximumAttempts: 5 },
});

/** One pass of the orphan sweep (see createOrphanSweepActivities), run every few minutes by the worker's schedule. */
export async function orphanSweepWorkflow(): Promise<OrphanSweepResult> {
  return sweepOrphanedInterviews();
}
