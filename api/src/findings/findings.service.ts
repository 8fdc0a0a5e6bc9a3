import { prevalenceBySegment, type PrevalenceCountRow, type PrevalenceTotalRow } from '@ladder/contracts/stats';
import { segmentLabel } from '@ladder/contracts';
import type { TaxonomyContent } from '@ladder/contracts/taxonomy';
import { requireWorkspace, type RequestContext } from '../common/context.js';
import { DriverRole } from '../common/enums.js';
import { notFound } from '../common/errors.js';
import { isUuid } from '../common/ids.js';
import { driverLabels } from '../analysis/analysis.loaders.js';
import { appendRespondentFilter, groupKeyColumns } from '../segment/respondent-filter.js';
import type { SegmentFilter, SegmentKeyPart } from '../segment/segment.types.js';
import type { Competitor, CompetitorQuote, CompetitorReport, CompetitorWave, FindingsBySegment, StatedToRoot } from './findings.types.js';

const QUOTES_PER_COMPETITOR = 5;

interface Scope {
  workspaceId: string;
  waveId: string;
  groupBy: string[];
  filter?: SegmentFilter | null;
}

interface LatestAnalysis {
  id: string;
  taxonomy_id: string;
  taxonomy_version: number;
  taxonomy_content: TaxonomyContent;
}

/** One coded interview of the wave (under the analysis's taxonomy) with its segment key columns k0..k3. */
const codedSql = (scope: Scope, params: unknown[]) => {
  const keys = groupKeyColumns(scope.groupBy, params);
  const where = ['c.workspace_id = $1', 'c.wave_id = $2', 'c.taxonomy_id = $3', 'r.workspace_id = $1'];
  appendRespondentFilter(scope.filter, where, params);
  return `SELECT c.session_id, c.stated_driver, c.root_driver${keys.map((k) => `, ${k}`).join('')}
    FROM transcript_coding c JOIN interview_session s ON s.id = c.session_id JOIN respondent r ON r.id = s.respondent_id
    WHERE ${where.join(' AND ')}`;
};

const keyColumns = (groupBy: readonly string[]) => groupBy.map((_, i) => `k${i}`);
const keyOf = (groupBy: readonly string[], row: Record<string, unknown>): SegmentKeyPart[] =>
  groupBy.map((attribute, i) => ({ attribute, value: (row[`k${i}`] as string | null) ?? null }));
const labelOf = (key: readonly SegmentKeyPart[]) => segmentLabel(key, 'All coded interviews');
const idOf = (key: readonly SegmentKeyPart[]) => JSON.stringify(key.map((k) => k.value));
type CountRow = PrevalenceCountRow;
type TotalRow = PrevalenceTotalRow;

/** The table (shared with the worker's executive summary, which names the biggest differences): prevalenceBySegment. */
const table = (groupBy: string[], totals: TotalRow[], counts: CountRow[], findings: { key: string; label: string }[]) =>
  prevalenceBySegment(groupBy, totals, counts, findings);

export class FindingsService {
  /** The wave's latest completed analysis with its taxonomy; null when it has none. */
  private async latest(ctx: RequestContext, workspaceId: string, waveId: string): Promise<LatestAnalysis | null> {
    const waves: unknown[] = isUuid(waveId)
      ? await ctx.db.query(`SELECT 1 FROM wave WHERE id = $1 AND workspace_id = $2`, [waveId, workspaceId])
      : [];
    if (!waves.length) throw notFound('WAVE_NOT_FOUND', 'Wave', waveId);
    const rows: LatestAnalysis[] = await ctx.db.query(
      `SELECT a.id, a.taxonomy_id, t.version AS taxonomy_version, t.content AS taxonomy_content
       FROM wave_analysis a JOIN driver_taxonomy t ON t.id = a.taxonomy_id
       WHERE a.workspace_id = $1 AND a.wave_id = $2 AND a.status = 'completed' ORDER BY a.finished_at DESC NULLS LAST, a.id DESC LIMIT 1`,
      [workspaceId, waveId],
    );
    return rows[0] ?? null;
  }

  private async totals(ctx: RequestContext, scope: Scope, analysis: LatestAnalysis): Promise<TotalRow[]> {
    const params: unknown[] = [scope.workspaceId, scope.waveId, analysis.taxonomy_id];
    const coded = codedSql(scope, params);
    const keys = keyColumns(scope.groupBy);
    return ctx.db.query(
      `SELECT ${[...keys, 'count(*)::int AS n'].join(', ')} FROM (${coded}) x
       ${keys.length ? `GROUP BY ${keys.join(', ')} ORDER BY ${keys.join(', ')}` : ''}`,
      params,
    );
  }

  private empty(groupBy: string[]): FindingsBySegment {
    return { analysisId: null, taxonomyVersion: null, groupBy, n: 0, segments: [] };
  }

  /** Theme prevalence by segment: a theme counts the interviews it holds (its members), of the segment's coded interviews. */
  async themes(ctx: RequestContext, waveId: string, groupBy: string[], filter?: SegmentFilter | null): Promise<FindingsBySegment> {
    const workspaceId = requireWorkspace(ctx, 'read');
    groupKeyColumns(groupBy, []);
    const analysis = await this.latest(ctx, workspaceId, waveId);
    if (!analysis) return this.empty(groupBy);
    const scope = { workspaceId, waveId, groupBy, filter };
    const themes: { id: string; label: string }[] = await ctx.db.query(
      `SELECT id, label FROM theme WHERE analysis_id = $1 AND workspace_id = $2 ORDER BY rank`,
      [analysis.id, workspaceId],
    );
    const params: unknown[] = [workspaceId, waveId, analysis.taxonomy_id];
    const coded = codedSql(scope, params);
    params.push(analysis.id);
    const keys = keyColumns(groupBy);
    const counts: CountRow[] = await ctx.db.query(
      `SELECT ${[...keys.map((k) => `x.${k}`), 'm.theme_id::text AS finding', 'count(*)::int AS count'].join(', ')}
       FROM (${coded}) x JOIN theme_session m ON m.session_id = x.session_id AND m.workspace_id = $1
       JOIN theme t ON t.id = m.theme_id AND t.analysis_id = $${params.length}
       GROUP BY ${[...keys.map((k) => `x.${k}`), 'm.theme_id'].join(', ')}`,
      params,
    );
    const built = table(
      groupBy,
      await this.totals(ctx, scope, analysis),
      counts,
      themes.map((t) => ({ key: t.id, label: t.label })),
    );
    return { analysisId: analysis.id, taxonomyVersion: analysis.taxonomy_version, groupBy, ...built };
  }

  /** Driver prevalence by segment: the stated, the root, or either driver of each coding. */
  async drivers(
    ctx: RequestContext,
    waveId: string,
    groupBy: string[],
    filter: SegmentFilter | null | undefined,
    role: DriverRole,
  ): Promise<FindingsBySegment> {
    const workspaceId = requireWorkspace(ctx, 'read');
    groupKeyColumns(groupBy, []);
    const analysis = await this.latest(ctx, workspaceId, waveId);
    if (!analysis) return this.empty(groupBy);
    const scope = { workspaceId, waveId, groupBy, filter };
    const params: unknown[] = [workspaceId, waveId, analysis.taxonomy_id];
    const coded = codedSql(scope, params);
    const keys = keyColumns(groupBy);
    const drivers = {
      [DriverRole.STATED]: 'ARRAY[x.stated_driver]',
      [DriverRole.ROOT]: 'ARRAY[x.root_driver]',
      [DriverRole.EITHER]: 'ARRAY[x.stated_driver, x.root_driver]',
    }[role];
    const counts: CountRow[] = await ctx.db.query(
      `SELECT ${[...keys.map((k) => `x.${k}`), 'd.driver AS finding', 'count(DISTINCT x.session_id)::int AS count'].join(', ')}
       FROM (${coded}) x CROSS JOIN LATERAL unnest(${drivers}) AS d(driver) WHERE d.driver IS NOT NULL
       GROUP BY ${[...keys.map((k) => `x.${k}`), 'd.driver'].join(', ')}`,
      params,
    );
    const labels = driverLabels(analysis.taxonomy_content);
    const seen = [...new Set(counts.map((c) => c.finding))];
    const order = [...labels.keys()].filter((k) => seen.includes(k)).concat(seen.filter((k) => !labels.has(k)).sort());
    const built = table(
      groupBy,
      await this.totals(ctx, scope, analysis),
      counts,
      order.map((key) => ({ key, label: labels.get(key) ?? key })),
    );
    return { analysisId: analysis.id, taxonomyVersion: analysis.taxonomy_version, groupBy, ...built };
  }

  /** How often each stated driver leads to each root driver, per segment, with the share where they differ. */
  async statedToRoot(ctx: RequestContext, waveId: string, groupBy: string[], filter?: SegmentFilter | null): Promise<StatedToRoot> {
    const workspaceId = requireWorkspace(ctx, 'read');
    groupKeyColumns(groupBy, []);
    const analysis = await this.latest(ctx, workspaceId, waveId);
    if (!analysis) return { analysisId: null, taxonomyVersion: null, groupBy, segments: [] };
    const params: unknown[] = [workspaceId, waveId, analysis.taxonomy_id];
    const coded = codedSql({ workspaceId, waveId, groupBy, filter }, params);
    const keys = keyColumns(groupBy);
    const rows: (Record<string, unknown> & { stated: string | null; root: string | null; count: number })[] = await ctx.db.query(
      `SELECT ${[...keys, 'stated_driver AS stated', 'root_driver AS root', 'count(*)::int AS count'].join(', ')}
       FROM (${coded}) x GROUP BY ${[...keys, 'stated_driver', 'root_driver'].join(', ')}
       ORDER BY ${[...keys, 'count(*) DESC', 'stated_driver', 'root_driver'].join(', ')}`,
      params,
    );
    const labels = driverLabels(analysis.taxonomy_content);
    const label = (k: string | null) => (k ? (labels.get(k) ?? k) : null);
    const bySegment = new Map<string, { key: SegmentKeyPart[]; rows: typeof rows }>();
    for (const row of rows) {
      const key = keyOf(groupBy, row);
      const id = idOf(key);
      if (!bySegment.has(id)) bySegment.set(id, { key, rows: [] });
      bySegment.get(id)!.rows.push(row);
    }
    const segments = [...bySegment.values()].map(({ key, rows: cells }) => {
      const n = cells.reduce((sum, c) => sum + c.count, 0);
      const both = cells.filter((c) => c.stated && c.root);
      const withBoth = both.reduce((sum, c) => sum + c.count, 0);
      const differ = both.filter((c) => c.stated !== c.root).reduce((sum, c) => sum + c.count, 0);
      return {
        key,
        label: labelOf(key),
        n,
        withBoth,
        differShare: withBoth ? Math.round((differ / withBoth) * 10_000) / 10_000 : null,
        cells: cells.map((c) => ({
          stated: c.stated,
          statedLabel: label(c.stated),
          root: c.root,
          rootLabel: label(c.root),
          count: c.count,
          share: Math.round((c.count / n) * 10_000) / 10_000,
        })),
      };
    });
    return { analysisId: analysis.id, taxonomyVersion: analysis.taxonomy_version, groupBy, segments };
  }

  /**
   * The competitors respondents name across the study's fielded waves, each interview counted once
   * (its newest coding), by wave and by segment, with up to five quotes that name it. Names are
   * grouped without regard to case and shown as written most often.
   */
  async competitors(
    ctx: RequestContext,
    studyId: string,
    groupBy: string[],
    filter: SegmentFilter | null | undefined,
    first: number,
  ): Promise<CompetitorReport> {
    const workspaceId = requireWorkspace(ctx, 'read');
    groupKeyColumns(groupBy, []);
    const studies: unknown[] = isUuid(studyId)
      ? await ctx.db.query(`SELECT 1 FROM study WHERE id = $1 AND workspace_id = $2`, [studyId, workspaceId])
      : [];
    if (!studies.length) throw notFound('STUDY_NOT_FOUND', 'Study', studyId);
    const params: unknown[] = [workspaceId, studyId];
    const keys = groupKeyColumns(groupBy, params);
    const where = ['c.workspace_id = $1', 'c.study_id = $2', 'r.workspace_id = $1', 'NOT w.preview'];
    appendRespondentFilter(filter, where, params);
    const kc = keyColumns(groupBy);
    // One row per coded interview: its newest coding's competitors, wave, band and segment key.
    const coded = `SELECT DISTINCT ON (c.session_id) c.session_id, c.id AS coding_id, c.wave_id, r.band, c.competitors,
        c.competitor_mentioned${keys.map((k) => `, ${k}`).join('')}
      FROM transcript_coding c JOIN interview_session s ON s.id = c.session_id JOIN respondent r ON r.id = s.respondent_id
        JOIN wave w ON w.id = c.wave_id
      WHERE ${where.join(' AND ')} ORDER BY c.session_id, c.taxonomy_version DESC`;
    // One statement for the waves, the segments, the named competitors and their spellings: the coded CTE is
    // materialised once (it is referenced four times) instead of being run once per query.
    const [counts]: {
      waves: { id: string; name: string; n: number; unnamed: number }[] | null;
      segment_totals: (Record<string, unknown> & { n: number })[] | null;
      named: (Record<string, unknown> & { name: string; wave_id: string; count: number })[] | null;
      spellings: { key: string; name: string }[] | null;
    }[] = await ctx.db.query(
      `WITH x AS MATERIALIZED (${coded}),
         m AS (SELECT x.*, n.name FROM x CROSS JOIN LATERAL unnest(x.competitors) AS n(name))
       SELECT
         (SELECT json_agg(t ORDER BY t.launched_at, t.id) FROM (
            SELECT w.id, w.name, w.launched_at, (SELECT count(*)::int FROM x WHERE x.wave_id = w.id) AS n,
                   (SELECT count(*)::int FROM x WHERE x.wave_id = w.id AND x.competitor_mentioned AND cardinality(x.competitors) = 0)
                     AS unnamed
            FROM wave w WHERE w.workspace_id = $1 AND w.study_id = $2 AND NOT w.preview AND w.launched_at IS NOT NULL) t) AS waves,
         (SELECT json_agg(t) FROM (
            SELECT ${[...kc, 'count(*)::int AS n'].join(', ')} FROM x ${kc.length ? `GROUP BY ${kc.join(', ')}` : ''}) t) AS segment_totals,
         (SELECT json_agg(t) FROM (
            SELECT ${[...kc, 'lower(name) AS name', 'wave_id', 'count(DISTINCT session_id)::int AS count'].join(', ')}
            FROM m GROUP BY ${[...kc, 'lower(name)', 'wave_id'].join(', ')}) t) AS named,
         (SELECT json_agg(t) FROM (
            SELECT DISTINCT ON (lower(name)) lower(name) AS key, name FROM m
            GROUP BY lower(name), name ORDER BY lower(name), count(*) DESC, name) t) AS spellings`,
      params,
    );
    const waves = counts.waves ?? [];
    const segmentTotals = counts.segment_totals ?? [];
    const named = counts.named ?? [];
    const spellings = counts.spellings ?? [];
    const totals = new Map<string, number>();
    for (const row of named) totals.set(row.name, (totals.get(row.name) ?? 0) + row.count);
    const chosen = [...totals.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, first)
      .map(([key]) => key);
    const quotes: (CompetitorQuote & { key: string })[] = chosen.length
      ? await ctx.db.query(
          `WITH x AS (${coded})
           SELECT key, "sessionId", "waveId", band, quote, "turnSeq", start, "end" FROM (
             SELECT k.key, x.session_id AS "sessionId", x.wave_id AS "waveId", x.band, e.quote, e.turn_seq AS "turnSeq",
                    e.start_offset AS start, e.end_offset AS "end",
                    row_number() OVER (PARTITION BY k.key ORDER BY x.wave_id DESC, e.turn_seq, x.session_id) AS rank
             FROM x JOIN coded_excerpt e ON e.coding_id = x.coding_id
               CROSS JOIN LATERAL (SELECT DISTINCT lower(c) AS key FROM unnest(e.competitors) AS c) k
             WHERE k.key = ANY($${params.length + 1}::text[])
           ) q WHERE rank <= ${QUOTES_PER_COMPETITOR} ORDER BY key, rank`,
          [...params, chosen],
        )
      : [];
    const share = (count: number, n: number) => (n ? Math.round((count / n) * 10_000) / 10_000 : null);
    const byName = new Map(spellings.map((s) => [s.key, s.name]));
    const competitors: Competitor[] = chosen.map((key) => {
      const rows = named.filter((r) => r.name === key);
      const byWave: CompetitorWave[] = waves.map((w) => {
        const count = rows.filter((r) => r.wave_id === w.id).reduce((sum, r) => sum + r.count, 0);
        return { waveId: w.id, waveName: w.name, count, n: w.n, share: share(count, w.n) };
      });
      const bySegment = segmentTotals.map((t) => {
        const segmentKey = keyOf(groupBy, t);
        const count = rows.filter((r) => idOf(keyOf(groupBy, r)) === idOf(segmentKey)).reduce((sum, r) => sum + r.count, 0);
        return { key: segmentKey, label: labelOf(segmentKey), count, n: t.n, share: share(count, t.n) };
      });
      const quoteRows = quotes.filter((q) => q.key === key).map(({ key: _key, ...q }) => q);
      return { name: byName.get(key) ?? key, total: totals.get(key) ?? 0, byWave, bySegment, quoteRows };
    });
    return {
      groupBy,
      unnamedMentions: waves.map((w) => ({ waveId: w.id, waveName: w.name, count: w.unnamed, n: w.n, share: share(w.unnamed, w.n) })),
      competitors,
    };
  }
}
