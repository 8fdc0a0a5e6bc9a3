/**
 * Webhooks out: the events a workspace's endpoints subscribe to, the outbox's enqueue call shared
 * by the API (TypeORM EntityManager) and the worker (pg), the retry schedule, and the wire names of
 * the worker's webhook dispatcher. Pure: the dispatcher workflow imports this module, so nothing here
 * may reach Node's network or crypto (URL checks live in `@ladder/contracts/webhook-url`).
 */
import { defineSignal } from '@temporalio/workflow';

export const WEBHOOK_EVENT_TYPES = [
  'response.ingested',
  'interview.started',
  'interview.completed',
  'escalation.raised',
  'escalation.updated',
  'analysis.completed',
  'alert.fired',
  'alert.resolved',
  'coding.agreement_dropped',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/**
 * A delivery's state: `pending` waits for its attempt (or for older deliveries of its endpoint),
 * `delivered` got a 2xx, `failed` used up the retry schedule (replayable).
 */
export const WEBHOOK_DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;
export type WebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];

/** What a receiver gets: `data` holds ids and, added at delivery, `links` to the console and the API. */
export interface WebhookPayload {
  type: WebhookEventType;
  /** When the event happened (ISO 8601). */
  timestamp: string;
  data: Record<string, unknown>;
}

/** Anything with `query(sql, params)`: a TypeORM DataSource or EntityManager, a pg Pool or PoolClient. */
export interface WebhookQueryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/**
 * Puts an event in the webhook outbox, with one delivery per enabled endpoint of the workspace that
 * subscribes to its type (`ladder_enqueue_webhook_event`, migration 1764570000000). Call it with the
 * transaction of the change itself, so the event exists exactly when the change commits. When no
 * endpoint subscribes, nothing is written. The dispatcher is woken at commit (NOTIFY in the function).
 */
export async function enqueueWebhookEvent(
  db: WebhookQueryable,
  workspaceId: string,
  type: WebhookEventType,
  data: Record<string, unknown>,
): Promise<void> {
  await db.query(`SELECT ladder_enqueue_webhook_event($1::uuid, $2::text, $3::jsonb)`, [workspaceId, type, JSON.stringify(data)]);
}

/** NOTIFY channel the enqueue function signals at commit; the worker listens and wakes its dispatcher. */
export const WEBHOOK_CHANNEL = 'ladder_webhooks';

/**
 * When each attempt of a delivery is made, counted from the failure of the one before: the first
 * at once, then 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h. After the last, the delivery is failed.
 */
export const WEBHOOK_RETRY_SCHEDULE_MS: readonly number[] = [
  0,
  5_000,
  5 * 60_000,
  30 * 60_000,
  2 * 3_600_000,
  5 * 3_600_000,
  10 * 3_600_000,
  10 * 3_600_000,
];

/** The wait before the next attempt after `attempts` attempts failed, or null when the schedule is used up. */
export function nextWebhookAttemptDelay(attempts: number, schedule: readonly number[] = WEBHOOK_RETRY_SCHEDULE_MS): number | null {
  return attempts >= 1 && attempts < schedule.length ? schedule[attempts] : null;
}

/** An endpoint whose deliveries have failed without a success for this long is disabled. */
export const WEBHOOK_DISABLE_AFTER_MS = 5 * 86_400_000;
/** At most this many endpoints per workspace. */
export const MAX_WEBHOOK_ENDPOINTS = 20;
/** Each request's time limit, connecting included. */
export const WEBHOOK_TIMEOUT_MS = 15_000;
/** How much of a receiver's answer the delivery log keeps. */
export const WEBHOOK_RESPONSE_BODY_BYTES = 1024;

/** The one webhook dispatcher per Temporal namespace (signal-with-start on a fixed id). */
export const WEBHOOK_WORKFLOW = 'webhookDispatcherWorkflow';
export const WEBHOOK_WORKFLOW_ID = 'ladder-webhook-dispatcher';
/** "Events were enqueued": sent by the worker's listener after the commits that enqueue them. */
export const webhookWakeSignal = defineSignal<[]>('wake');

export interface WebhookWorkflowInput {
  /** Passes made by earlier runs (continue-as-new), for logs only. */
  passes?: number;
}
