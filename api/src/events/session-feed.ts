import { Repeater } from '@graphql-yoga/subscription';
import type { SessionStatus, SessionUpdatedEvent } from '@ladder/contracts';
import type { DataSource } from 'typeorm';
import type { EventPubSub } from './session-events.js';

/** Where a subscriber of one session stands: the last turn it was sent and the status it knows. */
export interface SessionFeedPosition {
  seq: number;
  status: SessionStatus;
}

interface MissedRow {
  turn_id: string | null;
  seq: number | null;
  status: SessionStatus;
  study_id: string;
  preview: boolean;
}

/**
 * The session's turns past `seq` (one row per turn, oldest first), or one row without a turn when
 * there is none, so the current status is known either way; none at all once the session is gone (erased).
 */
async function missedSince(db: DataSource, workspaceId: string, sessionId: string, seq: number): Promise<MissedRow[]> {
  return db.query(
    `SELECT t.id AS turn_id, t.seq, s.status, w.study_id, w.preview
     FROM interview_session s
     JOIN wave w ON w.id = s.wave_id AND w.workspace_id = s.workspace_id
     LEFT JOIN turn t ON t.session_id = s.id AND t.workspace_id = s.workspace_id AND t.seq > $3
     WHERE s.id = $1 AND s.workspace_id = $2
     ORDER BY t.seq`,
    [sessionId, workspaceId, seq],
  );
}

/** Where a new subscriber of the session starts: its last turn now. Null when the session is not the workspace's. */
export async function sessionFeedStart(db: DataSource, workspaceId: string, sessionId: string): Promise<SessionFeedPosition | null> {
  const rows: { seq: number; status: SessionStatus }[] = await db.query(
    `SELECT coalesce((SELECT max(t.seq) FROM turn t WHERE t.session_id = s.id AND t.workspace_id = s.workspace_id), -1) AS seq, s.status
     FROM interview_session s WHERE s.id = $1 AND s.workspace_id = $2`,
    [sessionId, workspaceId],
  );
  return rows[0] ?? null;
}

/**
 * The updates of one session for one subscriber, without a gap across an outage of the LISTEN
 * connection. Notifications sent while it was down are lost (a Postgres restart, a dropped
 * socket), so when it is back (EVENTS_RESUMED) the turns written past the last one this subscriber
 * was sent are read from the database and sent in order, or the status alone when it changed.
 * Turns come in seq order from one writer at a time (the interview workflow), so a notification
 * for a turn already sent by such a catch-up is dropped: each turn reaches the subscriber once.
 */
export function sessionFeed(
  pubSub: EventPubSub,
  db: DataSource,
  workspaceId: string,
  sessionId: string,
  start: SessionFeedPosition,
  log: Pick<Console, 'error'> = console,
): AsyncIterableIterator<SessionUpdatedEvent> {
  const source = Repeater.merge([pubSub.subscribe('SESSION_UPDATED', sessionId), pubSub.subscribe('EVENTS_RESUMED')]);
  let { seq, status } = start;
  const fresh = (event: SessionUpdatedEvent) => (event.seq === null ? true : event.seq > seq);
  return new Repeater<SessionUpdatedEvent>(async (push, stop) => {
    void stop.then(() => source.return());
    for await (const item of source) {
      const events = 'reconnects' in item ? await caughtUp().catch(failed) : [item];
      for (const event of events.filter(fresh)) {
        seq = event.seq ?? seq;
        status = event.status;
        await push(event);
      }
    }
  });

  async function caughtUp(): Promise<SessionUpdatedEvent[]> {
    const rows = await missedSince(db, workspaceId, sessionId, seq);
    const toEvent = (r: MissedRow): SessionUpdatedEvent => ({
      type: 'session.updated',
      workspaceId,
      studyId: r.study_id,
      sessionId,
      preview: r.preview,
      turnId: r.turn_id,
      seq: r.seq,
      status: r.status,
    });
    return rows.filter((r) => r.turn_id !== null || r.status !== status).map(toEvent);
  }

  function failed(error: unknown): SessionUpdatedEvent[] {
    // The next reconnection catches up from the same position.
    log.error('session %s: the updates missed during the outage could not be read: %s', sessionId, error);
    return [];
  }
}
