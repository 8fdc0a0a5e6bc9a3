import { randomBytes } from 'node:crypto';
import { freePort, mailpitApi, startMailpit, type MailpitApi, type MailpitHandle, type MailpitOptions } from '@ladder/devstack';
import type { DeliveryKind, DeliveryStatus, DeliveryTrigger } from '@ladder/contracts';
import { defaultGuide } from '@ladder/contracts/guide';
import { DEFAULT_TAXONOMY } from '@ladder/contracts/taxonomy';
import type pg from 'pg';
import type { MailSettings } from '../fielding/dispatch-config.js';

export interface TestMailpit extends MailpitHandle {
  api: MailpitApi;
  smtpPort: number;
  httpPort: number;
}

/** Mailpit on free ports, keeping every message, with chaos available. */
export async function startTestMailpit(options: Partial<MailpitOptions> = {}): Promise<TestMailpit> {
  const smtpPort = options.smtpPort ?? (await freePort());
  const httpPort = options.httpPort ?? (await freePort());
  const handle = await startMailpit({ maxMessages: 0, chaos: true, ...options, smtpPort, httpPort });
  return { ...handle, api: mailpitApi(handle.apiUrl), smtpPort, httpPort };
}

export const testMailSettings = (smtpUrl: string, overrides: Partial<MailSettings> = {}): MailSettings => ({
  smtpUrl,
  from: { name: 'Ladder', address: 'interviews@ladder.test' },
  publicUrl: 'http://console.test',
  apiUrl: 'http://api.test',
  linkSecret: 'test-link-secret-0123456789abcdef',
  smtpTimeoutMs: 2000,
  ...overrides,
});

export interface TestWave {
  workspaceId: string;
  studyId: string;
  waveId: string;
  /** The pinned guide version per band (`wave_guide`). */
  guides: Record<'detractor' | 'passive' | 'promoter', string>;
}

/** A workspace, study and launched wave with its guides pinned, written the way the API writes them. */
export async function seedWave(
  pool: pg.Pool,
  options: { studyName?: string; status?: 'draft' | 'fielding' | 'closed'; workspaceId?: string } = {},
): Promise<TestWave> {
  const workspaceId =
    options.workspaceId ??
    (await pool.query(`INSERT INTO workspace (slug, name) VALUES ($1, 'w') RETURNING id`, [`w-${randomBytes(4).toString('hex')}`])).rows[0]
      .id;
  const {
    rows: [study],
  } = await pool.query(`INSERT INTO study (workspace_id, name) VALUES ($1, $2) RETURNING id`, [
    workspaceId,
    options.studyName ?? 'Acme NPS',
  ]);
  await pool.query(`INSERT INTO driver_taxonomy (workspace_id, study_id, version, content) VALUES ($1, $2, 1, $3)`, [
    workspaceId,
    study.id,
    JSON.stringify(DEFAULT_TAXONOMY),
  ]);
  const {
    rows: [wave],
  } = await pool.query(`INSERT INTO wave (workspace_id, study_id, name, status, launched_at) VALUES ($1, $2, $3, $4, now()) RETURNING id`, [
    workspaceId,
    study.id,
    `Q-${randomBytes(3).toString('hex')}`,
    options.status ?? 'fielding',
  ]);
  const guides = {} as TestWave['guides'];
  for (const band of ['detractor', 'passive', 'promoter'] as const) {
    const {
      rows: [guide],
    } = await pool.query(
      `INSERT INTO interview_guide (workspace_id, study_id, band, version, content) VALUES ($1, $2, $3, 1, $4) RETURNING id`,
      [workspaceId, study.id, band, JSON.stringify(defaultGuide(band))],
    );
    await pool.query(`INSERT INTO wave_guide (workspace_id, wave_id, band, guide_id) VALUES ($1, $2, $3, $4)`, [
      workspaceId,
      wave.id,
      band,
      guide.id,
    ]);
    guides[band] = guide.id;
  }
  return { workspaceId, studyId: study.id, waveId: wave.id, guides };
}

/** A respondent with an email address (`respondent_contact`), as an import or ingest writes it. */
export async function addRespondent(
  pool: pg.Pool,
  wave: TestWave,
  r: { email: string; score?: number; language?: string | null; attributes?: Record<string, string> },
): Promise<string> {
  const {
    rows: [row],
  } = await pool.query(
    `INSERT INTO respondent (workspace_id, wave_id, external_id, score, language, attributes) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [
      wave.workspaceId,
      wave.waveId,
      `ext-${randomBytes(5).toString('hex')}`,
      r.score ?? 3,
      r.language ?? null,
      JSON.stringify(r.attributes ?? {}),
    ],
  );
  await pool.query(`INSERT INTO respondent_contact (respondent_id, workspace_id, email) VALUES ($1, $2, $3)`, [
    row.id,
    wave.workspaceId,
    r.email,
  ]);
  return row.id;
}

/** An outbox row the way the API queues one (status queued, due now unless said otherwise). */
export async function queueDelivery(
  pool: pg.Pool,
  wave: TestWave,
  d: { respondentId: string; email: string; kind?: DeliveryKind; trigger?: DeliveryTrigger; dueAt?: Date },
): Promise<string> {
  const {
    rows: [row],
  } = await pool.query(
    `INSERT INTO email_delivery (workspace_id, wave_id, respondent_id, kind, trigger, email, due_at)
     VALUES ($1, $2, $3, $4, $5, $6, coalesce($7, now())) RETURNING id`,
    [wave.workspaceId, wave.waveId, d.respondentId, d.kind ?? 'invitation', d.trigger ?? 'manual', d.email, d.dueAt ?? null],
  );
  return row.id;
}

export interface DeliveryRow {
  id: string;
  respondent_id: string;
  session_id: string | null;
  kind: DeliveryKind;
  email: string;
  status: DeliveryStatus;
  attempts: number;
  due_at: Date;
  last_error: string | null;
  message_id: string | null;
  unsubscribe_token_hash: string | null;
  sent_at: Date | null;
}

export async function deliveries(pool: pg.Pool, waveId: string): Promise<DeliveryRow[]> {
  return (await pool.query(`SELECT * FROM email_delivery WHERE wave_id = $1 ORDER BY email, kind`, [waveId])).rows;
}

/** Polls until `done` holds for the wave's rows (or the time is up, returning the last rows for the assertion to explain). */
export async function waitForDeliveries(
  pool: pg.Pool,
  waveId: string,
  done: (rows: DeliveryRow[]) => boolean,
  timeoutMs = 30_000,
): Promise<DeliveryRow[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows = await deliveries(pool, waveId);
    if (done(rows) || Date.now() > deadline) return rows;
    await new Promise((r) => setTimeout(r, 200));
  }
}

export const allSettled = (rows: DeliveryRow[]) => rows.length > 0 && rows.every((r) => r.status !== 'queued' && r.status !== 'sending');
