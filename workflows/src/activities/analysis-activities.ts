import { BANDS, type CoderKind } from '@ladder/contracts';
import { setTimeout as sleep } from 'node:timers/promises';
import { ApplicationFailure, Context } from '@temporalio/activity';
import type pg from 'pg';
import { synthesizeThemesWithMistral, THEME_LABEL_PROMPT_VERSION } from '../analysis/mistral-themes.js';
import type { LlmUsage } from '../llm/pricing.js';
import { synthesizeThemes, type SynthesizeThemesInput, type Theme, type ThemeExcerpt } from '../analysis/themes.js';
import { prevalenceBySegment, type PrevalenceCountRow, type PrevalenceSegment } from '@ladder/contracts/stats';
import { writeActionsWithMistral } from '../analysis/mistral-actions.js';
import { segmentDifferences, summarize } from '../analysis/summary.js';
import { mistralCoder, offlineCoder, type CoderResult, type CodingInput, type TranscriptCoder } from '../coding/coder.js';
import type { CodedExcerpt } from '@ladder/contracts/taxonomy';
import { LlmError } from '../llm/llm-error.js';
import type { MistralChat } from '../llm/mistral-chat.js';
import type { Embedder } from '../llm/mistral-embeddings.js';
import { codingInputOf, loadTaxonomy, saveCoding, saveThemes, type TaxonomyRow } from './coding-store.js';
import { notifyEvent } from './db.js';

type Band = (typeof BANDS)[number];

interface AnalysisRow {
  id: string;
  workspaceId: string;
  studyId: string;
  waveId: string;
  taxonomyId: string;
}

export interface AnalysisDeps {
  pool: pg.Pool;
  /** Mistral, when this worker has an API key; null codes and synthesizes offline. */
  llm?: MistralChat | null;
  /** Embeddings for clustering themes; without them Mistral only labels themes clustered on TF-IDF. */
  embedder?: Embedder | null;
  /** Mistral codings tried per session (each already retries bad quotes itself) before the offline coder codes it. Default 2. */
  codingAttempts?: number;
  /** Pause after a failed attempt, times the attempt number (a 429's Retry-After when longer, at most 10 s). Default 1000. */
  retryDelayMs?: number;
}

export const DEFAULT_CODING_ATTEMPTS = 2;
/** Attributes with more values than this (ids, free text) are not cut into segments for the summary. */
const MAX_SEGMENT_VALUES = 12;
const MAX_RETRY_DELAY_MS = 10_000;

/**
 * Activities of coding and wave analysis. Coding a session is keyed by (session, taxonomy
 * version), theme writing replaces an analysis's result in one transaction: every activity can
 * run again safely. With Mistral, coding and synthesis fall back to the offline way inside the
 * activity rather than failing it: a batch of sessions should not be redone for one bad answer,
 * and an analysis should not fail because the LLM is down. Which coder made each coding, and
 * which synthesizer made the themes, is recorded.
 */
/** The offline theme synthesis's rules' version (TF-IDF, clustering, labels): bump it when they change. */
export const OFFLINE_SYNTHESIS_VERSION = 'offline-themes-2026.12.07';

export function createAnalysisActivities({
  pool,
  llm = null,
  embedder = null,
  codingAttempts = DEFAULT_CODING_ATTEMPTS,
  retryDelayMs = 1000,
}: AnalysisDeps) {
  const mistral: TranscriptCoder | null = llm ? mistralCoder(llm) : null;

  /**
   * The study's language for the summary: the one most of the wave's coded interviews were held in
   * (a study has no language of its own; its respondents do). English when none is recorded.
   */
  async function studyLanguage(a: AnalysisRow): Promise<string> {
    const { rows } = await pool.query<{ language: string }>(
      `SELECT coalesce(s.language, r.language) AS language FROM transcript_coding c JOIN interview_session s ON s.id = c.session_id
       JOIN respondent r ON r.id = s.respondent_id
       WHERE c.workspace_id = $1 AND c.wave_id = $2 AND c.taxonomy_id = $3
       GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
      [a.workspaceId, a.waveId, a.taxonomyId],
    );
    return rows[0]?.language ?? 'en';
  }

  /**
   * Theme prevalence by segment for each respondent attribute of the coded interviews with 2 to
   * MAX_SEGMENT_VALUES values, one grouping at a time: the table the API's themePrevalence answers
   * (prevalenceBySegment, the same function), counted from the themes' members before they are stored.
   */
  async function segmentTables(a: AnalysisRow, themes: readonly Theme[]): Promise<{ segments: PrevalenceSegment[] }[]> {
    const { rows } = await pool.query<{ session_id: string; attributes: Record<string, unknown> }>(
      `SELECT c.session_id, r.attributes FROM transcript_coding c JOIN interview_session s ON s.id = c.session_id
       JOIN respondent r ON r.id = s.respondent_id
       WHERE c.workspace_id = $1 AND c.wave_id = $2 AND c.taxonomy_id = $3`,
      [a.workspaceId, a.waveId, a.taxonomyId],
    );
    const valueOf = (attributes: Record<string, unknown>, key: string) => {
      const v = attributes?.[key];
      return v === undefined || v === null ? null : typeof v === 'string' ? v : JSON.stringify(v);
    };
    const keys = [...new Set(rows.flatMap((r) => Object.keys(r.attributes ?? {})))].sort();
    const tables: { segments: PrevalenceSegment[] }[] = [];
    for (const key of keys) {
      const bySession = new Map(rows.map((r) => [r.session_id, valueOf(r.attributes, key)]));
      const values = new Set(bySession.values());
      if (values.size < 2 || values.size > MAX_SEGMENT_VALUES) continue;
      const totals = [...values].map((v) => ({ k0: v, n: [...bySession.values()].filter((x) => x === v).length }));
      const counts: PrevalenceCountRow[] = themes.flatMap((t) =>
        [...values].map((v) => ({
          k0: v,
          finding: t.key,
          count: t.sessionIds.filter((s) => bySession.has(s) && bySession.get(s) === v).length,
        })),
      );
      tables.push(
        prevalenceBySegment(
          [key],
          totals,
          counts,
          themes.map((t) => ({ key: t.key, label: t.label })),
        ),
      );
    }
    return tables;
  }

  /** Mistral's coding, or the offline coder's once Mistral's attempts are spent or a failure is not worth retrying. */
  async function codeTranscript(sessionId: string, input: CodingInput): Promise<CoderResult> {
    if (!mistral) return offlineCoder.code(input);
    for (let attempt = 1; ; attempt++) {
      try {
        return await mistral.code(input);
      } catch (error) {
        if (!(error instanceof LlmError)) throw error;
        if (!error.retryable || attempt >= codingAttempts) {
          console.warn(`analysis: session ${sessionId} coded offline after ${attempt} Mistral attempt(s): ${error.message}`);
          return offlineCoder.code(input);
        }
        await sleep(Math.min(MAX_RETRY_DELAY_MS, Math.max(retryDelayMs * attempt, error.retryAfterMs ?? 0)));
      }
    }
  }

  /** Embeddings, clustering and Mistral labels, each step falling back to its offline way; offline alone without Mistral. */
  async function themesOf(
    analysisId: string,
    input: SynthesizeThemesInput,
  ): Promise<{ themes: Theme[]; synthesizer: CoderKind; usage: LlmUsage[] }> {
    if (!llm) return { themes: synthesizeThemes(input), synthesizer: 'offline', usage: [] };
    const result = await synthesizeThemesWithMistral({ ...input, chat: llm, embedder });
    for (const reason of result.fallbacks) console.warn(`analysis: ${analysisId} fell back to offline ${reason}`);
    const usage = [result.usage.embeddings, result.usage.labels].filter((u): u is LlmUsage => u !== undefined);
    return { themes: result.themes, synthesizer: result.embedded || result.labelled > 0 ? 'mistral' : 'offline', usage };
  }

  async function analysis(analysisId: string): Promise<AnalysisRow> {
    const { rows } = await pool.query(`SELECT id, workspace_id, study_id, wave_id, taxonomy_id FROM wave_analysis WHERE id = $1`, [
      analysisId,
    ]);
    if (!rows[0]) throw ApplicationFailure.nonRetryable(`wave analysis ${analysisId} does not exist`, 'ANALYSIS_NOT_FOUND');
    const r = rows[0];
    return { id: r.id, workspaceId: r.workspace_id, studyId: r.study_id, waveId: r.wave_id, taxonomyId: r.taxonomy_id };
  }

  /** Codes one session under a taxonomy version (the study's latest when none is given); false when it was coded already. */
  async function codeSession({ sessionId, taxonomyId }: { sessionId: string; taxonomyId?: string | null }): Promise<boolean> {
    const {
      rows: [s],
    } = await pool.query(
      `SELECT s.id, s.workspace_id, s.wave_id, w.study_id, r.band, coalesce(s.language, r.language, 'en') AS language, r.attributes
       FROM interview_session s JOIN respondent r ON r.id = s.respondent_id JOIN wave w ON w.id = s.wave_id WHERE s.id = $1`,
      [sessionId],
    );
    if (!s) throw ApplicationFailure.nonRetryable(`interview session ${sessionId} does not exist`, 'SESSION_NOT_FOUND');
    const taxonomy: TaxonomyRow | null = await loadTaxonomy(pool, s.study_id, taxonomyId);
    if (!taxonomy) throw ApplicationFailure.nonRetryable(`study ${s.study_id} has no driver taxonomy`, 'TAXONOMY_NOT_FOUND');
    const done = await pool.query(`SELECT 1 FROM transcript_coding WHERE session_id = $1 AND taxonomy_id = $2`, [sessionId, taxonomy.id]);
    if (done.rowCount) return false;
    const coding = await codeTranscript(sessionId, await codingInputOf(pool, sessionId, taxonomy, s));
    return saveCoding(
      pool,
      { sessionId, workspaceId: s.workspace_id, studyId: s.study_id, waveId: s.wave_id, band: s.band, language: s.language },
      taxonomy,
      coding,
    );
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
          AND (s.status = 'completed'
            OR (s.status = 'abandoned' AND (SELECT count(*) FROM turn t WHERE t.session_id = s.id AND t.role = 'respondent') >= 3))`;
      if (after === null) {
        await pool.query(
          `UPDATE wave_analysis SET total = (SELECT count(*) ${pending}),
            coded = (SELECT count(*) FROM transcript_coding c WHERE c.wave_id = $2 AND c.taxonomy_id = $3) WHERE id = $4`,
          [a.workspaceId, a.waveId, a.taxonomyId, a.id],
        );
      }
      const { rows } = await pool.query<{ id: string }>(
        `SELECT s.id ${pending} AND ($4::uuid IS NULL OR s.id > $4::uuid)
           AND NOT EXISTS (SELECT 1 FROM transcript_coding c WHERE c.session_id = s.id AND c.taxonomy_id = $3)
         ORDER BY s.id LIMIT $5`,
        [a.workspaceId, a.waveId, a.taxonomyId, after, limit],
      );
      return rows.map((r) => r.id);
    },

    /** Codes a batch and publishes the analysis's progress. */
    async codeSessions({ analysisId, sessionIds }: { analysisId: string; sessionIds: string[] }): Promise<number> {
      const a = await analysis(analysisId);
      let coded = 0;
      // Coding with an LLM can take a while per session: heartbeats tell Temporal the batch is alive.
      const heartbeat = () => {
        try {
          Context.current().heartbeat();
        } catch {
          // Called outside an activity (unit tests): nothing to tell.
        }
      };
      for (const sessionId of sessionIds) {
        heartbeat();
        if (await codeSession({ sessionId, taxonomyId: a.taxonomyId })) coded++;
      }
      await pool.query(
        `UPDATE wave_analysis SET coded = (SELECT count(*) FROM transcript_coding c WHERE c.wave_id = $1 AND c.taxonomy_id = $2)
         WHERE id = $3`,
        [a.waveId, a.taxonomyId, a.id],
      );
      await notifyEvent(pool, {
        type: 'analysis.progress',
        workspaceId: a.workspaceId,
        studyId: a.studyId,
        waveId: a.waveId,
        analysisId: a.id,
      });
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
        [a.workspaceId, a.waveId, a.taxonomyId],
      );
      const excerpts: ThemeExcerpt[] = rows.map((r) => ({
        sessionId: r.session_id,
        band: r.band,
        excerpt: {
          driverKey: r.driver_key,
          categoryKey: r.category_key,
          turnSeq: r.turn_seq,
          start: r.start_offset,
          end: r.end_offset,
          quote: r.quote,
          role: r.role,
          sentiment: r.sentiment,
          sentimentScore: r.sentiment_score,
          competitors: r.competitors,
        } satisfies CodedExcerpt,
      }));
      const counts = async (sql: string): Promise<Record<Band, number>> => {
        const { rows: byBand } = await pool.query<{ band: Band; n: number }>(sql, [a.workspaceId, a.waveId, a.taxonomyId]);
        return Object.fromEntries(BANDS.map((b) => [b, byBand.find((x) => x.band === b)?.n ?? 0])) as Record<Band, number>;
      };
      const interviews = await counts(
        `SELECT band, count(*)::int AS n FROM transcript_coding
         WHERE workspace_id = $1 AND wave_id = $2 AND taxonomy_id = $3 GROUP BY band`,
      );
      const respondents = await counts(
        `SELECT band, count(*)::int AS n FROM respondent WHERE workspace_id = $1 AND wave_id = $2 AND $3::uuid IS NOT NULL GROUP BY band`,
      );
      const { themes, synthesizer, usage } = await themesOf(a.id, { excerpts, taxonomy: taxonomy!.content, bandTotals: interviews });
      const language = await studyLanguage(a);
      const differences = segmentDifferences(await segmentTables(a, themes));
      const drafted = summarize({
        themes,
        respondents,
        interviews,
        language,
        taxonomy: taxonomy!.content,
        segmentDifferences: differences,
      });
      const summary = drafted.summary;
      let actions = drafted.actions;
      if (llm) {
        const written = await writeActionsWithMistral(llm, actions, themes, language, taxonomy!.content);
        actions = written.actions;
        if (written.usage) usage.push(written.usage);
        if (written.fallback) console.warn(`analysis: ${a.id} actions from templates: ${written.fallback}`);
      }
      // What the synthesis was made with and cost (embeddings and labels), beside the codings' own costs.
      await pool.query(
        `UPDATE wave_analysis SET synthesizer = $2, synthesis_model = $3, synthesis_prompt_version = $4, synthesis_prompt_tokens = $5,
           synthesis_completion_tokens = $6, synthesis_cost_usd = $7 WHERE id = $1`,
        [
          a.id,
          synthesizer,
          [...new Set(usage.map((u) => u.model))].join(', ') || null,
          synthesizer === 'mistral' ? THEME_LABEL_PROMPT_VERSION : OFFLINE_SYNTHESIS_VERSION,
          usage.reduce((sum, u) => sum + u.promptTokens, 0),
          usage.reduce((sum, u) => sum + u.completionTokens, 0),
          usage.reduce((sum, u) => sum + u.costUsd, 0),
        ],
      );
      await saveThemes(pool, a, themes, actions, summary);
      return themes.length;
    },

    async failAnalysis({ analysisId, error }: { analysisId: string; error: string }): Promise<void> {
      const a = await analysis(analysisId);
      await pool.query(`UPDATE wave_analysis SET status = 'failed', error = $2, finished_at = now() WHERE id = $1 AND status = 'running'`, [
        a.id,
        error.slice(0, 2000),
      ]);
      await notifyEvent(pool, {
        type: 'analysis.progress',
        workspaceId: a.workspaceId,
        studyId: a.studyId,
        waveId: a.waveId,
        analysisId: a.id,
      });
    },
  };
}

export type AnalysisActivities = ReturnType<typeof createAnalysisActivities>;
