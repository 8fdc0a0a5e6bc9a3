import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { groupRows, scopedLoader } from '../common/scoped-loader.js';
import { InterviewGuide } from './interview-guide.entity.js';

/** Per-request loaders of guide versions: by id, a study's latest per band, a wave's pinned ones. */
export function createGuideLoaders(db: DataSource, workspaceId: string | null) {
  return {
    guide: scopedLoader<string, InterviewGuide | null>(workspaceId, async (ws, ids) => {
      const rows = await db.getRepository(InterviewGuide).find({ where: { workspaceId: ws, id: In([...ids]) } });
      const found = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    /** The latest guide version of each band of a study (detractor, passive, promoter). */
    latestGuides: scopedLoader<string, InterviewGuide[]>(workspaceId, async (ws, ids) => {
      const guides: InterviewGuide[] = await db
        .getRepository(InterviewGuide)
        .createQueryBuilder('g')
        .distinctOn(['g.study_id', 'g.band'])
        .where('g.workspace_id = :ws AND g.study_id IN (:...ids)', { ws, ids })
        .orderBy('g.study_id')
        .addOrderBy('g.band')
        .addOrderBy('g.version', 'DESC')
        .getMany();
      const grouped = groupRows(guides, (g) => g.studyId);
      return ids.map((id) => grouped.get(id) ?? []);
    }),
    /** The guide versions a launched wave pinned, by band. */
    pinnedGuides: scopedLoader<string, InterviewGuide[]>(workspaceId, async (ws, ids) => {
      const rows: { wave_id: string; guide_id: string }[] = await db.query(
        `SELECT wave_id, guide_id FROM wave_guide WHERE workspace_id = $1 AND wave_id = ANY($2::uuid[]) ORDER BY band`,
        [ws, ids],
      );
      const guides = rows.length
        ? await db.getRepository(InterviewGuide).find({ where: { workspaceId: ws, id: In(rows.map((r) => r.guide_id)) } })
        : [];
      const guide = new Map(guides.map((g) => [g.id, g]));
      const grouped = groupRows(rows, (r) => r.wave_id);
      return ids.map((id) => (grouped.get(id) ?? []).map((r) => guide.get(r.guide_id)!).filter(Boolean));
    }),
  };
}

/** Adds this module's loaders to every request's `ctx.loaders` (assembled in server/context.ts). */
declare module '../common/context.js' {
  interface Loaders extends ReturnType<typeof createGuideLoaders> {}
}
