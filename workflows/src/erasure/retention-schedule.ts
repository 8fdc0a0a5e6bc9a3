import { RETENTION_SCHEDULE_ID, RETENTION_WORKFLOW } from '@ladder/contracts';
import { ensureSchedule, type ScheduleTarget } from '../ensure-schedule.js';

/** The daily retention run, as a Temporal schedule. Returns whether this call created it. */
export const ensureRetentionSchedule = (target: ScheduleTarget): Promise<boolean> =>
  ensureSchedule(target, {
    id: RETENTION_SCHEDULE_ID,
    workflowType: RETENTION_WORKFLOW,
    // 03:17 UTC: away from the hour, when little else runs.
    spec: { calendars: [{ hour: 3, minute: 17 }] },
    catchupWindow: '1 day',
    purpose: 'erase respondents past their workspace transcript retention',
  });
