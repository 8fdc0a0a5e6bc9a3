import type { FindingsCompetitorsQuery, FindingsTableFragment, ReportAnalysisQuery } from '../../gql/graphql';

export type ReportAnalysis = NonNullable<ReportAnalysisQuery['waveAnalysis']>;
export type ReportTheme = ReportAnalysis['themes'][number];

/** The report is a few pages: the top themes only, each with its two best quotes. */
export const REPORT_THEMES = 5;
export const QUOTES_PER_THEME = 2;
export const REPORT_DIFFERENCES = 5;
/** Attributes with more values than this (ids, tenure in months) make segments too thin to report. */
export const MAX_SEGMENT_VALUES = 12;

/** The themes by rank, at most `limit`, each with at most two quotes (the API ranks quotes best first). */
export function topThemes(themes: readonly ReportTheme[], limit = REPORT_THEMES): ReportTheme[] {
  return [...themes]
    .sort((a, b) => a.rank - b.rank)
    .slice(0, limit)
    .map((t) => ({ ...t, quotes: t.quotes.slice(0, QUOTES_PER_THEME) }));
}

/** The attributes worth grouping by: two to MAX_SEGMENT_VALUES values in the sampled respondents. */
export function groupingAttributes(options: readonly { name: string; values: readonly string[] }[]): string[] {
  return options.filter((o) => o.values.length >= 2 && o.values.length <= MAX_SEGMENT_VALUES).map((o) => o.name);
}

export interface SegmentDifference {
  segment: string;
  theme: string;
  count: number;
  n: number;
  share: number | null;
  /** The segment's share minus the rest of the wave's, 0..1. */
  difference: number;
  /** The test against the rest of the wave, before and after Benjamini-Hochberg across the table. */
  pValue: number | null;
  adjustedP: number | null;
  /** The API's stars (Benjamini-Hochberg adjusted), '' when not significant. */
  flag: string;
  significant: boolean;
  smallSample: boolean;
}

/**
 * The biggest segment differences of theme prevalence across every grouping: significant cells first
 * (outside small samples first, then by the size of the difference from the rest of the wave), then
 * the others by p-value, so a segment of one respondent at 100% does not top the list on
 * its size alone. The same segment of the same theme in two tables is reported once.
 */
export function segmentDifferences(tables: readonly FindingsTableFragment[], limit = REPORT_DIFFERENCES): SegmentDifference[] {
  const seen = new Set<string>();
  const all: SegmentDifference[] = [];
  for (const table of tables) {
    for (const segment of table.segments) {
      for (const cell of segment.cells) {
        const difference = cell.versusRest.difference;
        const key = `${segment.label}\u0000${cell.key}`;
        if (difference == null || seen.has(key)) continue;
        seen.add(key);
        all.push({
          segment: segment.label,
          theme: cell.label,
          count: cell.count,
          n: cell.n,
          share: cell.share ?? null,
          difference,
          pValue: cell.versusRest.pValue ?? null,
          adjustedP: cell.versusRest.adjustedP ?? null,
          flag: cell.versusRest.flag,
          significant: cell.versusRest.significant,
          smallSample: cell.smallSample,
        });
      }
    }
  }
  const rank = (d: SegmentDifference) => (d.significant ? (d.smallSample ? 1 : 0) : 2);
  // The raw p orders them: across a table of small segments the adjusted ones are all 1.
  const p = (d: SegmentDifference) => (d.significant ? 0 : (d.pValue ?? 1));
  return all.sort((a, b) => rank(a) - rank(b) || p(a) - p(b) || Math.abs(b.difference) - Math.abs(a.difference)).slice(0, limit);
}

export interface WaveCompetitor {
  name: string;
  count: number;
  n: number;
  share: number | null;
  quote: string | null;
}

/** The competitors named in one wave's interviews, most named first, with a quote from that wave when there is one. */
export function competitorsInWave(report: FindingsCompetitorsQuery['competitors'], waveId: string): WaveCompetitor[] {
  return report.competitors
    .flatMap((c) => {
      const inWave = c.byWave.find((w) => w.waveId === waveId);
      if (!inWave || inWave.count === 0) return [];
      const quote = c.quotes.find((q) => q.waveId === waveId)?.quote ?? null;
      return [{ name: c.name, count: inWave.count, n: inWave.n, share: inWave.share ?? null, quote }];
    })
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** Where a score sits on the -100..100 NPS scale, as a percentage of the chart's width. */
export const npsPosition = (x: number): number => Math.max(0, Math.min(100, (x + 100) / 2));

export interface BandPart {
  band: 'DETRACTOR' | 'PASSIVE' | 'PROMOTER';
  count: number;
  /** 0..1 of all respondents scored. */
  share: number;
  /** Where the part starts, 0..1. */
  start: number;
}

/** The band split as consecutive parts of one bar (detractors, passives, promoters). */
export function bandSplit(counts: { detractors: number; passives: number; promoters: number }): BandPart[] {
  const total = counts.detractors + counts.passives + counts.promoters;
  let start = 0;
  return (
    [
      ['DETRACTOR', counts.detractors],
      ['PASSIVE', counts.passives],
      ['PROMOTER', counts.promoters],
    ] as const
  ).map(([band, count]) => {
    const share = total ? count / total : 0;
    const part = { band, count, share, start };
    start += share;
    return part;
  });
}
