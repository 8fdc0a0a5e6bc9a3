import { fork } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { embeddedPostgresUrl } from './database.js';

export interface EmbeddedPostgresHandle {
  /** Connection URL of the maintenance database `postgres`. */
  adminUrl: string;
  /** Builds the URL of another database on the same cluster. */
  urlFor(database: string): string;
  /** Process id of the helper process that owns the cluster. */
  pid: number;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  databaseDir: string;
  port: number;
  /** false: files are removed on stop (tests). */
  persistent: boolean;
  /** Own process group: a terminal Ctrl-C then reaches only the parent, which stops it last. */
  detached?: boolean;
}

const helper = join(dirname(fileURLToPath(import.meta.url)), 'cli/postgres-process.js');

/**
 * Starts embedded PostgreSQL in a helper process and resolves once it accepts connections. The
 * helper stops the cluster when told to, and also when this process goes away (IPC disconnect).
 */
export function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const child = fork(helper, [options.databaseDir, String(options.port), String(options.persistent)], {
    detached: options.detached ?? false,
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  const errors: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => errors.push(chunk.toString()));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`embedded PostgreSQL exited (code ${code}) before it was ready:\n${errors.join('')}`)));
    child.once('message', (message) => {
      if (message !== 'ready') return;
      resolve({
        adminUrl: embeddedPostgresUrl(options.port, 'postgres'),
        urlFor: (database) => embeddedPostgresUrl(options.port, database),
        pid: child.pid!,
        async stop() {
          if (child.exitCode !== null || child.signalCode !== null) return;
          child.kill('SIGTERM');
          const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
          await exited;
          clearTimeout(force);
        },
      });
    });
  });
}
