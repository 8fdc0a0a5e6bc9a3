import { createHash, randomUUID } from 'node:crypto';
import { dataOf, type TestApi, type TestWorkspace } from './api-harness.js';
import { csvOf, studyWithWave } from './fixtures.js';
import { ImportRespondentsDocument, LaunchWaveDocument } from './gql/graphql.js';

export interface FieldingWave {
  studyId: string;
  waveId: string;
  /** Respondent id by external id. */
  ids: Record<string, string>;
}

/** A study with one wave holding these respondents ([external id, score, email or '']), launched unless told otherwise. */
export async function fieldingWave(
  api: TestApi,
  rows: [string, number, string][],
  options: { workspace?: TestWorkspace; launch?: boolean; name?: string } = {},
): Promise<FieldingWave> {
  const key = (options.workspace ?? api.a).keys.admin;
  const { studyId, waveId } = await studyWithWave(api, key, options.name ?? `Study ${randomUUID().slice(0, 8)}`);
  if (rows.length) {
    const imported = await api.gql(ImportRespondentsDocument, { input: { waveId, csv: csvOf([['id', 'score', 'email'], ...rows]) } }, key);
    if (!dataOf(imported).importRespondents.ok) throw new Error(JSON.stringify(imported.data));
  }
  if (options.launch ?? true) dataOf(await api.gql(LaunchWaveDocument, { id: waveId }, key));
  const found: { id: string; external_id: string }[] = await api.db.query(`SELECT id, external_id FROM respondent WHERE wave_id = $1`, [
    waveId,
  ]);
  return { studyId, waveId, ids: Object.fromEntries(found.map((r) => [r.external_id, r.id])) };
}

export interface DeliverySpec {
  status?: string;
  kind?: 'invitation' | 'reminder';
  trigger?: 'auto' | 'manual' | 'workflow';
  email?: string;
  createdAt?: string;
  sentAt?: string | null;
  lastError?: string | null;
  attempts?: number;
  sessionId?: string | null;
  unsubscribeToken?: string;
}

/** An outbox row written the way the worker's dispatcher leaves it. */
export async function insertDelivery(api: TestApi, workspaceId: string, waveId: string, respondentId: string, spec: DeliverySpec = {}) {
  const [{ id }]: { id: string }[] = await api.db.query(
    `INSERT INTO email_delivery (workspace_id, wave_id, respondent_id, kind, trigger, email, status, attempts, sent_at, last_error,
       session_id, unsubscribe_token_hash, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, coalesce($13::timestamptz, now()), coalesce($13::timestamptz, now()))
     RETURNING id`,
    [
      workspaceId,
      waveId,
      respondentId,
      spec.kind ?? 'invitation',
      spec.trigger ?? 'manual',
      spec.email ?? `${respondentId.slice(0, 8)}@example.com`,
      spec.status ?? 'queued',
      spec.attempts ?? 0,
      spec.sentAt ?? null,
      spec.lastError ?? null,
      spec.sessionId ?? null,
      spec.unsubscribeToken ? createHash('sha256').update(spec.unsubscribeToken).digest('hex') : null,
      spec.createdAt ?? null,
    ],
  );
  return id;
}

/** An interview session with one moderator turn and, when given, respondent answers at the given times. */
export async function insertFieldingSession(
  api: TestApi,
  workspaceId: string,
  waveId: string,
  respondentId: string,
  spec: { status?: string; answeredAt?: string[]; completedAt?: string | null } = {},
): Promise<string> {
  const [{ id }]: { id: string }[] = await api.db.query(
    `INSERT INTO interview_session (workspace_id, respondent_id, wave_id, moderator, token_hash, workflow_id, status, completed_at)
     VALUES ($1, $2, $3, 'offline', $4, $4, $5, $6) RETURNING id`,
    [workspaceId, respondentId, waveId, `wf-${randomUUID()}`, spec.status ?? 'invited', spec.completedAt ?? null],
  );
  await api.db.query(
    `INSERT INTO turn (workspace_id, session_id, seq, role, text, phase) VALUES ($1, $2, 0, 'moderator', 'Hello?', 'context')`,
    [workspaceId, id],
  );
  for (const [i, at] of (spec.answeredAt ?? []).entries()) {
    await api.db.query(
      `INSERT INTO turn (workspace_id, session_id, seq, role, text, phase, created_at)
       VALUES ($1, $2, $3, 'respondent', 'An answer', 'context', $4)`,
      [workspaceId, id, i + 1, at],
    );
  }
  return id;
}
