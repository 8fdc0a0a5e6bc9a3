import { condition, continueAsNew, log, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import { webhookWakeSignal, type WebhookWorkflowInput } from '@ladder/contracts';
import type { WebhookActivities } from '../webhooks/webhook-activities.js';

/** A pass heartbeats per request, so a worker killed mid-pass is noticed within the heartbeat timeout. */
const { deliverDueWebhooks } = proxyActivities<WebhookActivities>({
  startToCloseTimeout: '10 minutes',
  heartbeatTimeout: '45 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '30 seconds', maximumAttempts: 5 },
});

/** Endpoints leased per pass. */
const ENDPOINTS_PER_PASS = 100;
const BATCHES_PER_PASS = 20;
/** The longest sleep between passes, whatever the activity says. */
const MAX_WAIT_MS = 30_000;
const PASSES_PER_RUN = 200;
/** Continue as new well before Temporal's history warning (10,240 events). */
const MAX_HISTORY_EVENTS = 3000;

/**
 * The webhook dispatcher, one per namespace (`WEBHOOK_WORKFLOW_ID`): sends the deliveries that are
 * due, then sleeps until the worker's listener signals new events (`wake`) or the next retry falls
 * due. All state is in the outbox (deliveries, endpoint leases), so a failed activity only delays
 * the loop and the workflow carries nothing across runs.
 */
export async function webhookDispatcherWorkflow(input: WebhookWorkflowInput = {}): Promise<void> {
  let woken = false;
  setHandler(webhookWakeSignal, () => {
    woken = true;
  });
  let passes = input.passes ?? 0;
  for (let run = 0; run < PASSES_PER_RUN && workflowInfo().historyLength < MAX_HISTORY_EVENTS; run++, passes++) {
    // Cleared before the work: a signal that arrives while it runs makes the next pass start at once.
    woken = false;
    let waitMs = MAX_WAIT_MS;
    for (let batch = 0; batch < BATCHES_PER_PASS; batch++) {
      try {
        const result = await deliverDueWebhooks({ limit: ENDPOINTS_PER_PASS });
        waitMs = result.waitMs;
        if (!result.more) break;
      } catch (error) {
        log.warn('delivering webhooks failed; the next pass retries', { error: String(error) });
        waitMs = MAX_WAIT_MS;
        break;
      }
    }
    if (!woken && waitMs > 0) await condition(() => woken, Math.min(waitMs, MAX_WAIT_MS));
  }
  await continueAsNew<typeof webhookDispatcherWorkflow>({ passes });
}
