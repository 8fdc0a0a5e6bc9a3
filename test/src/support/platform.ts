import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { ensureDatabase, freePort, repoRoot } from '@ladder/devstack';
import { runMigrations } from '@ladder/migrations';
import { inject } from 'vitest';
import { startProcess, type Started } from './processes.js';

export interface Platform {
  apiUrl: string;
  wsUrl: string;
  consoleUrl: string;
  databaseUrl: string;
  temporalAddress: string;
  /** LADDER_PAYLOAD_KEYS the worker and API encrypt Temporal payloads with. */
  payloadKeys: string;
  bootstrapKey: string;
  /** Kills the worker process (e.g. SIGKILL mid-interview) and waits for it to exit. */
  killWorker(signal?: NodeJS.Signals): Promise<void>;
  startWorker(): Promise<void>;
  /** Process id of the running worker (for memory figures in benchmarks). */
  workerPid(): number | undefined;
  stop(): Promise<void>;
}

export interface PlatformOptions {
  seed?: boolean;
  console?: boolean;
  /** Extra environment for every process, e.g. MISTRAL_API_KEY + MISTRAL_SERVER_URL of a local fake, or interview clocks. */
  env?: Record<string, string>;
}

/**
 * The real processes, compiled: worker and API (and the built console under `vite preview`) over
 * a fresh migrated database, against the run's Temporal dev server.
 */
export async function startPlatform(options: PlatformOptions = {}): Promise<Platform> {
  const root = repoRoot();
  const admin = inject('pgAdminUrl');
  const temporalAddress = inject('temporalAddress');
  const payloadKeys = inject('payloadKeys');
  const name = `ladder_e2e_${randomBytes(5).toString('hex')}`;
  await ensureDatabase(admin, name);
  const databaseUrl = admin.replace(/\/postgres$/, `/${name}`);
  await runMigrations(databaseUrl);
  const bootstrapKey = `ldr_e2e_${randomBytes(24).toString('base64url')}`;
  const [apiPort, consolePort] = [await freePort(), await freePort()];
  const consoleUrl = `http://localhost:${consolePort}`;
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: temporalAddress,
    LADDER_PAYLOAD_KEYS: payloadKeys,
    PORT: String(apiPort),
    NODE_ENV: 'test',
    LADDER_BOOTSTRAP_API_KEY: bootstrapKey,
    LADDER_ALLOWED_ORIGINS: consoleUrl,
    LADDER_PUBLIC_URL: consoleUrl,
    // The API's own public base: webhook URLs it returns and the unsubscribe links the worker mails.
    LADDER_API_URL: `http://localhost:${apiPort}`,
    // Every test client shares one address and a few keys: /graphql's rate limits are lifted here
    // (the api tests and bench:limits exercise them); a test may set its own through options.env.
    LADDER_RATE_PER_IP: '1000000',
    LADDER_RATE_PER_TOKEN: '1000000',
    LADDER_RATE_PER_KEY: '1000000',
    ...options.env,
  };
  if (options.seed) {
    const seed = await startProcess('seed', process.execPath, [join(root, 'api/dist/seed/cli.js')], {
      cwd: root,
      env,
      ready: /seeded|already seeded/,
    });
    await new Promise((r) => (seed.child.exitCode === null ? seed.child.once('exit', r) : r(undefined)));
  }
  const children: Started[] = [];
  const startWorker = async () => {
    children.push(
      await startProcess('worker', process.execPath, [join(root, 'workflows/dist/main.js')], { cwd: root, env, ready: /worker ready/ }),
    );
  };
  const runningWorker = () =>
    children.find((c) => c.output.join('').includes('worker ready') && c.child.exitCode === null && c.child.signalCode === null);
  const stop = async () => {
    for (const child of children.reverse()) await child.stop();
  };
  try {
    await startWorker();
    children.push(await startProcess('api', process.execPath, [join(root, 'api/dist/main.js')], { cwd: root, env, ready: /api ready/ }));
    if (options.console) {
      children.push(
        await startProcess(
          'console',
          process.execPath,
          [join(root, 'node_modules/vite/bin/vite.js'), 'preview', '--port', String(consolePort), '--strictPort'],
          { cwd: join(root, 'console'), env, ready: /localhost:\d+/ },
        ),
      );
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    apiUrl: `http://localhost:${apiPort}/graphql`,
    wsUrl: `ws://localhost:${apiPort}/graphql`,
    consoleUrl,
    databaseUrl,
    temporalAddress,
    payloadKeys: options.env?.LADDER_PAYLOAD_KEYS ?? payloadKeys,
    bootstrapKey,
    startWorker,
    stop,
    async killWorker(signal = 'SIGKILL') {
      await runningWorker()?.stop(signal);
    },
    workerPid: () => runningWorker()?.child.pid,
  };
}
