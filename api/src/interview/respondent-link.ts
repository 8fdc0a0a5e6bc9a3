import type { DataSource } from 'typeorm';
import { requirePermission, type RequestContext } from '../common/context.js';
import { LadderError, notFound } from '../common/errors.js';
import { isUuid } from '../common/ids.js';
import { InterviewSession } from './interview-session.entity.js';

const DAY_MS = 86_400_000;

/**
 * What a respondent's link may still open. A revoked link opens nothing; a finished interview
 * (completed, abandoned or expired) stays readable `linkDays` days after it closed, so a link
 * forwarded or found in a mailbox later does not show the transcript forever.
 */
export function checkLink(session: InterviewSession, linkDays: number, now = Date.now()): void {
  // The interview's language, so the respondent's page says it in their words (the token holder may read it anyway).
  const language = session.language ?? undefined;
  if (session.linkRevokedAt) {
    throw new LadderError('LINK_REVOKED', 'This interview link has been withdrawn. Thank you for your time.', { language });
  }
  if (session.closedAt && session.closedAt.getTime() + linkDays * DAY_MS <= now) {
    throw new LadderError('LINK_EXPIRED', 'This interview link has expired. Thank you for your time.', { days: linkDays, language });
  }
}

/**
 * Revokes every link of an interview (admin and analyst keys): the respondent's page, its answers
 * and any reminder's link answer LINK_REVOKED from now on, and starting the interview again does
 * not re-issue one. Revoking twice keeps the first time and who did it.
 */
export async function revokeLink(ctx: RequestContext, db: DataSource, sessionId: string): Promise<InterviewSession> {
  const { workspaceId, keyId } = requirePermission(ctx, 'write');
  if (!isUuid(sessionId)) throw notFound('SESSION_NOT_FOUND', 'Interview session', sessionId);
  const updated: unknown[] = await db.query(
    `WITH revoked AS (
       UPDATE interview_session SET link_revoked_at = coalesce(link_revoked_at, now()), link_revoked_by = coalesce(link_revoked_by, $3)
       WHERE id = $1 AND workspace_id = $2 RETURNING id)
     SELECT id FROM revoked`,
    [sessionId, workspaceId, keyId],
  );
  if (!updated.length) throw notFound('SESSION_NOT_FOUND', 'Interview session', sessionId);
  return db.getRepository(InterviewSession).findOneByOrFail({ id: sessionId, workspaceId });
}
