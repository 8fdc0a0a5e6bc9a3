import { Client, ScheduleAlreadyRunning, ScheduleOverlapPolicy, type DataConverter } from '@temporalio/client';
import type { NativeConnection } from '@temporalio/worker';
import { RETENTION_SCHEDULE_ID, RETENTION_WORKFLOW } from '@ladder/contracts';

/**
 * The daily retention run, as a Temporal schedule created once per namespace by whichever worker
 * starts first; later starts find it and leave it (an operator may have paused or retimed it).
 * Returns whether this call created it.
 */
export async function ensureRetentionSchedule(input: {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  /** The worker's: the schedule's memo and arguments are payloads like any other. */
  dataConverter: DataConverter;
}): Promise<boolean> {
  const client = new Client({ connection: input.connection, namespace: input.namespace, dataConverter: input.dataConverter });
  try {
    await client.schedule.create({
      scheduleId: RETENTION_SCHEDULE_ID,
      // 03:17 UTC: away from the hour, when little else runs.
      spec: { calendars: [{ hour: 3, minute: 17 }] },
      action: { type: 'startWorkflow', workflowType: RETENTION_WORKFLOW, taskQueue: input.taskQueue, args: [] },
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 day' },
      memo: { purpose: 'erase respondents past their workspace transcript retention' },
    });
    return true;
  } catch (error) {
    if (error instanceof ScheduleAlreadyRunning) return false;
    throw error;
  }
}
