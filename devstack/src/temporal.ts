import { spawn, type ChildProcess } from 'node:child_process';
import { ensureGoTool } from './executables.js';
import { waitForPort } from './ports.js';

/** v1.5.1 is the newest CLI tag that `go install` accepts (later go.mod files carry `replace`). */
export const TEMPORAL_CLI_VERSION = 'v1.5.1';

/** Finds the Temporal CLI (TEMPORAL_CLI_PATH, the machine cache, PATH) or builds it with Go (a few minutes). */
export function ensureTemporalCli(log: (line: string) => void = console.log): string {
  return ensureGoTool(
    {
      binary: 'temporal',
      pathVariable: 'TEMPORAL_CLI_PATH',
      module: 'github.com/temporalio/cli/cmd/temporal',
      version: TEMPORAL_CLI_VERSION,
      label: 'the Temporal CLI',
      installHint: 'Install the CLI (https://docs.temporal.io/cli) and put it on PATH, or set TEMPORAL_CLI_PATH.',
      buildTime: 'a few minutes',
    },
    log,
  );
}

export interface TemporalDevServerOptions {
  port: number;
  uiPort?: number;
  /** SQLite file for durable state; omitted = in memory. */
  dbFile?: string;
  /** Own process group, so a terminal Ctrl-C does not reach it before the workers stop. */
  detached?: boolean;
  /**
   * Server dynamic config (`--dynamic-config-value KEY=JSON`), e.g. `{ 'history.transferProcessorUpdateAckInterval': '1s' }`.
   * Tests use it to shorten server clocks; `npm start` passes none.
   */
  dynamicConfig?: Record<string, string | number | boolean>;
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
  for (const [key, value] of Object.entries(options.dynamicConfig ?? {}))
    args.push('--dynamic-config-value', `${key}=${JSON.stringify(value)}`);
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
