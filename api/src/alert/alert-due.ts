import type { EntityManager } from 'typeorm';

/**
 * Marks a study's alert rules due for evaluation, in the transaction that changed its respondents
 * (only when the study has an enabled rule). Any number of responses before the evaluator's next
 * pass share one evaluation; each mark bumps the version, so a mark made while the evaluator runs
 * survives its clean-up (migration 1764560000000).
 */
export async function markAlertsDue(em: EntityManager, target: { workspaceId: string; studyId: string }): Promise<void> {
  await em.query(
    `INSERT INTO alert_evaluation_due (study_id, workspace_id)
     SELECT $1, $2 WHERE EXISTS (SELECT 1 FROM alert_rule WHERE study_id = $1 AND workspace_id = $2 AND enabled)
     ON CONFLICT (study_id) DO UPDATE SET version = alert_evaluation_due.version + 1, since = now()`,
    [target.studyId, target.workspaceId],
  );
}
