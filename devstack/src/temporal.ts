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

/** Lines of the server's own output kept to explain an early exit. */
const OUTPUT_TAIL = 20;

/**
 * Starts the dev server; when it exits before listening (a port taken between choosing and binding it,
 * a file still held by a previous instance), it is started once more after a second. The error of a
 * second early exit carries the server's last output lines.
 */
export async function startTemporalDevServer(options: TemporalDevServerOptions): Promise<TemporalDevServerHandle> {
  try {
    return await startOnce(options);
  } catch (error) {
    if (!(error instanceof EarlyExit)) throw error;
    options.log?.(`${error.message}; starting it once more`);
    await new Promise((r) => setTimeout(r, 1000));
    return startOnce(options);
  }
}

/** The server process ended before it listened. */
export class EarlyExit extends Error {}

async function startOnce(options: TemporalDevServerOptions): Promise<TemporalDevServerHandle> {
  const cli = ensureTemporalCli(options.log);
  const args = ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(options.port), '--log-level', 'warn'];
  if (options.uiPort) args.push('--ui-port', String(options.uiPort));
  else args.push('--headless');
  if (options.dbFile) args.push('--db-filename', options.dbFile);
  for (const [key, value] of Object.entries(options.dynamicConfig ?? {}))
    args.push('--dynamic-config-value', `${key}=${JSON.stringify(value)}`);
  const child = spawn(cli, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: options.detached ?? false });
  const log = options.log ?? (() => {});
  const tail: string[] = [];
  const output = (b: Buffer) => {
    const text = b.toString().trimEnd();
    tail.push(...text.split('\n'));
    tail.splice(0, Math.max(0, tail.length - OUTPUT_TAIL));
    log(text);
  };
  child.stdout?.on('data', output);
  child.stderr?.on('data', output);
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  try {
    await Promise.race([
      waitForPort(options.port, 60_000, 'the Temporal dev server'),
      exited.then(() => {
        const said = tail.length ? `:\n${tail.join('\n')}` : '';
        throw new EarlyExit(`the Temporal dev server exited early (code ${child.exitCode})${said}`);
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
