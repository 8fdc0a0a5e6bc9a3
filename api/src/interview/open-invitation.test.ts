import { randomUUID } from 'node:crypto';
import { DEFAULT_TIMING, interviewWorkflowId } from '@ladder/contracts';
import { freePort, startTemporalDevServer, type TemporalDevServerHandle } from '@ladder/devstack';
import { Client, Connection } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SessionStatus } from '../common/enums.js';
import { startTestApi, type TestApi } from '../test-support/api-harness.js';
import { studyWithWave } from '../test-support/fixtures.js';
import { InterviewSession } from './interview-session.entity.js';
import { openInvitation } from './open-invitation.js';

let api: TestApi;
let temporal: TemporalDevServerHandle;
let client: Client;
let waveId: string;

beforeAll(async () => {
  [api, temporal] = await Promise.all([startTestApi(), freePort().then((port) => startTemporalDevServer({ port }))]);
  client = new Client({ connection: await Connection.connect({ address: temporal.address }) });
  ({ waveId } = await studyWithWave(api));
}, 120_000);
afterAll(async () => {
  await client?.connection.close();
  await temporal?.stop();
  await api?.stop();
});

/** A session as the worker's fielding dispatcher creates it for a mailed invitation: no workflow yet. */
async function mailedSession(expiresInMs: number): Promise<InterviewSession> {
  const [{ id: respondentId }] = await api.db.query(
    `INSERT INTO respondent (workspace_id, wave_id, external_id, score) VALUES ($1, $2, $3, 4) RETURNING id`,
    [api.a.id, waveId, randomUUID()],
  );
  const id = randomUUID();
  await api.db.query(
    `INSERT INTO interview_session (id, workspace_id, respondent_id, wave_id, moderator, token_hash, workflow_id, expires_at,
                                    workflow_started_at)
     VALUES ($1, $2, $3, $4, 'offline', $5, $6, now() + make_interval(secs => $7::double precision / 1000), NULL)`,
    [id, api.a.id, respondentId, waveId, randomUUID(), interviewWorkflowId(id), expiresInMs],
  );
  return api.db.getRepository(InterviewSession).findOneByOrFail({ id });
}

describe('openInvitation', () => {
  it('starts the interview of a mailed invitation once, when its link is first opened, with what is left of its validity', async () => {
    const session = await mailedSession(3_600_000);
    expect(session.workflowStartedAt).toBeNull();
    const opened = await openInvitation(api.db, client.workflow, DEFAULT_TIMING, session);
    expect(opened.workflowStartedAt).toBeInstanceOf(Date);
    const handle = client.workflow.getHandle(session.workflowId);
    const described = await handle.describe();
    expect(described.status.name).toBe('RUNNING');
    const stored = await api.db.getRepository(InterviewSession).findOneByOrFail({ id: session.id });
    expect(stored.workflowStartedAt).not.toBeNull();
    // A second tab opening the same stale row starts nothing new: the workflow id is the session's.
    await openInvitation(api.db, client.workflow, DEFAULT_TIMING, session);
    expect((await handle.describe()).runId).toBe(described.runId);
    const history = await handle.fetchHistory();
    const input = history.events?.[0].workflowExecutionStartedEventAttributes?.input?.payloads?.[0]?.data;
    const timing = JSON.parse(Buffer.from(input!).toString()).timing;
    expect(timing.invitationTtlMs).toBeLessThanOrEqual(3_600_000);
    expect(timing.invitationTtlMs).toBeGreaterThan(3_500_000);
    await handle.terminate('test done');
  });

  it('reads a lapsed invitation as expired and starts nothing', async () => {
    const session = await mailedSession(-1000);
    const opened = await openInvitation(api.db, client.workflow, DEFAULT_TIMING, session);
    expect(opened.status).toBe(SessionStatus.EXPIRED);
    await expect(client.workflow.getHandle(session.workflowId).describe()).rejects.toThrow(/not found/i);
  });

  it('leaves sessions started by startInterview as they are', async () => {
    const session = Object.assign(await mailedSession(3_600_000), { workflowStartedAt: new Date() });
    expect(await openInvitation(api.db, client.workflow, DEFAULT_TIMING, session)).toBe(session);
    await expect(client.workflow.getHandle(session.workflowId).describe()).rejects.toThrow(/not found/i);
  });

  it('says the interview service is unavailable when Temporal cannot be reached, and records nothing', async () => {
    const session = await mailedSession(3_600_000);
    const closed = new Client({ connection: Connection.lazy({ address: '127.0.0.1:1', connectTimeout: 500 }) });
    await expect(openInvitation(api.db, closed.workflow, DEFAULT_TIMING, session)).rejects.toMatchObject({ code: 'INTERVIEW_UNAVAILABLE' });
    expect((await api.db.getRepository(InterviewSession).findOneByOrFail({ id: session.id })).workflowStartedAt).toBeNull();
  });
});
