import { runEmbeddedPostgres } from '../embedded-postgres-cluster.js';

/**
 * The process that owns an embedded PostgreSQL cluster (see postgres.ts). It reports "ready" to
 * its parent over IPC; embedded-postgres stops the cluster on SIGTERM/SIGINT, and so do we when
 * the parent disappears, so no server outlives the process that asked for it.
 */
const [databaseDir, port, persistent] = process.argv.slice(2);
await runEmbeddedPostgres({
  databaseDir,
  port: Number(port),
  persistent: persistent !== 'false',
  log: (line) => {
    if (/ERROR|FATAL|PANIC/.test(line) && !/terminating connection due to administrator command/.test(line)) console.error(line);
  },
});
process.send?.('ready');
process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));
