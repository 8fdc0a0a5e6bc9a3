import { ORPHAN_SWEEP_SCHEDULE_ID, ORPHAN_SWEEP_WORKFLOW } from '@ladder/contracts';
import { ensureSchedule, type ScheduleTarget } from '../ensure-schedule.js';

/** How often the sweep runs: an orphan waits at most this (plus the sweep's grace) before it is repaired. */
export const ORPHAN_SWEEP_EVERY = '5 minutes';

/**
 * The orphan sweep, like the retention run a schedule of its own. A run missed while no worker was
 * up is not caught up (the next one does the same work). Returns whether this call created it.
 */
export const ensureOrphanSweepSchedule = (target: ScheduleTarget): Promise<boolean> =>
  ensureSchedule(target, {
    id: ORPHAN_SWEEP_SCHEDULE_ID,
    workflowType: ORPHAN_SWEEP_WORKFLOW,
    spec: { intervals: [{ every: ORPHAN_SWEEP_EVERY }] },
    catchupWindow: '1 minute',
    purpose: 'start or close open interviews whose workflow is gone',
  });
