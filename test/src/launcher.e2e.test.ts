import { randomUUID } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, isPortOpen, repoRoot, stripAnsi } from '@ladder/devstack';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import {
  CompletedSessionsDocument,
  RespondentSessionDocument,
  RespondentsDocument,
  SendRespondentMessageDocument,
  StartInterviewDocument,
  StudiesDocument,
  type CompletedSessionsQuery,
} from './gql/graphql.js';
import { gqlData } from './support/graphql.js';

/** `npm start`'s launcher, as a user runs it, on free ports and a temporary data folder. */
interface Launch {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

const dataDir = mkdtempSync(join(tmpdir(), 'ladder-launcher-'));
// As root, Postgres runs as its own user, which must be able to reach the folder (mkdtemp makes it 0700).
chmodSync(dataDir, 0o755);
const launches: Launch[] = [];

async function launch(env: Record<string, string>): Promise<Launch> {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) =>
        !['DATABASE_URL', 'TEMPORAL_ADDRESS', 'LADDER_BOOTSTRAP_API_KEY', 'SMTP_URL', 'LADDER_LINK_SECRET', 'LADDER_PAYLOAD_KEYS'].includes(
          k,
        ),
    ),
  );
  const child = spawn(process.execPath, [join(repoRoot(), 'devstack/dist/cli/start.js')], {
    env: { ...base, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout!.on('data', (c: Buffer) => {
    text += stripAnsi(c.toString());
  });
  child.stderr!.on('data', (c: Buffer) => {
    text += stripAnsi(c.toString());
  });
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  const l = { child, output: () => text, exited };
  launches.push(l);
  const deadline = Date.now() + 150_000;
  while (!text.includes('Ladder is running')) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the launcher did not come up:\n${text}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return l;
}

async function interrupt(l: Launch): Promise<number | null> {
  l.child.kill('SIGINT');
  return l.exited;
}

afterAll(async () => {
  for (const l of launches) if (l.child.exitCode === null) await interrupt(l);
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start', () => {
  it('starts everything embedded, stops cleanly on Ctrl-C, and keeps data and running interviews across restarts', async () => {
    const ports = {
      PORT: await freePort(),
      LADDER_CONSOLE_PORT: await freePort(),
      LADDER_PG_PORT: await freePort(),
      LADDER_TEMPORAL_PORT: await freePort(),
      LADDER_TEMPORAL_UI_PORT: await freePort(),
      LADDER_MAILPIT_SMTP_PORT: await freePort(),
      LADDER_MAILPIT_PORT: await freePort(),
    };
    const env = { ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])), LADDER_DATA_DIR: dataDir };
    const api = `http://localhost:${ports.PORT}/graphql`;

    const first = await launch(env);
    const key = /sign in\s+\S+#key=(\S+)/.exec(first.output())![1];
    expect(first.output()).toContain(`console        http://localhost:${ports.LADDER_CONSOLE_PORT}`);
    expect(first.output()).toContain(`Temporal UI    http://localhost:${ports.LADDER_TEMPORAL_UI_PORT}`);
    expect(first.output()).toContain(`Mailpit (email) http://localhost:${ports.LADDER_MAILPIT_PORT}`);
    expect(first.output()).toMatch(/seeded the demo study/);
    const { studies } = await gqlData(api, StudiesDocument, {}, { key });
    const demo = studies.find((s) => s.name === 'Demo - NPS follow-up')!;
    expect(demo.waves[0].respondentCount).toBe(300);
    const { respondents } = await gqlData(api, RespondentsDocument, { waveId: demo.waves[0].id, first: 1 }, { key });
    const token = (await gqlData(api, StartInterviewDocument, { respondentId: respondents.edges[0].node.id }, { key })).startInterview
      .respondentToken;
    const turns = async () => (await gqlData(api, RespondentSessionDocument, { token })).respondentSession.turns;
    const send = async (text: string) =>
      (await gqlData(api, SendRespondentMessageDocument, { token, text, clientMessageId: randomUUID() })).sendRespondentMessage;
    for (let i = 0; i < 50 && !(await turns()).length; i++) await new Promise((r) => setTimeout(r, 200));
    expect((await send('Reports are slow')).seq).toBe(2);

    // The demo seed holds 12 finished interviews (its coding golden set); synthetic respondents finish 28 more through the API,
    // in the background, to make 40.
    let completed: CompletedSessionsQuery['interviewSessions'] = [];
    for (let i = 0; i < 240 && completed.length < 40; i++) {
      await new Promise((r) => setTimeout(r, 500));
      completed = (await gqlData(api, CompletedSessionsDocument, { studyId: demo.id }, { key })).interviewSessions;
    }
    expect(completed).toHaveLength(40);
    expect(first.output()).toMatch(/\[simulator\].*has 12 finished interviews; synthetic respondents answer 28 more/);
    expect(Math.max(...completed.map((s) => s.quality?.ladderDepth ?? 0))).toBeGreaterThanOrEqual(4);

    expect(await interrupt(first)).toBe(0);
    for (const port of Object.values(ports)) expect(await isPortOpen(port)).toBe(false);

    const second = await launch(env);
    expect(second.output()).toMatch(/demo already seeded/);
    expect(second.output()).toContain(`#key=${key}`);
    expect((await send('It took a week to export the quarter')).seq).toBe(4);
    expect(await interrupt(second)).toBe(0);
  }, 400_000);

  it('uses DATABASE_URL and TEMPORAL_ADDRESS when given and starts nothing embedded', async () => {
    const admin = inject('pgAdminUrl');
    const db = new pg.Client({ connectionString: admin });
    await db.connect();
    await db.query('CREATE DATABASE ladder_launcher_external');
    await db.end();
    const databaseUrl = admin.replace(/\/postgres$/, '/ladder_launcher_external');
    const secret = 'ldr_external-bootstrap-secret-0123456789';
    const apiPort = await freePort();
    const l = await launch({
      DATABASE_URL: databaseUrl,
      TEMPORAL_ADDRESS: inject('temporalAddress'),
      LADDER_BOOTSTRAP_API_KEY: secret,
      PORT: String(apiPort),
      LADDER_CONSOLE_PORT: String(await freePort()),
      LADDER_DATA_DIR: join(dataDir, 'external'),
      SMTP_URL: `smtp://127.0.0.1:${await freePort()}`,
    });
    expect(l.output()).not.toMatch(/starting embedded PostgreSQL|starting the Temporal dev server|Temporal UI|starting Mailpit/);
    expect(l.output()).toMatch(/SMTP relay +smtp:\/\/127\.0\.0\.1:\d+/);
    expect((await gqlData(`http://localhost:${apiPort}/graphql`, StudiesDocument, {}, { key: secret })).studies).toHaveLength(1);
    const check = new pg.Client({ connectionString: databaseUrl });
    await check.connect();
    const { rows } = await check.query('SELECT secret_hash FROM api_key');
    await check.end();
    expect(rows).toHaveLength(1);
    expect(rows[0].secret_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toContain(secret);
    expect(await interrupt(l)).toBe(0);
  }, 300_000);

  it('lists every configuration problem at once and exits', async () => {
    const child = spawn(process.execPath, [join(repoRoot(), 'devstack/dist/cli/start.js')], {
      env: { ...process.env, DATABASE_URL: 'mysql://nope', PORT: 'eighty', LADDER_PG_PORT: '99999' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let text = '';
    child.stderr!.on('data', (c: Buffer) => {
      text += c.toString();
    });
    const code = await new Promise((r) => child.once('exit', r));
    expect(code).toBe(1);
    expect(text).toMatch(/DATABASE_URL[\s\S]*LADDER_PG_PORT[\s\S]*PORT/);
  });
});
