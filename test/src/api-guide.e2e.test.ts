import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { repoRoot } from '@ladder/devstack';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateStudyDocument,
  CreateWaveDocument,
  FieldingIngestDocument,
  GuideConfigureIngestSourceDocument,
  GuideCreateApiKeyDocument,
  LaunchWaveDocument,
  RespondentSessionDocument,
} from './gql/graphql.js';
import { gqlData } from './support/graphql.js';
import { startPlatform, type Platform } from './support/platform.js';

/**
 * The partner guide's examples (docs/api/examples), run as a partner runs them, against the real platform: each is a
 * child process (TypeScript through tsx, shell through bash) given only its environment variables, and must exit 0
 * printing what it got. A file in the folder that this test does not run fails it.
 */
const EXAMPLES_DIR = join(repoRoot(), 'docs/api/examples');
const EXAMPLES = [
  'ingest-responses.ts',
  'ingest-webhook.sh',
  'start-interview.ts',
  'receive-webhooks.ts',
  'subscribe-segment-nps.ts',
  'subscribe-segment-nps.sh',
  'export-csv.sh',
  'read-bi-views.ts',
] as const;
type Example = (typeof EXAMPLES)[number];
const TSX_CLI = createRequire(import.meta.url).resolve('tsx/cli');
const RUN_TIMEOUT_MS = 150_000;

let platform: Platform;
let apiBase: string;
let keys: { admin: string; analyst: string };
let studyId: string;
let waveId: string;
let workDir: string;
const ran = new Set<Example>();

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs one example with PATH, HOME and its own variables only; `whileRunning` acts once a line of its output matches. */
function runExample(
  name: Example,
  vars: Record<string, string>,
  whileRunning?: { after: RegExp; act: () => Promise<unknown> },
): Promise<Run> {
  ran.add(name);
  const file = join(EXAMPLES_DIR, name);
  const [command, args] = name.endsWith('.ts') ? [process.execPath, [TSX_CLI, file]] : ['bash', [file]];
  const child = spawn(command, args, {
    cwd: workDir,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: process.env.TMPDIR ?? tmpdir(), ...vars },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out = { stdout: '', stderr: '' };
  let acting = false;
  let stopActing = false;
  child.stdout.on('data', (chunk: Buffer) => {
    out.stdout += chunk.toString();
    if (whileRunning && !acting && whileRunning.after.test(out.stdout)) {
      acting = true;
      void (async () => {
        // Until the example has what it waits for: a first update may race the subscription's start.
        while (!stopActing) {
          await whileRunning.act();
          await new Promise((r) => setTimeout(r, 1000));
        }
      })();
    }
  });
  child.stderr.on('data', (chunk: Buffer) => (out.stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), RUN_TIMEOUT_MS);
  return new Promise((resolve) => {
    child.once('close', (code) => {
      clearTimeout(timer);
      stopActing = true;
      resolve({ code, ...out });
    });
  });
}

/** Exit 0, or a failure that shows what the example printed. */
function expectSuccess(run: Run): string {
  expect(run.code, `stdout:\n${run.stdout}\nstderr:\n${run.stderr}`).toBe(0);
  return run.stdout;
}

const api = (key: string) => ({ LADDER_API_URL: apiBase, LADDER_API_KEY: key });
let triggers = 0;
/** A new response in the wave: segment NPS changes, so subscribers get an update. */
const newResponse = () =>
  gqlData(
    platform.apiUrl,
    FieldingIngestDocument,
    { input: { waveId, responses: [{ externalId: `trigger-${++triggers}`, score: triggers % 11 }] } },
    { key: keys.analyst },
  );

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'ladder-api-guide-'));
  // The webhook example's receiver listens on this machine: the API and the worker may call it.
  platform = await startPlatform({ env: { LADDER_WEBHOOK_ALLOW_PRIVATE: 'true' } });
  apiBase = platform.apiUrl.replace(/\/graphql$/, '');
  const bootstrap = { key: platform.bootstrapKey };
  // As the guide's "Getting a key" page says: an admin makes the keys partners use.
  const created = async (name: string, role: 'ADMIN' | 'ANALYST') =>
    (await gqlData(platform.apiUrl, GuideCreateApiKeyDocument, { input: { name, role } }, bootstrap)).createApiKey;
  const [admin, analyst] = [await created('Guide webhooks', 'ADMIN'), await created('Guide examples', 'ANALYST')];
  expect([admin.key.role, analyst.key.role, analyst.secret.startsWith(analyst.key.prefix)]).toEqual(['ADMIN', 'ANALYST', true]);
  keys = { admin: admin.secret, analyst: analyst.secret };
  studyId = (await gqlData(platform.apiUrl, CreateStudyDocument, { input: { name: 'API guide' } }, bootstrap)).createStudy.id;
  waveId = (await gqlData(platform.apiUrl, CreateWaveDocument, { input: { studyId, name: 'W1' } }, bootstrap)).createWave.id;
  await gqlData(platform.apiUrl, LaunchWaveDocument, { id: waveId }, bootstrap);
});
afterAll(async () => {
  await platform?.stop();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('the API guide examples against the platform', () => {
  it('runs every example file of docs/api/examples (a new file must be added here)', () => {
    const files = readdirSync(EXAMPLES_DIR).filter((f) => ['.ts', '.sh'].includes(extname(f)));
    expect(files.sort()).toEqual([...EXAMPLES].sort());
  });

  it('ingest-responses.ts: inserts three responses, then the same payload changes nothing', async () => {
    const stdout = expectSuccess(await runExample('ingest-responses.ts', { ...api(keys.analyst), LADDER_WAVE_ID: waveId }));
    expect(stdout).toMatch(/^first send: inserted 3, updated 0, unchanged 0 \(batch [0-9a-f-]{36}\)$/m);
    expect(stdout).toMatch(/^same payload again: inserted 0, updated 0, unchanged 3 /m);
  });

  it('ingest-webhook.sh: a signed delivery to the generic ingest URL is ingested', async () => {
    const { configureIngestSource: source } = await gqlData(
      platform.apiUrl,
      GuideConfigureIngestSourceDocument,
      { input: { waveId, source: 'GENERIC' } },
      { key: keys.analyst },
    );
    const run = await runExample('ingest-webhook.sh', { LADDER_INGEST_URL: source.url, LADDER_INGEST_SECRET: source.secret! });
    expect(JSON.parse(expectSuccess(run))).toMatchObject({ inserted: 1, updated: 0, unchanged: 0 });
  });

  it('start-interview.ts: starts a detractor interview whose printed link opens it', async () => {
    const stdout = expectSuccess(await runExample('start-interview.ts', { ...api(keys.analyst), LADDER_WAVE_ID: waveId }));
    const sessionId = /^interview ([0-9a-f-]{36}) \([A-Z]+\) for respondent [0-9a-f-]{36}$/m.exec(stdout)?.[1];
    const token = new RegExp(`^chat link: ${platform.consoleUrl}/i/([A-Za-z0-9_-]+)$`, 'm').exec(stdout)?.[1];
    expect([sessionId, token]).not.toContain(undefined);
    const { respondentSession } = await gqlData(platform.apiUrl, RespondentSessionDocument, { token: token! });
    expect(respondentSession.sessionId).toBe(sessionId);
  });

  it('receive-webhooks.ts: registers a receiver, refuses a forgery and verifies the response.ingested it triggers', async () => {
    const run = await runExample('receive-webhooks.ts', { ...api(keys.admin), LADDER_WAVE_ID: waveId });
    const stdout = expectSuccess(run);
    expect(stdout).toContain('a forged request was refused (400)');
    expect(stdout).toMatch(/^verified response\.ingested \(webhook-id \S+\)$/m);
    expect(stdout).toMatch(/^received response\.ingested for webhook-demo-\d+: respondent [0-9a-f-]{36}$/m);
  });

  it('subscribe-segment-nps.ts: prints the current segment NPS, then an update pushed over graphql-ws', async () => {
    const vars = { ...api(keys.analyst), LADDER_STUDY_ID: studyId };
    const run = await runExample('subscribe-segment-nps.ts', vars, { after: /listening for updates/, act: newResponse });
    const stdout = expectSuccess(run);
    expect(stdout).toMatch(/^now: NPS -?\d+(\.\d+)? \[.+\] over \d+ responses; band=/m);
    expect(stdout).toMatch(/^update: NPS -?\d+(\.\d+)? \[.+\] over \d+ responses;/m);
  });

  it('subscribe-segment-nps.sh: prints an update pushed over Server-Sent Events', async () => {
    const vars = { ...api(keys.analyst), LADDER_STUDY_ID: studyId };
    const run = await runExample('subscribe-segment-nps.sh', vars, { after: /listening for updates/, act: newResponse });
    const update = JSON.parse(/^update: (.+)$/m.exec(expectSuccess(run))?.[1] ?? 'null') as {
      data: { segmentNpsChanged: { overall: { n: number }; segments: { label: string }[] } };
    };
    expect(update.data.segmentNpsChanged.overall.n).toBeGreaterThan(5);
    expect(update.data.segmentNpsChanged.segments.map((s) => s.label)).toContain('band=detractor');
  });

  it('export-csv.sh: writes the segment NPS table by band', async () => {
    const out = join(workDir, 'segment-nps.csv');
    const run = await runExample('export-csv.sh', { ...api(keys.analyst), LADDER_STUDY_ID: studyId, LADDER_OUT: out });
    const stdout = expectSuccess(run);
    const lines = readFileSync(out, 'utf8').trim().split(/\r?\n/);
    expect(lines[0]).toBe('segment,band,respondents,promoters,passives,detractors,nps,ci_low,ci_high,small_sample');
    expect(lines.some((l) => l.startsWith('band=detractor,detractor,'))).toBe(true);
    expect(stdout).toContain(`wrote ${out} (${lines.length - 1} rows):`);
  });

  it('read-bi-views.ts: a BI login of the workspace reads the wave from the bi views', async () => {
    const owner = new pg.Client({ connectionString: platform.databaseUrl });
    await owner.connect();
    const role = `ladder_bi_guide_${randomBytes(4).toString('hex')}`;
    const password = randomBytes(18).toString('base64url');
    try {
      // As docs/bi.md says, run by the database owner: a login in ladder_bi_reader, mapped to one workspace.
      await owner.query(`CREATE ROLE ${role} LOGIN PASSWORD '${password}' IN ROLE ladder_bi_reader`);
      await owner.query(`INSERT INTO bi_reader (role_name, workspace_id) SELECT $1, workspace_id FROM study WHERE id = $2`, [
        role,
        studyId,
      ]);
      const url = new URL(platform.databaseUrl);
      [url.username, url.password] = [role, password];
      const stdout = expectSuccess(await runExample('read-bi-views.ts', { DATABASE_URL: url.toString(), LADDER_WAVE_ID: waveId }));
      expect(stdout).toMatch(/^W1: NPS -?\d+\.\d+ over \d+ \(\d+ promoters, \d+ detractors\)$/m);
      expect(stdout).toMatch(/^ {2}tier=SMB: (suppressed \(under min n\)|NPS -?\d+\.\d+ over \d+)$/m);
    } finally {
      await owner.query(`DELETE FROM bi_reader WHERE role_name = $1`, [role]);
      await owner.query(`DROP ROLE IF EXISTS ${role}`);
      await owner.end();
    }
  });

  it('ran every example listed', () => {
    expect([...ran].sort()).toEqual([...EXAMPLES].sort());
  });
});
