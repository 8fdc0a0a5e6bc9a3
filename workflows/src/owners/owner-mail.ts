import type { SendMailOptions } from 'nodemailer';
import type pg from 'pg';
import type { MailSettings } from '../fielding/dispatch-config.js';
import { messageIdFor } from '../mail/compose.js';
import { classifySmtpError } from '../mail/smtp-failure.js';
import type { Mailer } from '../mail/transport.js';

export interface OwnerMailDeps {
  pool: pg.Pool;
  mailer: Mailer;
  settings: MailSettings;
  now?: () => Date;
  /** A claimed recipient's rows are claimable again after this long (a worker that died mid-send). */
  leaseMs?: number;
}

export interface OwnerMailResult {
  /** Emails sent (one per recipient: a digest gathers all their due rows). */
  emails: number;
  notifications: number;
  failed: number;
  /** A full batch of recipients was due: call again. */
  more: boolean;
}

interface NotificationRow {
  id: string;
  workspace_id: string;
  email: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  digest: boolean;
  attempts: number;
  created_at: Date;
}

/** Waits before the 2nd, 3rd, 4th and 5th attempt of an email the server did not take; then it fails. */
export const OWNER_MAIL_RETRY_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000] as const;

/** One email for one recipient: the notification alone, or a digest of several, oldest first. */
export function composeOwnerEmail(rows: readonly NotificationRow[], settings: MailSettings): SendMailOptions {
  const sorted = [...rows].sort((a, b) => a.created_at.getTime() - b.created_at.getTime());
  const link = (r: NotificationRow) => (r.link ? `${settings.publicUrl}${r.link}` : null);
  const section = (r: NotificationRow) => [r.title, '', r.body, ...(r.link ? ['', `Open: ${link(r)}`] : [])].join('\n');
  const alone = sorted.length === 1;
  const subject = alone
    ? sorted[0].title
    : `Ladder ${sorted.some((r) => r.digest) ? 'digest' : 'updates'}: ${sorted.length} alerts and escalations for you`;
  const text = [
    ...(alone ? [] : [`${sorted.length} updates since your last email:`, '']),
    sorted.map(section).join('\n\n---\n\n'),
    '',
    '--',
    'You get these emails because you own these alerts or escalations in Ladder.',
    'A daily digest instead: ask an admin to set your notification preference (setNotificationPreference).',
  ].join('\n');
  return {
    from: settings.from,
    to: sorted[0].email,
    subject: subject.slice(0, 200),
    text,
    messageId: messageIdFor(sorted[0].id, settings.from),
  };
}

/**
 * Sends the owners' due notifications: claims every due row of up to `limit` recipients (a lease,
 * so two dispatchers never send the same row), sends one email per recipient, and records the
 * outcome. A temporary SMTP failure puts the rows back with a growing delay (OWNER_MAIL_RETRY_MS);
 * a permanent one, or the last attempt, marks them failed with the server's reply.
 */
export async function sendDueOwnerNotifications(deps: OwnerMailDeps, limit: number): Promise<OwnerMailResult> {
  const now = (deps.now ?? (() => new Date()))();
  const leaseMs = deps.leaseMs ?? 60_000;
  const due = `((n.status = 'queued' AND n.due_at <= $1) OR (n.status = 'sending' AND n.lease_until < $1))`;
  const claimed: NotificationRow[] = (
    await deps.pool.query(
      `WITH recipients AS (
         SELECT n.workspace_id, n.email FROM owner_notification n WHERE ${due}
         GROUP BY n.workspace_id, n.email ORDER BY min(n.due_at) LIMIT $2
       )
       UPDATE owner_notification n SET status = 'sending', lease_until = $1::timestamptz + $3 * interval '1 millisecond',
         attempts = n.attempts + 1
       FROM recipients r WHERE n.workspace_id = r.workspace_id AND n.email = r.email AND ${due}
       RETURNING n.id, n.workspace_id, n.email, n.kind, n.title, n.body, n.link, n.digest, n.attempts, n.created_at`,
      [now, limit, leaseMs],
    )
  ).rows;
  const groups = new Map<string, NotificationRow[]>();
  for (const row of claimed) {
    const key = `${row.workspace_id} ${row.email}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const result: OwnerMailResult = { emails: 0, notifications: 0, failed: 0, more: groups.size === limit };
  for (const rows of groups.values()) {
    const ids = rows.map((r) => r.id);
    try {
      await deps.mailer.send(composeOwnerEmail(rows, deps.settings));
      await deps.pool.query(`UPDATE owner_notification SET status = 'sent', sent_at = $2, lease_until = NULL WHERE id = ANY($1::uuid[])`, [
        ids,
        now,
      ]);
      result.emails++;
      result.notifications += rows.length;
    } catch (error) {
      const failure = classifySmtpError(error);
      const attempts = Math.max(...rows.map((r) => r.attempts));
      const retryIn = failure.kind === 'retry' ? OWNER_MAIL_RETRY_MS[attempts - 1] : undefined;
      await deps.pool.query(
        retryIn === undefined
          ? `UPDATE owner_notification SET status = 'failed', last_error = $2, lease_until = NULL WHERE id = ANY($1::uuid[])`
          : `UPDATE owner_notification SET status = 'queued', last_error = $2, lease_until = NULL, due_at = $3 WHERE id = ANY($1::uuid[])`,
        retryIn === undefined ? [ids, failure.detail] : [ids, failure.detail, new Date(now.getTime() + retryIn)],
      );
      if (retryIn === undefined) result.failed += rows.length;
    }
  }
  return result;
}
