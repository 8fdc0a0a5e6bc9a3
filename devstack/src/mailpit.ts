import { spawn, type ChildProcess } from 'node:child_process';
import { ensureGoTool } from './executables.js';
import { waitForPort } from './ports.js';

/** The Mailpit release `npm start` and the tests run: an SMTP server that keeps every message, a web UI and an HTTP API. */
export const MAILPIT_VERSION = 'v1.33.1';

/** Finds Mailpit (MAILPIT_PATH, the machine cache, PATH) or builds it with Go (about a minute on 2 cores). */
export function ensureMailpit(log: (line: string) => void = console.log): string {
  return ensureGoTool(
    {
      binary: 'mailpit',
      pathVariable: 'MAILPIT_PATH',
      module: 'github.com/axllent/mailpit',
      version: MAILPIT_VERSION,
      label: 'Mailpit',
      installHint:
        'Install Mailpit (https://mailpit.axllent.org/docs/install/) and put it on PATH, set MAILPIT_PATH, ' +
        'or point SMTP_URL at another SMTP server.',
      buildTime: 'about a minute',
    },
    log,
  );
}

export interface MailpitOptions {
  smtpPort: number;
  httpPort: number;
  /** SQLite file that keeps messages across restarts; omitted = a temporary file removed on exit. */
  dbFile?: string;
  /** Messages kept before the oldest are pruned; 0 keeps all (Mailpit's default is 500). */
  maxMessages?: number;
  /** Lets tests make the SMTP server refuse senders or recipients with chosen codes (`PUT /api/v1/chaos`). */
  chaos?: boolean;
  /** Recipients not matching this regular expression are refused with `550 5.1.0 mailbox unavailable`. */
  allowedRecipients?: string;
  /** Own process group, so a terminal Ctrl-C does not reach it before the worker stops. */
  detached?: boolean;
  log?: (line: string) => void;
}

export interface MailpitHandle {
  /** What the worker's SMTP_URL should be. */
  smtpUrl: string;
  /** The web UI. */
  webUrl: string;
  /** Base of the HTTP API (`<apiUrl>/v1/messages`...). */
  apiUrl: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Starts Mailpit on loopback and resolves once both its SMTP and HTTP ports accept connections. */
export async function startMailpit(options: MailpitOptions): Promise<MailpitHandle> {
  const binary = ensureMailpit(options.log);
  const args = [
    '--smtp',
    `127.0.0.1:${options.smtpPort}`,
    '--listen',
    `127.0.0.1:${options.httpPort}`,
    // No internet here, and a reverse DNS lookup per SMTP session only slows local delivery.
    '--disable-version-check',
    '--smtp-disable-rdns',
    '--max',
    String(options.maxMessages ?? 500),
  ];
  if (options.dbFile) args.push('--database', options.dbFile);
  if (options.chaos) args.push('--enable-chaos');
  if (options.allowedRecipients) args.push('--smtp-allowed-recipients', options.allowedRecipients);
  // Mailpit also reads MP_* variables; a developer's own settings should not change what Ladder starts.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('MP_')));
  const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: options.detached ?? false, env });
  const log = options.log ?? (() => {});
  child.stdout?.on('data', (b: Buffer) => log(b.toString().trimEnd()));
  child.stderr?.on('data', (b: Buffer) => log(b.toString().trimEnd()));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  try {
    await Promise.race([
      Promise.all([waitForPort(options.smtpPort, 30_000, 'Mailpit (SMTP)'), waitForPort(options.httpPort, 30_000, 'Mailpit (HTTP)')]),
      exited.then(() => {
        throw new Error(`Mailpit exited early (code ${child.exitCode})`);
      }),
    ]);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    smtpUrl: `smtp://127.0.0.1:${options.smtpPort}`,
    webUrl: `http://localhost:${options.httpPort}`,
    apiUrl: `http://127.0.0.1:${options.httpPort}/api`,
    process: child,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
