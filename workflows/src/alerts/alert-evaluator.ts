import { Client } from '@temporalio/client';
import { ALERT_REEVALUATE_MS, ALERT_WORKFLOW, ALERT_WORKFLOW_ID, alertWakeSignal, type AlertWorkflowInput } from '@ladder/contracts';
import type { ScheduleTarget } from '../ensure-schedule.js';

/**
 * Starts the alert evaluator if nothing runs under its id, and wakes it: signal-with-start on the
 * fixed id, so every worker can call it and only one evaluator ever runs per namespace.
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

export interface AlertEvaluatorKeeper {
  close(): void;
}

/**
 * Starts the evaluator at boot and again every `everyMs` (five minutes): nothing else starts it (no
 * request path wakes it, it polls), so an evaluator terminated by an operator or failed comes back
 * within one period of any worker, instead of at the next worker boot. A start that fails (Temporal
 * away) is logged and retried at the next period.
 */
export async function keepAlertEvaluator(
  target: ScheduleTarget,
  input: AlertWorkflowInput = {},
  everyMs = ALERT_REEVALUATE_MS,
  log: Pick<Console, 'warn'> = console,
): Promise<AlertEvaluatorKeeper> {
  await startAlertEvaluator(target, input);
  const timer = setInterval(() => {
    startAlertEvaluator(target, input).catch((error: Error) => log.warn(`alert evaluator: could not make sure it runs (${error.message})`));
  }, everyMs);
  timer.unref();
  return { close: () => clearInterval(timer) };
}
