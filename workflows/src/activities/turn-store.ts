import type pg from 'pg';
import { EVENTS_CHANNEL, type Band, type SessionEvent, type SessionStatus, type TurnRole, type TurnView } from '../contracts/index.js';

export interface SessionInfo { id: string; workspaceId: string; band: Band; language: string; status: SessionStatus }

interface TurnRow { id: string; seq: number; role: TurnRole; text: string; phase: string; ladder_level: number; created_at: Date }

export const toView = (r: TurnRow): TurnView => ({
  id: r.id, seq: r.seq, role: r.role, text: r.text, phase: r.phase, ladderLevel: r.ladder_level, createdAt: r.created_at.toISOString(),
});

export async function loadSession(db: pg.Pool | pg.PoolClient, sessionId: string): Promise<SessionInfo | null> {
  const { rows } = await db.query(
    `SELECT s.id, s.workspace_id, s.status, r.band, r.language FROM interview_session s
     JOIN respondent r ON r.id = s.respondent_id WHERE s.id = $1`, [sessionId]);
  const row = rows[0];
  return row ? { id: row.id, workspaceId: row.workspace_id, band: row.band, language: row.language, status: row.status } : null;
}

export async function loadTranscript(db: pg.Pool, sessionId: string, beforeSeq: number): Promise<TurnView[]> {
  const { rows } = await db.query<TurnRow>(`SELECT * FROM turn WHERE session_id = $1 AND seq < $2 ORDER BY seq`, [sessionId, beforeSeq]);
  return rows.map(toView);
}

export async function findTurn(db: pg.Pool, sessionId: string, seq: number): Promise<TurnView | null> {
  const { rows } = await db.query<TurnRow>(`SELECT * FROM turn WHERE session_id = $1 AND seq = $2`, [sessionId, seq]);
  return rows[0] ? toView(rows[0]) : null;
}

async function notify(client: pg.PoolClient, event: SessionEvent): Promise<void> {
  await client.query(`SELECT pg_notify($1, $2)`, [EVENTS_CHANNEL, JSON.stringify(event)]);
}

async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

export interface NewTurn { seq: number; role: TurnRole; text: string; phase: string; ladderLevel: number }

/**
 * Writes a turn exactly once: (session_id, seq) is unique, so a retried activity finds the row
 * already there and returns it unchanged. The event is sent only when this attempt inserted the
 * turn or moved the session's status, inside its transaction, so subscribers see it exactly when
 * the change is committed.
 */
export async function saveTurn(pool: pg.Pool, session: SessionInfo, turn: NewTurn): Promise<TurnView> {
  return inTransaction(pool, async (client) => {
    const inserted = await client.query<TurnRow>(
      `INSERT INTO turn (workspace_id, session_id, seq, role, text, phase, ladder_level) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (session_id, seq) DO NOTHING RETURNING *`,
      [session.workspaceId, session.id, turn.seq, turn.role, turn.text, turn.phase, turn.ladderLevel]);
    let status = session.status;
    if (turn.role === 'respondent') {
      const activated = await client.query(
        `UPDATE interview_session SET status = 'active', started_at = coalesce(started_at, now()), updated_at = now()
         WHERE id = $1 AND status = 'invited' RETURNING status`, [session.id]);
      if (activated.rowCount) status = 'active';
    }
    const row = inserted.rows[0]
      ?? (await client.query<TurnRow>(`SELECT * FROM turn WHERE session_id = $1 AND seq = $2`, [session.id, turn.seq])).rows[0];
    if (inserted.rows[0] || status !== session.status) {
      await notify(client, { type: 'session.updated', workspaceId: session.workspaceId, sessionId: session.id, turnId: row.id, seq: row.seq, status });
    }
    return toView(row);
  });
}

/** Moves an open session to a final status; a no-op (and no event) when it is already final. */
export async function finishSession(pool: pg.Pool, session: SessionInfo, status: Extract<SessionStatus, 'completed' | 'abandoned' | 'expired'>): Promise<boolean> {
  return inTransaction(pool, async (client) => {
    const changed = await client.query(
      `UPDATE interview_session SET status = $2, completed_at = CASE WHEN $2 = 'completed' THEN now() END, updated_at = now()
       WHERE id = $1 AND status IN ('invited', 'active') RETURNING id`, [session.id, status]);
    if (!changed.rowCount) return false;
    await notify(client, { type: 'session.updated', workspaceId: session.workspaceId, sessionId: session.id, turnId: null, seq: null, status });
    return true;
  });
}
