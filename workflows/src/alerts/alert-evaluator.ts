import { Client } from '@temporalio/client';
import { ALERT_WORKFLOW, ALERT_WORKFLOW_ID, alertWakeSignal, type AlertWorkflowInput } from '@ladder/contracts';
import type { ScheduleTarget } from '../ensure-schedule.js';

/**
 * Starts the alert evaluator if nothing runs under its id, and wakes it: signal-with-start on the
 * fixed id, so every worker can call it at boot and only one evaluator ever runs per namespace.
 */
export async function startAlertEvaluator(target: ScheduleTarget, input: AlertWorkflowInput = {}): Promise<void> {
  const client = new Client({ connection: target.connection, namespace: target.namespace, dataConverter: target.dataConverter });
  await client.workflow.signalWithStart(ALERT_WORKFLOW, {
    workflowId: ALERT_WORKFLOW_ID,
    taskQueue: target.taskQueue,
    args: [input],
    signal: alertWakeSignal,
  });
}
