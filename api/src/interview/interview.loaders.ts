import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { groupRows, scopedLoader } from '../common/scoped-loader.js';
import { InterviewSession } from './interview-session.entity.js';
import { Turn } from './turn.entity.js';

/** Per-request loaders of interview sessions, their turns, and a study's sessions by status. */
export function createInterviewLoaders(db: DataSource, workspaceId: string | null) {
  return {
    session: scopedLoader<string, InterviewSession | null>(workspaceId, async (ws, ids) => {
      const rows = await db.getRepository(InterviewSession).find({ where: { workspaceId: ws, id: In([...ids]) } });
      const found = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    /** Interviews per status of each study, preview waves left out. */
    sessionCounts: scopedLoader<string, Record<string, number>>(workspaceId, async (ws, ids) => {
      const rows: { study_id: string; status: string; n: number }[] = await db.query(
        `SELECT w.study_id, s.status, count(*)::int AS n FROM interview_session s JOIN wave w ON w.id = s.wave_id
         WHERE s.workspace_id = $1 AND w.study_id = ANY($2::uuid[]) AND NOT w.preview GROUP BY 1, 2`,
        [ws, ids],
      );
      return ids.map((id) => Object.fromEntries(rows.filter((r) => r.study_id === id).map((r) => [r.status, r.n])));
    }),
    latestSession: scopedLoader<string, InterviewSession | null>(workspaceId, async (ws, ids) => {
      const sessions: InterviewSession[] = await db
        .getRepository(InterviewSession)
        .createQueryBuilder('s')
        .distinctOn(['s.respondent_id'])
        .where('s.workspace_id = :ws AND s.respondent_id IN (:...ids)', { ws, ids })
        .orderBy('s.respondent_id')
        .addOrderBy('s.created_at', 'DESC')
        .getMany();
      const byRespondent = new Map(sessions.map((s) => [s.respondentId, s]));
      return ids.map((id) => byRespondent.get(id) ?? null);
    }),
    turns: scopedLoader<string, Turn[]>(workspaceId, async (ws, ids) => {
      const turns = await db.getRepository(Turn).find({
        where: { workspaceId: ws, sessionId: In([...ids]) },
        order: { seq: 'ASC' },
      });
      const grouped = groupRows(turns, (t) => t.sessionId);
      return ids.map((id) => grouped.get(id) ?? []);
    }),
  };
}

/** Adds this module's loaders to every request's `ctx.loaders` (assembled in server/context.ts). */
declare module '../common/context.js' {
  interface Loaders extends ReturnType<typeof createInterviewLoaders> {}
}
