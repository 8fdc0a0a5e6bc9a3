import { Client, ScheduleAlreadyRunning, ScheduleOverlapPolicy } from '@temporalio/client';
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
}): Promise<boolean> {
  const client = new Client({ connection: input.connection, namespace: input.namespace });
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
