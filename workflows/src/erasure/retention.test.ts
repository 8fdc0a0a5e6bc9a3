import { randomUUID } from 'node:crypto';
import { MockActivityEnvironment } from '@temporalio/testing';
import { Client, Connection, WorkflowNotFoundError } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import type { TemporalDevServerHandle } from '@ladder/devstack';
import { ERASURE_PURGE_WORKFLOW, RETENTION_SCHEDULE_ID, RETENTION_WORKFLOW, erasurePurgeWorkflowId } from '@ladder/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createErasureActivities } from '../activities/erasure-activities.js';
import { FAST_DELETION, startTestDatabase, startTestTemporal, stopTestDatabase, type TestDatabase } from '../test-support/environment.js';
import { testDataConverter } from '../test-support/payloads.js';
import { workflowsPath } from '../worker.js';
import { ensureRetentionSchedule } from './retention-schedule.js';

let db: TestDatabase;
let temporal: TemporalDevServerHandle;
let connection: Connection;
let client: Client;

const NOW = new Date('2026-06-01T12:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();
/** A task queue no worker polls: workflows started there stay open with their history, like a waiting interview. */
const IDLE_QUEUE = `nobody-${randomUUID()}`;

async function workspace(retentionDays: number | null) {
  const q = (sql: string, params: unknown[]) => db.pool.query(sql, params).then((r) => r.rows[0] as { id: string });
  const w = await q(`INSERT INTO workspace (slug, name, transcript_retention_days) VALUES ($1, 'w', $2) RETURNING id`, [
    `w-${randomUUID()}`,
    retentionDays,
  ]);
  const s = await q(`INSERT INTO study (workspace_id, name) VALUES ($1, 's') RETURNING id`, [w.id]);
  const v = await q(`INSERT INTO wave (workspace_id, study_id, name) VALUES ($1, $2, 'v') RETURNING id`, [w.id, s.id]);
  return { workspaceId: w.id, waveId: v.id };
}

/** A respondent with one session per (status, days since it closed or last moved). */
async function respondent(ws: { workspaceId: string; waveId: string }, sessions: [status: string, daysAgo: number][]) {
  const {
    rows: [r],
  } = await db.pool.query(`INSERT INTO respondent (workspace_id, wave_id, external_id, score) VALUES ($1, $2, $3, 3) RETURNING id`, [
    ws.workspaceId,
    ws.waveId,
    randomUUID(),
  ]);
  const workflowIds: string[] = [];
  for (const [status, days] of sessions) {
    const workflowId = `interview-test-${randomUUID()}`;
    workflowIds.push(workflowId);
    await db.pool.query(
      `INSERT INTO interview_session (workspace_id, respondent_id, wave_id, moderator, token_hash, workflow_id, status,
         completed_at, updated_at)
       VALUES ($1, $2, $3, 'offline', $4, $4, $5, CASE WHEN $5 = 'completed' THEN $6::timestamptz END, $6::timestamptz)`,
      [ws.workspaceId, r.id, ws.waveId, workflowId, status, daysAgo(days)],
    );
    await db.pool.query(
      `INSERT INTO turn (workspace_id, session_id, seq, role, text, phase) SELECT $1, id, 0, 'respondent', 'words', 'context'
      FROM interview_session WHERE workflow_id = $2`,
      [ws.workspaceId, workflowId],
    );
  }
  return { id: r.id as string, workflowIds };
}

const exists = async (respondentId: string) =>
  (await db.pool.query(`SELECT 1 FROM respondent WHERE id = $1`, [respondentId])).rowCount === 1;

/** Starts a workflow nobody runs (any registered type will do): it has a history until purged. */
const startIdle = (workflowId: string) => client.workflow.start(RETENTION_WORKFLOW, { workflowId, taskQueue: IDLE_QUEUE, args: [] });

/**
 * Temporal deletes an execution asynchronously after accepting the request: ~31 s on the dev server at its default
 * clocks, ~4 s with FAST_DELETION, so asked for up to 20 s.
 */
async function isGone(workflowId: string): Promise<boolean> {
  for (let i = 0; i < 40; i++) {
    try {
      await client.workflow.getHandle(workflowId).describe();
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return true;
      throw error;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

beforeAll(async () => {
  [db, temporal] = await Promise.all([startTestDatabase(), startTestTemporal({ dynamicConfig: FAST_DELETION })]);
  connection = await Connection.connect({ address: temporal.address });
  client = new Client({ connection, dataConverter: testDataConverter });
});
afterAll(async () => {
  await connection?.close();
  await temporal?.stop();
  await stopTestDatabase(db);
});

describe('the retention activity', () => {
  it('erases, at the pinned clock, the respondents whose interviews all closed longer ago than their workspace keeps them', async () => {
    const kept30 = await workspace(30);
    const forever = await workspace(null);
    const completedLongAgo = await respondent(kept30, [['completed', 31]]);
    const abandonedLongAgo = await respondent(kept30, [['abandoned', 45]]);
    const recent = await respondent(kept30, [['completed', 29]]);
    const stillOpen = await respondent(kept30, [
      ['expired', 90],
      ['active', 40],
    ]);
    const neverInterviewed = await respondent(kept30, []);
    const keptForever = await respondent(forever, [['completed', 4000]]);

    const activities = createErasureActivities({ pool: db.pool, now: () => NOW, batchSize: 1 });
    const result = await new MockActivityEnvironment().run(activities.eraseExpiredRespondents);
    expect(result).toEqual({ erased: 2 });

    expect(await exists(completedLongAgo.id)).toBe(false);
    expect(await exists(abandonedLongAgo.id)).toBe(false);
    for (const r of [recent, stillOpen, neverInterviewed, keptForever]) expect(await exists(r.id)).toBe(true);
    const { rows } = await db.pool.query(
      `SELECT respondent_id, reason, erased_by_key_id, workflow_ids, workflows_purged_at FROM erasure_tombstone ORDER BY erased_at`,
    );
    expect(rows).toEqual(
      expect.arrayContaining([
        {
          respondent_id: completedLongAgo.id,
          reason: 'retention',
          erased_by_key_id: null,
          workflow_ids: completedLongAgo.workflowIds,
          workflows_purged_at: null,
        },
        {
          respondent_id: abandonedLongAgo.id,
          reason: 'retention',
          erased_by_key_id: null,
          workflow_ids: abandonedLongAgo.workflowIds,
          workflows_purged_at: null,
        },
      ]),
    );
    expect(rows).toHaveLength(2);
    const [{ n }] = (await db.pool.query(`SELECT count(*)::int AS n FROM turn WHERE workspace_id = $1`, [kept30.workspaceId])).rows;
    expect(n).toBe(3);

    // A day later nothing else is due: the run is idempotent.
    expect(await new MockActivityEnvironment().run(activities.eraseExpiredRespondents)).toEqual({ erased: 0 });
  });

  it('terminates and deletes the workflows of a tombstone, and counts a workflow Temporal never knew as purged', async () => {
    const ws = await workspace(1);
    const r = await respondent(ws, [['completed', 3]]);
    await startIdle(r.workflowIds[0]);
    expect((await client.workflow.getHandle(r.workflowIds[0]).describe()).status.name).toBe('RUNNING');
    const {
      rows: [tombstone],
    } = await db.pool.query(`SELECT id FROM erase_respondents($1, ARRAY[$2]::uuid[], NULL, 'request')`, [ws.workspaceId, r.id]);
    await db.pool.query(`UPDATE erasure_tombstone SET workflow_ids = workflow_ids || 'never-started'::text WHERE id = $1`, [tombstone.id]);

    const activities = createErasureActivities({ pool: db.pool, temporal: () => client });
    expect(await activities.purgeErasedWorkflows({ tombstoneId: tombstone.id })).toEqual({ purged: 1 });
    expect(await isGone(r.workflowIds[0])).toBe(true);
    const { rows } = await db.pool.query(`SELECT workflows_purged_at FROM erasure_tombstone WHERE id = $1`, [tombstone.id]);
    expect(rows[0].workflows_purged_at).toBeInstanceOf(Date);
    expect(await activities.purgeErasedWorkflows({ tombstoneId: tombstone.id })).toEqual({ purged: 0 });
  }, 60_000);
});

describe('the retention workflows and schedule', () => {
  it('run on a worker: the daily run erases what is due and purges every pending tombstone; the purge workflow one', async () => {
    const ws = await workspace(7);
    const due = await respondent(ws, [['completed', 8]]);
    const erasedEarlier = await respondent(ws, [['completed', 0]]);
    for (const id of [...due.workflowIds, ...erasedEarlier.workflowIds]) await startIdle(id);
    // Erased on request while Temporal could not take the purge: its tombstone waits for the daily run.
    await db.pool.query(`SELECT erase_respondents($1, ARRAY[$2]::uuid[], NULL, 'request')`, [ws.workspaceId, erasedEarlier.id]);

    const taskQueue = `test-retention-${randomUUID()}`;
    const native = await NativeConnection.connect({ address: temporal.address });
    const worker = await Worker.create({
      connection: native,
      taskQueue,
      workflowsPath,
      dataConverter: testDataConverter,
      activities: createErasureActivities({ pool: db.pool, now: () => new Date(NOW.getTime() + 86_400_000) }),
    });
    const run = worker.run();
    try {
      const result = await client.workflow.execute(RETENTION_WORKFLOW, { taskQueue, workflowId: `retention-${randomUUID()}`, args: [] });
      expect(result.erased).toBeGreaterThanOrEqual(1);
      expect(result.purged).toBeGreaterThanOrEqual(2);
      expect(await exists(due.id)).toBe(false);
      for (const id of [...due.workflowIds, ...erasedEarlier.workflowIds]) expect(await isGone(id)).toBe(true);

      const another = await respondent(ws, [['completed', 0]]);
      await startIdle(another.workflowIds[0]);
      const {
        rows: [t],
      } = await db.pool.query(`SELECT id FROM erase_respondents($1, ARRAY[$2]::uuid[], NULL, 'request')`, [ws.workspaceId, another.id]);
      const purged = await client.workflow.execute(ERASURE_PURGE_WORKFLOW, {
        taskQueue,
        workflowId: erasurePurgeWorkflowId(t.id),
        args: [{ tombstoneId: t.id }],
      });
      expect(purged).toEqual({ purged: 1 });
      expect(await isGone(another.workflowIds[0])).toBe(true);
    } finally {
      worker.shutdown();
      await run;
      await native.close();
    }
  }, 120_000);

  it('is created once by the first worker to start, daily, for the retention workflow', async () => {
    const native = await NativeConnection.connect({ address: temporal.address });
    try {
      const input = { connection: native, namespace: 'default', taskQueue: 'ladder', dataConverter: testDataConverter };
      expect(await ensureRetentionSchedule(input)).toBe(true);
      expect(await ensureRetentionSchedule(input)).toBe(false);
      const schedule = await client.schedule.getHandle(RETENTION_SCHEDULE_ID).describe();
      expect(schedule.action).toMatchObject({ type: 'startWorkflow', workflowType: RETENTION_WORKFLOW, taskQueue: 'ladder' });
      expect(schedule.spec.calendars).toEqual([expect.objectContaining({ hour: [{ start: 3, end: 3, step: 1 }] })]);
      const next = schedule.info.nextActionTimes.map((d) => d.getTime());
      expect(next[1] - next[0]).toBe(86_400_000);
    } finally {
      await native.close();
    }
  });
});
