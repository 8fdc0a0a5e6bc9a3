import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { ensureDatabase, freePort, repoRoot } from '@ladder/devstack';
import { runMigrations } from '@ladder/migrations';
import { inject } from 'vitest';
import { startProcess, type Started } from './processes.js';

export interface Platform {
  /** The first API process's GraphQL endpoint (HTTP and WebSocket). */
  apiUrl: string;
  wsUrl: string;
  /** Every API process's endpoint, in start order (`apiUrls[0] === apiUrl`); one entry unless `options.apis`. */
  apiUrls: string[];
  wsUrls: string[];
  consoleUrl: string;
  databaseUrl: string;
  temporalAddress: string;
  /** LADDER_PAYLOAD_KEYS the worker and API encrypt Temporal payloads with. */
  payloadKeys: string;
  bootstrapKey: string;
  /**
   * Kills a worker process (e.g. SIGKILL mid-interview) and waits for it to exit: the one started
   * `index`-th (0-based, counting those `startWorker` added), or without an index the first still running.
   */
  killWorker(signal?: NodeJS.Signals, index?: number): Promise<void>;
  /** Starts one more worker process (it becomes the next index). */
  startWorker(): Promise<void>;
  /** Process id of the running worker (for memory figures in benchmarks). */
  workerPid(): number | undefined;
  /** Process ids of every worker started, by index; undefined once it exited. */
  workerPids(): (number | undefined)[];
  /** What the first API or the first worker printed so far (a benchmark prints it when asked). */
  output(process: 'api' | 'worker'): string;
  stop(): Promise<void>;
}

export interface PlatformOptions {
  seed?: boolean;
  console?: boolean;
  /** Extra environment for every process, e.g. MISTRAL_API_KEY + MISTRAL_SERVER_URL of a local fake, or interview clocks. */
  env?: Record<string, string>;
  /** Admin URL of another PostgreSQL cluster to create the database on (default: the run's shared one), e.g. one a test restarts. */
  pgAdminUrl?: string;
  /** API processes to run (default 1), each on its own port, over the same database and Temporal. */
  apis?: number;
  /** Worker processes to run (default 1), polling the same task queue; they start at the same time. */
  workers?: number;
}

/**
 * The real processes, compiled: worker and API (and the built console under `vite preview`) over
 * a fresh migrated database, against the run's Temporal dev server.
 */
export async function startPlatform(options: PlatformOptions = {}): Promise<Platform> {
  const root = repoRoot();
  const admin = options.pgAdminUrl ?? inject('pgAdminUrl');
  const temporalAddress = inject('temporalAddress');
  const payloadKeys = inject('payloadKeys');
  const name = `ladder_e2e_${randomBytes(5).toString('hex')}`;
  await ensureDatabase(admin, name);
  const databaseUrl = admin.replace(/\/postgres$/, `/${name}`);
  await runMigrations(databaseUrl);
  const bootstrapKey = `ldr_e2e_${randomBytes(24).toString('base64url')}`;
  const [apiPort, consolePort] = [await freePort(), await freePort()];
  const apiPorts = [apiPort];
  while (apiPorts.length < (options.apis ?? 1)) {
    const port = await freePort();
    if (port !== consolePort && !apiPorts.includes(port)) apiPorts.push(port);
  }
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
  // Extra node flags for the worker and the API (a benchmark's `--cpu-prof --cpu-prof-dir=<dir>`; NODE_OPTIONS refuses it).
  const nodeArgs = (process.env.LADDER_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
  const children: Started[] = [];
  const workers: Started[] = [];
  const apis: Started[] = [];
  const startWorker = async () => {
    const worker = await startProcess('worker', process.execPath, [...nodeArgs, join(root, 'workflows/dist/main.js')], {
      cwd: root,
      env,
      ready: /worker ready/,
    });
    children.push(worker);
    workers.push(worker);
  };
  const running = (c: Started) => c.child.exitCode === null && c.child.signalCode === null;
  const runningWorker = () => workers.find(running);
  const stop = async () => {
    for (const child of children.reverse()) await child.stop();
  };
  try {
    // Workers and APIs start together, as replicas of a deployment do (an API needs no worker to boot).
    const startApi = async (port: number, i: number) => {
      const api = await startProcess(i ? `api-${i + 1}` : 'api', process.execPath, [...nodeArgs, join(root, 'api/dist/main.js')], {
        cwd: root,
        env: i ? { ...env, PORT: String(port), LADDER_API_URL: options.env?.LADDER_API_URL ?? `http://localhost:${port}` } : env,
        ready: /api ready/,
      });
      children.push(api);
      apis[i] = api;
    };
    const started = await Promise.allSettled([
      ...Array.from({ length: options.workers ?? 1 }, () => startWorker()),
      ...apiPorts.map((port, i) => startApi(port, i)),
    ]);
    const failed = started.find((s) => s.status === 'rejected');
    if (failed) throw failed.reason;
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
    apiUrls: apiPorts.map((port) => `http://localhost:${port}/graphql`),
    wsUrls: apiPorts.map((port) => `ws://localhost:${port}/graphql`),
    consoleUrl,
    databaseUrl,
    temporalAddress,
    payloadKeys: options.env?.LADDER_PAYLOAD_KEYS ?? payloadKeys,
    bootstrapKey,
    startWorker,
    stop,
    async killWorker(signal = 'SIGKILL', index?: number) {
      await (index === undefined ? runningWorker() : workers[index])?.stop(signal);
    },
    workerPid: () => runningWorker()?.child.pid,
    workerPids: () => workers.map((w) => (running(w) ? w.child.pid : undefined)),
    output: (process) => ((process === 'api' ? apis : workers)[0]?.output ?? []).join(''),
  };
}
