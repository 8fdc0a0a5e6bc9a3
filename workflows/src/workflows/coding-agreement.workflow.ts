import { condition, continueAsNew, log, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import {
  CODING_AGREEMENT_POLL_MS,
  codingAgreementWakeSignal,
  type CodingAgreementRunInput,
  type CodingAgreementWatcherInput,
} from '@ladder/contracts';
import type { AgreementActivities } from '../activities/agreement-activities.js';

/** Re-coding a golden set is one model call per transcript with Mistral: long, with heartbeats between transcripts. */
const { executeAgreementRun } = proxyActivities<AgreementActivities>({
  startToCloseTimeout: '30 minutes',
  heartbeatTimeout: '5 minutes',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '1 minute', maximumAttempts: 3 },
});
const { failAgreementRun, planDueAgreementRuns } = proxyActivities<AgreementActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '10 seconds', maximumAttempts: 5 },
});

/** An activity's failure carries the activity's own error as its cause. */
const errorText = (error: unknown): string =>
  error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);

/** One run: its figures, or `failed` with the reason. */
export async function codingAgreementRunWorkflow({ runId }: CodingAgreementRunInput): Promise<void> {
  try {
    await executeAgreementRun({ runId });
  } catch (error) {
    await failAgreementRun({ runId, error: errorText(error) });
  }
}

const PASSES_PER_RUN = 200;
const MAX_HISTORY_EVENTS = 3000;

/**
 * The watcher, one per namespace (CODING_AGREEMENT_WATCHER_ID): every `pollMs` (or when signalled)
 * it inserts the runs that are due (a day old, or a changed coder fingerprint) and executes them
 * one after the other. State lives in the database; a failed pass waits for the next one.
 */
export async function codingAgreementWatcherWorkflow(input: CodingAgreementWatcherInput = {}): Promise<void> {
  const pollMs = input.pollMs ?? CODING_AGREEMENT_POLL_MS;
  let woken = false;
  setHandler(codingAgreementWakeSignal, () => {
    woken = true;
  });
  for (let pass = 0; pass < PASSES_PER_RUN && workflowInfo().historyLength < MAX_HISTORY_EVENTS; pass++) {
    woken = false;
    try {
      for (const runId of await planDueAgreementRuns()) await codingAgreementRunWorkflow({ runId });
    } catch (error) {
      log.warn('planning coding agreement runs failed; the next pass retries', { error: String(error) });
    }
    if (!woken) await condition(() => woken, pollMs);
  }
  await continueAsNew<typeof codingAgreementWatcherWorkflow>({ pollMs });
}
