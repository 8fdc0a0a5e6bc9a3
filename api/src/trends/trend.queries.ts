import type { DataSource } from 'typeorm';
import type { Band } from '../common/enums.js';
import type { BandTally } from '@ladder/contracts/stats';
import type { TaxonomyContent } from '@ladder/contracts/taxonomy';
import type { TaxonomyStep } from '../taxonomy/crosswalk.js';
import type { PrevalenceRow, ThemeScope } from '../analysis/analysis.types.js';

export interface TrendWaveRow {
  id: string;
  name: string;
  launchedAt: string | null;
  tally: BandTally | null;
}

export interface StudyTrendContext {
  waves: TrendWaveRow[];
  chain: TaxonomyStep[];
  latestContent: TaxonomyContent | null;
}

/**
 * One statement: the study's waves in fielding order (with the band tallies of `tallyWaveIds`, from the segment cube),
 * every taxonomy version's crosswalk and the latest version's content. Null when the study is not
 * the caller's.
 */
export async function studyTrendContext(
  db: DataSource,
  ws: string,
  studyId: string,
  tallyWaveIds: string[],
): Promise<StudyTrendContext | null> {
  const [row]: { waves: TrendWaveRow[]; chain: TaxonomyStep[] | null; latest_content: TaxonomyContent | null }[] = await db.query(
    `SELECT coalesce((SELECT json_agg(json_build_object('id', w.id, 'name', w.name, 'launchedAt', w.launched_at,
              'tally', CASE WHEN w.id = ANY($3::uuid[]) THEN (SELECT json_build_object(
                'promoters', coalesce(sum(c.n) FILTER (WHERE c.band = 'promoter'), 0),
                'passives', coalesce(sum(c.n) FILTER (WHERE c.band = 'passive'), 0),
                'detractors', coalesce(sum(c.n) FILTER (WHERE c.band = 'detractor'), 0))
                FROM respondent_cube c WHERE c.workspace_id = $1 AND c.wave_id = w.id) END)
              ORDER BY coalesce(w.launched_at, w.created_at), w.created_at)
            FROM wave w WHERE w.workspace_id = $1 AND w.study_id = s.id AND NOT w.preview), '[]') AS waves,
          (SELECT json_agg(json_build_object('version', t.version, 'crosswalk', t.crosswalk) ORDER BY t.version)
            FROM driver_taxonomy t WHERE t.workspace_id = $1 AND t.study_id = s.id) AS chain,
          (SELECT t.content FROM driver_taxonomy t WHERE t.workspace_id = $1 AND t.study_id = s.id ORDER BY t.version DESC LIMIT 1)
            AS latest_content
     FROM study s WHERE s.workspace_id = $1 AND s.id = $2`,
    [ws, studyId, tallyWaveIds],
  );
  return row ? { waves: row.waves, chain: row.chain ?? [], latestContent: row.latest_content } : null;
}

export interface TrendThemeRow {
  analysisId: string;
  waveId: string;
  taxonomyVersion: number;
  key: string;
  label: string;
  scope: ThemeScope;
  driverKeys: string[];
  rank: number;
  prevalence: PrevalenceRow[];
}

/** One statement: the themes (with prevalence) of each wave's latest completed analysis; analyses without themes give no row. */
export async function latestCompletedThemes(
  db: DataSource,
  ws: string,
  waveIds: string[],
): Promise<{ analyses: Map<string, string>; themes: TrendThemeRow[] }> {
  const rows: {
    analysis_id: string;
    wave_id: string;
    taxonomy_version: number;
    key: string | null;
    label: string;
    scope: ThemeScope;
    driver_keys: string[];
    rank: number;
    prevalence: PrevalenceRow[];
  }[] = await db.query(
    `SELECT a.id AS analysis_id, a.wave_id, tx.version AS taxonomy_version, t.key, t.label, t.scope, t.driver_keys, t.rank,
            coalesce((SELECT json_agg(json_build_object('band', p.band, 'count', p.count, 'n', p.n) ORDER BY p.band)
                      FROM theme_prevalence p WHERE p.theme_id = t.id), '[]') AS prevalence
     FROM (SELECT DISTINCT ON (wave_id) id, wave_id, taxonomy_id FROM wave_analysis
           WHERE workspace_id = $1 AND wave_id = ANY($2::uuid[]) AND status = 'completed'
           ORDER BY wave_id, finished_at DESC NULLS LAST, started_at DESC) a
     JOIN driver_taxonomy tx ON tx.id = a.taxonomy_id
     LEFT JOIN theme t ON t.analysis_id = a.id AND t.workspace_id = $1
     ORDER BY a.wave_id, t.rank`,
    [ws, waveIds],
  );
  const analyses = new Map(rows.map((r) => [r.wave_id, r.analysis_id]));
  const themes = rows
    .filter((r) => r.key !== null)
    .map((r) => ({
      analysisId: r.analysis_id,
      waveId: r.wave_id,
      taxonomyVersion: r.taxonomy_version,
      key: r.key!,
      label: r.label,
      scope: r.scope,
      driverKeys: r.driver_keys,
      rank: r.rank,
      prevalence: r.prevalence,
    }));
  return { analyses, themes };
}

export interface DriverCountRow {
  waveId: string;
  band: Band;
  driverKey: string | null;
  sessions: number;
}

/**
 * One statement: per wave and band, the coded interviews (driverKey null) and the interviews citing
 * each driver, each interview counted by its newest coding, its driver keys translated to the
 * latest version through `translation` ({"version:key": [keys]}, only keys that change).
 */
export async function driverCounts(
  db: DataSource,
  ws: string,
  studyId: string,
  translation: Record<string, string[]>,
): Promise<DriverCountRow[]> {
  const rows: { wave_id: string; band: Band; driver_key: string | null; sessions: number }[] = await db.query(
    `WITH latest AS (
       SELECT DISTINCT ON (c.session_id) c.id, c.wave_id, c.band, c.taxonomy_version
       FROM transcript_coding c JOIN wave w ON w.id = c.wave_id AND NOT w.preview
       WHERE c.workspace_id = $1 AND c.study_id = $2
       ORDER BY c.session_id, c.taxonomy_version DESC)
     SELECT l.wave_id, l.band, NULL::text AS driver_key, count(*)::int AS sessions FROM latest l GROUP BY l.wave_id, l.band
     UNION ALL
     SELECT l.wave_id, l.band, k.key, count(DISTINCT l.id)::int
     FROM latest l JOIN coded_excerpt e ON e.coding_id = l.id AND e.workspace_id = $1
     CROSS JOIN LATERAL jsonb_array_elements_text(
       coalesce($3::jsonb -> (l.taxonomy_version || ':' || e.driver_key), jsonb_build_array(e.driver_key))) AS k(key)
     GROUP BY l.wave_id, l.band, k.key`,
    [ws, studyId, JSON.stringify(translation)],
  );
  return rows.map((r) => ({ waveId: r.wave_id, band: r.band, driverKey: r.driver_key, sessions: r.sessions }));
}
