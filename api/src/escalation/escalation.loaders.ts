import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { groupRows, scopedLoader } from '../common/scoped-loader.js';
import { Escalation } from './escalation.entity.js';

/** Per-request loaders of escalations. */
export function createEscalationLoaders(db: DataSource, workspaceId: string | null) {
  return {
    escalationsBySession: scopedLoader<string, Escalation[]>(workspaceId, async (ws, ids) => {
      const rows = await db
        .getRepository(Escalation)
        .find({ where: { workspaceId: ws, sessionId: In([...ids]) }, order: { createdAt: 'ASC' } });
      const grouped = groupRows(rows, (e) => e.sessionId);
      return ids.map((id) => grouped.get(id) ?? []);
    }),
  };
}

/** Adds this module's loaders to every request's `ctx.loaders` (assembled in server/context.ts). */
declare module '../common/context.js' {
  interface Loaders extends ReturnType<typeof createEscalationLoaders> {}
}
