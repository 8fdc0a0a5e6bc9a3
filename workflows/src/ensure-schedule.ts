import { Client, ScheduleAlreadyRunning, ScheduleOverlapPolicy, type DataConverter, type ScheduleSpec } from '@temporalio/client';
import type { NativeConnection } from '@temporalio/worker';

/** Where a worker's schedules go: its connection, namespace and task queue. */
export interface ScheduleTarget {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  /** The worker's: a schedule's memo and arguments are payloads like any other. */
  dataConverter: DataConverter;
}

/**
 * A housekeeping workflow run on a Temporal schedule, created once per namespace by whichever
 * worker starts first; later starts find it and leave it (an operator may have paused or retimed
 * it). One run at a time; runs missed while no worker was up are caught up within `catchupWindow`.
 * Returns whether this call created it.
 */
export async function ensureSchedule(
  target: ScheduleTarget,
  schedule: { id: string; workflowType: string; spec: ScheduleSpec; catchupWindow: string; purpose: string },
): Promise<boolean> {
  const client = new Client({ connection: target.connection, namespace: target.namespace, dataConverter: target.dataConverter });
  try {
    await client.schedule.create({
      scheduleId: schedule.id,
      spec: schedule.spec,
      action: { type: 'startWorkflow', workflowType: schedule.workflowType, taskQueue: target.taskQueue, args: [] },
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: schedule.catchupWindow },
      memo: { purpose: schedule.purpose },
    });
    return true;
  } catch (error) {
    if (error instanceof ScheduleAlreadyRunning) return false;
    throw error;
  }
}
