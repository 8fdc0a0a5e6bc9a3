import type { RequestContext } from '../common/context.js';
import { requireWorkspace } from '../common/context.js';
import { type StudyService } from '../study/study.service.js';
import { segmentLabel } from '@ladder/contracts';
import { npsEstimate, type BandTally } from '@ladder/contracts/stats';
import { findWaveOrFail } from '../wave/wave.service.js';
import { groupKeyColumns } from './respondent-filter.js';
import { bandCounts, tallyOf } from './segment-counts.js';
import type { SegmentFilter, SegmentKeyPart, SegmentNps, SegmentNpsResult } from './segment.types.js';

export function toSegmentNps(key: SegmentKeyPart[], t: BandTally): SegmentNps {
  const e = npsEstimate(t);
  return { key, label: segmentLabel(key), ...t, ...e };
}

export class SegmentService {
  constructor(private readonly studies: StudyService) {}

  /**
   * NPS per group: one grouped statement over the segment cube (a few thousand rows per wave
   * whatever the number of respondents); the overall row is the sum of the groups.
   */
  async segmentNps(
    ctx: RequestContext,
    studyId: string,
    waveId: string | null | undefined,
    groupBy: string[],
    filter: SegmentFilter | null | undefined,
  ): Promise<SegmentNpsResult> {
    const workspaceId = requireWorkspace(ctx, 'read');
    groupKeyColumns(groupBy, []); // INVALID_GROUP_BY before STUDY_NOT_FOUND, as before
    await this.studies.findOrFail(ctx, studyId);
    if (waveId) await findWaveOrFail(ctx, studyId, waveId);
    const rows = await bandCounts(ctx.db, 'cube', { workspaceId, studyId, waveId, groupBy, filter });
    const total: BandTally = { promoters: 0, passives: 0, detractors: 0 };
    const segments =
      groupBy.length === 0
        ? []
        : rows.map((row) => {
            const key = groupBy.map((attribute, i) => ({ attribute, value: row[`k${i}`] ?? null }));
            return toSegmentNps(key, tallyOf(row));
          });
    for (const row of rows) {
      total.promoters += row.p;
      total.passives += row.pa;
      total.detractors += row.d;
    }
    return { groupBy, overall: toSegmentNps([], total), segments };
  }
}
