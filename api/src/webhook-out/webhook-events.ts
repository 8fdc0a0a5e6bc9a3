import { enqueueWebhookEvent, type WebhookQueryable } from '@ladder/contracts';

/**
 * The API's webhook events, each enqueued inside the transaction of its change (the outbox's
 * `ladder_enqueue_webhook_event`). Set-based where a change touches many rows: one statement, and
 * none at all when no endpoint of the workspace subscribes (a 100k-row import pays one lookup).
 */

const subscribed = async (db: WebhookQueryable, workspaceId: string, type: string): Promise<boolean> => {
  const rows = (await db.query(`SELECT 1 FROM webhook_endpoint WHERE workspace_id = $1 AND enabled AND $2 = ANY(events) LIMIT 1`, [
    workspaceId,
    type,
  ])) as unknown[];
  return rows.length > 0;
};

/**
 * `response.ingested`, one per new response (import, ingestResponses, survey-tool webhook), in the
 * order of the call (its rows, its payload): ids, score and band, no contact details, attributes or comment.
 */
export async function enqueueResponsesIngested(
  db: WebhookQueryable,
  target: { workspaceId: string; waveId: string; respondentIds: string[] },
): Promise<void> {
  if (!target.respondentIds.length || !(await subscribed(db, target.workspaceId, 'response.ingested'))) return;
  await db.query(
    `SELECT ladder_enqueue_webhook_event(x.workspace_id, 'response.ingested', jsonb_build_object(
       'respondentId', x.id, 'externalId', x.external_id, 'waveId', x.wave_id, 'studyId', x.study_id, 'score', x.score,
       'band', x.band, 'source', x.source, 'importBatchId', x.import_batch_id, 'receivedAt', x.received_at))
     FROM (
       SELECT r.*, w.study_id FROM unnest($3::uuid[]) WITH ORDINALITY AS i(id, n)
       JOIN respondent r ON r.id = i.id JOIN wave w ON w.id = r.wave_id
       WHERE r.workspace_id = $1 AND r.wave_id = $2 AND NOT w.preview
       ORDER BY i.n
     ) x`,
    [target.workspaceId, target.waveId, target.respondentIds],
  );
}

/**
 * `interview.started`: an interview's workflow was started, by `startInterview` (via "api") or by
 * the respondent opening a mailed invitation's link (via "invitation"). Preview interviews are not events.
 */
export async function enqueueInterviewStarted(db: WebhookQueryable, sessionId: string, via: 'api' | 'invitation'): Promise<void> {
  await db.query(
    `SELECT ladder_enqueue_webhook_event(s.workspace_id, 'interview.started', jsonb_build_object(
       'sessionId', s.id, 'respondentId', s.respondent_id, 'waveId', s.wave_id, 'studyId', w.study_id, 'via', $2::text,
       'language', s.language, 'startedAt', now()))
     FROM interview_session s JOIN wave w ON w.id = s.wave_id WHERE s.id = $1 AND NOT w.preview`,
    [sessionId, via],
  );
}

/** `escalation.updated`: its status or owner changed (the owner is the colleague handling it). */
export async function enqueueEscalationUpdated(
  db: WebhookQueryable,
  workspaceId: string,
  escalation: { id: string; sessionId: string; waveId: string; studyId: string; reason: string; status: string; owner: string | null },
  previousStatus: string,
): Promise<void> {
  await enqueueWebhookEvent(db, workspaceId, 'escalation.updated', {
    escalationId: escalation.id,
    sessionId: escalation.sessionId,
    waveId: escalation.waveId,
    studyId: escalation.studyId,
    reason: escalation.reason,
    status: escalation.status,
    previousStatus,
    owner: escalation.owner,
  });
}
