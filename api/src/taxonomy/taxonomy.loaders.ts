import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { groupRows, scopedLoader } from '../common/scoped-loader.js';
import type { TaxonomyStep } from './crosswalk.js';
import { DriverTaxonomy } from './driver-taxonomy.entity.js';

/** Per-request loaders of taxonomy versions. */
export function createTaxonomyLoaders(db: DataSource, workspaceId: string | null) {
  return {
    taxonomy: scopedLoader<string, DriverTaxonomy | null>(workspaceId, async (ws, ids) => {
      const rows = await db.getRepository(DriverTaxonomy).find({ where: { workspaceId: ws, id: In([...ids]) } });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    latestTaxonomy: scopedLoader<string, DriverTaxonomy | null>(workspaceId, async (ws, ids) => {
      const rows: DriverTaxonomy[] = await db
        .getRepository(DriverTaxonomy)
        .createQueryBuilder('t')
        .distinctOn(['t.study_id'])
        .where('t.workspace_id = :ws AND t.study_id IN (:...ids)', { ws, ids })
        .orderBy('t.study_id')
        .addOrderBy('t.version', 'DESC')
        .getMany();
      const byStudy = new Map(rows.map((r) => [r.studyId, r]));
      return ids.map((id) => byStudy.get(id) ?? null);
    }),
    /** Every version's crosswalk, for translating driver keys to the latest version. */
    taxonomyChain: scopedLoader<string, TaxonomyStep[]>(workspaceId, async (ws, ids) => {
      const rows: { study_id: string; version: number; crosswalk: TaxonomyStep['crosswalk'] }[] = await db.query(
        `SELECT study_id, version, crosswalk FROM driver_taxonomy WHERE workspace_id = $1 AND study_id = ANY($2::uuid[]) ORDER BY version`,
        [ws, ids],
      );
      const grouped = groupRows(rows, (r) => r.study_id);
      return ids.map((id) => (grouped.get(id) ?? []).map((r) => ({ version: r.version, crosswalk: r.crosswalk })));
    }),
  };
}

/** Adds this module's loaders to every request's `ctx.loaders` (assembled in server/context.ts). */
declare module '../common/context.js' {
  interface Loaders extends ReturnType<typeof createTaxonomyLoaders> {}
}
