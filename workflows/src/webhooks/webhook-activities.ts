import { Context } from '@temporalio/activity';
import { createWebhookDeliverer, type WebhookDelivererDeps, type WebhookDispatchResult } from './deliverer.js';

/** The webhook dispatcher's one activity. */
export interface WebhookActivities {
  /** Sends the due deliveries of up to `limit` endpoints; `more` when some may still be due, `waitMs` until the next falls due. */
  deliverDueWebhooks(input: { limit: number }): Promise<WebhookDispatchResult>;
}

export function createWebhookActivities(deps: Omit<WebhookDelivererDeps, 'heartbeat'>): WebhookActivities {
  // A long pass reports progress, so a worker that dies mid-pass is noticed by the heartbeat timeout.
  const dispatch = createWebhookDeliverer({ ...deps, heartbeat: () => Context.current().heartbeat() });
  return { deliverDueWebhooks: ({ limit }) => dispatch(limit) };
}
