import { Client } from '@temporalio/client';
import {
  CODING_AGREEMENT_WATCHER_ID,
  CODING_AGREEMENT_WATCHER_WORKFLOW,
  codingAgreementWakeSignal,
  type CodingAgreementWatcherInput,
} from '@ladder/contracts';
import type { ScheduleTarget } from '../ensure-schedule.js';

/** Starts the coding agreement watcher if nothing runs under its id, and wakes it (signal-with-start: one per namespace). */
export async function startAgreementWatcher(target: ScheduleTarget, input: CodingAgreementWatcherInput = {}): Promise<void> {
  const client = new Client({ connection: target.connection, namespace: target.namespace, dataConverter: target.dataConverter });
  await client.workflow.signalWithStart(CODING_AGREEMENT_WATCHER_WORKFLOW, {
    workflowId: CODING_AGREEMENT_WATCHER_ID,
    taskQueue: target.taskQueue,
    args: [input],
    signal: codingAgreementWakeSignal,
  });
}

export interface AgreementWatcherKeeper {
  close(): void;
}

/**
 * Like the alert evaluator's keeper: starts the watcher at boot (so a worker with a new model or
 * prompt measures it at once) and again every `everyMs`, so a watcher terminated or failed comes back.
 */
export async function keepAgreementWatcher(
  target: ScheduleTarget,
  input: CodingAgreementWatcherInput = {},
  everyMs = 5 * 60_000,
  log: Pick<Console, 'warn'> = console,
): Promise<AgreementWatcherKeeper> {
  await startAgreementWatcher(target, input);
  const timer = setInterval(() => {
    startAgreementWatcher(target, input).catch((error: Error) =>
      log.warn(`coding agreement watcher: could not make sure it runs (${error.message})`),
    );
  }, everyMs);
  timer.unref();
  return { close: () => clearInterval(timer) };
}
