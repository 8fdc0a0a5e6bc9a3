import { ApplicationFailure } from '@temporalio/activity';
import type pg from 'pg';
import type { TurnView } from '../contracts/index.js';
import { nextTurn, openingTurn } from '../moderator/offline-moderator.js';
import { findTurn, finishSession, loadSession, loadTranscript, saveTurn, type NewTurn, type SessionInfo } from './turn-store.js';

export interface ActivityDeps { pool: pg.Pool }

export interface ModeratorReply { turn: TurnView; closes: boolean }

/**
 * Activities of the interview workflow. Each one is safe to run more than once: turns are keyed
 * by (session, seq), and status changes only move forward.
 */
export function createActivities({ pool }: ActivityDeps) {
  async function session(sessionId: string): Promise<SessionInfo> {
    const found = await loadSession(pool, sessionId);
    // Not retryable: a session that does not exist will not appear by retrying.
    if (!found) throw ApplicationFailure.nonRetryable(`interview session ${sessionId} does not exist`, 'SESSION_NOT_FOUND');
    return found;
  }

  return {
    async openInterview({ sessionId }: { sessionId: string }): Promise<TurnView> {
      const s = await session(sessionId);
      const opening = openingTurn(s.band, s.language);
      return saveTurn(pool, s, { seq: 0, role: 'moderator', text: opening.text, phase: opening.phase, ladderLevel: opening.ladderLevel });
    },

    async recordTurn({ sessionId, turn }: { sessionId: string; turn: NewTurn }): Promise<TurnView> {
      return saveTurn(pool, await session(sessionId), turn);
    },

    /** Computes and stores the moderator turn at `seq` from the transcript before it. */
    async nextModeratorTurn({ sessionId, seq }: { sessionId: string; seq: number }): Promise<ModeratorReply> {
      const s = await session(sessionId);
      const transcript = await loadTranscript(pool, sessionId, seq);
      const next = nextTurn(s.band, s.language, transcript);
      const stored = (await findTurn(pool, sessionId, seq))
        ?? await saveTurn(pool, s, { seq, role: 'moderator', text: next.text, phase: next.phase, ladderLevel: next.ladderLevel });
      return { turn: stored, closes: next.closes };
    },

    async completeSession({ sessionId }: { sessionId: string }): Promise<void> {
      await finishSession(pool, await session(sessionId), 'completed');
    },
  };
}

export type Activities = ReturnType<typeof createActivities>;
