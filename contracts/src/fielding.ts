/**
 * Fielding: how responses arrive (lineage sources), the email outbox's vocabulary, and the wire
 * names of the worker's fielding dispatcher (one workflow that codes survey comments and sends due
 * invitations and reminders; the API wakes it after each commit that gives it work).
 */
import { defineSignal } from '@temporalio/workflow';

/** Where a response came from (`respondent.source`, `import_batch.source`); webhooks are `webhook:<tool>`. */
export const RESPONSE_SOURCES = ['csv', 'api', 'seed', 'preview'] as const;
export type ResponseSource = (typeof RESPONSE_SOURCES)[number] | `webhook:${string}`;

/** Survey tools whose webhooks `POST /ingest/<source>/<waveId>` understands. */
export const INGEST_SOURCES = ['generic', 'typeform'] as const;
export type IngestSource = (typeof INGEST_SOURCES)[number];

/** At most this many responses per `ingestResponses` call or webhook delivery. */
export const MAX_INGEST_BATCH = 1000;

export const DELIVERY_KINDS = ['invitation', 'reminder'] as const;
export type DeliveryKind = (typeof DELIVERY_KINDS)[number];

/** Why a delivery row exists: an automatic rule, a person (`inviteRespondents`), the interview workflow (the idle reminder). */
export const DELIVERY_TRIGGERS = ['auto', 'manual', 'workflow'] as const;
export type DeliveryTrigger = (typeof DELIVERY_TRIGGERS)[number];

/**
 * Delivery state of one email. `sending` is internal (claimed by a dispatcher, with a lease) and is
 * shown as QUEUED; FAILED is a permanent SMTP refusal or retries exhausted; BOUNCED is a hard bounce
 * (the address joins the suppression list); SUPPRESSED was never sent because the address is on it.
 */
export const DELIVERY_STATUSES = ['queued', 'sending', 'sent', 'failed', 'bounced', 'suppressed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export const SUPPRESSION_REASONS = ['unsubscribed', 'bounced', 'complained', 'manual'] as const;
export type SuppressionReason = (typeof SUPPRESSION_REASONS)[number];

/** The one fielding dispatcher per Temporal namespace (singleton id; signal-with-start is idempotent). */
export const FIELDING_WORKFLOW = 'fieldingWorkflow';
export const FIELDING_WORKFLOW_ID = 'ladder-fielding-dispatcher';
/** "There is new work": sent (debounced) by the API after ingesting responses or queuing invitations. */
export const fieldingWakeSignal = defineSignal<[]>('wake');

/** The dispatcher's input; it continues as new with its counters reset, so the history stays short. */
export interface FieldingWorkflowInput {
  /** Loop passes already made by earlier runs (continue-as-new), for logs only. */
  passes?: number;
}
