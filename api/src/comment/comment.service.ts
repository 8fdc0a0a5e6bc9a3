import { driverLabels } from '../analysis/analysis.loaders.js';
import type { DriverRef } from '../analysis/analysis.types.js';
import { requireWorkspace, type RequestContext } from '../common/context.js';
import { notFound } from '../common/errors.js';
import { isUuid } from '../common/ids.js';
import { appendRespondentFilter } from '../segment/respondent-filter.js';
import { SMALL_SAMPLE_THRESHOLD, wilsonInterval } from '@ladder/contracts/stats';
import { Wave } from '../wave/wave.entity.js';
import type { CommentDriverSummary, CommentDriversArgs } from './comment.types.js';

/** A driver key with its label in the study's latest taxonomy (the key itself when it is gone). */
export async function driverRefs(ctx: RequestContext, studyId: string): Promise<(key: string) => DriverRef> {
  const taxonomy = await ctx.loaders.latestTaxonomy.load(studyId);
  const labels = taxonomy ? driverLabels(taxonomy.content) : new Map<string, string>();
  return (key) => ({ key, label: labels.get(key) ?? key });
}

export class CommentService {
  /** Drivers the comments of a wave (or a segment of it) name, counted in one grouped statement. */
  async drivers(ctx: RequestContext, args: CommentDriversArgs): Promise<CommentDriverSummary> {
    const workspaceId = requireWorkspace(ctx, 'read');
    const wave = isUuid(args.waveId) ? await ctx.db.getRepository(Wave).findOneBy({ id: args.waveId, workspaceId }) : null;
    if (!wave) throw notFound('WAVE_NOT_FOUND', 'Wave', args.waveId);
    const params: unknown[] = [workspaceId, wave.id];
    const where = ['r.workspace_id = $1', 'r.wave_id = $2', 'r.comment IS NOT NULL'];
    appendRespondentFilter(args.filter, where, params);
    const rows: { driver_key: string | null; n: number; negative: number; coded: boolean }[] = await ctx.db.query(
      `SELECT c.driver_key, (c.respondent_id IS NOT NULL) AS coded, count(*)::int AS n,
              count(*) FILTER (WHERE c.sentiment = 'negative')::int AS negative
       FROM respondent r LEFT JOIN respondent_comment_coding c ON c.respondent_id = r.id AND c.workspace_id = r.workspace_id
       WHERE ${where.join(' AND ')}
       GROUP BY 1, 2`,
      params,
    );
    const coded = rows.filter((r) => r.coded).reduce((sum, r) => sum + r.n, 0);
    const ref = await driverRefs(ctx, wave.studyId);
    const drivers = rows
      .filter((r) => r.coded && r.driver_key)
      .map((r) => {
        const interval = wilsonInterval(r.n, coded);
        return {
          driver: ref(r.driver_key!),
          count: r.n,
          share: interval.share ?? 0,
          ciLow: interval.low,
          ciHigh: interval.high,
          negative: r.negative,
        };
      })
      .sort((a, b) => b.count - a.count || a.driver.key.localeCompare(b.driver.key));
    return {
      waveId: wave.id,
      commented: rows.reduce((sum, r) => sum + r.n, 0),
      coded,
      withoutDriver: rows.filter((r) => r.coded && !r.driver_key).reduce((sum, r) => sum + r.n, 0),
      smallSample: coded < SMALL_SAMPLE_THRESHOLD,
      drivers,
    };
  }
}
