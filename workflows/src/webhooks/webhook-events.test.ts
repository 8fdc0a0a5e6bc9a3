import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActivities } from '../activities/index.js';
import { createAnalysisActivities } from '../activities/analysis-activities.js';
import { insertSession, startTestDatabase, stopTestDatabase, type TestDatabase } from '../test-support/environment.js';
import { insertEndpoint } from '../test-support/webhooks.js';

/**
 * The worker's events reach the webhook outbox through the activities that make the change, in
 * the same transaction: interview completion, escalations raised by an answer, analysis completion.
 */
let db: TestDatabase;
beforeAll(async () => {
  db = await startTestDatabase();
});
afterAll(async () => {
  await stopTestDatabase(db);
});

const eventsOf = async (workspaceId: string) =>
  (await db.pool.query(`SELECT type, payload FROM webhook_event WHERE workspace_id = $1 ORDER BY created_at`, [workspaceId])).rows;

async function subscribedSession() {
  const { sessionId, workspaceId } = await insertSession(db.pool, 2);
  const endpoint = await insertEndpoint(db.pool, workspaceId, 'https://hooks.example.com/ladder', [
    'interview.completed',
    'escalation.raised',
    'analysis.completed',
  ]);
  const [ids] = (
    await db.pool.query(
      `SELECT s.respondent_id, s.wave_id, w.study_id FROM interview_session s JOIN wave w ON w.id = s.wave_id WHERE s.id = $1`,
      [sessionId],
    )
  ).rows;
  return { sessionId, workspaceId, endpointId: endpoint.id, respondentId: ids.respondent_id, waveId: ids.wave_id, studyId: ids.study_id };
}

describe('worker events into the webhook outbox', () => {
  it('an answer that raises an escalation enqueues escalation.raised with its reason and quote, once', async () => {
    const s = await subscribedSession();
    const activities = createActivities({ pool: db.pool });
    await activities.beginInterview({ sessionId: s.sessionId });
    const answer = 'We are cancelling our contract next month and moving everything to Zendesk.';
    await activities.answerOffline({ sessionId: s.sessionId, seq: 1, text: answer, phase: 'context', ladderLevel: 0 });
    const events = await eventsOf(s.workspaceId);
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) {
      expect(e.type).toBe('escalation.raised');
      expect(e.payload).toMatchObject({ sessionId: s.sessionId, waveId: s.waveId, studyId: s.studyId, status: 'open' });
      expect(answer).toContain(e.payload.quote);
    }
    const { rows: escalations } = await db.pool.query(`SELECT id, reason FROM escalation WHERE session_id = $1 ORDER BY reason`, [
      s.sessionId,
    ]);
    expect(events.map((e) => [e.payload.escalationId, e.payload.reason]).sort()).toEqual(escalations.map((x) => [x.id, x.reason]).sort());
    const { rows: deliveries } = await db.pool.query(`SELECT status FROM webhook_delivery WHERE endpoint_id = $1`, [s.endpointId]);
    expect(deliveries).toEqual(events.map(() => ({ status: 'pending' })));
  });

  it('completing an interview enqueues interview.completed once; a retried completion adds nothing', async () => {
    const s = await subscribedSession();
    const activities = createActivities({ pool: db.pool });
    await activities.completeSession({ sessionId: s.sessionId });
    await activities.completeSession({ sessionId: s.sessionId });
    const events = await eventsOf(s.workspaceId);
    expect(events).toHaveLength(1);
    expect(events[0].type).toBe('interview.completed');
    expect(events[0].payload).toMatchObject({ sessionId: s.sessionId, respondentId: s.respondentId, waveId: s.waveId, studyId: s.studyId });
    expect(Date.parse(events[0].payload.completedAt)).not.toBeNaN();
  });

  it('an abandoned interview is not completed: no event', async () => {
    const s = await subscribedSession();
    await createActivities({ pool: db.pool }).endSession({ sessionId: s.sessionId, status: 'abandoned' });
    expect(await eventsOf(s.workspaceId)).toEqual([]);
  });

  it('a finished wave analysis enqueues analysis.completed once, also when its last step is retried', async () => {
    const s = await subscribedSession();
    const [{ id: taxonomyId }] = (await db.pool.query(`SELECT id FROM driver_taxonomy WHERE study_id = $1`, [s.studyId])).rows;
    const [{ id: analysisId }] = (
      await db.pool.query(
        `INSERT INTO wave_analysis (workspace_id, study_id, wave_id, taxonomy_id, synthesizer, workflow_id)
         VALUES ($1, $2, $3, $4, 'offline', $5) RETURNING id`,
        [s.workspaceId, s.studyId, s.waveId, taxonomyId, `wave-analysis-${randomUUID()}`],
      )
    ).rows;
    const analysis = createAnalysisActivities({ pool: db.pool, llm: null, embedder: null });
    await analysis.synthesizeWaveThemes({ analysisId });
    await analysis.synthesizeWaveThemes({ analysisId });
    const events = await eventsOf(s.workspaceId);
    expect(events).toEqual([
      { type: 'analysis.completed', payload: { analysisId, waveId: s.waveId, studyId: s.studyId, themes: 0, actions: expect.any(Number) } },
    ]);
  });
});
