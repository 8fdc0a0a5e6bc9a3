import { Client, type DataConverter } from '@temporalio/client';
import type { NativeConnection } from '@temporalio/worker';
import { DEFAULT_TIMING, FIELDING_WORKFLOW, FIELDING_WORKFLOW_ID, fieldingWakeSignal, type InterviewTiming } from '@ladder/contracts';
import pg from 'pg';
import { createMailer } from '../mail/transport.js';
import { DEFAULT_TUNING, type DispatchTuning, type MailSettings } from './dispatch-config.js';
import { createFieldingActivities, type FieldingActivities } from './fielding-activities.js';

/** What a worker needs to run the fielding dispatcher; tests shorten the tuning's clocks. */
export interface FieldingOptions {
  mail: MailSettings;
  timing?: InterviewTiming;
  tuning?: Partial<DispatchTuning>;
}

export interface FieldingHandle {
  activities: FieldingActivities;
  /** Starts the dispatcher if it is not running and wakes it: rows queued before a crash go out. */
  wake(): Promise<void>;
  close(): Promise<void>;
}

/** The dispatcher's mailer (one SMTP pool), database pool, and the Temporal client that starts the interviews invitations create. */
export async function setUpFielding(input: {
  databaseUrl: string;
  /** The worker's connection: a client on it can start interviews eagerly, on this very worker. */
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  /** The worker's, so the interviews and wakes this client sends are encrypted like everything else. */
  dataConverter: DataConverter;
  options: FieldingOptions;
}): Promise<FieldingHandle> {
  const tuning = { ...DEFAULT_TUNING, ...input.options.tuning };
  // Connections of its own: a burst of invitations starts as many interviews, whose activities would
  // otherwise queue the dispatcher's statements behind theirs in the worker's pool.
  const pool = new pg.Pool({ connectionString: input.databaseUrl, max: 4 });
  pool.on('error', (error) => console.error(`fielding dispatcher: idle database connection lost: ${error.message}`));
  const mailer = createMailer({
    smtpUrl: input.options.mail.smtpUrl,
    maxConnections: tuning.sendConcurrency,
    timeoutMs: input.options.mail.smtpTimeoutMs,
  });
  const client = new Client({ connection: input.connection, namespace: input.namespace, dataConverter: input.dataConverter });
  const activities = createFieldingActivities({
    pool,
    mailer,
    settings: input.options.mail,
    tuning,
    timing: input.options.timing ?? DEFAULT_TIMING,
  });
  return {
    activities,
    async wake() {
      await client.workflow.signalWithStart(FIELDING_WORKFLOW, {
        workflowId: FIELDING_WORKFLOW_ID,
        taskQueue: input.taskQueue,
        args: [{}],
        signal: fieldingWakeSignal,
      });
    },
    async close() {
      mailer.close();
      await pool.end();
    },
  };
}
