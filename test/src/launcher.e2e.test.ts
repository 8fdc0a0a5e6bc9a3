import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, isPortOpen, repoRoot, stripAnsi } from '@ladder/devstack';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { gql, type Loose } from './support/graphql.js';

/** `npm start`'s launcher, as a user runs it, on free ports and a temporary data folder. */
interface Launch { child: ChildProcess; output: () => string; exited: Promise<number | null> }

const dataDir = mkdtempSync(join(tmpdir(), 'ladder-launcher-'));
// As root, Postgres runs as its own user, which must be able to reach the folder (mkdtemp makes it 0700).
chmodSync(dataDir, 0o755);
const launches: Launch[] = [];

async function launch(env: Record<string, string>): Promise<Launch> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !['DATABASE_URL', 'TEMPORAL_ADDRESS', 'LADDER_BOOTSTRAP_API_KEY'].includes(k)));
  const child = spawn(process.execPath, [join(repoRoot(), 'devstack/dist/cli/start.js')], { env: { ...base, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  child.stdout!.on('data', (c: Buffer) => { text += stripAnsi(c.toString()); });
  child.stderr!.on('data', (c: Buffer) => { text += stripAnsi(c.toString()); });
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

const START = 'mutation($r: ID!) { startInterview(respondentId: $r) { respondentToken } }';
const SEND = 'mutation($t: String!, $x: String!) { sendRespondentMessage(token: $t, text: $x) { seq } }';
const VIEW = 'query($t: String!) { respondentSession(token: $t) { turns { seq } } }';

describe('npm start', () => {
  it('starts everything embedded, stops cleanly on Ctrl-C, and keeps data and running interviews across restarts', async () => {
    const ports = { PORT: await freePort(), LADDER_CONSOLE_PORT: await freePort(), LADDER_PG_PORT: await freePort(), LADDER_TEMPORAL_PORT: await freePort(), LADDER_TEMPORAL_UI_PORT: await freePort() };
    const env = { ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])), LADDER_DATA_DIR: dataDir };
    const api = `http://localhost:${ports.PORT}/graphql`;

    const first = await launch(env);
    const key = /sign in\s+\S+#key=(\S+)/.exec(first.output())![1];
    expect(first.output()).toContain(`console        http://localhost:${ports.LADDER_CONSOLE_PORT}`);
    expect(first.output()).toContain(`Temporal UI    http://localhost:${ports.LADDER_TEMPORAL_UI_PORT}`);
    expect(first.output()).toMatch(/seeded the demo study/);
    const studies = await gql(api, '{ studies { id name waves { id respondentCount } } }', {}, { key });
    const demo = studies.data.studies.find((s: Loose) => s.name === 'Demo - NPS follow-up');
    expect(demo.waves[0].respondentCount).toBe(300);
    const respondents = await gql(api, 'query($w: ID!) { respondents(waveId: $w, first: 1) { edges { node { id } } } }', { w: demo.waves[0].id }, { key });
    const token = (await gql(api, START, { r: respondents.data.respondents.edges[0].node.id }, { key })).data.startInterview.respondentToken;
    for (let i = 0; i < 50 && !(await gql(api, VIEW, { t: token })).data.respondentSession.turns.length; i++) await new Promise((r) => setTimeout(r, 200));
    expect((await gql(api, SEND, { t: token, x: 'Reports are slow' })).data.sendRespondentMessage.seq).toBe(2);

    // The demo seed has synthetic respondents finish 40 interviews through the API, in the background.
    const COMPLETED = 'query($s: ID!) { interviewSessions(studyId: $s, status: [COMPLETED], first: 200) { id quality { ladderDepth } } }';
    let completed: Loose[] = [];
    for (let i = 0; i < 240 && completed.length < 40; i++) {
      await new Promise((r) => setTimeout(r, 500));
      completed = (await gql(api, COMPLETED, { s: demo.id }, { key })).data.interviewSessions;
    }
    expect(completed).toHaveLength(40);
    expect(first.output()).toMatch(/\[simulator\].*answer 40 more/);
    expect(Math.max(...completed.map((s) => s.quality.ladderDepth))).toBeGreaterThanOrEqual(4);

    expect(await interrupt(first)).toBe(0);
    for (const port of Object.values(ports)) expect(await isPortOpen(port)).toBe(false);

    const second = await launch(env);
    expect(second.output()).toMatch(/demo already seeded/);
    expect(second.output()).toContain(`#key=${key}`);
    const after = await gql(api, SEND, { t: token, x: 'It took a week to export the quarter' });
    expect(after.data.sendRespondentMessage.seq).toBe(4);
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
      DATABASE_URL: databaseUrl, TEMPORAL_ADDRESS: inject('temporalAddress'), LADDER_BOOTSTRAP_API_KEY: secret,
      PORT: String(apiPort), LADDER_CONSOLE_PORT: String(await freePort()), LADDER_DATA_DIR: join(dataDir, 'external'),
    });
    expect(l.output()).not.toMatch(/starting embedded PostgreSQL|starting the Temporal dev server|Temporal UI/);
    expect((await gql(`http://localhost:${apiPort}/graphql`, '{ studies { name } }', {}, { key: secret })).data.studies).toHaveLength(1);
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
      env: { ...process.env, DATABASE_URL: 'mysql://nope', PORT: 'eighty', LADDER_PG_PORT: '99999' }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let text = '';
    child.stderr!.on('data', (c: Buffer) => { text += c.toString(); });
    const code = await new Promise((r) => child.once('exit', r));
    expect(code).toBe(1);
    expect(text).toMatch(/DATABASE_URL[\s\S]*LADDER_PG_PORT[\s\S]*PORT/);
  });
});
