import { GraphQLRequestError, messageFor } from '../../api/client';
import type {
  WebhookDeliveryFieldsFragment,
  WebhookDeliveryStatus,
  WebhookEndpointFieldsFragment,
  WebhookEventType,
} from '../../gql/graphql';

export type WebhookEndpointRow = WebhookEndpointFieldsFragment;
export type WebhookDeliveryRow = WebhookDeliveryFieldsFragment;

/** Every event, in the order a response travels through Ladder; the value is the payload's `type`. */
export const EVENT_TYPES: readonly WebhookEventType[] = [
  'RESPONSE_INGESTED',
  'INTERVIEW_STARTED',
  'INTERVIEW_COMPLETED',
  'ESCALATION_RAISED',
  'ESCALATION_UPDATED',
  'ANALYSIS_COMPLETED',
  'ALERT_FIRED',
  'ALERT_RESOLVED',
];
/** RESPONSE_INGESTED as the receiver sees it: "response.ingested". */
export const eventName = (type: WebhookEventType): string => type.toLowerCase().replace('_', '.');

export const DELIVERY_STATUSES: readonly WebhookDeliveryStatus[] = ['PENDING', 'DELIVERED', 'FAILED'];

/** What the endpoint's state means for the events it would get. */
export function endpointState(
  e: Pick<WebhookEndpointRow, 'enabled' | 'disabledReason' | 'failingSince'>,
): 'enabled' | 'failing' | 'disabled' {
  if (!e.enabled) return 'disabled';
  return e.failingSince ? 'failing' : 'enabled';
}

/** A receiver's answer shortened for a table cell; the whole first kilobyte stays in the title. */
export const truncate = (text: string | null | undefined, max = 80): string => {
  if (!text) return '—';
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

export const formatLatency = (ms: number | null | undefined): string =>
  ms == null ? '—' : ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;

export const ADMINS_ONLY = 'Only admins manage webhook endpoints. Sign in with an admin API key to see and change them.';

/** Which field of the create form an error is about, and what to say, by its code. */
export function endpointProblem(e: unknown): { field: 'url' | 'events' | 'form'; message: string } {
  if (!(e instanceof GraphQLRequestError)) return { field: 'form', message: messageFor(e) };
  switch (e.code) {
    case 'INVALID_WEBHOOK_URL':
      return { field: 'url', message: e.message };
    case 'BAD_USER_INPUT': {
      const fields = Array.isArray(e.extensions.fields) ? (e.extensions.fields as { property?: string }[]) : [];
      const field = fields.some((f) => f.property === 'events') ? 'events' : fields.some((f) => f.property === 'url') ? 'url' : 'form';
      return { field, message: e.message };
    }
    case 'WEBHOOK_ENDPOINT_LIMIT':
      return { field: 'form', message: 'The workspace has the most endpoints it may have (20): delete one first.' };
    case 'FORBIDDEN':
      return { field: 'form', message: ADMINS_ONLY };
    default:
      return { field: 'form', message: messageFor(e) };
  }
}

export function webhookError(e: unknown): string {
  if (e instanceof GraphQLRequestError && e.code === 'FORBIDDEN') return ADMINS_ONLY;
  if (e instanceof GraphQLRequestError && (e.code === 'WEBHOOK_ENDPOINT_NOT_FOUND' || e.code === 'WEBHOOK_DELIVERY_NOT_FOUND')) {
    return 'It no longer exists (deleted elsewhere?). Reload the page.';
  }
  return messageFor(e);
}
