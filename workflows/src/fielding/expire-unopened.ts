import type pg from 'pg';
import { inTransaction, notifyEvent } from '../activities/db.js';

/** Sessions expired per pass; a larger backlog is worked off over the next passes. */
const BATCH = 1000;
/** Past expires_at by this much: the API may be starting that very interview as its link is opened. */
const GRACE = '1 minute';

/**
 * Mailed invitations start their interview workflow only when the link is opened (see the API's
 * open-invitation.ts), so an invitation nobody opens has no workflow to expire it: the dispatcher
 * does, on each pass, with the same status and event the workflow writes for an unanswered one.
 * Returns how many it expired.
 */
export async function expireUnopenedInvitations(pool: pg.Pool): Promise<number> {
  return inTransaction(pool, async (client) => {
    const { rows } = await client.query<{ id: string; workspace_id: string; study_id: string; preview: boolean }>(
      `WITH due AS (
         SELECT id FROM interview_session
         WHERE status = 'invited' AND workflow_started_at IS NULL AND expires_at < now() - interval '${GRACE}'
         LIMIT ${BATCH} FOR UPDATE SKIP LOCKED
       ), expired AS (
         UPDATE interview_session s SET status = 'expired', updated_at = now() FROM due WHERE s.id = due.id
         RETURNING s.id, s.workspace_id, s.wave_id
       )
       SELECT e.id, e.workspace_id, w.study_id, w.preview FROM expired e JOIN wave w ON w.id = e.wave_id`,
    );
    for (const row of rows) {
      await notifyEvent(client, {
        type: 'session.updated',
        workspaceId: row.workspace_id,
        studyId: row.study_id,
        preview: row.preview,
        sessionId: row.id,
        turnId: null,
        seq: null,
        status: 'expired',
      });
    }
    return rows.length;
  });
}
