import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { historyToJSON } from '@temporalio/common/lib/proto-utils.js';
import { Client, Connection, WorkflowUpdateFailedError } from '@temporalio/client';
import type { TemporalDevServerHandle } from '@ladder/devstack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTERVIEW_WORKFLOW, MAX_MESSAGE_LENGTH, interviewWorkflowId, respondUpdate, stateQuery, type InterviewWorkflowInput } from '../contracts/index.js';
import { insertSession, startTestDatabase, startTestTemporal, stopTestDatabase, type TestDatabase } from '../test-support/environment.js';
import { createLadderWorker, type LadderWorker } from '../worker.js';

let db: TestDatabase;
let temporal: TemporalDevServerHandle;
let ladder: LadderWorker;
let running: Promise<void>;
let client: Client;
const taskQueue = `test-${randomUUID()}`;

beforeAll(async () => {
  [db, temporal] = await Promise.all([startTestDatabase(), startTestTemporal()]);
  ladder = await createLadderWorker({ databaseUrl: db.url, temporalAddress: temporal.address, taskQueue });
  running = ladder.worker.run();
  client = new Client({ connection: await Connection.connect({ address: temporal.address }) });
});
afterAll(async () => {
  ladder?.worker.shutdown();
  await running;
  await ladder?.pool.end();
  await ladder?.connection.close();
  await client?.connection.close();
  await temporal?.stop();
  await stopTestDatabase(db);
});

describe('interview workflow on the Temporal dev server', () => {
  it('answers each respondent message through an Update until it closes the interview', async () => {
    const { sessionId, workspaceId } = await insertSession(db.pool, 4, 'fr');
    const input: InterviewWorkflowInput = { sessionId, workspaceId, band: 'detractor', language: 'fr' };
    const handle = await client.workflow.start(INTERVIEW_WORKFLOW, { taskQueue, workflowId: interviewWorkflowId(sessionId), args: [input] });

    await expect(handle.executeUpdate(respondUpdate, { args: [{ text: '   ' }] })).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
    await expect(handle.executeUpdate(respondUpdate, { args: [{ text: 'x'.repeat(MAX_MESSAGE_LENGTH + 1) }] })).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
    const first = await handle.executeUpdate(respondUpdate, { args: [{ text: 'Les rapports sont trop lents' }], updateId: 'u-1' });
    expect(first).toMatchObject({ status: 'active', turn: { seq: 2, role: 'moderator', phase: 'surface' } });
    // The same Update id is applied once: same result, no new turns.
    expect(await handle.executeUpdate(respondUpdate, { args: [{ text: 'Les rapports sont trop lents' }], updateId: 'u-1' })).toEqual(first);

    let last = first;
    for (let i = 2; last.status !== 'completed'; i++) {
      last = await handle.executeUpdate(respondUpdate, { args: [{ text: `Réponse ${i} : nous perdons des heures chaque semaine` }] });
      expect(i).toBeLessThan(12);
    }
    expect(await handle.query(stateQuery)).toMatchObject({ status: 'completed', respondentTurns: 6 });
    await handle.result();
    await expect(handle.executeUpdate(respondUpdate, { args: [{ text: 'encore' }] })).rejects.toThrow();

    const { rows } = await db.pool.query(`SELECT seq, role, text FROM turn WHERE session_id = $1 ORDER BY seq`, [sessionId]);
    expect(rows.map((r) => r.seq)).toEqual([...Array(13).keys()]);
    expect(rows.filter((r) => r.role === 'respondent')).toHaveLength(6);
    expect(rows[0].text).toMatch(/^Merci/);
    const [{ status }] = (await db.pool.query(`SELECT status FROM interview_session WHERE id = $1`, [sessionId])).rows;
    expect(status).toBe('completed');
    // `npm run record-histories` keeps this run's history for the replay test (histories/).
    if (process.env.LADDER_RECORD_HISTORIES) {
      writeFileSync(new URL('./histories/interview-completed-fr.json', import.meta.url), historyToJSON(await handle.fetchHistory()));
    }
  });
});
