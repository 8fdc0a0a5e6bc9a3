import { requireWorkspace, type RequestContext } from '../common/context.js';
import { Band } from '../common/enums.js';
import { LadderError, notFound } from '../common/errors.js';
import { isUuid } from '../common/ids.js';
import { compareNps, significanceFlag } from '@ladder/contracts/stats';
import { toSegmentNps } from '../segment/segment.service.js';
import { keyTranslator, translationTable } from '../taxonomy/crosswalk.js';
import { driverLabels } from '../analysis/analysis.loaders.js';
import type { PrevalenceRow } from '../analysis/analysis.types.js';
import { compareShareFamily, toShareEstimate, type ShareComparisonInput } from './share-statistics.js';
import { linkThemeSeries, matchThemes } from './theme-matching.js';
import { driverCounts, latestCompletedThemes, studyTrendContext, type StudyTrendContext, type TrendThemeRow } from './trend.queries.js';
import {
  ThemeMatch,
  type DriverSeries,
  type PrevalencePoint,
  type ShareChange,
  type ThemeChange,
  type ThemeSeries,
  type ThemeTrend,
  type TrendWave,
  type WaveComparison,
} from './insight-trend.types.js';

const BANDS = [Band.DETRACTOR, Band.PASSIVE, Band.PROMOTER];
const EMPTY = { promoters: 0, passives: 0, detractors: 0 };

/** Comparisons computed family by family (same group = shown together), results in input order. */
function compareByFamily(items: readonly { group: string; input: ShareComparisonInput | null }[]): (ShareChange | null)[] {
  const out: (ShareChange | null)[] = items.map(() => null);
  const groups = new Map<string, number[]>();
  items.forEach((item, i) => groups.set(item.group, [...(groups.get(item.group) ?? []), i]));
  for (const indices of groups.values()) {
    compareShareFamily(indices.map((i) => items[i].input)).forEach((change, j) => {
      out[indices[j]] = change;
    });
  }
  return out;
}

const prevalenceOf = (theme: TrendThemeRow | null, band: Band): PrevalenceRow | null =>
  theme?.prevalence.find((p) => p.band === band) ?? null;

/**
 * Insights over time, each in at most three statements: the study with its waves, taxonomy chain
 * (and tallies), then themes of the waves' latest completed analyses and, for trends, driver counts.
 */
export class InsightTrendService {
  private async context(ctx: RequestContext, studyId: string, tallyWaveIds: string[] = []): Promise<StudyTrendContext> {
    const workspaceId = requireWorkspace(ctx, 'read');
    const context = isUuid(studyId) ? await studyTrendContext(ctx.db, workspaceId, studyId, tallyWaveIds.filter(isUuid)) : null;
    if (!context) throw notFound('STUDY_NOT_FOUND', 'Study', studyId);
    return context;
  }

  /** NPS and every theme's prevalence per band, base wave against current wave. */
  async compareWaves(
    ctx: RequestContext,
    studyId: string,
    baseWaveId: string,
    waveId: string,
    band?: Band | null,
  ): Promise<WaveComparison> {
    if (baseWaveId === waveId)
      throw new LadderError('BAD_USER_INPUT', 'baseWaveId and waveId name the same wave: compare two different waves', { field: 'waveId' });
    const context = await this.context(ctx, studyId, [baseWaveId, waveId]);
    const wave = (id: string) => {
      const found = context.waves.find((w) => w.id === id);
      if (!found) throw notFound('WAVE_NOT_FOUND', 'Wave', id);
      return found;
    };
    const [base, current] = [wave(baseWaveId), wave(waveId)];
    const { analyses, themes } = await latestCompletedThemes(ctx.db, requireWorkspace(ctx, 'read'), [base.id, current.id]);
    const pairs = matchThemes(
      themes.filter((t) => t.waveId === base.id),
      themes.filter((t) => t.waveId === current.id),
      keyTranslator(context.chain),
    );
    const rows = pairs.flatMap((pair) =>
      (band ? [band] : BANDS)
        .filter((b) => prevalenceOf(pair.base, b) || prevalenceOf(pair.current, b))
        .map((b) => ({ pair, band: b, before: prevalenceOf(pair.base, b), after: prevalenceOf(pair.current, b) })),
    );
    const changes = compareShareFamily(rows.map((r) => (r.before && r.after ? { before: r.before, after: r.after } : null)));
    const nps = compareNps(base.tally ?? EMPTY, current.tally ?? EMPTY);
    const toWave = (w: typeof base): TrendWave => ({
      id: w.id,
      name: w.name,
      launchedAt: w.launchedAt ? new Date(w.launchedAt) : null,
      analysisId: analyses.get(w.id) ?? null,
    });
    return {
      baseWave: toWave(base),
      currentWave: toWave(current),
      nps: {
        base: toSegmentNps([], base.tally ?? EMPTY),
        current: toSegmentNps([], current.tally ?? EMPTY),
        difference: nps.difference,
        low: nps.low,
        high: nps.high,
        pValue: nps.pValue,
        significant: nps.significant,
        flag: significanceFlag(nps.pValue),
        smallSample: nps.smallSample,
      },
      themes: rows.map((r, i): ThemeChange => {
        const theme = (r.pair.current ?? r.pair.base)!;
        const change = changes[i];
        const [before, after] = [
          r.before && toShareEstimate(r.before.count, r.before.n),
          r.after && toShareEstimate(r.after.count, r.after.n),
        ];
        return {
          key: theme.key,
          label: theme.label,
          scope: theme.scope,
          band: r.band,
          matchedBy: r.pair.matchedBy as ThemeMatch,
          base: before,
          current: after,
          difference: change?.difference ?? null,
          low: change?.low ?? null,
          high: change?.high ?? null,
          pValue: change?.pValue ?? null,
          adjustedPValue: change?.adjustedPValue ?? null,
          test: change?.test ?? null,
          flag: change?.flag ?? '',
          smallSample: (before?.smallSample ?? true) || (after?.smallSample ?? true),
        };
      }),
    };
  }

  /** Each theme and each driver per wave and band, with its change from the previous wave. */
  async themeTrend(ctx: RequestContext, studyId: string): Promise<ThemeTrend> {
    const context = await this.context(ctx, studyId);
    const workspaceId = requireWorkspace(ctx, 'read');
    const waveIds = context.waves.map((w) => w.id);
    const [{ analyses, themes }, counts] = await Promise.all([
      latestCompletedThemes(ctx.db, workspaceId, waveIds),
      driverCounts(ctx.db, workspaceId, studyId, translationTable(context.chain)),
    ]);
    const translate = keyTranslator(context.chain);
    const labels = context.latestContent ? driverLabels(context.latestContent) : new Map<string, string>();
    const series = linkThemeSeries(
      context.waves.map((w) => themes.filter((t) => t.waveId === w.id)),
      translate,
    );
    const themeSeries: ThemeSeries[] = [];
    const pending: { points: PrevalencePoint[]; inputs: { group: string; input: ShareComparisonInput | null }[] }[] = [];
    for (const s of series) {
      const last = [...s.points].reverse().find((p) => p)!.theme;
      const points = this.points(context, (w, band) => {
        const p = s.points[w];
        const row = p && prevalenceOf(p.theme, band);
        return row ? { ...row, matchedBy: p.matchedBy as ThemeMatch } : null;
      });
      pending.push(points);
      themeSeries.push({
        key: last.key,
        label: last.label,
        scope: last.scope,
        points: points.points,
        driverKeys: [...new Set(last.driverKeys.flatMap((k) => translate(last.taxonomyVersion, k)))],
      });
    }
    const coded = new Map(counts.filter((c) => c.driverKey === null).map((c) => [`${c.waveId}:${c.band}`, c.sessions]));
    const cited = new Map(counts.filter((c) => c.driverKey !== null).map((c) => [`${c.driverKey}:${c.waveId}:${c.band}`, c.sessions]));
    const driverTotals = new Map<string, number>();
    for (const c of counts) if (c.driverKey) driverTotals.set(c.driverKey, (driverTotals.get(c.driverKey) ?? 0) + c.sessions);
    const drivers: DriverSeries[] = [...driverTotals.keys()]
      .sort((a, b) => driverTotals.get(b)! - driverTotals.get(a)! || a.localeCompare(b))
      .map((key) => {
        const points = this.points(context, (w, band) => {
          const id = context.waves[w].id;
          const n = coded.get(`${id}:${band}`) ?? 0;
          return n > 0 ? { band, count: cited.get(`${key}:${id}:${band}`) ?? 0, n, matchedBy: ThemeMatch.KEY } : null;
        });
        pending.push(points);
        return { key, label: labels.get(key) ?? key, points: points.points };
      });
    // Stars are adjusted over everything shown for one wave and band: all theme rows, then all driver rows.
    const themeInputs = pending.slice(0, themeSeries.length).flatMap((p) => p.inputs.map((x) => ({ ...x, group: `theme:${x.group}` })));
    const driverInputs = pending.slice(themeSeries.length).flatMap((p) => p.inputs.map((x) => ({ ...x, group: `driver:${x.group}` })));
    const changes = compareByFamily([...themeInputs, ...driverInputs]);
    pending
      .flatMap((p) => p.points)
      .forEach((point, i) => {
        point.vsPrevious = changes[i];
      });
    return {
      waves: context.waves.map((w) => ({
        id: w.id,
        name: w.name,
        launchedAt: w.launchedAt ? new Date(w.launchedAt) : null,
        analysisId: analyses.get(w.id) ?? null,
      })),
      themes: themeSeries,
      drivers,
    };
  }

  /** Points of one series per wave and band, with the comparison input against the previous wave that has the band. */
  private points(context: StudyTrendContext, at: (wave: number, band: Band) => (PrevalenceRow & { matchedBy: ThemeMatch }) | null) {
    const points: PrevalencePoint[] = [];
    const inputs: { group: string; input: ShareComparisonInput | null }[] = [];
    for (const band of BANDS) {
      let previous: PrevalenceRow | null = null;
      context.waves.forEach((wave, w) => {
        const row = at(w, band);
        if (!row) return;
        points.push({ waveId: wave.id, band, estimate: toShareEstimate(row.count, row.n), matchedBy: row.matchedBy, vsPrevious: null });
        inputs.push({ group: `${w}:${band}`, input: previous ? { before: previous, after: row } : null });
        previous = row;
      });
    }
    return { points, inputs };
  }
}
