import { Client, ScheduleAlreadyRunning, ScheduleOverlapPolicy, type DataConverter } from '@temporalio/client';
import type { NativeConnection } from '@temporalio/worker';
import { ORPHAN_SWEEP_SCHEDULE_ID, ORPHAN_SWEEP_WORKFLOW } from '@ladder/contracts';

/** How often the sweep runs: an orphan waits at most this (plus the sweep's grace) before it is repaired. */
export const ORPHAN_SWEEP_EVERY = '5 minutes';

/**
 * The orphan sweep, as a Temporal schedule created once per namespace by whichever worker starts
 * first (like the retention schedule); later starts leave it as it is (an operator may have paused
 * or retimed it). One run at a time; a run missed while no worker was up is not caught up (the
 * next one does the same work). Returns whether this call created it.
 */
export async function ensureOrphanSweepSchedule(input: {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  dataConverter: DataConverter;
}): Promise<boolean> {
  const client = new Client({ connection: input.connection, namespace: input.namespace, dataConverter: input.dataConverter });
  try {
    await client.schedule.create({
      scheduleId: ORPHAN_SWEEP_SCHEDULE_ID,
      spec: { intervals: [{ every: ORPHAN_SWEEP_EVERY }] },
      action: { type: 'startWorkflow', workflowType: ORPHAN_SWEEP_WORKFLOW, taskQueue: input.taskQueue, args: [] },
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 minute' },
      memo: { purpose: 'start or close open interviews whose workflow is gone' },
    });
    return true;
  } catch (error) {
    if (error instanceof ScheduleAlreadyRunning) return false;
    throw error;
  }
}
