import type { EntityManager } from 'typeorm';
import { requireWorkspace, type RequestContext } from '../common/context.js';
import { LadderError, notFound } from '../common/errors.js';
import { isUuid } from '../common/ids.js';
import type { FieldingWaker } from './fielding-waker.js';
import type { InviteRespondentsInput, InviteRespondentsResult } from './invite.types.js';
import { requireFielding } from '../wave/require-fielding.js';
import { findFieldableWave } from './wave-scope.js';

interface Selection {
  ids: string[] | null;
  bands: string[] | null;
  /** Leave respondents already reached out of the selection instead of counting them. */
  skipReached: boolean;
}

function selectionOf(input: InviteRespondentsInput): Selection {
  const byIds = input.respondentIds != null;
  if (byIds === (input.filter != null)) {
    throw new LadderError('BAD_USER_INPUT', 'Give either respondentIds or filter, not both and not neither', { field: 'respondentIds' });
  }
  if (byIds) {
    const ids = [...new Set(input.respondentIds)];
    const invalid = ids.find((id) => !isUuid(id));
    if (invalid !== undefined) throw notFound('RESPONDENT_NOT_FOUND', 'Respondent', invalid);
    return { ids, bands: null, skipReached: false };
  }
  const bands = input.filter?.bands?.length ? input.filter.bands : null;
  return { ids: null, bands, skipReached: input.filter?.notInvitedOnly ?? true };
}

/**
 * Queues manual invitations, due now, in one statement. "Reached" respondents (an invitation row
 * of any status, or an interview started another way) are never invited again; respondents with
 * no email get nothing; suppressed addresses get a `suppressed` row. Manual invitations are not
 * held by the rule's quiet hours or daily cap: a person asked for them now.
 */
async function queueManual(em: EntityManager, workspaceId: string, waveId: string, s: Selection) {
  const [row]: { matched: number; total: number; without_email: number; queued: number; suppressed: number }[] = await em.query(
    `WITH target AS (
       SELECT r.id, r.workspace_id, r.wave_id, nullif(c.email, '') AS email, sup.email IS NOT NULL AS on_list,
              EXISTS (SELECT 1 FROM email_delivery d
                      WHERE d.workspace_id = r.workspace_id AND d.respondent_id = r.id AND d.kind = 'invitation')
              OR EXISTS (SELECT 1 FROM interview_session i WHERE i.workspace_id = r.workspace_id AND i.respondent_id = r.id) AS reached
       FROM respondent r
       LEFT JOIN respondent_contact c ON c.respondent_id = r.id AND c.workspace_id = r.workspace_id
       LEFT JOIN email_suppression sup ON sup.workspace_id = r.workspace_id AND sup.email = lower(c.email)
       WHERE r.workspace_id = $1 AND r.wave_id = $2
         AND ($3::uuid[] IS NULL OR r.id = ANY($3::uuid[])) AND ($4::text[] IS NULL OR r.band = ANY($4::text[]))
     ), chosen AS (
       SELECT * FROM target WHERE NOT ($5 AND reached)
     ), inserted AS (
       INSERT INTO email_delivery (workspace_id, wave_id, respondent_id, kind, trigger, email, status, due_at)
       SELECT workspace_id, wave_id, id, 'invitation', 'manual', email, CASE WHEN on_list THEN 'suppressed' ELSE 'queued' END, now()
       FROM chosen WHERE NOT reached AND email IS NOT NULL
       ON CONFLICT ON CONSTRAINT email_delivery_once DO NOTHING
       RETURNING status
     )
     SELECT (SELECT count(*)::int FROM target) AS matched, (SELECT count(*)::int FROM chosen) AS total,
            (SELECT count(*)::int FROM chosen WHERE NOT reached AND email IS NULL) AS without_email,
            (SELECT count(*)::int FROM inserted WHERE status = 'queued') AS queued,
            (SELECT count(*)::int FROM inserted WHERE status = 'suppressed') AS suppressed`,
    [workspaceId, waveId, s.ids, s.bands, s.skipReached],
  );
  return row;
}

export async function inviteRespondents(
  ctx: RequestContext,
  waker: FieldingWaker,
  input: InviteRespondentsInput,
): Promise<InviteRespondentsResult> {
  const workspaceId = requireWorkspace(ctx, 'write');
  const selection = selectionOf(input);
  const result = await ctx.db.transaction(async (em) => {
    const wave = await findFieldableWave(em, workspaceId, input.waveId);
    requireFielding(wave);
    const row = await queueManual(em, workspaceId, wave.id, selection);
    if (selection.ids && row.matched < selection.ids.length) {
      // Nothing is queued unless every id names a respondent of this wave (the transaction rolls back).
      const [missing]: { id: string }[] = await em.query(
        `SELECT t.id FROM unnest($3::uuid[]) AS t(id)
         WHERE NOT EXISTS (SELECT 1 FROM respondent r WHERE r.workspace_id = $1 AND r.wave_id = $2 AND r.id = t.id) LIMIT 1`,
        [workspaceId, wave.id, selection.ids],
      );
      throw notFound('RESPONDENT_NOT_FOUND', 'Respondent', missing.id);
    }
    return {
      queued: row.queued,
      suppressed: row.suppressed,
      withoutEmail: row.without_email,
      alreadyInvited: row.total - row.without_email - row.queued - row.suppressed,
    };
  });
  if (result.queued > 0) waker.wake();
  return result;
}
