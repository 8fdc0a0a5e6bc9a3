import { Client, type DataConverter } from '@temporalio/client';
import type { NativeConnection } from '@temporalio/worker';
import { WEBHOOK_CHANNEL, WEBHOOK_WORKFLOW, WEBHOOK_WORKFLOW_ID, webhookWakeSignal } from '@ladder/contracts';
import pg from 'pg';
import { DEFAULT_WEBHOOK_TUNING, type WebhookTuning } from './deliverer.js';
import type { WebhookLinkBases } from './links.js';
import { createWebhookActivities, type WebhookActivities } from './webhook-activities.js';

/** What a worker needs to run the webhook dispatcher; tests shorten the tuning's clocks and schedule. */
export interface WebhookOptions {
  links: WebhookLinkBases;
  tuning?: Partial<WebhookTuning>;
  /** The dispatcher's clock (tests move it forward to reach the 5-day disable). */
  now?: () => Date;
}

export interface WebhookHandle {
  activities: WebhookActivities;
  /** Starts the dispatcher if it is not running and wakes it. */
  wake(): Promise<void>;
  close(): Promise<void>;
}

/** Wakes are folded into one signal per this many milliseconds. */
const WAKE_INTERVAL_MS = 250;
const RECONNECT_MS = 1000;

/**
 * The webhook dispatcher's pool and activities, and its waker: a LISTEN on the channel the enqueue
 * function notifies at commit, whoever committed (the API, this or another worker, the alert
 * evaluator), turned into a signal-with-start of the dispatcher. A missed wake costs only latency:
 * the dispatcher also sleeps at most until the next delivery falls due (pollMaxMs at most).
 */
export async function setUpWebhooks(input: {
  databaseUrl: string;
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  dataConverter: DataConverter;
  options: WebhookOptions;
}): Promise<WebhookHandle> {
  const tuning = { ...DEFAULT_WEBHOOK_TUNING, ...input.options.tuning };
  const pool = new pg.Pool({ connectionString: input.databaseUrl, max: Math.min(tuning.concurrency + 2, 10) });
  pool.on('error', (error) => console.error(`webhook dispatcher: idle database connection lost: ${error.message}`));
  const client = new Client({ connection: input.connection, namespace: input.namespace, dataConverter: input.dataConverter });
  const activities = createWebhookActivities({ pool, links: input.options.links, tuning, now: input.options.now });

  const wake = async () => {
    await client.workflow.signalWithStart(WEBHOOK_WORKFLOW, {
      workflowId: WEBHOOK_WORKFLOW_ID,
      taskQueue: input.taskQueue,
      args: [{}],
      signal: webhookWakeSignal,
    });
  };
  let closed = false;
  let timer: NodeJS.Timeout | null = null;
  const wakeSoon = () => {
    if (timer || closed) return;
    timer = setTimeout(() => {
      timer = null;
      wake().catch((error) => console.warn(`webhook dispatcher: could not be woken (it still polls): ${String(error)}`));
    }, WAKE_INTERVAL_MS);
  };
  let listener: pg.Client | null = null;
  const listen = async (): Promise<void> => {
    if (closed) return;
    const next = new pg.Client({ connectionString: input.databaseUrl });
    const retry = () => {
      if (listener === next) listener = null;
      next.end().catch(() => {});
      if (!closed) setTimeout(() => void listen(), RECONNECT_MS).unref();
    };
    next.on('error', retry);
    next.on('notification', wakeSoon);
    try {
      await next.connect();
      await next.query(`LISTEN ${WEBHOOK_CHANNEL}`);
      listener = next;
      // Events enqueued while nobody listened.
      wakeSoon();
    } catch {
      retry();
    }
  };
  await listen();
  return {
    activities,
    wake,
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      await listener?.end().catch(() => {});
      await pool.end();
    },
  };
}
