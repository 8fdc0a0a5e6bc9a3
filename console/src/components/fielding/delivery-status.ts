import type { DeliveryStatus } from '../../gql/graphql';

export const DELIVERY_STATUSES: readonly DeliveryStatus[] = ['QUEUED', 'SENT', 'FAILED', 'BOUNCED', 'SUPPRESSED'];

export const DELIVERY_LABELS: Record<DeliveryStatus, string> = {
  QUEUED: 'queued',
  SENT: 'sent',
  FAILED: 'failed',
  BOUNCED: 'bounced',
  SUPPRESSED: 'suppressed',
};

const EXPLAINED: Record<DeliveryStatus, string> = {
  QUEUED: 'Waiting to be sent (delay, quiet hours, daily cap or a retry)',
  SENT: 'Accepted by the mail server',
  FAILED: 'Refused for good, or every retry failed',
  BOUNCED: 'Bounced: the address is now on the suppression list',
  SUPPRESSED: 'Never sent: the address is on the suppression list',
};

export interface DeliveryLike {
  status: DeliveryStatus;
  lastError?: string | null;
  sentAt?: string | null;
}

/** The hover text of a delivery badge: the mail server's last error when there is one. */
export function deliveryTitle(d: DeliveryLike): string {
  if (d.lastError) return `${EXPLAINED[d.status]}. Last error: ${d.lastError}`;
  if (d.status === 'SENT' && d.sentAt) return `Sent ${new Date(d.sentAt).toLocaleString()}`;
  return EXPLAINED[d.status];
}
