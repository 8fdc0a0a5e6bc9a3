import type { DataSource } from 'typeorm';
import { groupRows, scopedLoader } from '../common/scoped-loader.js';
import type { IngestSourceKind } from '../common/enums.js';

/** A stored webhook source without its secret, which no list ever reads. */
export interface IngestSourceRow {
  waveId: string;
  source: IngestSourceKind;
  mapping: Record<string, unknown>;
  createdAt: Date;
  rotatedAt: Date;
}

export const SOURCE_COLUMNS = `wave_id AS "waveId", source, mapping, created_at AS "createdAt", rotated_at AS "rotatedAt"`;

/** Per-request loader of each wave's webhook sources (a study page lists several waves). */
export function createIngestSourceLoaders(db: DataSource, workspaceId: string | null) {
  return {
    ingestSourcesByWave: scopedLoader<string, IngestSourceRow[]>(workspaceId, async (ws, ids) => {
      const rows: IngestSourceRow[] = await db.query(
        `SELECT ${SOURCE_COLUMNS} FROM wave_ingest_source WHERE workspace_id = $1 AND wave_id = ANY($2::uuid[]) ORDER BY source`,
        [ws, ids],
      );
      const grouped = groupRows(rows, (r) => r.waveId);
      return ids.map((id) => grouped.get(id) ?? []);
    }),
  };
}

/** Adds this module's loaders to every request's `ctx.loaders` (assembled in server/context.ts). */
declare module '../common/context.js' {
  interface Loaders extends ReturnType<typeof createIngestSourceLoaders> {}
}
