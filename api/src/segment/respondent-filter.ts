import {
  appendRespondentFilter as appendFilterSql,
  attributeProblem,
  groupByProblem,
  groupKeyColumns as groupKeySql,
  type SegmentCountFilter,
} from '@ladder/contracts/segment-counts';
import { LadderError } from '../common/errors.js';

/** Attribute names come from CSV headers; they are passed as parameters, never interpolated. */
export function assertAttributeName(name: string): void {
  const problem = attributeProblem(name);
  if (problem) throw new LadderError('INVALID_GROUP_BY', problem.message, { attribute: problem.attribute });
}

/**
 * Appends the filter's conditions on alias `r` to `where`, with its values added to `params`
 * (the SQL shared with the worker: `@ladder/contracts/segment-counts`), names checked first.
 */
export function appendRespondentFilter(filter: SegmentCountFilter | undefined | null, where: string[], params: unknown[]): void {
  for (const f of filter?.attributes ?? []) assertAttributeName(f.attribute);
  appendFilterSql(filter, where, params);
}

/**
 * Checks groupBy (attribute names or "band", at most four, no repeats) and returns its select
 * expressions on alias `r`, `AS k0`, `AS k1`..., with attribute names added to `params`.
 */
export function groupKeyColumns(groupBy: readonly string[], params: unknown[]): string[] {
  const problem = groupByProblem(groupBy);
  if (problem) throw new LadderError('INVALID_GROUP_BY', problem.message, problem.attribute ? { attribute: problem.attribute } : undefined);
  return groupKeySql(groupBy, params);
}
