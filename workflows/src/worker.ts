import { fileURLToPath } from 'node:url';
import { NativeConnection, Worker } from '@temporalio/worker';
import pg from 'pg';
import { createAnalysisActivities } from './activities/analysis-activities.js';
import { createCommentActivities } from './activities/comment-activities.js';
import { createErasureActivities } from './activities/erasure-activities.js';
import { createOrphanSweepActivities } from './activities/orphan-sweep-activities.js';
import { ensureRetentionSchedule } from './erasure/retention-schedule.js';
import { ensureOrphanSweepSchedule } from './orphans/orphan-sweep-schedule.js';
import { createActivities } from './activities/index.js';
import { createAgreementActivities } from './activities/agreement-activities.js';
import { createAlertActivities } from './alerts/alert-activities.js';
import { keepAlertEvaluator, type AlertEvaluatorKeeper } from './alerts/alert-evaluator.js';
import { TASK_QUEUE, type AlertWorkflowInput, type CodingAgreementWatcherInput, type InterviewTiming } from '@ladder/contracts';
import { keepAgreementWatcher, type AgreementWatcherKeeper } from './coding/agreement-watcher.js';
import { ladderDataConverter, type PayloadKeyring } from '@ladder/contracts/payload-codec';
import { setUpFielding, type FieldingHandle, type FieldingOptions } from './fielding/fielding-worker.js';
import { createMistralClient, type LlmConfig } from './llm/mistral-client.js';
import { setUpWebhooks, type WebhookHandle, type WebhookOptions } from './webhooks/webhook-worker.js';
import { DEFAULT_WORKER_TUNING, type WorkerTuning } from './worker-tuning.js';

/**
 * Temporal bundles the workflow code itself (webpack + swc, which also reads TypeScript). Compiled,
 * this is dist/workflows/index.js; run from sources (vitest), the sources themselves, so a test
 * never runs against a stale build.
 */
const extension = import.meta.url.endsWith('.ts') ? 'ts' : 'js';
export const workflowsPath = fileURLToPath(new URL(`./workflows/index.${extension}`, import.meta.url));

export interface LadderWorker {
  worker: Worker;
  pool: pg.Pool;
  connection: NativeConnection;
  /** The mailer and Temporal client of the fielding dispatcher, when it runs here: close after the worker. */
  fielding?: FieldingHandle;
  /** The webhook dispatcher's pool and listener, when it runs here: close after the worker. */
  webhooks?: WebhookHandle;
  /** Keeps the alert evaluator running, when asked (`alertEvaluator`): close with the worker. */
  alerts?: AlertEvaluatorKeeper;
  /** Keeps the coding agreement watcher running, when asked (`agreementWatcher`): close with the worker. */
  agreement?: AgreementWatcherKeeper;
}

/** A worker over its own pool and Temporal connection; tests pass their own task queue. */
export interface LadderWorkerOptions {
  databaseUrl: string;
  temporalAddress: string;
  namespace?: string;
  taskQueue?: string;
  /** Mistral settings; null or absent runs every interview on the offline moderator. */
  llm?: LlmConfig | null;
  /** Runs the fielding dispatcher (email); absent, the worker neither sends mail nor starts it. */
  fielding?: FieldingOptions;
  /** Runs the webhook dispatcher (signed webhooks out); absent, the worker neither sends webhooks nor starts it. */
  webhooks?: WebhookOptions;
  /** Encrypts every payload this worker and its dispatcher's client send to Temporal (required: no plain-text mode). */
  payloadKeys: PayloadKeyring;
  /** Starts the alert evaluator if it is not running (the worker process does; tests opt in, with a short poll). */
  alertEvaluator?: AlertWorkflowInput | boolean;
  /** Starts the coding agreement watcher (daily and changed-coder runs) if it is not running (the worker process does; tests opt in). */
  agreementWatcher?: CodingAgreementWatcherInput | boolean;
  /** Creates the daily retention schedule if the namespace has none (the worker process does; tests opt in). */
  retentionSchedule?: boolean;
  /** Creates the orphan sweep's schedule (every 5 minutes) if the namespace has none (the worker process does; tests opt in). */
  orphanSweepSchedule?: boolean;
  /** The interview clocks an interview restarted by the orphan sweep gets (the API's defaults when absent). */
  timing?: InterviewTiming;
  /** Slots and database connections (DEFAULT_WORKER_TUNING when absent). */
  tuning?: WorkerTuning;
}

export async function createLadderWorker(options: LadderWorkerOptions): Promise<LadderWorker> {
  const tuning = options.tuning ?? DEFAULT_WORKER_TUNING;
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: tuning.poolSize });
  // An idle connection can drop (database restart, failover); the pool replaces it. Without a
  // listener Node would treat the error as fatal and kill the worker.
  pool.on('error', (error) => console.error(`worker: idle database connection lost: ${error.message}`));
  const connection = await NativeConnection.connect({ address: options.temporalAddress });
  const mistral = options.llm ? createMistralClient(options.llm) : null;
  const llm = mistral?.chat ?? null;
  const embedder = mistral?.embedder ?? null;
  const taskQueue = options.taskQueue ?? TASK_QUEUE;
  const namespace = options.namespace ?? 'default';
  const dataConverter = ladderDataConverter(options.payloadKeys);
  const fielding = options.fielding
    ? await setUpFielding({
        databaseUrl: options.databaseUrl,
        connection,
        namespace,
        taskQueue,
        dataConverter,
        options: options.fielding,
      })
    : undefined;
  const webhooks = options.webhooks
    ? await setUpWebhooks({ databaseUrl: options.databaseUrl, connection, namespace, taskQueue, dataConverter, options: options.webhooks })
    : undefined;
  const worker = await Worker.create({
    connection,
    namespace,
    taskQueue,
    workflowsPath,
    dataConverter,
    activities: {
      ...createActivities({ pool, llm }),
      ...createAnalysisActivities({ pool, llm, embedder }),
      ...createCommentActivities({ pool, llm }),
      ...createErasureActivities({ pool }),
      ...createOrphanSweepActivities({ pool, timing: options.timing, taskQueue }),
      ...createAlertActivities({ pool }),
      ...createAgreementActivities({ pool, llm }),
      ...fielding?.activities,
      ...webhooks?.activities,
    },
    maxConcurrentWorkflowTaskExecutions: tuning.workflowTasks,
    maxConcurrentLocalActivityExecutions: tuning.localActivities,
  });
  // At boot, not only on the API's signal: invitations queued while no worker ran (a crash) go out now.
  await fielding?.wake();
  await webhooks?.wake();
  const alerts = options.alertEvaluator
    ? await keepAlertEvaluator(
        { connection, namespace, taskQueue, dataConverter },
        options.alertEvaluator === true ? {} : options.alertEvaluator,
      )
    : undefined;
  const agreement = options.agreementWatcher
    ? await keepAgreementWatcher(
        { connection, namespace, taskQueue, dataConverter },
        options.agreementWatcher === true ? {} : options.agreementWatcher,
      )
    : undefined;
  if (options.retentionSchedule) await ensureRetentionSchedule({ connection, namespace, taskQueue, dataConverter });
  if (options.orphanSweepSchedule) await ensureOrphanSweepSchedule({ connection, namespace, taskQueue, dataConverter });
  return { worker, pool, connection, fielding, webhooks, alerts, agreement };
}
