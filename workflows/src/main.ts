import { TASK_QUEUE } from '@ladder/contracts';
import { loadWorkerConfig } from './config.js';
import { createLadderWorker } from './worker.js';

let config;
try {
  config = loadWorkerConfig();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

const { worker, pool, connection, fielding, webhooks, alerts, agreement } = await createLadderWorker({
  databaseUrl: config.databaseUrl,
  temporalAddress: config.temporalAddress,
  namespace: config.temporalNamespace,
  payloadKeys: config.payloadKeys,
  llm: config.llm,
  fielding: { mail: config.mail, timing: config.timing, tuning: { leaseMs: config.fieldingLeaseMs } },
  webhooks: {
    links: { publicUrl: config.mail.publicUrl, apiUrl: config.mail.apiUrl },
    tuning: { allowPrivate: config.webhookAllowPrivate },
  },
  retentionSchedule: true,
  orphanSweepSchedule: true,
  alertEvaluator: { pollMs: config.alertPollMs },
  agreementWatcher: true,
  timing: config.timing,
  tuning: config.tuning,
});
// The Temporal runtime shuts the worker down on SIGINT/SIGTERM (finishing in-flight tasks).
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => console.log(`worker stopping (${signal})`));
const running = worker.run();
const smtp = config.mail.smtpUrl.replace(/\/\/([^:@/]+):[^@]+@/, '//$1:***@');
console.log(
  `worker ready on task queue ${TASK_QUEUE}; moderator: ${config.llm ? `Mistral (${config.llm.model})` : 'offline'}; email via ${smtp}` +
    (config.mail.linkSecret ? '' : ' (no LADDER_LINK_SECRET: reminders re-issue the link)'),
);
try {
  await running;
} finally {
  alerts?.close();
  agreement?.close();
  await fielding?.close();
  await webhooks?.close();
  await pool.end();
  await connection.close();
}
console.log('worker stopped');
