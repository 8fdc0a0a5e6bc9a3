import { condition, continueAsNew, log, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import { ALERT_POLL_MS, alertWakeSignal, type AlertWorkflowInput } from '@ladder/contracts';
import type { AlertActivities } from '../alerts/alert-activities.js';

/** An evaluation pass is a few grouped statements per due rule: quick retries, then the next pass tries again. */
const { evaluateDueAlerts } = proxyActivities<AlertActivities>({
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '10 seconds', maximumAttempts: 3 },
});

const RULE_BATCH = 50;
const BATCHES_PER_PASS = 10;
const PASSES_PER_RUN = 300;
/** Continue as new well before Temporal's history warning (10,240 events). */
const MAX_HISTORY_EVENTS = 3000;

/**
 * The alert evaluator, one per namespace (`ALERT_WORKFLOW_ID`): every `pollMs` (or at once when
 * signalled) it evaluates the rules that are due, those of studies whose respondents changed
 * (the ingest marks them in `alert_evaluation_due`, coalescing any number of responses into one
 * evaluation) and those not evaluated for five minutes (their windows slide). All state lives in
 * the database; a failed pass only delays alerts to the next one.
 */
export async function alertEvaluatorWorkflow(input: AlertWorkflowInput = {}): Promise<void> {
  const pollMs = input.pollMs ?? ALERT_POLL_MS;
  let woken = false;
  setHandler(alertWakeSignal, () => {
    woken = true;
  });
  for (let run = 0; run < PASSES_PER_RUN && workflowInfo().historyLength < MAX_HISTORY_EVENTS; run++) {
    woken = false;
    for (let batch = 0; batch < BATCHES_PER_PASS; batch++) {
      try {
        if (!(await evaluateDueAlerts({ limit: RULE_BATCH })).more) break;
      } catch (error) {
        log.warn('evaluating alert rules failed; the next pass retries', { error: String(error) });
        break;
      }
    }
    if (!woken) await condition(() => woken, pollMs);
  }
  await continueAsNew<typeof alertEvaluatorWorkflow>({ pollMs });
}
