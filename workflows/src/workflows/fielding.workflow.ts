import { condition, continueAsNew, log, patched, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import { fieldingWakeSignal, type FieldingWorkflowInput } from '@ladder/contracts';
import type { CommentActivities } from '../activities/comment-activities.js';
import type { FieldingActivities } from '../fielding/fielding-activities.js';

/** Coding is a cheap offline pass: a few quick retries, then the next pass tries again. */
const { codePendingComments } = proxyActivities<CommentActivities>({
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '10 seconds', maximumAttempts: 3 },
});

/** A batch heartbeats as it sends, so a worker killed mid-batch is noticed within the heartbeat timeout. */
const { dispatchDueEmails, sendOwnerNotifications } = proxyActivities<FieldingActivities>({
  startToCloseTimeout: '10 minutes',
  heartbeatTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '30 seconds', maximumAttempts: 5 },
});

const COMMENT_BATCH = 200;
/** Comment batches per pass: a backlog is worked off over several passes, with emails sent in between. */
const COMMENT_BATCHES_PER_PASS = 10;
const EMAIL_BATCH = 500;
const EMAIL_BATCHES_PER_PASS = 20;
/** Recipients per owner-notification batch (each gets one email with all their due notifications). */
const OWNER_BATCH = 100;
const OWNER_BATCHES_PER_PASS = 5;
/** The longest sleep between passes, whatever the activity says. */
const MAX_WAIT_MS = 30_000;
const PASSES_PER_RUN = 200;
/** Continue as new well before Temporal's history warning (10,240 events). */
const MAX_HISTORY_EVENTS = 3000;

/**
 * The fielding dispatcher, one per namespace (`FIELDING_WORKFLOW_ID`): a loop that codes survey
 * comments waiting in their queue, sends the invitations and reminders that are due and the owners'
 * alert and escalation emails (immediate or digest), then sleeps
 * until the API signals new work (`wake`) or the next email falls due. All state lives in the
 * database (the queue, the outbox with its leases), so the workflow carries none across runs and
 * a failed activity only delays the loop: the next pass picks the rows up again.
 */
export async function fieldingWorkflow(input: FieldingWorkflowInput = {}): Promise<void> {
  let woken = false;
  setHandler(fieldingWakeSignal, () => {
    woken = true;
  });
  let passes = input.passes ?? 0;
  for (let run = 0; run < PASSES_PER_RUN && workflowInfo().historyLength < MAX_HISTORY_EVENTS; run++, passes++) {
    // Cleared before the work: a signal that arrives while it runs makes the next pass start at once.
    woken = false;
    for (let batch = 0; batch < COMMENT_BATCHES_PER_PASS; batch++) {
      try {
        if (!(await codePendingComments({ limit: COMMENT_BATCH })).more) break;
      } catch (error) {
        log.warn('coding survey comments failed; the next pass retries', { error: String(error) });
        break;
      }
    }
    let waitMs = MAX_WAIT_MS;
    for (let batch = 0; batch < EMAIL_BATCHES_PER_PASS; batch++) {
      try {
        const result = await dispatchDueEmails({ limit: EMAIL_BATCH });
        waitMs = result.waitMs;
        if (!result.more) break;
      } catch (error) {
        log.warn('dispatching emails failed; the next pass retries', { error: String(error) });
        waitMs = MAX_WAIT_MS;
        break;
      }
    }
    // Owners' alert and escalation emails (patched in: dispatchers running before replay without this step).
    if (patched('owner-notifications')) {
      for (let batch = 0; batch < OWNER_BATCHES_PER_PASS; batch++) {
        try {
          if (!(await sendOwnerNotifications({ limit: OWNER_BATCH })).more) break;
        } catch (error) {
          log.warn('sending owner notifications failed; the next pass retries', { error: String(error) });
          break;
        }
      }
    }
    if (!woken && waitMs > 0) await condition(() => woken, Math.min(waitMs, MAX_WAIT_MS));
  }
  await continueAsNew<typeof fieldingWorkflow>({ passes });
}
