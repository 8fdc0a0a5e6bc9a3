/**
 * The SQL that counts respondents by band per segment, shared by the API (segment NPS, trends,
 * rolling NPS) and the worker (alert evaluation), so both count the same way from the same
 * tables (`@ladder/contracts/segment-counts`). Every statement aliases its rows `r`, with the
 * respondent's `workspace_id`, `wave_id`, `attributes` and `band` and a count `n` (1 for a
 * respondent row), so the filter and key expressions are the same whatever the source:
 * - `raw`: the respondent rows;
 * - `cube`: `respondent_cube`, counts per wave, attribute combination and band (no dates);
 * - `day`: `respondent_day`, the same per UTC day of `responded_at` (migration 1764640000000), its bands
 *   in columns `promoters`, `passives`, `detractors` (migration 1764720000000): a statement that names no
 *   band sums the columns; one that groups or filters by band reads it as band rows (`DAY_AS_BANDS`).
 * Attribute names and values are always parameters; callers check names first (the API answers
 * INVALID_GROUP_BY); the checks here are the last line.
 */

/** Attribute names come from CSV headers: letters, digits, `_ . -` and spaces, at most 64. */
export const ATTRIBUTE_NAME = /^[\p{L}\p{N}_ .-]{1,64}$/u;
export const MAX_GROUP_BY = 4;

/** Respondents kept: any of the bands; per attribute, any of its values (the `SegmentFilter` shape). */
export interface SegmentCountFilter {
  bands?: readonly string[] | null;
  attributes?: readonly { attribute: string; values: readonly string[] }[] | null;
}

/** Why a groupBy (attribute names or `band`) cannot be counted, or null when it can. */
export function groupByProblem(groupBy: readonly string[]): { message: string; attribute?: string } | null {
  if (groupBy.length > MAX_GROUP_BY) return { message: `groupBy takes at most ${MAX_GROUP_BY} entries` };
  if (new Set(groupBy).size !== groupBy.length) return { message: 'groupBy lists an entry twice' };
  const bad = groupBy.find((g) => g !== 'band' && !ATTRIBUTE_NAME.test(g));
  return bad === undefined ? null : attributeProblem(bad);
}

export function attributeProblem(name: string): { message: string; attribute: string } | null {
  return ATTRIBUTE_NAME.test(name)
    ? null
    : { message: `"${name}" is not a valid attribute name (letters, digits, _ . - and spaces, at most 64)`, attribute: name };
}

function check(problem: { message: string } | null): void {
  if (problem) throw new RangeError(problem.message);
}

/** Appends the filter's conditions on alias `r` to `where`, with its values added to `params`. */
export function appendRespondentFilter(filter: SegmentCountFilter | undefined | null, where: string[], params: unknown[]): void {
  if (filter?.bands?.length) {
    params.push(filter.bands);
    where.push(`r.band = ANY($${params.length}::text[])`);
  }
  for (const f of filter?.attributes ?? []) {
    check(attributeProblem(f.attribute));
    params.push(f.attribute, f.values);
    where.push(`r.attributes->>$${params.length - 1} = ANY($${params.length}::text[])`);
  }
}

/** Select expressions of groupBy on alias `r`, `AS k0`, `AS k1`..., with attribute names added to `params`. */
export function groupKeyColumns(groupBy: readonly string[], params: unknown[]): string[] {
  check(groupByProblem(groupBy));
  return groupBy.map((g, i) => {
    if (g === 'band') return `r.band AS k${i}`;
    params.push(g);
    return `r.attributes->>$${params.length} AS k${i}`;
  });
}

export type CountSource = 'raw' | 'cube' | 'day';

/** `respondent_day` as one row per band with respondents, the shape of `respondent_cube` plus the day. */
const DAY_AS_BANDS = `(SELECT x.workspace_id, x.study_id, x.wave_id, x.day, x.attributes, b.band, b.n FROM respondent_day x
      CROSS JOIN LATERAL (VALUES ('promoter', x.promoters), ('passive', x.passives), ('detractor', x.detractors)) AS b(band, n)
      WHERE b.n > 0)`;

const TABLE: Record<CountSource, string> = { raw: 'respondent', cube: 'respondent_cube', day: DAY_AS_BANDS };
const COUNT: Record<CountSource, string> = { raw: 'count(*)', cube: 'sum(r.n)', day: 'sum(r.n)' };

/** Whether a statement needs the band of a row: grouped or filtered by band. */
const namesBand = (scope: { groupBy: readonly string[]; filter?: SegmentCountFilter | null }) =>
  scope.groupBy.includes('band') || Boolean(scope.filter?.bands?.length);

export interface CountScope {
  workspaceId: string;
  studyId: string;
  /** One wave; otherwise every fielded (non-preview) wave of the study. */
  waveId?: string | null;
  groupBy: readonly string[];
  filter?: SegmentCountFilter | null;
  /** Also group by wave (`wave_id`) or by the UTC day of the response (`day`: raw or day sources). */
  by?: 'wave' | 'day';
}

/** One group: its key columns k0..k3 (one per groupBy entry), band counts, and wave_id/day when asked for. */
export type CountRow = Record<`k${number}`, string | null> & { p: number; pa: number; d: number; wave_id?: string; day?: string };

const bandCounts = (count: string, extra = '') => [
  `coalesce(${count} FILTER (WHERE ${extra}r.band = 'promoter'), 0)::int`,
  `coalesce(${count} FILTER (WHERE ${extra}r.band = 'passive'), 0)::int`,
  `coalesce(${count} FILTER (WHERE ${extra}r.band = 'detractor'), 0)::int`,
];

/**
 * One grouped statement over the chosen source, the study's fielded waves (or one of them): band
 * counts `p`, `pa`, `d` per key. Waves order before the groups (a trend walks waves), days after
 * them (a series per group walks days).
 */
export function bandCountStatement(source: CountSource, scope: CountScope): { sql: string; params: unknown[] } {
  if (source === 'cube' && scope.by === 'day') throw new RangeError('the segment cube keeps no response dates');
  const params: unknown[] = [scope.workspaceId, scope.studyId];
  const keys = groupKeyColumns(scope.groupBy, params);
  const where = ['r.workspace_id = $1', 'w.study_id = $2', 'w.workspace_id = $1', 'NOT w.preview'];
  if (source !== 'raw') where.push('r.study_id = $2');
  if (scope.waveId) {
    params.push(scope.waveId);
    where.push(`r.wave_id = $${params.length}::uuid`);
  }
  appendRespondentFilter(scope.filter, where, params);
  // The per-day rollup's band columns are summed as they are, unless a band is grouped or filtered.
  const columns = source === 'day' && !namesBand(scope);
  const [p, pa, d] = columns
    ? ['promoters', 'passives', 'detractors'].map((c) => `coalesce(sum(r.${c}), 0)::int`)
    : bandCounts(COUNT[source]);
  const counts = [`${p} AS p`, `${pa} AS pa`, `${d} AS d`];
  const dayOf = source === 'day' ? 'r.day' : `(r.responded_at AT TIME ZONE 'UTC')::date`;
  const by =
    scope.by === 'wave'
      ? { select: 'r.wave_id', column: 'r.wave_id', first: true }
      : scope.by === 'day'
        ? { select: `to_char(${dayOf}, 'YYYY-MM-DD') AS day`, column: 'day', first: false }
        : null;
  const keyCols = scope.groupBy.map((_, i) => `k${i}`);
  const groupCols = !by ? keyCols : by.first ? [by.column, ...keyCols] : [...keyCols, by.column];
  const sql = `SELECT ${[...(by ? [by.select] : []), ...keys, ...counts].join(', ')}
    FROM ${columns ? 'respondent_day' : TABLE[source]} r JOIN wave w ON w.id = r.wave_id
    WHERE ${where.join(' AND ')}
    ${groupCols.length ? `GROUP BY ${groupCols.join(', ')} ORDER BY ${groupCols.join(', ')}` : ''}`;
  return { sql, params };
}

/** A time range of `responded_at`: from `from` (included) to `to` (included when `toIncluded`). */
export interface ResponseRange {
  from: Date;
  to: Date;
  toIncluded: boolean;
}

/** Respondents of some waves, within a range of response times (or all of them: null), counted on one side. */
export interface SidePart {
  waveIds: readonly string[];
  range: ResponseRange | null;
  /** True for the current window, false for the baseline. */
  current: boolean;
}

export interface SideCountScope {
  workspaceId: string;
  groupBy: readonly string[];
  filter?: SegmentCountFilter | null;
  parts: readonly SidePart[];
}

/** One group of a two-sided count: keys k0..k3, current `cp cpa cd` and baseline `bp bpa bd` band counts. */
export type SideCountRow = Record<`k${number}`, string | null> & Record<'cp' | 'cpa' | 'cd' | 'bp' | 'bpa' | 'bd', number>;

const DAY_MS = 86_400_000;
const floorDay = (t: number) => Math.floor(t / DAY_MS) * DAY_MS;
const ceilDay = (t: number) => Math.ceil(t / DAY_MS) * DAY_MS;
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);

/**
 * A two-sided count (the alert evaluator's current window against its baseline) in one statement.
 * `raw` counts the respondent rows. `rollup` reads the same counts from the rollups: a part without
 * a range from the cube; a range's whole UTC days from `respondent_day`, and what it holds of the
 * days it starts and ends within (a window "now - 7 days" starts and ends mid-day) from the rows, so
 * the answer is exact: the same as `raw` for any range.
 */
export function sideCountStatement(source: 'raw' | 'rollup', scope: SideCountScope): { sql: string; params: unknown[] } {
  const params: unknown[] = [scope.workspaceId];
  const p = (value: unknown, cast = '') => {
    params.push(value);
    return `$${params.length}${cast}`;
  };
  // When a band is grouped or filtered, each branch yields band rows (`attributes`, `band`, `n`). Otherwise it yields the
  // key of the attribute combination and three counts (`key`, `wave_id`, `p`, `pa`, `d`), all held by indexes (the
  // respondent range index, the per-day rollup's key, migration 1764730000000); the counts are summed per key and each
  // key's attributes read once from the cube, where every combination of a wave is (`keyed` below). `raw` always reads
  // the rows' own attributes: it is what the rollups are checked against, so it depends on none of them.
  const banded = source === 'raw' || namesBand(scope);
  type Kind = 'row' | 'cube' | 'day';
  const TABLES: Record<Kind, string> = { row: 'respondent', cube: 'respondent_cube', day: banded ? DAY_AS_BANDS : 'respondent_day' };
  const ofBand = (band: string, n: string) => `CASE WHEN r.band = '${band}' THEN ${n} ELSE 0 END`;
  const COLUMNS: Record<Kind, string> = banded
    ? { row: 'r.attributes, r.band, 1 AS n', cube: 'r.attributes, r.band, r.n', day: 'r.attributes, r.band, r.n' }
    : {
        row: `r.attributes_key AS key, r.wave_id, (r.band = 'promoter')::int AS p, (r.band = 'passive')::int AS pa,
              (r.band = 'detractor')::int AS d`,
        cube: `r.attributes_key AS key, r.wave_id, ${ofBand('promoter', 'r.n')} AS p, ${ofBand('passive', 'r.n')} AS pa,
               ${ofBand('detractor', 'r.n')} AS d`,
        day: 'r.attributes_key AS key, r.wave_id, r.promoters AS p, r.passives AS pa, r.detractors AS d',
      };
  const branches: string[] = [];
  const branch = (kind: Kind, waves: string, current: boolean, where: string[]) =>
    branches.push(
      `SELECT ${COLUMNS[kind]}, ${current} AS cur FROM ${TABLES[kind]} r
       WHERE ${['r.workspace_id = $1', `r.wave_id = ANY(${waves})`, ...where].join(' AND ')}`,
    );
  const rows = (waves: string, current: boolean, from: number, to: number, toIncluded: boolean) =>
    branch('row', waves, current, [
      `r.responded_at >= ${p(new Date(from), '::timestamptz')}`,
      `r.responded_at ${toIncluded ? '<=' : '<'} ${p(new Date(to), '::timestamptz')}`,
    ]);
  for (const part of scope.parts) {
    const waves = p(part.waveIds, '::uuid[]');
    const range = part.range;
    if (!range) {
      branch(source === 'raw' ? 'row' : 'cube', waves, part.current, []);
      continue;
    }
    const [from, to] = [range.from.getTime(), range.to.getTime()];
    const [first, end] = [ceilDay(from), floorDay(to)];
    if (source === 'raw' || first >= end) {
      rows(waves, part.current, from, to, range.toIncluded);
      continue;
    }
    branch('day', waves, part.current, [`r.day >= ${p(isoDay(first), '::date')}`, `r.day < ${p(isoDay(end), '::date')}`]);
    if (from < first) rows(waves, part.current, from, first, false);
    if (to > end || range.toIncluded) rows(waves, part.current, end, to, range.toIncluded);
  }
  const keys = groupKeyColumns(scope.groupBy, params);
  const where: string[] = [];
  appendRespondentFilter(scope.filter, where, params);
  const union = branches.join('\n      UNION ALL ');
  const SIDES = ['cp', 'cpa', 'cd', 'bp', 'bpa', 'bd'] as const;
  const counts = banded
    ? [...bandCounts('sum(r.n)', 'r.cur AND '), ...bandCounts('sum(r.n)', 'NOT r.cur AND ')]
    : SIDES.map((c) => `coalesce(sum(r.${c}), 0)::int`);
  // Keyed: the side counts per combination key, with its attributes from the cube (the key is there for the wave).
  const keyed = `(SELECT (SELECT c.attributes FROM respondent_cube c
        WHERE c.workspace_id = $1 AND c.wave_id = any_value(r.wave_id) AND c.attributes_key = r.key LIMIT 1) AS attributes,
      ${SIDES.map((c, i) => `sum(r.${['p', 'pa', 'd'][i % 3]}) FILTER (WHERE ${i < 3 ? '' : 'NOT '}r.cur) AS ${c}`).join(', ')}
      FROM (${union}) r GROUP BY r.key)`;
  const keyCols = scope.groupBy.map((_, i) => `k${i}`);
  const sql = `SELECT ${[...keys, ...counts.map((c, i) => `${c} AS ${SIDES[i]}`)].join(', ')}
    FROM ${banded ? `(${union})` : keyed} r
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ${keyCols.length ? `GROUP BY ${keyCols.join(', ')} ORDER BY ${keyCols.join(', ')}` : ''}`;
  return { sql, params };
}

/**
 * The one attribute a per-day count names (in groupBy or its filter) when `respondent_day_value`
 * can answer it, `''` when it names none, or null when it cannot: groupBy of at most one entry
 * (an attribute or `band`), at most one attribute filter, on that same attribute.
 */
export function dayValueAttribute(scope: Pick<CountScope, 'groupBy' | 'filter'>): string | null {
  const filters = scope.filter?.attributes ?? [];
  const grouped = scope.groupBy.filter((g) => g !== 'band');
  if (scope.groupBy.length > 1 || filters.length > 1) return null;
  const named = new Set([...grouped, ...filters.map((f) => f.attribute)]);
  return named.size > 1 ? null : ([...named][0] ?? '');
}

/** A row of dayValueCountStatement: the whole (`whole`) or one value `v` of the attribute, on one UTC day. */
export interface DayValueRow {
  whole: boolean;
  v: string;
  day: string;
  p: number;
  pa: number;
  d: number;
}

/**
 * Counts per UTC day from `respondent_day_value`, for a scope dayValueAttribute accepts: the rows of
 * the whole (`whole`) and, when an attribute is named, of each of its values (those of the filter
 * only, when it has one), ordered by value and day. `dayValueCounts` turns them into the rows of
 * `bandCountStatement(source, { ...scope, by: 'day' })`.
 */
export function dayValueCountStatement(scope: CountScope): { sql: string; params: unknown[] } {
  const attribute = dayValueAttribute(scope);
  if (attribute === null) throw new RangeError('respondent_day_value answers one attribute at a time');
  if (attribute) check(attributeProblem(attribute));
  const params: unknown[] = [scope.workspaceId, scope.studyId, attribute];
  const where = ['r.workspace_id = $1', 'r.study_id = $2', 'w.study_id = $2', 'w.workspace_id = $1', 'NOT w.preview'];
  where.push(`r.attribute_key = ANY(ARRAY[md5('')::uuid, md5($3)::uuid])`);
  if (scope.waveId) {
    params.push(scope.waveId);
    where.push(`r.wave_id = $${params.length}::uuid`);
  }
  if (scope.filter?.bands?.length) {
    params.push(scope.filter.bands);
    where.push(`r.band = ANY($${params.length}::text[])`);
  }
  const values = scope.filter?.attributes?.[0]?.values;
  if (values) {
    params.push(values);
    where.push(`r.attribute = $3 AND r.value = ANY($${params.length}::text[])`);
  }
  const [p, pa, d] = bandCounts('sum(r.n)');
  const sql = `SELECT r.attribute = '' AS whole, r.value AS v, to_char(r.day, 'YYYY-MM-DD') AS day, ${p} AS p, ${pa} AS pa, ${d} AS d
    FROM respondent_day_value r JOIN wave w ON w.id = r.wave_id
    WHERE ${where.join(' AND ')}
    GROUP BY whole, v, day ORDER BY whole, v, day`;
  return { sql, params };
}

const BAND_COLUMNS = [
  ['detractor', 'd'],
  ['passive', 'pa'],
  ['promoter', 'p'],
] as const;

/** The rows of `bandCountStatement(source, { ...scope, by: 'day' })` (groups with respondents only) from dayValueCountStatement's. */
export function dayValueCounts(scope: CountScope, rows: readonly DayValueRow[]): CountRow[] {
  const attribute = dayValueAttribute(scope);
  const filtered = Boolean(scope.filter?.attributes?.length);
  const valueRows = rows.filter((r) => !r.whole);
  const some = (r: { p: number; pa: number; d: number }) => r.p + r.pa + r.d > 0;
  // Everyone the scope keeps, per day: the whole, or the filter's values summed.
  const perDay = new Map<string, { p: number; pa: number; d: number }>();
  for (const r of filtered ? valueRows : rows.filter((x) => x.whole)) {
    const t = perDay.get(r.day) ?? { p: 0, pa: 0, d: 0 };
    perDay.set(r.day, { p: t.p + r.p, pa: t.pa + r.pa, d: t.d + r.d });
  }
  const days = [...perDay.keys()].sort();
  const [group] = scope.groupBy;
  if (group === undefined) return days.map((day) => ({ day, ...perDay.get(day)! })).filter(some) as CountRow[];
  if (group === 'band') {
    return BAND_COLUMNS.flatMap(([band, column]) =>
      days.map((day) => ({ k0: band, day, p: 0, pa: 0, d: 0, [column]: perDay.get(day)![column] })).filter(some),
    ) as CountRow[];
  }
  const out: CountRow[] = valueRows.filter(some).map((r) => ({ k0: r.v, day: r.day, p: r.p, pa: r.pa, d: r.d }) as CountRow);
  if (!filtered && attribute) {
    // Those without the attribute (or with a JSON null): the whole less its values, last as NULL sorts last.
    const valued = new Map<string, { p: number; pa: number; d: number }>();
    for (const r of valueRows) {
      const t = valued.get(r.day) ?? { p: 0, pa: 0, d: 0 };
      valued.set(r.day, { p: t.p + r.p, pa: t.pa + r.pa, d: t.d + r.d });
    }
    for (const day of days) {
      const [all, with_] = [perDay.get(day)!, valued.get(day) ?? { p: 0, pa: 0, d: 0 }];
      const none = { k0: null, day, p: all.p - with_.p, pa: all.pa - with_.pa, d: all.d - with_.d };
      if (some(none)) out.push(none as CountRow);
    }
  }
  return out;
}
