import { spawn, type ChildProcess } from 'node:child_process';

export interface Child {
  name: string;
  process: ChildProcess;
  ready: Promise<void>;
  stop(): Promise<void>;
}

/** Tools colour their output when they think a terminal is watching; readiness checks read plain text. */
// eslint-disable-next-line no-control-regex -- the escape character is exactly what is stripped
export const stripAnsi = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');

const COLORS: Record<string, string> = { api: '36', worker: '35', console: '32', temporal: '33', postgres: '34', seed: '90' };

/** Prefixes each output line with the child's name, so one terminal shows who said what. */
export function prefixLines(name: string, write: (line: string) => void) {
  let rest = '';
  const tag = process.stdout.isTTY ? `\x1b[${COLORS[name] ?? '0'}m[${name}]\x1b[0m` : `[${name}]`;
  return (chunk: Buffer) => {
    const lines = (rest + chunk.toString()).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) if (line.trim()) write(`${tag} ${line}`);
  };
}

/** Starts a child whose readiness is a line of its output matching `ready`. */
export function startChild(
  name: string,
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; ready: RegExp },
): Child {
  // Detached: a terminal Ctrl-C reaches only the launcher, which then stops children in order.
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const print = prefixLines(name, (line) => console.log(line));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const ready = new Promise<void>((resolve, reject) => {
    const watch = (chunk: Buffer) => {
      if (options.ready.test(stripAnsi(chunk.toString()))) resolve();
    };
    child.stdout?.on('data', watch);
    child.stderr?.on('data', watch);
    child.once('exit', (code, signal) => reject(new Error(`${name} exited before it was ready (${signal ?? `code ${code}`})`)));
  });
  child.stdout?.on('data', print);
  child.stderr?.on('data', print);
  return {
    name,
    process: child,
    ready,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(force);
    },
  };
}
