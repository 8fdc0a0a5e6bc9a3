import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { scopedLoader } from '../common/scoped-loader.js';
import { Respondent } from './respondent.entity.js';

/** Per-request loaders of respondents and their contact email (kept apart, in respondent_contact). */
export function createRespondentLoaders(db: DataSource, workspaceId: string | null) {
  return {
    respondent: scopedLoader<string, Respondent | null>(workspaceId, async (ws, ids) => {
      const rows = await db.getRepository(Respondent).find({ where: { workspaceId: ws, id: In([...ids]) } });
      const found = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    email: scopedLoader<string, string | null>(workspaceId, async (ws, ids) => {
      const rows: { respondent_id: string; email: string | null }[] = await db.query(
        `SELECT respondent_id, email FROM respondent_contact WHERE workspace_id = $1 AND respondent_id = ANY($2::uuid[])`,
        [ws, ids],
      );
      const byId = new Map(rows.map((r) => [r.respondent_id, r.email]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}

/** Adds this module's loaders to every request's `ctx.loaders` (assembled in server/context.ts). */
declare module '../common/context.js' {
  interface Loaders extends ReturnType<typeof createRespondentLoaders> {}
}
