import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ensureDatabase,
  freePort,
  repoRoot,
  startEmbeddedPostgres,
  startTemporalDevServer,
  stripAnsi,
  type EmbeddedPostgresHandle,
  type TemporalDevServerHandle,
} from '@ladder/devstack';
import { generatePayloadKey } from '@ladder/contracts/payload-codec';
import { runMigrations } from '@ladder/migrations';
import pg from 'pg';

export interface BenchPlatform {
  apiUrl: string;
  wsUrl: string;
  databaseUrl: string;
  key: string;
  apiPid: number;
  stop(): Promise<void>;
}

/** A compiled process of ours, resolved once it prints its ready line. */
function startNode(name: string, script: string, env: NodeJS.ProcessEnv, ready: RegExp): Promise<ChildProcess> {
  // Extra node flags for the worker and the API, as the test platform takes them (e.g. `--cpu-prof --cpu-prof-dir=<dir>`).
  const nodeArgs = (process.env.LADDER_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      const text = stripAnsi(chunk.toString());
      output.push(text);
      if (ready.test(text)) resolve(child);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.once('exit', (code) => reject(new Error(`${name} exited (code ${code}) before it was ready:\n${output.join('')}`)));
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(force);
}

/**
 * Embedded PostgreSQL with pg_stat_statements (to count the statements a query costs: the server
 * is started, configured and restarted once), a Temporal dev server, the worker (offline coder
 * and synthesizer: no MISTRAL_API_KEY) and the API, each in its own process, all on this machine.
 * `extraEnv` is added to the worker's and the API's environment (the benchmark's settings).
 */
export async function startBenchPlatform(log: (line: string) => void, extraEnv: Record<string, string> = {}): Promise<BenchPlatform> {
  const dir = mkdtempSync(join(tmpdir(), 'ladder-analytics-bench-'));
  chmodSync(dir, 0o755);
  const pgPort = await freePort();
  const start = () => startEmbeddedPostgres({ databaseDir: join(dir, 'pg'), port: pgPort, persistent: true });
  let postgres: EmbeddedPostgresHandle = await start();
  const admin = new pg.Client({ connectionString: postgres.adminUrl });
  await admin.connect();
  await admin.query(`ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'`);
  await admin.end();
  await postgres.stop();
  postgres = await start();
  await ensureDatabase(postgres.adminUrl, 'bench');
  const databaseUrl = postgres.urlFor('bench');
  await runMigrations(databaseUrl);
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  await db.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
  await db.end();
  log('postgres ready (pg_stat_statements loaded)');

  const temporal: TemporalDevServerHandle = await startTemporalDevServer({ port: await freePort() });
  log(`temporal dev server at ${temporal.address}`);
  const key = 'ldr_analytics-bench-key-0000000000000000';
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: temporal.address,
    PORT: String(port),
    LADDER_BOOTSTRAP_API_KEY: key,
    LADDER_PAYLOAD_KEYS: generatePayloadKey('bench'),
    NODE_ENV: 'production',
    ...extraEnv,
  };
  delete env.MISTRAL_API_KEY;
  const root = repoRoot();
  const children: ChildProcess[] = [];
  const stop = async () => {
    for (const child of children.reverse()) await stopChild(child);
    await temporal.stop();
    await postgres.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    children.push(await startNode('worker', join(root, 'workflows/dist/main.js'), env, /worker ready/));
    children.push(await startNode('api', join(root, 'api/dist/main.js'), env, /api ready/));
  } catch (error) {
    await stop();
    throw error;
  }
  log('worker and API ready');
  return {
    apiUrl: `http://127.0.0.1:${port}/graphql`,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    databaseUrl,
    key,
    apiPid: children[1].pid!,
    stop,
  };
}
