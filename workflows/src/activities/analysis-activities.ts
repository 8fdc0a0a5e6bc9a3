import { ApplicationFailure } from '@temporalio/activity';
import type pg from 'pg';
import { BANDS, synthesizeThemes, type ThemeExcerpt } from '../analysis/themes.js';
import { summarize } from '../analysis/summary.js';
import { codeTranscriptOffline } from '../coding/offline-coder.js';
import type { CodedExcerpt } from '../contracts/taxonomy.js';
import type { TranscriptTurn } from '../moderator/types.js';
import { loadTaxonomy, notifyEvent, saveCoding, saveThemes, type TaxonomyRow } from './coding-store.js';

type Band = (typeof BANDS)[number];

interface AnalysisRow { id: string; workspaceId: string; studyId: string; waveId: string; taxonomyId: string }

/**
 * Activities of coding and wave analysis. Coding a session is keyed by (session, taxonomy
 * version), theme writing replaces an analysis's result in one transaction: every activity can
 * run again safely.
 */
export function createAnalysisActivities({ pool }: { pool: pg.Pool }) {
  async function analysis(analysisId: string): Promise<AnalysisRow> {
    const { rows } = await pool.query(`SELECT id, workspace_id, study_id, wave_id, taxonomy_id FROM wave_analysis WHERE id = $1`, [analysisId]);
    if (!rows[0]) throw ApplicationFailure.nonRetryable(`wave analysis ${analysisId} does not exist`, 'ANALYSIS_NOT_FOUND');
    const r = rows[0];
    return { id: r.id, workspaceId: r.workspace_id, studyId: r.study_id, waveId: r.wave_id, taxonomyId: r.taxonomy_id };
  }

  /** Codes one session under a taxonomy version (the study's latest when none is given); false when it was coded already. */
  async function codeSession({ sessionId, taxonomyId }: { sessionId: string; taxonomyId?: string | null }): Promise<boolean> {
    const { rows: [s] } = await pool.query(
      `SELECT s.id, s.workspace_id, s.wave_id, w.study_id, r.band, coalesce(s.language, r.language, 'en') AS language
       FROM interview_session s JOIN respondent r ON r.id = s.respondent_id JOIN wave w ON w.id = s.wave_id WHERE s.id = $1`, [sessionId]);
    if (!s) throw ApplicationFailure.nonRetryable(`interview session ${sessionId} does not exist`, 'SESSION_NOT_FOUND');
    const taxonomy: TaxonomyRow | null = await loadTaxonomy(pool, s.study_id, taxonomyId);
    if (!taxonomy) throw ApplicationFailure.nonRetryable(`study ${s.study_id} has no driver taxonomy`, 'TAXONOMY_NOT_FOUND');
    const done = await pool.query(`SELECT 1 FROM transcript_coding WHERE session_id = $1 AND taxonomy_id = $2`, [sessionId, taxonomy.id]);
    if (done.rowCount) return false;
    const { rows: turns } = await pool.query(`SELECT seq, role, text, phase, ladder_level, action, created_at FROM turn WHERE session_id = $1 ORDER BY seq`, [sessionId]);
    const transcript: TranscriptTurn[] = turns.map((t) => ({
      seq: t.seq, role: t.role, text: t.text, phase: t.phase, ladderLevel: t.ladder_level, action: t.action, createdAt: t.created_at,
    }));
    const coding = codeTranscriptOffline({ transcript, taxonomy: taxonomy.content, taxonomyVersion: taxonomy.version, language: s.language });
    return saveCoding(pool, { sessionId, workspaceId: s.workspace_id, studyId: s.study_id, waveId: s.wave_id, band: s.band, language: s.language }, taxonomy, coding);
  }

  return {
    codeSession,

    /**
     * The next page of the wave's finished interviews (completed, or abandoned after at least
     * three answers) not yet coded under the analysis's taxonomy, by id after `after`. The first
     * page also records how many there are in all.
     */
    async sessionsToCode({ analysisId, after, limit }: { analysisId: string; after: string | null; limit: number }): Promise<string[]> {
      const a = await analysis(analysisId);
      const pending = `FROM interview_session s
        WHERE s.workspace_id = $1 AND s.wave_id = $2
          AND (s.status = 'completed' OR (s.status = 'abandoned' AND (SELECT count(*) FROM turn t WHERE t.session_id = s.id AND t.role = 'respondent') >= 3))`;
      if (after === null) {
        await pool.query(`UPDATE wave_analysis SET total = (SELECT count(*) ${pending}),
            coded = (SELECT count(*) FROM transcript_coding c WHERE c.wave_id = $2 AND c.taxonomy_id = $3) WHERE id = $4`,
        [a.workspaceId, a.waveId, a.taxonomyId, a.id]);
      }
      const { rows } = await pool.query<{ id: string }>(
        `SELECT s.id ${pending} AND ($4::uuid IS NULL OR s.id > $4::uuid)
           AND NOT EXISTS (SELECT 1 FROM transcript_coding c WHERE c.session_id = s.id AND c.taxonomy_id = $3)
         ORDER BY s.id LIMIT $5`, [a.workspaceId, a.waveId, a.taxonomyId, after, limit]);
      return rows.map((r) => r.id);
    },

    /** Codes a batch and publishes the analysis's progress. */
    async codeSessions({ analysisId, sessionIds }: { analysisId: string; sessionIds: string[] }): Promise<number> {
      const a = await analysis(analysisId);
      let coded = 0;
      for (const sessionId of sessionIds) if (await codeSession({ sessionId, taxonomyId: a.taxonomyId })) coded++;
      await pool.query(`UPDATE wave_analysis SET coded = (SELECT count(*) FROM transcript_coding c WHERE c.wave_id = $1 AND c.taxonomy_id = $2) WHERE id = $3`,
        [a.waveId, a.taxonomyId, a.id]);
      await notifyEvent(pool, { type: 'analysis.progress', workspaceId: a.workspaceId, studyId: a.studyId, waveId: a.waveId, analysisId: a.id });
      return coded;
    },

    /** Themes per band and across bands from every coded excerpt of the wave, the executive summary, and completion. */
    async synthesizeWaveThemes({ analysisId }: { analysisId: string }): Promise<number> {
      const a = await analysis(analysisId);
      const taxonomy = await loadTaxonomy(pool, a.studyId, a.taxonomyId);
      const { rows } = await pool.query(
        `SELECT c.session_id, c.band, e.driver_key, e.category_key, e.turn_seq, e.start_offset, e.end_offset, e.quote, e.role,
                e.sentiment, e.sentiment_score, e.competitors
         FROM transcript_coding c JOIN coded_excerpt e ON e.coding_id = c.id
         WHERE c.workspace_id = $1 AND c.wave_id = $2 AND c.taxonomy_id = $3 ORDER BY c.session_id, e.turn_seq, e.start_offset`,
        [a.workspaceId, a.waveId, a.taxonomyId]);
      const excerpts: ThemeExcerpt[] = rows.map((r) => ({
        sessionId: r.session_id, band: r.band,
        excerpt: {
          driverKey: r.driver_key, categoryKey: r.category_key, turnSeq: r.turn_seq, start: r.start_offset, end: r.end_offset, quote: r.quote,
          role: r.role, sentiment: r.sentiment, sentimentScore: r.sentiment_score, competitors: r.competitors,
        } satisfies CodedExcerpt,
      }));
      const counts = async (sql: string): Promise<Record<Band, number>> => {
        const { rows: byBand } = await pool.query<{ band: Band; n: number }>(sql, [a.workspaceId, a.waveId, a.taxonomyId]);
        return Object.fromEntries(BANDS.map((b) => [b, byBand.find((x) => x.band === b)?.n ?? 0])) as Record<Band, number>;
      };
      const interviews = await counts(`SELECT band, count(*)::int AS n FROM transcript_coding WHERE workspace_id = $1 AND wave_id = $2 AND taxonomy_id = $3 GROUP BY band`);
      const respondents = await counts(`SELECT band, count(*)::int AS n FROM respondent WHERE workspace_id = $1 AND wave_id = $2 AND $3::uuid IS NOT NULL GROUP BY band`);
      const themes = synthesizeThemes({ excerpts, taxonomy: taxonomy!.content, bandTotals: interviews });
      const { summary, actions } = summarize({ themes, respondents, interviews });
      await saveThemes(pool, a, themes, actions, summary);
      return themes.length;
    },

    async failAnalysis({ analysisId, error }: { analysisId: string; error: string }): Promise<void> {
      const a = await analysis(analysisId);
      await pool.query(`UPDATE wave_analysis SET status = 'failed', error = $2, finished_at = now() WHERE id = $1 AND status = 'running'`, [a.id, error.slice(0, 2000)]);
      await notifyEvent(pool, { type: 'analysis.progress', workspaceId: a.workspaceId, studyId: a.studyId, waveId: a.waveId, analysisId: a.id });
    },
  };
}

export type AnalysisActivities = ReturnType<typeof createAnalysisActivities>;
