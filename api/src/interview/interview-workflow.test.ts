import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DEFAULT_TIMING, interviewWorkflowId } from '@ladder/contracts';
import { freePort, startTemporalDevServer, type TemporalDevServerHandle } from '@ladder/devstack';
import { Client, Connection } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Band } from '../common/enums.js';
import { codeOf, dataOf, startTestApi, type TestApi } from '../test-support/api-harness.js';
import { fieldingWave } from '../test-support/fielding-fixtures.js';
import { RespondentSessionDocument, StartInterviewDocument } from '../test-support/gql/graphql.js';
import { InterviewSession } from './interview-session.entity.js';
import { startInterviewWorkflow } from './interview-workflow.js';

let temporal: TemporalDevServerHandle;
/** An API whose Temporal runs (no worker: started workflows wait on their task queue, which is all these tests look at). */
let api: TestApi;
/** The harness's default: Temporal's address is a closed port. */
let down: TestApi;
let client: Client;

beforeAll(async () => {
  temporal = await startTemporalDevServer({ port: await freePort() });
  // One after the other: migrations create cluster-wide roles.
  api = await startTestApi({ temporalAddress: temporal.address });
  down = await startTestApi();
  client = new Client({ connection: await Connection.connect({ address: temporal.address }) });
}, 120_000);
afterAll(async () => {
  await client?.connection.close();
  await api?.stop();
  await down?.stop();
  await temporal?.stop();
});

/**
 * A respondent of a launched wave whose session committed as started (workflow_started_at set)
 * while its workflow never started: the API process stopped between the commit and the start,
 * or Temporal lost it. Returns the session and its link token.
 */
async function orphan(on: TestApi, status: 'invited' | 'active') {
  const externalId = `orphan-${randomUUID().slice(0, 8)}`;
  const { waveId, ids } = await fieldingWave(on, [[externalId, 3, `${externalId}@example.com`]]);
  const token = randomBytes(24).toString('base64url');
  const id = randomUUID();
  await on.db.query(
    `INSERT INTO interview_session (id, workspace_id, respondent_id, wave_id, status, moderator, token_hash, workflow_id,
                                    expires_at, workflow_started_at)
     VALUES ($1, $2, $3, $4, $5, 'offline', $6, $7, now() + interval '1 hour', now() - interval '10 minutes')`,
    [id, on.a.id, ids[externalId], waveId, status, createHash('sha256').update(token).digest('hex'), interviewWorkflowId(id)],
  );
  return { session: await on.db.getRepository(InterviewSession).findOneByOrFail({ id }), respondentId: ids[externalId], token };
}

describe('starting an interview workflow', () => {
  it('counts a workflow that already has the session id as started: no error, the row stays', async () => {
    const { session } = await orphan(api, 'invited');
    const respondent = { band: Band.DETRACTOR, language: null };
    expect(await startInterviewWorkflow(client.workflow, session, respondent, DEFAULT_TIMING)).toBe('started');
    const first = await client.workflow.getHandle(session.workflowId).describe();
    expect(await startInterviewWorkflow(client.workflow, session, respondent, DEFAULT_TIMING)).toBe('already-started');
    expect(await startInterviewWorkflow(client.workflow, session, respondent, DEFAULT_TIMING, { rejectDuplicate: true })).toBe(
      'already-started',
    );
    expect((await client.workflow.getHandle(session.workflowId).describe()).runId).toBe(first.runId);
    expect(await api.db.getRepository(InterviewSession).countBy({ id: session.id })).toBe(1);
    await client.workflow.getHandle(session.workflowId).terminate('test done');
  });
});

describe('re-issuing a link (startInterview on an open session)', () => {
  it('starts the workflow of an invited session Temporal does not know, once, and the new link opens it', async () => {
    const { session, respondentId, token } = await orphan(api, 'invited');
    const handle = client.workflow.getHandle(session.workflowId);
    await expect(handle.describe()).rejects.toThrow(/not found/i);
    const reissued = dataOf(await api.gql(StartInterviewDocument, { respondentId }, api.a.keys.ingest)).startInterview;
    expect(reissued.respondentToken).not.toBe(token);
    const described = await handle.describe();
    expect(described.status.name).toBe('RUNNING');
    // Again: the workflow runs, so nothing is started a second time.
    const again = dataOf(await api.gql(StartInterviewDocument, { respondentId }, api.a.keys.ingest)).startInterview;
    expect((await handle.describe()).runId).toBe(described.runId);
    expect(dataOf(await api.gql(RespondentSessionDocument, { token: again.respondentToken }, null)).respondentSession.sessionId).toBe(
      session.id,
    );
    await handle.terminate('test done');
  });

  it('starts no new workflow for an answered session whose workflow was lost (the orphan sweep closes it)', async () => {
    const { session, respondentId } = await orphan(api, 'active');
    dataOf(await api.gql(StartInterviewDocument, { respondentId }, api.a.keys.ingest));
    await expect(client.workflow.getHandle(session.workflowId).describe()).rejects.toThrow(/not found/i);
  });

  it('answers INTERVIEW_UNAVAILABLE when Temporal cannot be reached, and the old link keeps working', async () => {
    const { session, respondentId, token } = await orphan(down, 'invited');
    expect(codeOf(await down.gql(StartInterviewDocument, { respondentId }, down.a.keys.ingest))).toBe('INTERVIEW_UNAVAILABLE');
    const stored = await down.db.getRepository(InterviewSession).findOneByOrFail({ id: session.id });
    expect(stored.tokenHash).toBe(createHash('sha256').update(token).digest('hex'));
  });
});
