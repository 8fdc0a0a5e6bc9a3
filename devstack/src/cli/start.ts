import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir, repoRoot } from '../paths.js';
import { embeddedPostgresUrl, ensureDatabase } from '../database.js';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '../postgres.js';
import { startTemporalDevServer, type TemporalDevServerHandle } from '../temporal.js';
import { startMailpit, type MailpitHandle } from '../mailpit.js';
import { bootstrapKey, linkSecret, payloadKeys } from './bootstrap-key.js';
import { startChild, type Child } from './children.js';
import { readLaunchConfig, type LaunchConfig } from './launch-config.js';

/**
 * `npm start`: every part of Ladder on this machine. External Postgres / Temporal / SMTP are used
 * when configured; otherwise embedded ones (Mailpit for email) are started with their state under
 * the data folder, so a restart keeps data, running interviews and received mail. Ctrl-C stops
 * everything in reverse order.
 */
const root = repoRoot();
const data = dataDir();
let config: LaunchConfig;
try {
  config = readLaunchConfig();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

const children: Child[] = [];
let postgres: EmbeddedPostgresHandle | undefined;
let temporal: TemporalDevServerHandle | undefined;
let mailpit: MailpitHandle | undefined;
let stopping = false;

async function stopAll(code: number): Promise<never> {
  if (stopping) process.exit(code);
  stopping = true;
  console.log('\nstopping Ladder...');
  for (const child of [...children].reverse()) await child.stop();
  await mailpit?.stop();
  await temporal?.stop();
  await postgres?.stop();
  console.log('stopped.');
  process.exit(code);
}
// Children run detached; should the launcher die abruptly, do not leave them behind.
process.on('exit', () => {
  for (const child of children) if (child.process.exitCode === null) child.process.kill('SIGKILL');
  if (mailpit?.process.exitCode === null) mailpit.process.kill('SIGKILL');
  try {
    if (postgres) process.kill(postgres.pid, 'SIGTERM');
  } catch {
    /* already stopped */
  }
});
process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

async function main() {
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    console.log(`starting embedded PostgreSQL on port ${config.pgPort} (data in ${join(data, 'postgres')})`);
    postgres = await startEmbeddedPostgres({ databaseDir: join(data, 'postgres'), port: config.pgPort, persistent: true, detached: true });
    await ensureDatabase(embeddedPostgresUrl(config.pgPort, 'postgres'), 'ladder');
    databaseUrl = embeddedPostgresUrl(config.pgPort, 'ladder');
  }
  // The migrations package's own CLI: devstack does not depend on it (its tests use devstack).
  const migrated = spawnSync(process.execPath, [join(root, 'migrations/dist/cli.js'), 'up'], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: 'utf8',
  });
  if (migrated.status !== 0) throw new Error(`migrations failed:\n${migrated.stderr}`);
  console.log(`[migrations] ${migrated.stdout.trim()}`);

  let temporalAddress = config.temporalAddress;
  if (!temporalAddress) {
    console.log(`starting the Temporal dev server on port ${config.temporalPort}`);
    temporal = await startTemporalDevServer({
      port: config.temporalPort,
      uiPort: config.temporalUiPort,
      dbFile: join(data, 'temporal.sqlite'),
      detached: true,
      log: (line) => {
        if (/level=(ERROR|FATAL)/.test(line)) console.error(`[temporal] ${line}`);
      },
    });
    temporalAddress = temporal.address;
  }

  let smtpUrl = config.smtpUrl;
  if (!smtpUrl) {
    console.log(`starting Mailpit (SMTP ${config.mailpitSmtpPort}, web UI ${config.mailpitUiPort})`);
    mailpit = await startMailpit({
      smtpPort: config.mailpitSmtpPort,
      httpPort: config.mailpitUiPort,
      dbFile: join(data, 'mailpit.db'),
      detached: true,
      log: (line) => {
        if (/level=(error|fatal)/i.test(line)) console.error(`[mailpit] ${line}`);
      },
    });
    smtpUrl = mailpit.smtpUrl;
  }

  const key = bootstrapKey(config.bootstrapKey, join(data, 'bootstrap-api-key'));
  // The first admin's one-time sign-in link: a fresh secret every start, shown once below (no mail needed).
  const firstAdminEmail = process.env.LADDER_FIRST_ADMIN_EMAIL || 'admin@ladder.localhost';
  const firstAdminToken = randomBytes(32).toString('base64url');
  const consoleUrl = `http://localhost:${config.consolePort}`;
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: temporalAddress,
    PORT: String(config.apiPort),
    LADDER_BOOTSTRAP_API_KEY: key,
    LADDER_FIRST_ADMIN_EMAIL: firstAdminEmail,
    LADDER_FIRST_ADMIN_SIGN_IN_TOKEN: firstAdminToken,
    LADDER_PUBLIC_URL: process.env.LADDER_PUBLIC_URL ?? consoleUrl,
    LADDER_ALLOWED_ORIGINS: process.env.LADDER_ALLOWED_ORIGINS ?? consoleUrl,
    LADDER_API_URL: process.env.LADDER_API_URL ?? `http://localhost:${config.apiPort}`,
    SMTP_URL: smtpUrl,
    LADDER_LINK_SECRET: linkSecret(config.linkSecret, join(data, 'link-secret')),
    // Temporal payloads (respondents' words) are encrypted; the key is kept like the link secret.
    LADDER_PAYLOAD_KEYS: payloadKeys(config.payloadKeys, join(data, 'payload-keys')),
    // The embedded Temporal UI may ask the API's /codec endpoint to decrypt what it shows.
    ...(temporal?.uiUrl && !process.env.LADDER_TEMPORAL_UI_ORIGIN ? { LADDER_TEMPORAL_UI_ORIGIN: temporal.uiUrl } : {}),
  };
  const seeded = spawnSync(process.execPath, [join(root, 'api/dist/seed/cli.js')], { cwd: root, env, encoding: 'utf8' });
  if (seeded.status !== 0) throw new Error(`seeding failed:\n${seeded.stderr}`);
  console.log(`[seed] ${seeded.stdout.trim()}`);

  const launch = (child: Child) => {
    children.push(child);
    child.process.once('exit', (code, signal) => {
      if (stopping) return;
      console.error(`${child.name} stopped unexpectedly (${signal ?? `code ${code}`}); stopping everything`);
      void stopAll(1);
    });
    return child.ready;
  };
  await launch(startChild('worker', process.execPath, [join(root, 'workflows/dist/main.js')], { cwd: root, env, ready: /worker ready/ }));
  await launch(startChild('api', process.execPath, [join(root, 'api/dist/main.js')], { cwd: root, env, ready: /api ready/ }));
  await launch(
    startChild(
      'console',
      process.execPath,
      [join(root, 'node_modules/vite/bin/vite.js'), '--port', String(config.consolePort), '--strictPort'],
      { cwd: join(root, 'console'), env, ready: /localhost:\d+/ },
    ),
  );

  const masked = databaseUrl.replace(/\/\/([^:]+):[^@]+@/, '//$1:***@');
  console.log(
    [
      '',
      '  Ladder is running',
      `  console        ${consoleUrl}`,
      `  sign in        ${consoleUrl}/login#key=${key}`,
      `  first admin    ${env.LADDER_API_URL}/auth/magic-link/callback?token=${firstAdminToken}`,
      `                 (a console session as ${firstAdminEmail}; works once, within an hour, in any browser)`,
      `  GraphQL API    http://localhost:${config.apiPort}/graphql   (WebSocket on the same URL)`,
      `  API guide      http://localhost:${config.apiPort}/docs`,
      temporal?.uiUrl ? `  Temporal UI    ${temporal.uiUrl}` : `  Temporal       ${temporalAddress}`,
      `  PostgreSQL     ${masked}`,
      mailpit ? `  Mailpit (email) ${mailpit.webUrl}` : `  SMTP relay     ${smtpUrl.replace(/\/\/([^:@/]+):[^@]+@/, '//$1:***@')}`,
      '  Ctrl-C stops everything; data is kept for the next start.',
      '',
    ].join('\n'),
  );
  void simulateDemoInterviews(`http://localhost:${config.apiPort}/graphql`, key, env);
}

/** Finished interviews the demo wave should have, so the console has transcripts to show on first start. */
const DEMO_COMPLETED_TARGET = 40;

/**
 * Tops the demo wave up to DEMO_COMPLETED_TARGET finished interviews with the simulator's synthetic
 * respondents, in the background: on a restart it finds them and does nothing. Respondents are
 * taken from the end of the list, leaving the first ones for someone trying the API by hand. A
 * failure here is reported and leaves the rest of Ladder running.
 */
async function simulateDemoInterviews(apiUrl: string, key: string, env: NodeJS.ProcessEnv): Promise<void> {
  const cli = join(root, 'simulator/dist/cli.js');
  try {
    const completed = await demoInterviewsCompleted(apiUrl, key);
    if (completed === null || completed >= DEMO_COMPLETED_TARGET || stopping) return;
    if (!existsSync(cli)) return console.log(`[simulator] not built (${cli}); skipping the demo interviews`);
    const missing = DEMO_COMPLETED_TARGET - completed;
    console.log(`[simulator] the demo wave has ${completed} finished interviews; synthetic respondents answer ${missing} more`);
    // The key goes through the environment, not the command line, where any local user could read it.
    const child = startChild(
      'simulator',
      process.execPath,
      [cli, '--demo', '--count', String(missing), '--api', apiUrl, '--from', 'end', '--launch'],
      { cwd: root, env: { ...env, LADDER_API_KEY: key }, ready: /simulating/ },
    );
    child.ready.catch(() => undefined);
    children.push(child);
    child.process.once('exit', (code) => {
      if (!stopping && code !== 0) console.error(`[simulator] exited with code ${code}; Ladder keeps running`);
    });
  } catch (error) {
    console.error(`[simulator] could not simulate the demo interviews: ${(error as Error).message}`);
  }
}

/** Completed interviews in the demo study's latest wave, through the public API; null without a demo study. */
async function demoInterviewsCompleted(apiUrl: string, key: string): Promise<number | null> {
  const query = async <T>(text: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const res = await fetch(apiUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ query: text, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
    if (!body.data) throw new Error(body.errors?.[0]?.message ?? `HTTP ${res.status}`);
    return body.data;
  };
  const { studies } = await query<{ studies: { name: string; waves: { id: string; createdAt: string }[] }[] }>(
    '{ studies { name waves { id createdAt } } }',
  );
  const wave = studies.find((s) => s.name === 'Demo - NPS follow-up')?.waves.sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  if (!wave) return null;
  let completed = 0;
  type Page = {
    respondents: {
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { node: { latestSession: { status: string } | null } }[];
    };
  };
  for (let after: string | null = null, more = true; more;) {
    const { respondents }: Page = await query<Page>(
      'query($w: ID!, $n: Int!, $a: String) { respondents(waveId: $w, first: $n, after: $a) ' +
        '{ pageInfo { hasNextPage endCursor } edges { node { latestSession { status } } } } }',
      { w: wave.id, n: 100, a: after },
    );
    completed += respondents.edges.filter((e) => e.node.latestSession?.status === 'COMPLETED').length;
    [after, more] = [respondents.pageInfo.endCursor, respondents.pageInfo.hasNextPage];
  }
  return completed;
}

main().catch(async (error: Error) => {
  console.error(`Ladder could not start: ${error.message}`);
  await stopAll(1);
});
