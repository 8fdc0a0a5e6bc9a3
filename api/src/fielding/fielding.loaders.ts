import type { DataSource } from 'typeorm';
import { scopedLoader } from '../common/scoped-loader.js';
import { DELIVERY_COLUMNS, toDelivery, type DeliveryRow } from './delivery-row.js';
import type { EmailDelivery } from './delivery.types.js';
import { toFieldingRules, type WaveFieldingRow } from './fielding-rules.js';
import type { WaveFieldingRules } from './fielding-rules.types.js';
import { fieldingStatsOf } from './fielding-stats.js';
import type { FieldingStats } from './fielding-stats.types.js';

/** Per-request loaders of fielding: rules and participation per wave, invitations per respondent and session. */
export function createFieldingLoaders(db: DataSource, workspaceId: string | null) {
  /** The invitation of each key (a respondent or a session id, by `column`). */
  const invitationBy = (column: 'respondent_id' | 'session_id') =>
    scopedLoader<string, EmailDelivery | null>(workspaceId, async (ws, ids) => {
      const rows: DeliveryRow[] = await db.query(
        `SELECT ${DELIVERY_COLUMNS} FROM email_delivery d
         WHERE d.workspace_id = $1 AND d.${column} = ANY($2::uuid[]) AND d.kind = 'invitation'`,
        [ws, ids],
      );
      const byKey = new Map(rows.map((r) => [column === 'respondent_id' ? r.respondent_id : r.session_id, toDelivery(r)]));
      return ids.map((id) => byKey.get(id) ?? null);
    });

  return {
    invitationOfRespondent: invitationBy('respondent_id'),
    invitationOfSession: invitationBy('session_id'),
    fieldingRules: scopedLoader<string, WaveFieldingRules | null>(workspaceId, async (ws, ids) => {
      const rows: WaveFieldingRow[] = await db.query(`SELECT * FROM wave_fielding WHERE workspace_id = $1 AND wave_id = ANY($2::uuid[])`, [
        ws,
        ids,
      ]);
      const byWave = new Map(rows.map((r) => [r.wave_id, toFieldingRules(r)]));
      return ids.map((id) => byWave.get(id) ?? null);
    }),
    fieldingStats: scopedLoader<string, FieldingStats>(workspaceId, async (ws, ids) => {
      const stats = await fieldingStatsOf(db, ws, ids);
      return ids.map((id) => stats.get(id)!);
    }),
  };
}

/** Adds this module's loaders to every request's `ctx.loaders` (assembled in server/context.ts). */
declare module '../common/context.js' {
  interface Loaders extends ReturnType<typeof createFieldingLoaders> {}
}
