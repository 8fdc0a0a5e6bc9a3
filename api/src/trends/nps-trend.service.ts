import { requireWorkspace, type RequestContext } from '../common/context.js';
import { notFound } from '../common/errors.js';
import { isUuid } from '../common/ids.js';
import { type BandTally, compareNps, type DayTally, rollingWindowsOfDays, significanceFlag } from '@ladder/contracts/stats';
import { studyTrendContext, type TrendWaveRow } from './trend.queries.js';
import { appendRespondentFilter, groupKeyColumns } from '../segment/respondent-filter.js';
import { bandCounts, dayCounts, tallyOf, type CountRow, type CountScope } from '../segment/segment-counts.js';
import { toSegmentNps } from '../segment/segment.service.js';
import {
  RollingStep,
  type NpsTrend,
  type NpsTrendArgs,
  type RollingNps,
  type RollingNpsArgs,
  type RollingNpsSeries,
} from './nps-trend.types.js';
import type { SegmentKeyPart, SegmentNps } from '../segment/segment.types.js';

/** Most windows one series returns; older ones are dropped (step WEEK covers longer spans). */
const MAX_WINDOWS = 366;
const DAY_MS = 86_400_000;

function segmentKey(groupBy: readonly string[], row: CountRow): SegmentKeyPart[] {
  return groupBy.map((attribute, i) => ({ attribute, value: row[`k${i}`] ?? null }));
}

/**
 * NPS per wave (from the segment cube) and per rolling window (from the per-day rollups,
 * `dayCounts`), each in two statements (the study with its waves, then one grouped count).
 */
export class NpsTrendService {
  /** The caller's respondents of the study's fielded waves. */
  private async scope(ctx: RequestContext, args: NpsTrendArgs): Promise<{ scope: CountScope; waves: TrendWaveRow[] }> {
    const workspaceId = requireWorkspace(ctx, 'read');
    groupKeyColumns(args.groupBy, []); // INVALID_GROUP_BY before STUDY_NOT_FOUND
    appendRespondentFilter(args.filter, [], []);
    const context = isUuid(args.studyId) ? await studyTrendContext(ctx.db, workspaceId, args.studyId, []) : null;
    if (!context) throw notFound('STUDY_NOT_FOUND', 'Study', args.studyId);
    return { scope: { workspaceId, studyId: args.studyId, groupBy: args.groupBy, filter: args.filter }, waves: context.waves };
  }

  async npsTrend(ctx: RequestContext, args: NpsTrendArgs): Promise<NpsTrend> {
    const { scope, waves } = await this.scope(ctx, args);
    const rows = await bandCounts(ctx.db, 'cube', { ...scope, by: 'wave' });
    let previous: BandTally | null = null;
    return {
      groupBy: args.groupBy,
      waves: waves.map((wave: TrendWaveRow) => {
        const own = rows.filter((r) => r.wave_id === wave.id);
        const total = own.reduce<BandTally>(
          (t, r) => ({ promoters: t.promoters + r.p, passives: t.passives + r.pa, detractors: t.detractors + r.d }),
          { promoters: 0, passives: 0, detractors: 0 },
        );
        const change = previous && compareNps(previous, total);
        previous = total;
        const segments: SegmentNps[] = args.groupBy.length ? own.map((r) => toSegmentNps(segmentKey(args.groupBy, r), tallyOf(r))) : [];
        return {
          waveId: wave.id,
          waveName: wave.name,
          launchedAt: wave.launchedAt ? new Date(wave.launchedAt) : null,
          overall: toSegmentNps([], total),
          segments,
          vsPrevious: change && {
            difference: change.difference,
            low: change.low,
            high: change.high,
            pValue: change.pValue,
            significant: change.significant,
            flag: significanceFlag(change.pValue),
            smallSample: change.smallSample,
          },
        };
      }),
    };
  }

  /**
   * Trailing windows of `days` UTC days over the respondents' response dates, overall and per segment, all with the same
   * ends, from the counts per day of the per-day rollup (exact: windows are whole UTC days).
   */
  async rollingNps(ctx: RequestContext, args: RollingNpsArgs): Promise<RollingNps> {
    const { scope } = await this.scope(ctx, args);
    const rows = (await dayCounts(ctx.db, scope)) as (CountRow & { day: string })[];
    const days = rows.map((r) => Date.parse(`${r.day}T00:00:00Z`));
    const to = days.length ? new Date(Math.max(...days)) : undefined;
    const stepDays = args.step === RollingStep.WEEK ? 7 : 1;
    const first = days.length ? Math.min(...days) : 0;
    const from = to ? new Date(Math.max(first, to.getTime() - (MAX_WINDOWS - 1) * stepDays * DAY_MS)) : undefined;
    const series = (key: SegmentKeyPart[], own: (CountRow & { day: string })[]): RollingNpsSeries => {
      const tallies: DayTally[] = own.map((r) => ({ date: new Date(`${r.day}T00:00:00Z`), tally: tallyOf(r) }));
      const label = toSegmentNps(key, { promoters: 0, passives: 0, detractors: 0 }).label;
      const windows = to && from ? rollingWindowsOfDays(tallies, { days: args.days, step: args.step, from, to }) : [];
      return {
        key,
        label,
        windows: windows.map((w) => ({
          start: w.start,
          end: w.end,
          n: w.n,
          ...w.tally,
          nps: w.nps,
          ciLow: w.low,
          ciHigh: w.high,
          smallSample: w.smallSample,
        })),
      };
    };
    const groups = new Map<string, (CountRow & { day: string })[]>();
    for (const r of rows) {
      const id = JSON.stringify(segmentKey(args.groupBy, r));
      const own = groups.get(id);
      if (own) own.push(r);
      else groups.set(id, [r]);
    }
    return {
      days: args.days,
      step: args.step,
      groupBy: args.groupBy,
      overall: series([], rows),
      segments: args.groupBy.length ? [...groups.entries()].map(([id, own]) => series(JSON.parse(id) as SegmentKeyPart[], own)) : [],
    };
  }
}
