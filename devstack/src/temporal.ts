import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { isExecutable, onPath } from './executables.js';
import { cacheDir } from './paths.js';
import { waitForPort } from './ports.js';

/** v1.5.1 is the newest CLI tag that `go install` accepts (later go.mod files carry `replace`). */
export const TEMPORAL_CLI_VERSION = 'v1.5.1';

/**
 * Finds the Temporal CLI: TEMPORAL_CLI_PATH, then the machine cache, then PATH; builds it into
 * the cache with `go install` when none is found. Built once per machine, reused by every clone.
 */
export function ensureTemporalCli(log: (line: string) => void = console.log): string {
  const explicit = process.env.TEMPORAL_CLI_PATH;
  if (explicit) {
    if (!isExecutable(explicit)) throw new Error(`TEMPORAL_CLI_PATH=${explicit} is not an executable file`);
    return explicit;
  }
  const binDir = join(cacheDir(), 'bin');
  const cached = join(binDir, 'temporal');
  if (isExecutable(cached)) return cached;
  const found = onPath('temporal');
  if (found) return found;
  if (!onPath('go')) {
    throw new Error(
      'The Temporal CLI was not found and Go is not installed to build it. Install the CLI ' +
        '(https://docs.temporal.io/cli) and put it on PATH, or set TEMPORAL_CLI_PATH.',
    );
  }
  mkdirSync(binDir, { recursive: true });
  log(`building the Temporal CLI ${TEMPORAL_CLI_VERSION} into ${binDir} (once per machine, a few minutes)...`);
  const built = spawnSync('go', ['install', `github.com/temporalio/cli/cmd/temporal@${TEMPORAL_CLI_VERSION}`], {
    env: { ...process.env, GOBIN: binDir },
    stdio: 'inherit',
  });
  if (built.status !== 0 || !isExecutable(cached)) throw new Error(`go install of the Temporal CLI failed (exit ${built.status})`);
  return cached;
}

export interface TemporalDevServerOptions {
  port: number;
  uiPort?: number;
  /** SQLite file for durable state; omitted = in memory. */
  dbFile?: string;
  /** Own process group, so a terminal Ctrl-C does not reach it before the workers stop. */
  detached?: boolean;
  log?: (line: string) => void;
}

export interface TemporalDevServerHandle {
  address: string;
  uiUrl?: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export async function startTemporalDevServer(options: TemporalDevServerOptions): Promise<TemporalDevServerHandle> {
  const cli = ensureTemporalCli(options.log);
  const args = ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(options.port), '--log-level', 'warn'];
  if (options.uiPort) args.push('--ui-port', String(options.uiPort));
  else args.push('--headless');
  if (options.dbFile) args.push('--db-filename', options.dbFile);
  const child = spawn(cli, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: options.detached ?? false });
  const log = options.log ?? (() => {});
  child.stdout?.on('data', (b: Buffer) => log(b.toString().trimEnd()));
  child.stderr?.on('data', (b: Buffer) => log(b.toString().trimEnd()));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  try {
    await Promise.race([
      waitForPort(options.port, 60_000, 'the Temporal dev server'),
      exited.then(() => {
        throw new Error(`the Temporal dev server exited early (code ${child.exitCode})`);
      }),
    ]);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    address: `127.0.0.1:${options.port}`,
    uiUrl: options.uiPort ? `http://localhost:${options.uiPort}` : undefined,
    process: child,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
