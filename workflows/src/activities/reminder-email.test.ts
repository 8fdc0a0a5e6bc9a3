import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertSession, startTestDatabase, stopTestDatabase, type TestDatabase } from '../test-support/environment.js';
import { createActivities } from './index.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await startTestDatabase();
});
afterAll(() => stopTestDatabase(db));

const reminders = async (sessionId: string) =>
  (
    await db.pool.query(
      `SELECT d.kind, d.trigger, d.status, d.email, d.session_id = s.id AS own, d.due_at <= now() AS due
       FROM email_delivery d JOIN interview_session s ON s.respondent_id = d.respondent_id WHERE s.id = $1`,
      [sessionId],
    )
  ).rows;

describe('the idle reminder', () => {
  it('queues one reminder email, due now and tied to the session, when the respondent left an address', async () => {
    const { sessionId } = await insertSession(db.pool, 4);
    await db.pool.query(
      `INSERT INTO respondent_contact (respondent_id, workspace_id, email)
       SELECT respondent_id, workspace_id, ' anna@example.com ' FROM interview_session WHERE id = $1`,
      [sessionId],
    );
    const a = createActivities({ pool: db.pool });
    await a.remindRespondent({ sessionId });
    await a.remindRespondent({ sessionId });
    expect(await reminders(sessionId)).toEqual([
      { kind: 'reminder', trigger: 'workflow', status: 'queued', email: 'anna@example.com', own: true, due: true },
    ]);
  });

  it('queues no email without an address, and still records the reminder', async () => {
    const { sessionId } = await insertSession(db.pool, 4);
    await createActivities({ pool: db.pool }).remindRespondent({ sessionId });
    expect(await reminders(sessionId)).toEqual([]);
    const { rows } = await db.pool.query(`SELECT reminded_at IS NOT NULL AS reminded FROM interview_session WHERE id = $1`, [sessionId]);
    expect(rows).toEqual([{ reminded: true }]);
  });
});
