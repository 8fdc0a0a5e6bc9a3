import { DeliveryStatus } from '../common/enums.js';

/** The stored statuses a GraphQL status stands for (`sending` is internal and shows as QUEUED). */
export function storedStatuses(status: DeliveryStatus): string[] {
  return status === DeliveryStatus.QUEUED ? ['queued', 'sending'] : [status];
}

/** A stored status as GraphQL shows it. */
export function shownStatus(stored: string): DeliveryStatus {
  return stored === 'sending' ? DeliveryStatus.QUEUED : (stored as DeliveryStatus);
}
