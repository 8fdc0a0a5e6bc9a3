import type { DataSource } from 'typeorm';
import { groupRows, scopedLoader } from '../common/scoped-loader.js';
import type { TaxonomyContent } from '@ladder/contracts/taxonomy';
import {
  AnalysisStatus,
  type CoderKind,
  SummaryAction,
  Theme,
  WaveAnalysis,
  type ExcerptRole,
  type PrevalenceRow,
  type Sentiment,
  type ThemeQuote,
  type ThemeScope,
} from './analysis.types.js';

/** A wave analysis with the driver labels of its taxonomy version (for Theme.drivers). */
export type AnalysisView = WaveAnalysis & { driverLabels: Map<string, string> };

export const driverLabels = (content: TaxonomyContent): Map<string, string> =>
  new Map(content.categories.flatMap((c) => c.drivers.map((d) => [d.key, d.label] as const)));

interface AnalysisRow {
  id: string;
  workspace_id: string;
  study_id: string;
  wave_id: string;
  taxonomy_id: string;
  status: AnalysisStatus;
  synthesizer: CoderKind;
  total: number;
  coded: number;
  summary: string | null;
  error: string | null;
  started_at: Date;
  finished_at: Date | null;
  taxonomy_version: number;
  taxonomy_content: TaxonomyContent;
}

export const ANALYSIS_SELECT = `SELECT a.id, a.workspace_id, a.study_id, a.wave_id, a.taxonomy_id, a.status, a.synthesizer,
  a.total, a.coded, a.summary, a.error, a.started_at, a.finished_at, t.version AS taxonomy_version, t.content AS taxonomy_content
  FROM wave_analysis a JOIN driver_taxonomy t ON t.id = a.taxonomy_id`;

export function toAnalysis(r: AnalysisRow): AnalysisView {
  const progress = r.status === AnalysisStatus.COMPLETED ? 1 : r.total > 0 ? Math.min(1, r.coded / r.total) : 0;
  return Object.assign(new WaveAnalysis(), {
    id: r.id,
    workspaceId: r.workspace_id,
    studyId: r.study_id,
    waveId: r.wave_id,
    taxonomyId: r.taxonomy_id,
    status: r.status,
    synthesizer: r.synthesizer,
    total: r.total,
    coded: r.coded,
    progress,
    summary: r.summary,
    error: r.error,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    taxonomyVersion: r.taxonomy_version,
    driverLabels: driverLabels(r.taxonomy_content),
  });
}

interface ThemeRow {
  id: string;
  analysis_id: string;
  wave_id: string;
  taxonomy_id: string;
  key: string;
  label: string;
  description: string;
  scope: ThemeScope;
  driver_keys: string[];
  sentiment_score: number;
  rank: number;
  prevalence: PrevalenceRow[];
  quotes: ThemeQuote[];
}

/** Themes of analyses with their prevalence and quotes nested: one statement for any number of analyses. */
const THEMES_SQL = `SELECT t.id, t.analysis_id, t.wave_id, a.taxonomy_id, t.key, t.label, t.description, t.scope,
    t.driver_keys, t.sentiment_score, t.rank,
    coalesce((SELECT json_agg(json_build_object('band', p.band, 'count', p.count, 'n', p.n) ORDER BY p.band)
              FROM theme_prevalence p WHERE p.theme_id = t.id), '[]') AS prevalence,
    coalesce((SELECT json_agg(json_build_object('id', q.id, 'quote', q.quote, 'sessionId', q.session_id, 'turnSeq', q.turn_seq,
                'start', q.start_offset, 'end', q.end_offset, 'band', q.band) ORDER BY q.rank)
              FROM theme_quote q WHERE q.theme_id = t.id), '[]') AS quotes
  FROM theme t JOIN wave_analysis a ON a.id = t.analysis_id
  WHERE t.workspace_id = $1 AND t.analysis_id = ANY($2::uuid[]) ORDER BY t.analysis_id, t.rank`;

export const toTheme = (r: ThemeRow): Theme =>
  Object.assign(new Theme(), {
    id: r.id,
    analysisId: r.analysis_id,
    waveId: r.wave_id,
    taxonomyId: r.taxonomy_id,
    key: r.key,
    label: r.label,
    description: r.description,
    scope: r.scope,
    driverKeys: r.driver_keys,
    sentimentScore: r.sentiment_score,
    rank: r.rank,
    prevalenceRows: r.prevalence,
    quotes: r.quotes,
  });

export interface CodingRow {
  id: string;
  session_id: string;
  taxonomy_id: string;
  taxonomy_version: number;
  coder: CoderKind;
  stated_driver: string | null;
  root_driver: string | null;
  root_note: string | null;
  sentiment_score: number;
  competitors: string[];
  competitor_mentioned: boolean;
  model: string | null;
  prompt_version: string;
  prompt_tokens: number;
  completion_tokens: number;
  cost_usd: string;
  llm_calls: number;
  created_at: Date;
  excerpts: {
    driverKey: string;
    categoryKey: string;
    quote: string;
    turnSeq: number;
    start: number;
    end: number;
    role: ExcerptRole;
    sentiment: Sentiment;
    sentimentScore: number;
    competitors: string[];
  }[];
}

/** Per-request loaders of the insights read model. */
export function createAnalysisLoaders(db: DataSource, workspaceId: string | null) {
  const analysis = scopedLoader<string, AnalysisView | null>(workspaceId, async (ws, ids) => {
    const rows: AnalysisRow[] = await db.query(`${ANALYSIS_SELECT} WHERE a.workspace_id = $1 AND a.id = ANY($2::uuid[])`, [ws, ids]);
    const byId = new Map(rows.map((r) => [r.id, toAnalysis(r)]));
    return ids.map((id) => byId.get(id) ?? null);
  });
  return {
    analysis,
    /** The most recently started analysis of each wave, whatever its status. */
    latestAnalysis: scopedLoader<string, AnalysisView | null>(workspaceId, async (ws, ids) => {
      const rows: AnalysisRow[] = await db.query(
        `SELECT DISTINCT ON (a.wave_id) * FROM (${ANALYSIS_SELECT} WHERE a.workspace_id = $1 AND a.wave_id = ANY($2::uuid[])) a
         ORDER BY a.wave_id, a.started_at DESC, a.id`,
        [ws, ids],
      );
      const byWave = new Map(rows.map((r) => [r.wave_id, toAnalysis(r)]));
      for (const a of byWave.values()) analysis.prime(a.id, a);
      return ids.map((id) => byWave.get(id) ?? null);
    }),
    themes: scopedLoader<string, Theme[]>(workspaceId, async (ws, ids) => {
      const grouped = groupRows(((await db.query(THEMES_SQL, [ws, ids])) as ThemeRow[]).map(toTheme), (t) => t.analysisId);
      return ids.map((id) => grouped.get(id) ?? []);
    }),
    actions: scopedLoader<string, SummaryAction[]>(workspaceId, async (ws, ids) => {
      const rows: {
        id: string;
        analysis_id: string;
        rank: number;
        title: string;
        rationale: string;
        impact_points: number;
        impact_explanation: string;
        theme_ids: string[];
        quote_ids: string[];
        impact_low: number | null;
        impact_high: number | null;
        impact_n: number | null;
        small_sample: boolean | null;
        action: string | null;
        evidence: string | null;
        writer: string | null;
      }[] = await db.query(
        `SELECT id, analysis_id, rank, title, rationale, impact_points, impact_explanation, theme_ids, quote_ids, impact_low, impact_high,
           impact_n, small_sample, action, evidence, writer FROM summary_action
         WHERE workspace_id = $1 AND analysis_id = ANY($2::uuid[]) ORDER BY analysis_id, rank`,
        [ws, ids],
      );
      const grouped = groupRows(
        rows.map((r) =>
          Object.assign(new SummaryAction(), {
            id: r.id,
            analysisId: r.analysis_id,
            rank: r.rank,
            title: r.title,
            rationale: r.rationale,
            impactPoints: r.impact_points,
            impactExplanation: r.impact_explanation,
            impactLow: r.impact_low,
            impactHigh: r.impact_high,
            impactN: r.impact_n,
            smallSample: r.small_sample,
            action: r.action,
            evidence: r.evidence,
            writer: r.writer,
            themeIds: r.theme_ids,
            quoteIds: r.quote_ids,
          }),
        ),
        (a) => a.analysisId,
      );
      return ids.map((id) => grouped.get(id) ?? []);
    }),
    /** Each session's coding under the newest taxonomy version it was coded under, with its excerpts. */
    coding: scopedLoader<string, CodingRow | null>(workspaceId, async (ws, ids) => {
      const rows: CodingRow[] = await db.query(
        `SELECT DISTINCT ON (c.session_id) c.id, c.session_id, c.taxonomy_id, c.taxonomy_version, c.coder, c.stated_driver, c.root_driver,
                c.root_note, c.sentiment_score, c.competitors, c.competitor_mentioned, c.model, c.prompt_version, c.prompt_tokens,
                c.completion_tokens, c.cost_usd, c.llm_calls, c.created_at,
                coalesce((SELECT json_agg(json_build_object('driverKey', e.driver_key, 'categoryKey', e.category_key, 'quote', e.quote,
                  'turnSeq', e.turn_seq, 'start', e.start_offset, 'end', e.end_offset, 'role', e.role, 'sentiment', e.sentiment,
                  'sentimentScore', e.sentiment_score, 'competitors', e.competitors) ORDER BY e.turn_seq, e.start_offset)
                  FROM coded_excerpt e WHERE e.coding_id = c.id), '[]') AS excerpts
         FROM transcript_coding c WHERE c.workspace_id = $1 AND c.session_id = ANY($2::uuid[])
         ORDER BY c.session_id, c.taxonomy_version DESC`,
        [ws, ids],
      );
      const bySession = new Map(rows.map((r) => [r.session_id, r]));
      return ids.map((id) => bySession.get(id) ?? null);
    }),
  };
}

/** Adds this module's loaders to every request's `ctx.loaders` (assembled in server/context.ts). */
declare module '../common/context.js' {
  interface Loaders extends ReturnType<typeof createAnalysisLoaders> {}
}
