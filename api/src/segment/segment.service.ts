import type { RequestContext } from '../common/context.js';
import { requireWorkspace } from '../common/context.js';
import { type StudyService } from '../study/study.service.js';
import { npsEstimate, type BandTally } from './nps-statistics.js';
import { appendRespondentFilter, groupKeyColumns } from './respondent-filter.js';
import type { SegmentFilter, SegmentKeyPart, SegmentNps, SegmentNpsResult } from './segment.types.js';

/** One group: its key columns k0..k3 (one per groupBy entry) and its band counts. */
type TallyRow = Record<`k${number}`, string | null> & { p: number; pa: number; d: number };

export function toSegmentNps(key: SegmentKeyPart[], t: BandTally): SegmentNps {
  const e = npsEstimate(t);
  const label = key.length ? key.map((k) => `${k.attribute}=${k.value ?? '(none)'}`).join(', ') : 'All respondents';
  return { key, label, ...t, ...e };
}

export class SegmentService {
  constructor(private readonly studies: StudyService) {}

  /** NPS per group: one grouped SQL statement; the overall row is the sum of the groups. */
  async segmentNps(ctx: RequestContext, studyId: string, waveId: string | null | undefined,
    groupBy: string[], filter: SegmentFilter | null | undefined): Promise<SegmentNpsResult> {
    const workspaceId = requireWorkspace(ctx, 'read');
    const params: unknown[] = [workspaceId, studyId];
    const keys = groupKeyColumns(groupBy, params);
    await this.studies.findOrFail(ctx, studyId);
    const where = ['r.workspace_id = $1', 'w.study_id = $2', 'w.workspace_id = $1', 'NOT w.preview'];
    if (waveId) {
      params.push(waveId);
      where.push(`r.wave_id = $${params.length}::uuid`);
      await this.studies.findWaveOrFail(ctx, studyId, waveId);
    }
    appendRespondentFilter(filter, where, params);
    const groupCols = groupBy.map((_, i) => `k${i}`);
    const rows: TallyRow[] = await ctx.db.query(
      `SELECT ${[...keys, `count(*) FILTER (WHERE r.band = 'promoter')::int AS p`,
        `count(*) FILTER (WHERE r.band = 'passive')::int AS pa`, `count(*) FILTER (WHERE r.band = 'detractor')::int AS d`].join(', ')}
       FROM respondent r JOIN wave w ON w.id = r.wave_id
       WHERE ${where.join(' AND ')}
       ${groupCols.length ? `GROUP BY ${groupCols.join(', ')} ORDER BY ${groupCols.join(', ')}` : ''}`,
      params,
    );
    const total: BandTally = { promoters: 0, passives: 0, detractors: 0 };
    const segments = groupBy.length === 0 ? [] : rows.map((row) => {
      const t = { promoters: row.p, passives: row.pa, detractors: row.d };
      const key = groupBy.map((attribute, i) => ({ attribute, value: row[`k${i}`] ?? null }));
      return toSegmentNps(key, t);
    });
    for (const row of rows) {
      total.promoters += row.p; total.passives += row.pa; total.detractors += row.d;
    }
    return { groupBy, overall: toSegmentNps([], total), segments };
  }
}
