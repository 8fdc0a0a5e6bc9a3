import type { DataSource } from 'typeorm';
import { scopedLoader } from '../common/scoped-loader.js';

export interface CommentCodingRow {
  respondent_id: string;
  study_id: string;
  driver_key: string | null;
  sentiment: string;
  quote: string | null;
  coder: string;
  coded_at: Date;
}

/** Per-request loader of survey-comment codings by respondent id. */
export function createCommentLoaders(db: DataSource, workspaceId: string | null) {
  return {
    commentCoding: scopedLoader<string, CommentCodingRow | null>(workspaceId, async (ws, ids) => {
      const rows: CommentCodingRow[] = await db.query(
        `SELECT c.respondent_id, w.study_id, c.driver_key, c.sentiment, c.quote, c.coder, c.coded_at
         FROM respondent_comment_coding c JOIN wave w ON w.id = c.wave_id
         WHERE c.workspace_id = $1 AND c.respondent_id = ANY($2::uuid[])`,
        [ws, ids],
      );
      const byId = new Map(rows.map((r) => [r.respondent_id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}

/** Adds this module's loaders to every request's `ctx.loaders` (assembled in server/context.ts). */
declare module '../common/context.js' {
  interface Loaders extends ReturnType<typeof createCommentLoaders> {}
}
