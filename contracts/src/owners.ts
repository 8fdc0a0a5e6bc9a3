/**
 * Owners of escalations and alerts, and the emails they get (docs/decisions.md, "Owners and their
 * emails"): the kinds of notification and the one way to queue one, for the API and the worker.
 */
import type { EscalationReason } from './vocabulary.js';
import type { WebhookQueryable } from './webhooks.js';

export const OWNER_NOTIFICATION_KINDS = [
  'alert.fired',
  'alert.assigned',
  'escalation.assigned',
  'escalation.raised',
  'coding.agreement_dropped',
] as const;
export type OwnerNotificationKind = (typeof OWNER_NOTIFICATION_KINDS)[number];

/** How a person takes their notifications: each at once, or one email a day at their digest hour (UTC). */
export const NOTIFICATION_DIGESTS = ['none', 'daily'] as const;
export type NotificationDigest = (typeof NOTIFICATION_DIGESTS)[number];

export interface OwnerNotification {
  workspaceId: string;
  /** The owner's address, as stored (trimmed, lower case). */
  email: string;
  kind: OwnerNotificationKind;
  /** The alert, escalation or coding agreement run. */
  subjectId: string;
  /** One line: the email's subject when it goes alone, a heading in a digest. */
  title: string;
  /** A few plain-text lines. */
  body: string;
  /** A console path (`/studies/<id>/alerts`); the sender puts the console's public address before it. */
  link: string | null;
}

/**
 * Queues an email to an owner in the caller's transaction (`ladder_queue_owner_notification`,
 * migration 1764580000000): due at once, or at the recipient's next digest hour when they asked for
 * a daily digest. The worker's fielding dispatcher sends it.
 */
export async function queueOwnerNotification(db: WebhookQueryable, n: OwnerNotification): Promise<void> {
  await db.query(`SELECT ladder_queue_owner_notification($1::uuid, $2, $3, $4::uuid, $5, $6, $7)`, [
    n.workspaceId,
    n.email,
    n.kind,
    n.subjectId,
    n.title,
    n.body,
    n.link,
  ]);
}

const ESCALATION_REASON_WORDS: Record<EscalationReason, string> = {
  competitor_evaluation: 'evaluating a competitor',
  churn_risk: 'churn risk',
  unresolved_incident: 'unresolved incident',
  legal_or_safety: 'legal or safety',
  distress: 'distress',
};

/** What an escalation's owner email says of it; never the respondent's words or contact details. */
export interface EscalationForOwner {
  id: string;
  workspaceId: string;
  studyId: string;
  sessionId: string;
  reason: EscalationReason;
  status: string;
  createdAt: Date;
  /** The owner's address, as stored. */
  ownerEmail: string;
}

/**
 * The email to an escalation's owner: `escalation.raised` when the interviewer raised it and the study's default
 * owner got it, `escalation.assigned` when someone gave it to them; the reason, status, time and the transcript's
 * console link.
 */
export function escalationOwnerNotification(kind: 'escalation.raised' | 'escalation.assigned', e: EscalationForOwner): OwnerNotification {
  const reason = ESCALATION_REASON_WORDS[e.reason];
  return {
    workspaceId: e.workspaceId,
    email: e.ownerEmail,
    kind,
    subjectId: e.id,
    title: kind === 'escalation.raised' ? `New escalation in your study: ${reason}` : `Escalation assigned to you: ${reason}`,
    body: [`Status: ${e.status.replace('_', ' ')}`, `Raised: ${e.createdAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`].join('\n'),
    link: `/studies/${e.studyId}/interviews/${e.sessionId}`,
  };
}
