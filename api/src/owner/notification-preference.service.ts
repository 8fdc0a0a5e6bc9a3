import { requireWorkspace, type RequestContext } from '../common/context.js';
import { NotificationDigest } from '../common/enums.js';
import { LadderError } from '../common/errors.js';
import { ownerEmailOrFail } from './owner-email.js';
import type { NotificationPreference, NotificationPreferenceInput } from './notification-preference.types.js';

const DEFAULT_DIGEST_HOUR = 8;

interface PreferenceRow {
  email: string;
  digest: NotificationDigest;
  digest_hour: number;
}

/** A preference belongs to an address: an empty one is refused like a malformed one. */
function addressOrFail(value: string): string {
  const email = ownerEmailOrFail(value, 'email');
  if (!email) throw new LadderError('BAD_USER_INPUT', 'Give the email address the preference is for', { field: 'email' });
  return email;
}

const toPreference = (r: PreferenceRow): NotificationPreference => ({ email: r.email, digest: r.digest, digestHourUtc: r.digest_hour });

/**
 * Per workspace and address: each email at once (the default, also for addresses never set) or one
 * daily digest. A change applies to notifications queued afterwards.
 */
export class NotificationPreferenceService {
  async get(ctx: RequestContext, rawEmail: string): Promise<NotificationPreference> {
    const workspaceId = requireWorkspace(ctx, 'read');
    const email = addressOrFail(rawEmail);
    const rows: PreferenceRow[] = await ctx.db.query(
      `SELECT email, digest, digest_hour FROM notification_preference WHERE workspace_id = $1 AND email = $2`,
      [workspaceId, email],
    );
    return rows[0] ? toPreference(rows[0]) : { email, digest: NotificationDigest.NONE, digestHourUtc: DEFAULT_DIGEST_HOUR };
  }

  async set(ctx: RequestContext, input: NotificationPreferenceInput): Promise<NotificationPreference> {
    const workspaceId = requireWorkspace(ctx, 'write');
    const email = addressOrFail(input.email);
    const rows: PreferenceRow[] = await ctx.db.query(
      `INSERT INTO notification_preference (workspace_id, email, digest, digest_hour) VALUES ($1, $2, $3, $4)
       ON CONFLICT (workspace_id, email) DO UPDATE SET digest = excluded.digest, digest_hour = excluded.digest_hour, updated_at = now()
       RETURNING email, digest, digest_hour`,
      [workspaceId, email, input.digest, input.digestHourUtc ?? DEFAULT_DIGEST_HOUR],
    );
    return toPreference(rows[0]);
  }
}
