import { Context } from '@temporalio/activity';
import { WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError, type Client } from '@temporalio/client';
import {
  DEFAULT_TIMING,
  INTERVIEW_WORKFLOW,
  TASK_QUEUE,
  type Band,
  type InterviewTiming,
  type InterviewWorkflowInput,
} from '@ladder/contracts';
import type pg from 'pg';
import { finishSession } from './turn-store.js';

export interface OrphanSweepDeps {
  pool: pg.Pool;
  /** The interview clocks a restarted workflow gets (the worker's configured timing). */
  timing?: InterviewTiming;
  /** The client that describes and starts interview workflows: the worker's own by default. */
  temporal?: () => Client;
  /** The task queue restarted interviews run on (the worker's). */
  taskQueue?: string;
  /** Sessions checked per run; the rest wait for the next runs, oldest check first. */
  batchSize?: number;
  /**
   * A session's workflow is looked for only this long after it was recorded as started: the API
   * commits the session just before it starts the workflow, and must not be raced.
   */
  graceMs?: number;
  now?: () => Date;
}

/** What the sweep did with one session. */
export type OrphanOutcome = 'running' | 'restarted' | 'expired' | 'abandoned';
export type OrphanSweepResult = { checked: number } & Record<Exclude<OrphanOutcome, 'running'>, number>;

/** The shortest time a respondent gets to answer a restarted invitation (as when a link is opened late). */
const MIN_TIME_TO_ANSWER_MS = 60_000;

interface DueSession {
  id: string;
  workspace_id: string;
  study_id: string;
  preview: boolean;
  status: 'invited' | 'active';
  workflow_id: string;
  expires_at: Date | null;
  band: Band;
  language: string | null;
}

const isNotFound = (error: unknown) =>
  error instanceof WorkflowNotFoundError || (error as { code?: number }).code === 5; /* gRPC NOT_FOUND */

/**
 * The orphan sweep: open sessions (invited or active) recorded as started whose workflow is not
 * running. An invited session Temporal does not know gets its workflow started, with what is left
 * of its invitation (expired when nothing is); an answered one cannot be resumed by a new workflow
 * (the moderator's state was in the lost one), so it is closed as abandoned, transcript kept, as
 * the workflow closes an idle interview; a session whose workflow closed without closing it (an
 * operator terminated it, it failed) is closed too: expired if unanswered, else abandoned. Each
 * step is idempotent (a start that finds the workflow counts as started, a status only moves from
 * open), so a retried or overlapping run repeats nothing.
 */
export function createOrphanSweepActivities({
  pool,
  timing = DEFAULT_TIMING,
  temporal = () => Context.current().client,
  taskQueue = TASK_QUEUE,
  batchSize = 500,
  graceMs = 5 * 60_000,
  now = () => new Date(),
}: OrphanSweepDeps) {
  async function close(session: DueSession, status: 'expired' | 'abandoned'): Promise<OrphanOutcome> {
    const ref = { id: session.id, workspaceId: session.workspace_id, studyId: session.study_id, preview: session.preview };
    await finishSession(pool, ref, status);
    return status;
  }

  async function repair(client: Client, session: DueSession): Promise<OrphanOutcome> {
    try {
      const { status } = await client.workflow.getHandle(session.workflow_id).describe();
      if (status.name === 'RUNNING') return 'running';
      return close(session, session.status === 'invited' ? 'expired' : 'abandoned');
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
    if (session.status === 'active') return close(session, 'abandoned');
    const left = (session.expires_at?.getTime() ?? now().getTime() + timing.invitationTtlMs) - now().getTime();
    if (left <= 0) return close(session, 'expired');
    const input: InterviewWorkflowInput = {
      sessionId: session.id,
      workspaceId: session.workspace_id,
      band: session.band,
      language: session.language,
      timing: { ...timing, invitationTtlMs: Math.max(MIN_TIME_TO_ANSWER_MS, left) },
    };
    try {
      await client.workflow.start(INTERVIEW_WORKFLOW, {
        taskQueue,
        workflowId: session.workflow_id,
        args: [input],
        // Never over a finished interview; a workflow started meanwhile (the link opened) is the one.
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
      });
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError) return 'running';
      throw error;
    }
    return 'restarted';
  }

  return {
    async sweepOrphanedInterviews(): Promise<OrphanSweepResult> {
      const { rows } = await pool.query<DueSession>(
        `SELECT s.id, s.workspace_id, w.study_id, w.preview, s.status, s.workflow_id, s.expires_at, r.band, r.language
         FROM interview_session s JOIN wave w ON w.id = s.wave_id JOIN respondent r ON r.id = s.respondent_id
         WHERE s.status IN ('invited', 'active') AND s.workflow_started_at IS NOT NULL
           AND s.workflow_started_at < $1::timestamptz - make_interval(secs => $2::double precision / 1000)
         ORDER BY s.workflow_checked_at NULLS FIRST LIMIT $3`,
        [now(), graceMs, batchSize],
      );
      const result: OrphanSweepResult = { checked: 0, restarted: 0, expired: 0, abandoned: 0 };
      const client = temporal();
      for (const session of rows) {
        const outcome = await repair(client, session);
        if (outcome !== 'running') result[outcome]++;
        await pool.query(`UPDATE interview_session SET workflow_checked_at = $2 WHERE id = $1`, [session.id, now()]);
        result.checked++;
        if (result.checked % 50 === 0) Context.current().heartbeat(result);
      }
      return result;
    },
  };
}

export type OrphanSweepActivities = ReturnType<typeof createOrphanSweepActivities>;
