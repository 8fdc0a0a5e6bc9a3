import type { DataSource, EntityManager } from 'typeorm';
import type { BandTally } from '@ladder/contracts/stats';
import {
  bandCountStatement as countStatement,
  dayValueAttribute,
  dayValueCounts,
  dayValueCountStatement,
  type CountRow,
  type CountScope,
  type CountSource,
  type DayValueRow,
} from '@ladder/contracts/segment-counts';
import { appendRespondentFilter, groupKeyColumns } from './respondent-filter.js';

export type { CountRow, CountScope, CountSource };

/**
 * Where band counts come from (the statement is `@ladder/contracts/segment-counts`', shared with the
 * worker). `cube`: `respondent_cube` (migration 1764300000000), a few rows per attribute combination
 * and band per wave, kept exact by triggers; answers any grouping or filter on attributes, bands and
 * waves. `day`: `respondent_day` (migration 1764640000000), the same per UTC day of the response, for
 * what needs dates (rolling windows). `raw`: the respondent rows (what the tests compare both with).
 * groupBy and filter names are checked first, so a bad one is INVALID_GROUP_BY.
 */
export function bandCountStatement(source: CountSource, scope: CountScope): { sql: string; params: unknown[] } {
  groupKeyColumns(scope.groupBy, []);
  appendRespondentFilter(scope.filter, [], []);
  return countStatement(source, scope);
}

export async function bandCounts(db: DataSource | EntityManager, source: CountSource, scope: CountScope): Promise<CountRow[]> {
  const { sql, params } = bandCountStatement(source, scope);
  const rows: CountRow[] = await db.query(sql, params);
  // Without groupBy an empty scope still yields one row of zeros (aggregate without GROUP BY).
  return rows.filter((r) => scope.groupBy.length + (scope.by ? 1 : 0) === 0 || r.p + r.pa + r.d > 0);
}

/**
 * Counts per UTC day (`by: 'day'`), the same rows as from the respondents: from `respondent_day_value`
 * when the scope names at most one attribute and groups by at most one entry (a few thousand rows at
 * any size: a rolling NPS by tier), otherwise from the per-day rollup `respondent_day` (every attribute
 * combination per day: exact, but at 1M respondents with 720 combinations ~400k rows).
 */
export async function dayCounts(db: DataSource | EntityManager, scope: CountScope): Promise<CountRow[]> {
  const byDay = { ...scope, by: 'day' as const };
  if (dayValueAttribute(byDay) === null) return bandCounts(db, 'day', byDay);
  groupKeyColumns(scope.groupBy, []);
  appendRespondentFilter(scope.filter, [], []);
  const { sql, params } = dayValueCountStatement(byDay);
  return dayValueCounts(byDay, (await db.query(sql, params)) as DayValueRow[]);
}

export const tallyOf = (r: CountRow): BandTally => ({ promoters: r.p, passives: r.pa, detractors: r.d });
