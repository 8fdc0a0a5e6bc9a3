import {
  nextWebhookAttemptDelay,
  WEBHOOK_DISABLE_AFTER_MS,
  WEBHOOK_RESPONSE_BODY_BYTES,
  WEBHOOK_RETRY_SCHEDULE_MS,
  WEBHOOK_TIMEOUT_MS,
} from '@ladder/contracts';
import { resolveWebhookUrl, WebhookUrlError, type ResolvedWebhookUrl } from '@ladder/contracts/webhook-url';
import type pg from 'pg';
import { forEachLimit } from '../fielding/concurrency.js';
import { webhookBody, type WebhookLinkBases } from './links.js';
import { postWebhook } from './post.js';
import { webhookHeaders } from './signing.js';
import {
  disableFailingEndpoint,
  leaseDueEndpoints,
  nextWebhookDueAt,
  pendingDeliveries,
  pruneWebhookEvents,
  recordAttempt,
  releaseEndpoint,
  type AttemptResult,
  type HeldEndpoint,
  type PendingDelivery,
} from './webhook-store.js';

/** How the webhook dispatcher paces itself; tests shorten the schedule and the clocks. */
export interface WebhookTuning {
  /** Endpoints sent to at once (each endpoint's deliveries go one at a time, in order). */
  concurrency: number;
  /** Deliveries sent to one endpoint per pass, at most. */
  perEndpoint: number;
  /** An endpoint held by a dispatcher that died is taken again after this long. */
  leaseMs: number;
  timeoutMs: number;
  /** The wait before each attempt (the first is 0). */
  retryScheduleMs: readonly number[];
  disableAfterMs: number;
  /** The longest sleep when nothing is due. */
  pollMaxMs: number;
  /** LADDER_WEBHOOK_ALLOW_PRIVATE: http and private addresses allowed (local receivers, tests). */
  allowPrivate: boolean;
  /** Events (and their delivery logs) are kept this long once nothing is pending for them. */
  retentionMs: number;
  /** How often a worker prunes what is past retention. */
  pruneEveryMs: number;
}

export const DEFAULT_WEBHOOK_TUNING: WebhookTuning = {
  concurrency: 16,
  perEndpoint: 200,
  leaseMs: 90_000,
  timeoutMs: WEBHOOK_TIMEOUT_MS,
  retryScheduleMs: WEBHOOK_RETRY_SCHEDULE_MS,
  disableAfterMs: WEBHOOK_DISABLE_AFTER_MS,
  pollMaxMs: 30_000,
  allowPrivate: false,
  retentionMs: 30 * 86_400_000,
  pruneEveryMs: 3_600_000,
};

const PRUNE_BATCH = 5000;

export interface WebhookDispatchResult {
  endpoints: number;
  delivered: number;
  retrying: number;
  failed: number;
  disabled: number;
  /** Events past retention deleted by this pass (a pass prunes at most once per pruneEveryMs). */
  pruned: number;
  /** Every endpoint asked for was held: more may be due right now. */
  more: boolean;
  /** How long the dispatcher may sleep before something falls due. */
  waitMs: number;
}

export interface WebhookDelivererDeps {
  pool: pg.Pool;
  links: WebhookLinkBases;
  tuning: WebhookTuning;
  now?: () => Date;
  heartbeat?: () => void;
  log?: Pick<Console, 'warn'>;
  /** Looks a host name up (default: the system's resolver); tests count the lookups. */
  resolve?: (host: string) => Promise<{ address: string; family: number }[]>;
}

const MIN_WAIT_MS = 200;

/**
 * One pass: lease the endpoints whose oldest pending delivery is due, and send each one's pending
 * deliveries oldest first, one at a time, stopping at its first failure (the rest wait behind it,
 * so order holds). Endpoints are served side by side, `concurrency` at a time. A request is
 * recorded as soon as it is answered: a worker killed mid-pass sends again at most the request in
 * flight (at least once; receivers dedupe by `webhook-id`).
 */
export function createWebhookDeliverer(deps: WebhookDelivererDeps) {
  const { pool, tuning } = deps;
  const now = deps.now ?? (() => new Date());
  const heartbeat = deps.heartbeat ?? (() => {});
  const log = deps.log ?? console;

  async function attempt(
    endpoint: HeldEndpoint,
    delivery: PendingDelivery,
    resolveTarget: () => Promise<ResolvedWebhookUrl>,
  ): Promise<AttemptResult> {
    const body = webhookBody({ type: delivery.type, payload: delivery.payload, createdAt: delivery.createdAt }, deps.links);
    const sentAt = now();
    let posted;
    try {
      const target = await resolveTarget();
      const headers = webhookHeaders(endpoint.secret, delivery.eventId, Math.floor(sentAt.getTime() / 1000), body);
      posted = await postWebhook(target, headers, body, { timeoutMs: tuning.timeoutMs, maxBodyBytes: WEBHOOK_RESPONSE_BODY_BYTES });
    } catch (error) {
      if (!(error instanceof WebhookUrlError)) throw error;
      posted = { statusCode: null, latencyMs: 0, body: null, error: `refused: ${error.message}` };
    }
    const ok = posted.statusCode !== null && posted.statusCode >= 200 && posted.statusCode < 300;
    const delay = ok ? null : nextWebhookAttemptDelay(delivery.attempts + 1, tuning.retryScheduleMs);
    return {
      deliveryId: delivery.id,
      ok,
      statusCode: posted.statusCode,
      latencyMs: posted.latencyMs,
      responseBody: posted.body,
      error: ok ? null : (posted.error ?? `HTTP ${posted.statusCode}`),
      nextAttemptAt: delay === null ? null : new Date(now().getTime() + delay),
    };
  }

  /** Sends an endpoint's queue in order; counts what became of each delivery tried. True when its queue may hold more now due. */
  async function serve(endpoint: HeldEndpoint, counts: WebhookDispatchResult): Promise<boolean> {
    // Time left under the lease for starting another request (each may take timeoutMs).
    const until = Date.now() + Math.max(tuning.leaseMs - 2 * tuning.timeoutMs, tuning.timeoutMs);
    let failingSince = endpoint.failingSince;
    // The URL is checked and resolved once per pass (a pass is bounded by the lease), not per delivery.
    let resolved: Promise<ResolvedWebhookUrl> | null = null;
    const resolveTarget = () =>
      (resolved ??= resolveWebhookUrl(endpoint.url, { allowPrivate: tuning.allowPrivate, resolve: deps.resolve }));
    try {
      const queue = await pendingDeliveries(pool, endpoint, tuning.perEndpoint);
      for (const delivery of queue) {
        if (Date.now() > until) return true;
        const result = await attempt(endpoint, delivery, resolveTarget);
        await recordAttempt(pool, endpoint.id, result, now());
        heartbeat();
        if (result.ok) {
          counts.delivered++;
          failingSince = null;
          continue;
        }
        counts[result.nextAttemptAt ? 'retrying' : 'failed']++;
        failingSince ??= now();
        if (now().getTime() - failingSince.getTime() >= tuning.disableAfterMs) {
          if (await disableFailingEndpoint(pool, endpoint, now())) {
            counts.disabled++;
            log.warn('webhooks: endpoint %s kept failing for %d days and was disabled', endpoint.id, tuning.disableAfterMs / 86_400_000);
          }
          return false;
        }
        // Retried later: the newer deliveries wait behind it. Failed for good: the next one goes now.
        if (result.nextAttemptAt) return false;
      }
      return queue.length === tuning.perEndpoint;
    } finally {
      await releaseEndpoint(pool, endpoint.id);
    }
  }

  async function waitMs(): Promise<number> {
    const next = await nextWebhookDueAt(pool);
    if (!next) return tuning.pollMaxMs;
    return Math.min(tuning.pollMaxMs, Math.max(MIN_WAIT_MS, next.getTime() - now().getTime()));
  }

  let prunedAt = -Infinity;
  async function prune(): Promise<number> {
    if (now().getTime() - prunedAt < tuning.pruneEveryMs) return 0;
    prunedAt = now().getTime();
    return pruneWebhookEvents(pool, new Date(prunedAt - tuning.retentionMs), PRUNE_BATCH);
  }

  return async function dispatch(limit: number): Promise<WebhookDispatchResult> {
    const held = await leaseDueEndpoints(pool, limit, tuning.leaseMs, now());
    const counts: WebhookDispatchResult = {
      endpoints: held.length,
      delivered: 0,
      retrying: 0,
      failed: 0,
      disabled: 0,
      pruned: 0,
      more: false,
      waitMs: 0,
    };
    let again = false;
    await forEachLimit(held, tuning.concurrency, async (endpoint) => {
      try {
        if (await serve(endpoint, counts)) again = true;
      } catch (error) {
        // The endpoint was released; its unrecorded head is tried again on the next pass.
        log.warn('webhooks: sending to endpoint %s failed: %s', endpoint.id, String(error));
      }
    });
    // A full set of endpoints, or an endpoint whose queue was longer than one pass sends: go again at once.
    counts.pruned = await prune();
    counts.more = held.length === limit || again;
    counts.waitMs = counts.more ? 0 : await waitMs();
    return counts;
  };
}
