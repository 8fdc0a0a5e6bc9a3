import { randomUUID } from 'node:crypto';
import { Client, Connection, WorkflowNotFoundError } from '@temporalio/client';
import { MockActivityEnvironment } from '@temporalio/testing';
import { NativeConnection, Worker } from '@temporalio/worker';
import type { TemporalDevServerHandle } from '@ladder/devstack';
import {
  DEFAULT_TIMING,
  INTERVIEW_WORKFLOW,
  ORPHAN_SWEEP_SCHEDULE_ID,
  ORPHAN_SWEEP_WORKFLOW,
  interviewWorkflowId,
} from '@ladder/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrphanSweepActivities } from '../activities/orphan-sweep-activities.js';
import { startTestDatabase, startTestTemporal, stopTestDatabase, type TestDatabase } from '../test-support/environment.js';
import { testDataConverter } from '../test-support/payloads.js';
import { workflowsPath } from '../worker.js';
import { ensureOrphanSweepSchedule } from './orphan-sweep-schedule.js';

let db: TestDatabase;
let temporal: TemporalDevServerHandle;
let connection: Connection;
let client: Client;
/** A task queue no worker polls: interviews started there stay open, as they wait for their first answer. */
const IDLE_QUEUE = `nobody-${randomUUID()}`;
const MINUTE = 60_000;

beforeAll(async () => {
  [db, temporal] = await Promise.all([startTestDatabase(), startTestTemporal()]);
  connection = await Connection.connect({ address: temporal.address });
  client = new Client({ connection, dataConverter: testDataConverter });
}, 120_000);
afterAll(async () => {
  await connection?.close();
  await temporal?.stop();
  await stopTestDatabase(db);
});

interface SessionSpec {
  status: 'invited' | 'active';
  /** When the API recorded its workflow as started; null: a mailed invitation nobody opened. */
  startedMsAgo: number | null;
  expiresInMs?: number;
  /** Starts its workflow on the idle queue first; 'terminated' then terminates it. */
  workflow?: 'running' | 'terminated';
}

/** A session written the way the API writes one, with (or without) its workflow. */
async function session(spec: SessionSpec): Promise<{ id: string; workflowId: string }> {
  const one = async (sql: string, params: unknown[]) => (await db.pool.query(sql, params)).rows[0] as { id: string };
  const w = await one(`INSERT INTO workspace (slug, name) VALUES ($1, 'w') RETURNING id`, [`w-${randomUUID()}`]);
  const s = await one(`INSERT INTO study (workspace_id, name) VALUES ($1, 's') RETURNING id`, [w.id]);
  const v = await one(`INSERT INTO wave (workspace_id, study_id, name) VALUES ($1, $2, 'v') RETURNING id`, [w.id, s.id]);
  const r = await one(`INSERT INTO respondent (workspace_id, wave_id, external_id, score) VALUES ($1, $2, 'r', 3) RETURNING id`, [
    w.id,
    v.id,
  ]);
  const id = randomUUID();
  const workflowId = interviewWorkflowId(id);
  await db.pool.query(
    `INSERT INTO interview_session (id, workspace_id, respondent_id, wave_id, status, moderator, token_hash, workflow_id, expires_at,
                                    workflow_started_at)
     VALUES ($1, $2, $3, $4, $5, 'offline', $6, $7, now() + make_interval(secs => $8::double precision / 1000),
             now() - make_interval(secs => $9::double precision / 1000))`,
    [id, w.id, r.id, v.id, spec.status, randomUUID(), workflowId, spec.expiresInMs ?? 3_600_000, spec.startedMsAgo],
  );
  if (spec.workflow) {
    const handle = await client.workflow.start(INTERVIEW_WORKFLOW, { workflowId, taskQueue: IDLE_QUEUE, args: [{ sessionId: id }] });
    if (spec.workflow === 'terminated') await handle.terminate('an operator stopped it');
  }
  return { id, workflowId };
}

const statusOf = async (id: string) =>
  (await db.pool.query(`SELECT status, closed_at FROM interview_session WHERE id = $1`, [id])).rows[0] as {
    status: string;
    closed_at: Date | null;
  };

async function describeOrNull(workflowId: string) {
  try {
    return await client.workflow.getHandle(workflowId).describe();
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) return null;
    throw error;
  }
}

/** Only the sessions a test writes are open when it starts. */
const closeEverything = () => db.pool.query(`UPDATE interview_session SET status = 'abandoned' WHERE status IN ('invited', 'active')`);

const sweeper = (batchSize = 100) =>
  createOrphanSweepActivities({ pool: db.pool, temporal: () => client, taskQueue: IDLE_QUEUE, batchSize, timing: DEFAULT_TIMING });

describe('the orphan sweep', () => {
  it('starts an invited orphan, closes what cannot run, leaves running, fresh and unopened ones alone, and repeats nothing', async () => {
    await closeEverything();
    const invited = await session({ status: 'invited', startedMsAgo: 10 * MINUTE });
    const answered = await session({ status: 'active', startedMsAgo: 60 * MINUTE });
    const lapsed = await session({ status: 'invited', startedMsAgo: 30 * MINUTE, expiresInMs: -MINUTE });
    const stopped = await session({ status: 'active', startedMsAgo: 60 * MINUTE, workflow: 'terminated' });
    const running = await session({ status: 'invited', startedMsAgo: 10 * MINUTE, workflow: 'running' });
    // The API committed it a moment ago and is starting its workflow right now: within the grace period.
    const fresh = await session({ status: 'invited', startedMsAgo: 10_000 });
    const unopened = await session({ status: 'invited', startedMsAgo: null });

    const activities = sweeper();
    const first = await new MockActivityEnvironment().run(activities.sweepOrphanedInterviews);
    expect(first).toEqual({ checked: 5, restarted: 1, expired: 1, abandoned: 2 });

    const restarted = await describeOrNull(invited.workflowId);
    expect(restarted?.status.name).toBe('RUNNING');
    expect(restarted?.taskQueue).toBe(IDLE_QUEUE);
    expect((await statusOf(invited.id)).status).toBe('invited');
    // Answered, its workflow lost: closed as abandoned (transcript kept), not restarted under a fresh moderator.
    expect(await statusOf(answered.id)).toMatchObject({ status: 'abandoned', closed_at: expect.any(Date) });
    expect(await describeOrNull(answered.workflowId)).toBeNull();
    expect((await statusOf(lapsed.id)).status).toBe('expired');
    expect(await describeOrNull(lapsed.workflowId)).toBeNull();
    expect((await statusOf(stopped.id)).status).toBe('abandoned');
    expect((await describeOrNull(stopped.workflowId))?.status.name).toBe('TERMINATED');
    expect((await statusOf(running.id)).status).toBe('invited');
    for (const untouched of [fresh, unopened]) {
      expect((await statusOf(untouched.id)).status).toBe('invited');
      expect(await describeOrNull(untouched.workflowId)).toBeNull();
    }

    // Again: the restarted interview runs, the rest is closed: nothing to do, nothing started twice.
    const second = await new MockActivityEnvironment().run(activities.sweepOrphanedInterviews);
    expect(second).toEqual({ checked: 2, restarted: 0, expired: 0, abandoned: 0 });
    expect((await describeOrNull(invited.workflowId))?.runId).toBe(restarted?.runId);
    for (const s of [invited, running]) await client.workflow.getHandle(s.workflowId).terminate('test done');
  });

  it('checks a bounded batch per run, the sessions checked longest ago first, so every orphan is reached', async () => {
    await closeEverything();
    const orphans = [];
    for (let i = 0; i < 3; i++) orphans.push(await session({ status: 'invited', startedMsAgo: 10 * MINUTE }));
    const activities = sweeper(2);
    expect(await new MockActivityEnvironment().run(activities.sweepOrphanedInterviews)).toMatchObject({ checked: 2, restarted: 2 });
    expect(await new MockActivityEnvironment().run(activities.sweepOrphanedInterviews)).toMatchObject({ checked: 2, restarted: 1 });
    for (const o of orphans) {
      expect((await describeOrNull(o.workflowId))?.status.name).toBe('RUNNING');
      await client.workflow.getHandle(o.workflowId).terminate('test done');
    }
  });
});

describe('the orphan sweep workflow and schedule', () => {
  it('runs on a worker with the worker’s own client', async () => {
    await closeEverything();
    const orphan = await session({ status: 'invited', startedMsAgo: 10 * MINUTE });
    const taskQueue = `test-orphans-${randomUUID()}`;
    const native = await NativeConnection.connect({ address: temporal.address });
    const worker = await Worker.create({
      connection: native,
      taskQueue,
      workflowsPath,
      dataConverter: testDataConverter,
      activities: createOrphanSweepActivities({ pool: db.pool, taskQueue: IDLE_QUEUE }),
    });
    const run = worker.run();
    try {
      const result = await client.workflow.execute(ORPHAN_SWEEP_WORKFLOW, { taskQueue, workflowId: `orphans-${randomUUID()}`, args: [] });
      expect(result).toEqual({ checked: 1, restarted: 1, expired: 0, abandoned: 0 });
      expect((await describeOrNull(orphan.workflowId))?.status.name).toBe('RUNNING');
      await client.workflow.getHandle(orphan.workflowId).terminate('test done');
    } finally {
      worker.shutdown();
      await run;
      await native.close();
    }
  }, 120_000);

  it('is created once by the first worker to start, every 5 minutes, one run at a time', async () => {
    const native = await NativeConnection.connect({ address: temporal.address });
    try {
      const input = { connection: native, namespace: 'default', taskQueue: 'ladder', dataConverter: testDataConverter };
      expect(await ensureOrphanSweepSchedule(input)).toBe(true);
      expect(await ensureOrphanSweepSchedule(input)).toBe(false);
      const schedule = await client.schedule.getHandle(ORPHAN_SWEEP_SCHEDULE_ID).describe();
      expect(schedule.action).toMatchObject({ type: 'startWorkflow', workflowType: ORPHAN_SWEEP_WORKFLOW, taskQueue: 'ladder' });
      expect(schedule.policies.overlap).toBe('SKIP');
      const next = schedule.info.nextActionTimes.map((d) => d.getTime());
      expect(next[1] - next[0]).toBe(5 * MINUTE);
    } finally {
      await native.close();
    }
  });
});
