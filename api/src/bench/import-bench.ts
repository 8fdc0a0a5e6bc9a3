import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDatabase, freePort, startEmbeddedPostgres, stripAnsi } from '@ladder/devstack';
import { runMigrations } from '@ladder/migrations';

/**
 * `npm run bench:import -- [rows]`: imports a generated CSV (default 100,000 rows) through the
 * GraphQL API running as its own process, and prints the time, the throughput, and the API's
 * peak memory growth as a ratio of the CSV's size (the baseline measured in the same run).
 */
const rows = Number(process.argv[2] ?? 100_000);
const MB = 1024 * 1024;

function csv(n: number): string {
  const lines = ['id,score,email,tier,region,product_line,tenure_months'];
  for (let i = 0; i < n; i++) lines.push(`c${i},${i % 11},c${i}@example.com,T${i % 3},R${i % 5},P${i % 4},${i % 72}`);
  return lines.join('\n');
}

const kb = (pid: number, field: 'VmRSS' | 'VmHWM') =>
  Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;

async function gql(url: string, key: string, query: string, variables: unknown) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as { data: Record<string, Record<string, unknown>>; errors?: unknown[] };
}

const dir = mkdtempSync(join(tmpdir(), 'ladder-bench-'));
chmodSync(dir, 0o755);
const pg = await startEmbeddedPostgres({ databaseDir: join(dir, 'pg'), port: await freePort(), persistent: false });
await ensureDatabase(pg.adminUrl, 'bench');
await runMigrations(pg.urlFor('bench'));
const key = 'ldr_benchmark-key-000000000000000000';
const port = await freePort();
const api = spawn(process.execPath, [join(dirname(fileURLToPath(import.meta.url)), '../main.js')], {
  env: { ...process.env, DATABASE_URL: pg.urlFor('bench'), PORT: String(port), LADDER_BOOTSTRAP_API_KEY: key, TEMPORAL_ADDRESS: '127.0.0.1:1' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise<void>((resolve) => api.stdout!.on('data', (c: Buffer) => { if (/api ready/.test(stripAnsi(c.toString()))) resolve(); }));
const url = `http://localhost:${port}/graphql`;
try {
  const study = await gql(url, key, 'mutation { createStudy(input: { name: "Bench" }) { id } }', {});
  const wave = await gql(url, key, 'mutation($s: ID!) { createWave(input: { studyId: $s, name: "W" }) { id } }', { s: study.data.createStudy.id });
  const file = csv(rows);
  const bytes = Buffer.byteLength(file);
  const before = kb(api.pid!, 'VmRSS');
  const started = performance.now();
  const result = await gql(url, key, 'mutation($i: ImportRespondentsInput!) { importRespondents(input: $i) { ok importedCount errorCount } }',
    { i: { waveId: wave.data.createWave.id, csv: file } });
  const seconds = (performance.now() - started) / 1000;
  const peakGrowth = kb(api.pid!, 'VmHWM') - before;
  console.log(JSON.stringify(result.data.importRespondents));
  console.log(`rows                    ${rows.toLocaleString('en')}`);
  console.log(`CSV size (baseline)     ${(bytes / MB).toFixed(1)} MiB`);
  console.log(`import time             ${seconds.toFixed(2)} s  (${Math.round(rows / seconds).toLocaleString('en')} rows/s)`);
  console.log(`API peak RSS growth     ${(peakGrowth / MB).toFixed(1)} MiB  = ${(peakGrowth / bytes).toFixed(2)} x CSV size`);
} finally {
  api.kill('SIGTERM');
  await new Promise((r) => api.once('exit', r));
  await pg.stop();
  rmSync(dir, { recursive: true, force: true });
}
