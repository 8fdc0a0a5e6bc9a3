import { LadderError } from '../common/errors.js';
import type { SegmentFilter } from './segment.types.js';

/** Attribute names come from CSV headers; they are passed as parameters, never interpolated. */
const ATTRIBUTE_NAME = /^[\p{L}\p{N}_ .-]{1,64}$/u;

export function assertAttributeName(name: string): void {
  if (!ATTRIBUTE_NAME.test(name)) {
    throw new LadderError('INVALID_GROUP_BY', `"${name}" is not a valid attribute name (letters, digits, _ . - and spaces, at most 64)`, {
      attribute: name,
    });
  }
}

/** Appends the filter's conditions on alias `r` to `where`, with its values added to `params`. */
export function appendRespondentFilter(filter: SegmentFilter | undefined | null, where: string[], params: unknown[]): void {
  if (filter?.bands?.length) {
    params.push(filter.bands);
    where.push(`r.band = ANY($${params.length}::text[])`);
  }
  for (const f of filter?.attributes ?? []) {
    assertAttributeName(f.attribute);
    params.push(f.attribute, f.values);
    where.push(`r.attributes->>$${params.length - 1} = ANY($${params.length}::text[])`);
  }
}

const MAX_GROUP_BY = 4;

/**
 * Checks groupBy (attribute names or "band", at most four, no repeats) and returns its select
 * expressions on alias `r`, `AS k0`, `AS k1`..., with attribute names added to `params`.
 */
export function groupKeyColumns(groupBy: readonly string[], params: unknown[]): string[] {
  if (groupBy.length > MAX_GROUP_BY) throw new LadderError('INVALID_GROUP_BY', `groupBy takes at most ${MAX_GROUP_BY} entries`);
  if (new Set(groupBy).size !== groupBy.length) throw new LadderError('INVALID_GROUP_BY', 'groupBy lists an entry twice');
  return groupBy.map((g, i) => {
    if (g === 'band') return `r.band AS k${i}`;
    assertAttributeName(g);
    params.push(g);
    return `r.attributes->>$${params.length} AS k${i}`;
  });
}
