import type { EmailDelivery } from './delivery.types.js';
import type { DeliveryKind, DeliveryTrigger } from '../common/enums.js';
import { shownStatus } from './delivery-status.js';

/** The columns every delivery read selects (`d` is email_delivery). */
export const DELIVERY_COLUMNS = `d.id, d.respondent_id, d.session_id, d.kind, d.trigger, d.status, d.attempts, d.last_error,
  d.due_at, d.sent_at, d.created_at, d.updated_at`;

export interface DeliveryRow {
  id: string;
  respondent_id: string;
  session_id: string | null;
  kind: DeliveryKind;
  trigger: DeliveryTrigger;
  status: string;
  attempts: number;
  last_error: string | null;
  due_at: Date;
  sent_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

export function toDelivery(row: DeliveryRow): EmailDelivery {
  return {
    id: row.id,
    respondentId: row.respondent_id,
    sessionId: row.session_id,
    kind: row.kind,
    trigger: row.trigger,
    status: shownStatus(row.status),
    attempts: row.attempts,
    lastError: row.last_error,
    dueAt: row.due_at,
    sentAt: row.sent_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
