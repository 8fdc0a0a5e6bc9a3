import type { DataSource, EntityManager } from 'typeorm';
import type { BandTally } from '@ladder/contracts/stats';
import { appendRespondentFilter, groupKeyColumns } from './respondent-filter.js';
import type { SegmentFilter } from './segment.types.js';

/**
 * Where band counts come from. `cube`: `respondent_cube` (migration 1764300000000), a few rows per
 * attribute combination and band per wave, kept exact by triggers; answers any grouping or filter
 * on attributes, bands and waves. `raw`: the respondent rows, needed for what the cube does not
 * keep (response dates: rolling windows).
 */
export type CountSource = 'cube' | 'raw';

export interface CountScope {
  workspaceId: string;
  studyId: string;
  /** One wave; otherwise every fielded (non-preview) wave of the study. */
  waveId?: string | null;
  groupBy: readonly string[];
  filter?: SegmentFilter | null;
  /** Also group by wave (`wave_id`) or by the UTC day of the response (`day`, raw only). */
  by?: 'wave' | 'day';
}

/** One group: its key columns k0..k3 (one per groupBy entry), band counts, and wave_id/day when asked for. */
export type CountRow = Record<`k${number}`, string | null> & { p: number; pa: number; d: number; wave_id?: string; day?: string };

/** Waves order before the groups (a trend walks waves), days after them (a series per group walks days). */
const BY: Record<NonNullable<CountScope['by']>, { select: string; column: string; first: boolean }> = {
  wave: { select: 'r.wave_id', column: 'r.wave_id', first: true },
  day: { select: `to_char(r.responded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day`, column: 'day', first: false },
};

/**
 * One grouped statement over the chosen source. Both alias their rows `r` (a cube row has the
 * respondent's workspace_id, wave_id, attributes and band, plus n), so the filter and key
 * expressions are the same; only the counting differs: count(*) against sum(n).
 */
export function bandCountStatement(source: CountSource, scope: CountScope): { sql: string; params: unknown[] } {
  if (source === 'cube' && scope.by === 'day') throw new Error('the segment cube keeps no response dates');
  const params: unknown[] = [scope.workspaceId, scope.studyId];
  const keys = groupKeyColumns(scope.groupBy, params);
  const where = ['r.workspace_id = $1', 'w.study_id = $2', 'w.workspace_id = $1', 'NOT w.preview'];
  if (source === 'cube') where.push('r.study_id = $2');
  if (scope.waveId) {
    params.push(scope.waveId);
    where.push(`r.wave_id = $${params.length}::uuid`);
  }
  appendRespondentFilter(scope.filter, where, params);
  const count = source === 'cube' ? 'sum(r.n)' : 'count(*)';
  const counts = [
    `coalesce(${count} FILTER (WHERE r.band = 'promoter'), 0)::int AS p`,
    `coalesce(${count} FILTER (WHERE r.band = 'passive'), 0)::int AS pa`,
    `coalesce(${count} FILTER (WHERE r.band = 'detractor'), 0)::int AS d`,
  ];
  const by = scope.by ? BY[scope.by] : null;
  const keyCols = scope.groupBy.map((_, i) => `k${i}`);
  const groupCols = !by ? keyCols : by.first ? [by.column, ...keyCols] : [...keyCols, by.column];
  const sql = `SELECT ${[...(by ? [by.select] : []), ...keys, ...counts].join(', ')}
    FROM ${source === 'cube' ? 'respondent_cube' : 'respondent'} r JOIN wave w ON w.id = r.wave_id
    WHERE ${where.join(' AND ')}
    ${groupCols.length ? `GROUP BY ${groupCols.join(', ')} ORDER BY ${groupCols.join(', ')}` : ''}`;
  return { sql, params };
}

export async function bandCounts(db: DataSource | EntityManager, source: CountSource, scope: CountScope): Promise<CountRow[]> {
  const { sql, params } = bandCountStatement(source, scope);
  const rows: CountRow[] = await db.query(sql, params);
  // Without groupBy an empty scope still yields one row of zeros (aggregate without GROUP BY).
  return rows.filter((r) => scope.groupBy.length + (scope.by ? 1 : 0) === 0 || r.p + r.pa + r.d > 0);
}

export const tallyOf = (r: CountRow): BandTally => ({ promoters: r.p, passives: r.pa, detractors: r.d });
