import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { groupRows, scopedLoader } from '../common/scoped-loader.js';
import type { BandTally } from '@ladder/contracts/stats';
import { interviewQualityOf } from './interview-quality.js';
import type { InterviewQuality } from './interview-quality.types.js';
import { Wave } from './wave.entity.js';

const EMPTY: BandTally = { promoters: 0, passives: 0, detractors: 0 };

/**
 * Per-request loaders of waves and their respondent tallies by band (preview waves left out), the
 * tallies summed from the segment cube (a few thousand rows per wave whatever its respondents).
 */
export function createWaveLoaders(db: DataSource, workspaceId: string | null) {
  const tallies = (column: 'w.study_id' | 'r.wave_id') =>
    scopedLoader<string, BandTally>(workspaceId, async (ws, ids) => {
      const rows: { id: string; p: number; pa: number; d: number }[] = await db.query(
        `SELECT ${column} AS id,
              coalesce(sum(r.n) FILTER (WHERE r.band = 'promoter'), 0)::int AS p,
              coalesce(sum(r.n) FILTER (WHERE r.band = 'passive'), 0)::int AS pa,
              coalesce(sum(r.n) FILTER (WHERE r.band = 'detractor'), 0)::int AS d
       FROM respondent_cube r JOIN wave w ON w.id = r.wave_id
       WHERE r.workspace_id = $1 AND ${column} = ANY($2::uuid[]) AND NOT w.preview GROUP BY 1`,
        [ws, ids],
      );
      const byId = new Map(rows.map((r) => [r.id, { promoters: r.p, passives: r.pa, detractors: r.d }]));
      return ids.map((id) => byId.get(id) ?? EMPTY);
    });

  const waveTally = tallies('r.wave_id');
  const wavesByStudy = scopedLoader<string, Wave[]>(workspaceId, async (ws, ids) => {
    const waves = await db.getRepository(Wave).find({
      where: { workspaceId: ws, studyId: In([...ids]), preview: false },
      order: { createdAt: 'ASC' },
    });
    const grouped = groupRows(waves, (w) => w.studyId);
    return ids.map((id) => grouped.get(id) ?? []);
  });
  /**
   * A study's tally is the sum of its waves' (preview waves excluded on both sides), so a study
   * page listing its waves' counts costs no statement more than the waves' own tallies.
   */
  const studyTally = scopedLoader<string, BandTally>(workspaceId, async (_ws, ids) =>
    Promise.all(
      ids.map(async (id) => {
        const waves = await wavesByStudy.load(id);
        const counts = await waveTally.loadMany(waves.map((w) => w.id));
        return counts.reduce<BandTally>((sum, t) => {
          if (t instanceof Error) throw t;
          return { promoters: sum.promoters + t.promoters, passives: sum.passives + t.passives, detractors: sum.detractors + t.detractors };
        }, EMPTY);
      }),
    ),
  );

  /** Interview quality of each wave, every wave of the batch in one statement. */
  const waveInterviewQuality = scopedLoader<string, InterviewQuality>(workspaceId, async (ws, ids) => {
    const quality = await interviewQualityOf(db, ws, ids);
    return ids.map((id) => quality.get(id)!);
  });

  return { waveTally, wavesByStudy, studyTally, waveInterviewQuality };
}

/** Adds this module's loaders to every request's `ctx.loaders` (assembled in server/context.ts). */
declare module '../common/context.js' {
  interface Loaders extends ReturnType<typeof createWaveLoaders> {}
}
