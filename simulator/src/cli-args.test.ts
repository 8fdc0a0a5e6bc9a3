import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCliArgs } from './cli-args.js';

const problems = (argv: string[], env: NodeJS.ProcessEnv = {}) => {
  const parsed = parseCliArgs(argv, env);
  return parsed.kind === 'error' ? parsed.problems : [];
};

describe('parseCliArgs', () => {
  it('reads the options, with the key from LADDER_API_KEY and defaults for the rest', () => {
    expect(parseCliArgs(['--wave', 'w-1', '--count', '300'], { LADDER_API_KEY: 'ldr_x' })).toEqual({
      kind: 'run',
      options: {
        target: { waveId: 'w-1' },
        count: 300,
        concurrency: 8,
        apiUrl: 'http://127.0.0.1:4000/graphql',
        apiKey: 'ldr_x',
        respondent: 'offline',
        from: 'start',
        launch: false,
      },
    });
    const demo = parseCliArgs(
      ['--demo', '--count', '5', '--key', 'k', '--respondent', 'mistral', '--model', 'm', '--from', 'end', '--launch'],
      { MISTRAL_API_KEY: 'mk', MISTRAL_SERVER_URL: 'http://localhost:1' },
    );
    expect(demo).toMatchObject({
      kind: 'run',
      options: {
        target: { demo: true },
        from: 'end',
        launch: true,
        mistral: { apiKey: 'mk', serverUrl: 'http://localhost:1', model: 'm' },
      },
    });
  });

  it('names the argument of each problem, all at once', () => {
    expect(problems(['--wav', 'x'])[0]).toMatch(/Unknown option '--wav'/);
    expect(problems(['--count'])[0]).toMatch(/--count/);
    expect(problems(['--count', 'ten', '--concurrency', '0', '--api', 'ftp://x', '--respondent', 'gpt'])).toEqual([
      'either --wave <id> or --demo is required',
      '--count must be a whole number',
      '--concurrency must be between 1 and 64',
      '--api must be an http(s) URL, e.g. http://127.0.0.1:4000/graphql',
      '--key (or the LADDER_API_KEY environment variable) is required',
      '--respondent must be offline or mistral',
    ]);
    expect(problems(['--wave', 'w', '--demo', '--count', '1', '--key', 'k', '--respondent', 'mistral'])).toEqual([
      '--wave and --demo cannot be used together',
      '--respondent mistral needs the MISTRAL_API_KEY environment variable',
    ]);
  });

  const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
  it.runIf(existsSync(cli))('exits 1 with the problem and the usage on bad arguments (built CLI)', () => {
    const run = spawnSync(process.execPath, [cli, '--wave', 'w', '--count', '-3'], { encoding: 'utf8', env: { PATH: process.env.PATH } });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/simulate: .*--count/);
    expect(run.stderr).toContain('Usage: npm run simulate');
  });
});
