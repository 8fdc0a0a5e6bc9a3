import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDatabase, freePort, repoRoot, startEmbeddedPostgres, stripAnsi, type EmbeddedPostgresHandle } from '@ladder/devstack';
import { generatePayloadKey } from '@ladder/contracts/payload-codec';
import { runMigrations } from '@ladder/migrations';
import { afterAll, describe, it } from 'vitest';
import { CreateStudyDocument, CreateWaveDocument, ImportRespondentsDocument } from '../../src/gql/graphql.js';
import { gqlData } from '../../src/support/graphql.js';

/**
 * `npm run bench:import`: imports a generated CSV (BENCH_ROWS, default 100,000 rows) through the
 * GraphQL API running as its own process, and prints the time, the throughput, and the API's
 * peak memory growth as a ratio of the CSV's size (the baseline measured in the same run).
 */
const rows = Number(process.env.BENCH_ROWS ?? 100_000);
const MB = 1024 * 1024;

function csv(n: number): string {
  const lines = ['id,score,email,tier,region,product_line,tenure_months'];
  for (let i = 0; i < n; i++) lines.push(`c${i},${i % 11},c${i}@example.com,T${i % 3},R${i % 5},P${i % 4},${i % 72}`);
  return lines.join('\n');
}

const kb = (pid: number, field: 'VmRSS' | 'VmHWM') =>
  Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;

const dir = mkdtempSync(join(tmpdir(), 'ladder-bench-'));
let pg: EmbeddedPostgresHandle | undefined;
let api: ChildProcess | undefined;
afterAll(async () => {
  if (api && api.exitCode === null) {
    api.kill('SIGTERM');
    await new Promise((r) => api!.once('exit', r));
  }
  await pg?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** The compiled API (no Temporal needed to import) on a fresh migrated database; resolves with its GraphQL URL once ready. */
async function startApi(key: string): Promise<string> {
  chmodSync(dir, 0o755);
  pg = await startEmbeddedPostgres({ databaseDir: join(dir, 'pg'), port: await freePort(), persistent: false });
  await ensureDatabase(pg.adminUrl, 'bench');
  await runMigrations(pg.urlFor('bench'));
  const port = await freePort();
  const child = spawn(process.execPath, [join(repoRoot(), 'api/dist/main.js')], {
    env: {
      ...process.env,
      DATABASE_URL: pg.urlFor('bench'),
      PORT: String(port),
      LADDER_BOOTSTRAP_API_KEY: key,
      TEMPORAL_ADDRESS: '127.0.0.1:1',
      LADDER_PAYLOAD_KEYS: generatePayloadKey('bench'),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  api = child;
  await new Promise<void>((resolve) =>
    child.stdout!.on('data', (c: Buffer) => {
      if (/api ready/.test(stripAnsi(c.toString()))) resolve();
    }),
  );
  return `http://localhost:${port}/graphql`;
}

describe('bench:import', () => {
  it(`imports ${rows.toLocaleString('en')} CSV rows through the API`, async () => {
    const key = 'ldr_benchmark-key-000000000000000000';
    const url = await startApi(key);
    const pid = api!.pid!;
    const study = await gqlData(url, CreateStudyDocument, { input: { name: 'Bench' } }, { key });
    const wave = await gqlData(url, CreateWaveDocument, { input: { studyId: study.createStudy.id, name: 'W' } }, { key });
    const file = csv(rows);
    const bytes = Buffer.byteLength(file);
    const before = kb(pid, 'VmRSS');
    const started = performance.now();
    const result = await gqlData(url, ImportRespondentsDocument, { input: { waveId: wave.createWave.id, csv: file } }, { key });
    const seconds = (performance.now() - started) / 1000;
    const peakGrowth = kb(pid, 'VmHWM') - before;
    const { ok, importedCount, errorCount } = result.importRespondents;
    console.log(
      [
        JSON.stringify({ ok, importedCount, errorCount }),
        `rows                    ${rows.toLocaleString('en')}`,
        `CSV size (baseline)     ${(bytes / MB).toFixed(1)} MiB`,
        `import time             ${seconds.toFixed(2)} s  (${Math.round(rows / seconds).toLocaleString('en')} rows/s)`,
        `API peak RSS growth     ${(peakGrowth / MB).toFixed(1)} MiB  = ${(peakGrowth / bytes).toFixed(2)} x CSV size`,
      ].join('\n'),
    );
  });
});
