import { spawn, type ChildProcess } from 'node:child_process';
import { stripAnsi } from '@ladder/devstack';

export interface Started {
  child: ChildProcess;
  output: string[];
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Spawns a process and resolves once a line matches `ready`; its output is kept for diagnosis. */
export function startProcess(
  name: string,
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; ready: RegExp; timeoutMs?: number },
): Promise<Started> {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop('SIGKILL');
      reject(new Error(`${name} did not become ready in time. Output:\n${output.join('')}`));
    }, options.timeoutMs ?? 60_000);
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString());
      if (options.ready.test(stripAnsi(chunk.toString()))) {
        clearTimeout(timer);
        resolve({ child, output, stop });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with code ${code} before it was ready. Output:\n${output.join('')}`));
    });
  });
}
