import { spawnSync } from 'node:child_process';
import { accessSync, constants, mkdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { cacheDir } from './paths.js';

export function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && isExecutable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

export interface GoTool {
  /** Binary name, in the cache's bin folder and on PATH. */
  binary: string;
  /** Environment variable naming an explicit binary. */
  pathVariable: string;
  /** What `go install` builds: `<module>@<version>`. */
  module: string;
  version: string;
  /** How log and error lines name the tool. */
  label: string;
  /** What to do when the tool is missing and Go is not installed. */
  installHint: string;
  /** How long the build takes, for the log line. */
  buildTime: string;
}

/**
 * Finds a tool Ladder builds with Go: the path in its variable, then the machine cache, then PATH;
 * builds it into the cache with `go install` when none is found. Built once per machine, reused by
 * every clone.
 */
export function ensureGoTool(tool: GoTool, log: (line: string) => void = console.log): string {
  const explicit = process.env[tool.pathVariable];
  if (explicit) {
    if (!isExecutable(explicit)) throw new Error(`${tool.pathVariable}=${explicit} is not an executable file`);
    return explicit;
  }
  const binDir = join(cacheDir(), 'bin');
  const cached = join(binDir, tool.binary);
  if (isExecutable(cached)) return cached;
  const found = onPath(tool.binary);
  if (found) return found;
  if (!onPath('go'))
    throw new Error(
      `${tool.label[0].toUpperCase()}${tool.label.slice(1)} was not found and Go is not installed to build it. ${tool.installHint}`,
    );
  mkdirSync(binDir, { recursive: true });
  log(`building ${tool.label} ${tool.version} into ${binDir} (once per machine, ${tool.buildTime})...`);
  const built = spawnSync('go', ['install', `${tool.module}@${tool.version}`], {
    env: { ...process.env, GOBIN: binDir },
    stdio: 'inherit',
  });
  if (built.status !== 0 || !isExecutable(cached)) throw new Error(`go install of ${tool.label} failed (exit ${built.status})`);
  return cached;
}
