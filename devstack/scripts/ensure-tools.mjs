#!/usr/bin/env node
// Runs before the build in `npm test`: makes sure the tools the tests drive exist on this machine,
// installing or building them once, outside the repository. Plain JS: nothing is compiled yet.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';

const TEMPORAL_CLI_VERSION = 'v1.5.1';
const MAILPIT_VERSION = 'v1.33.1';
const cache = process.env.LADDER_CACHE_DIR ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'ladder');
const executable = (p) => {
  try {
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};
const onPath = (name) =>
  (process.env.PATH ?? '')
    .split(delimiter)
    .map((d) => join(d, name))
    .find(executable);
const run = (cmd, args, env = process.env) => spawnSync(cmd, args, { stdio: 'inherit', env }).status === 0;
const fail = (message) => {
  console.error(`ensure-tools: ${message}`);
  process.exit(1);
};

function chromium() {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) return executable(configured) ? configured : fail(`CHROMIUM_PATH=${configured} is not executable`);
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (executable(candidate)) return candidate;
  if (process.getuid?.() === 0 && onPath('apt-get')) {
    console.log('ensure-tools: installing Chromium with apt-get (once per machine)...');
    if (run('apt-get', ['update', '-qq']) && run('apt-get', ['install', '-y', '-qq', 'chromium']) && executable('/usr/bin/chromium'))
      return '/usr/bin/chromium';
  }
  return fail('Chromium is needed for the browser tests: install it (apt-get install chromium) or set CHROMIUM_PATH');
}

function temporalCli() {
  if (process.env.TEMPORAL_CLI_PATH) return process.env.TEMPORAL_CLI_PATH;
  const cached = join(cache, 'bin', 'temporal');
  if (executable(cached)) return cached;
  const found = onPath('temporal');
  if (found) return found;
  if (!onPath('go')) fail('the Temporal CLI is missing and Go is not installed to build it: install the CLI or set TEMPORAL_CLI_PATH');
  mkdirSync(join(cache, 'bin'), { recursive: true });
  console.log(`ensure-tools: building the Temporal CLI ${TEMPORAL_CLI_VERSION} (once per machine, a few minutes)...`);
  if (
    !run('go', ['install', `github.com/temporalio/cli/cmd/temporal@${TEMPORAL_CLI_VERSION}`], { ...process.env, GOBIN: join(cache, 'bin') })
  )
    fail('go install of the Temporal CLI failed');
  return cached;
}

// The SMTP server the mail tests deliver to (and `npm start` runs); built like the Temporal CLI.
function mailpit() {
  if (process.env.MAILPIT_PATH) return process.env.MAILPIT_PATH;
  const cached = join(cache, 'bin', 'mailpit');
  if (executable(cached)) return cached;
  const found = onPath('mailpit');
  if (found) return found;
  if (!onPath('go')) fail('Mailpit is missing and Go is not installed to build it: install Mailpit or set MAILPIT_PATH');
  mkdirSync(join(cache, 'bin'), { recursive: true });
  console.log(`ensure-tools: building Mailpit ${MAILPIT_VERSION} (once per machine, about a minute)...`);
  if (!run('go', ['install', `github.com/axllent/mailpit@${MAILPIT_VERSION}`], { ...process.env, GOBIN: join(cache, 'bin') }))
    fail('go install of Mailpit failed');
  return cached;
}

console.log(`ensure-tools: chromium ${chromium()}`);
console.log(`ensure-tools: temporal ${temporalCli()}`);
console.log(`ensure-tools: mailpit ${mailpit()}`);
