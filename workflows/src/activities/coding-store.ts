import { ApplicationFailure } from '@temporalio/activity';
import type pg from 'pg';
import { inTransaction, notifyEvent } from './db.js';
import { enqueueWebhookEvent } from '@ladder/contracts';
import { DEFAULT_TAXONOMY, taxonomyContentSchema, type TaxonomyContent } from '@ladder/contracts/taxonomy';
import type { Theme } from '../analysis/themes.js';
import type { SummaryAction } from '../analysis/summary.js';
import { promptVersionOf, type CoderResult, type CodingInput } from '../coding/coder.js';
import { namesFromAttributes } from '../llm/redact.js';
import type { TranscriptTurn } from '../moderator/types.js';

export interface TaxonomyRow {
  id: string;
  version: number;
  content: TaxonomyContent;
}

/** A study's taxonomy version by id, or its latest one; the default when the study has none. */
export async function loadTaxonomy(db: pg.Pool, studyId: string, taxonomyId?: string | null): Promise<TaxonomyRow | null> {
  const { rows } = await db.query(
    `SELECT id, version, content FROM driver_taxonomy
     WHERE study_id = $1 AND ($2::uuid IS NULL OR id = $2::uuid) ORDER BY version DESC LIMIT 1`,
    [studyId, taxonomyId ?? null],
  );
  if (!rows[0]) return null;
  const parsed = taxonomyContentSchema.safeParse(rows[0].content);
  return { id: rows[0].id, version: rows[0].version, content: parsed.success ? parsed.data : DEFAULT_TAXONOMY };
}

/** The session columns a coding input needs besides its turns. */
export interface CodedSessionRow {
  language: string;
  attributes: Record<string, unknown> | null;
}

/**
 * What a session's coding starts from, the same for the analysis and the agreement runs: its turns in order, the
 * taxonomy, the interview's language and the respondent's names (to keep them out of quotes). `session` is read
 * here when the caller has not read it already.
 */
export async function codingInputOf(
  pool: pg.Pool,
  sessionId: string,
  taxonomy: TaxonomyRow,
  session?: CodedSessionRow,
): Promise<CodingInput> {
  const s: CodedSessionRow | undefined =
    session ??
    (
      await pool.query(
        `SELECT coalesce(s.language, r.language, 'en') AS language, r.attributes
         FROM interview_session s JOIN respondent r ON r.id = s.respondent_id WHERE s.id = $1`,
        [sessionId],
      )
    ).rows[0];
  if (!s) throw ApplicationFailure.nonRetryable(`interview session ${sessionId} does not exist`, 'SESSION_NOT_FOUND');
  const { rows: turns } = await pool.query(
    `SELECT seq, role, text, phase, ladder_level, action, created_at FROM turn WHERE session_id = $1 ORDER BY seq`,
    [sessionId],
  );
  const transcript: TranscriptTurn[] = turns.map((t) => ({
    seq: t.seq,
    role: t.role,
    text: t.text,
    phase: t.phase,
    ladderLevel: t.ladder_level,
    action: t.action,
    createdAt: t.created_at,
  }));
  return {
    transcript,
    taxonomy: taxonomy.content,
    taxonomyVersion: taxonomy.version,
    language: s.language,
    respondentNames: namesFromAttributes(s.attributes),
  };
}

export interface CodingTarget {
  sessionId: string;
  workspaceId: string;
  studyId: string;
  waveId: string;
  band: string;
  language: string;
}

/**
 * Writes one session's coding under one taxonomy version, once: the (session, taxonomy) key
 * makes a retried or repeated run a no-op. Excerpts go in the same transaction, with the turn
 * they quote resolved by seq.
 */
export async function saveCoding(pool: pg.Pool, target: CodingTarget, taxonomy: TaxonomyRow, coding: CoderResult): Promise<boolean> {
  const usage = coding.usage;
  return inTransaction(pool, async (client) => {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO transcript_coding (workspace_id, study_id, wave_id, session_id, taxonomy_id, taxonomy_version, band, coder,
         stated_driver, root_driver, root_note, sentiment_score, competitors, competitor_mentioned, model, prompt_version, prompt_tokens,
         completion_tokens, cost_usd, llm_calls)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)
       ON CONFLICT (workspace_id, session_id, taxonomy_id) DO NOTHING RETURNING id`,
      [
        target.workspaceId,
        target.studyId,
        target.waveId,
        target.sessionId,
        taxonomy.id,
        taxonomy.version,
        target.band,
        coding.coder,
        coding.statedDriverKey,
        coding.rootDriverKey,
        coding.rootNote,
        coding.sentimentScore,
        coding.competitors,
        coding.competitorMentioned,
        usage?.model ?? null,
        promptVersionOf(coding.coder),
        usage?.promptTokens ?? 0,
        usage?.completionTokens ?? 0,
        usage?.costUsd ?? 0,
        usage?.calls ?? 0,
      ],
    );
    if (!rows[0]) return false;
    const e = coding.excerpts;
    if (e.length) {
      await client.query(
        `INSERT INTO coded_excerpt (workspace_id, coding_id, session_id, turn_id, turn_seq, start_offset, end_offset, quote, driver_key,
           category_key, role, sentiment, sentiment_score, competitors)
         SELECT $1, $2, $3, t.id, x.turn_seq, x.start_offset, x.end_offset, x.quote, x.driver_key, x.category_key, x.role, x.sentiment,
                x.sentiment_score, ARRAY(SELECT jsonb_array_elements_text(x.competitors))
         FROM unnest($4::int[], $5::int[], $6::int[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::real[],
                     $13::jsonb[])
           AS x(turn_seq, start_offset, end_offset, quote, driver_key, category_key, role, sentiment, sentiment_score, competitors)
         JOIN turn t ON t.session_id = $3 AND t.seq = x.turn_seq`,
        [
          target.workspaceId,
          rows[0].id,
          target.sessionId,
          e.map((x) => x.turnSeq),
          e.map((x) => x.start),
          e.map((x) => x.end),
          e.map((x) => x.quote),
          e.map((x) => x.driverKey),
          e.map((x) => x.categoryKey),
          e.map((x) => x.role),
          e.map((x) => x.sentiment),
          e.map((x) => x.sentimentScore),
          e.map((x) => JSON.stringify(x.competitors)),
        ],
      );
    }
    await notifyEvent(client, {
      type: 'insights.changed',
      workspaceId: target.workspaceId,
      studyId: target.studyId,
      waveId: target.waveId,
      what: 'coding',
    });
    return true;
  });
}

/**
 * Replaces an analysis's themes and actions in one transaction and marks it completed, so readers
 * see the previous result or the new one, never half of it.
 */
export async function saveThemes(
  pool: pg.Pool,
  analysis: { id: string; workspaceId: string; studyId: string; waveId: string },
  themes: Theme[],
  actions: SummaryAction[],
  summary: string,
): Promise<void> {
  await inTransaction(pool, async (client) => {
    await client.query(`DELETE FROM theme WHERE analysis_id = $1`, [analysis.id]);
    await client.query(`DELETE FROM summary_action WHERE analysis_id = $1`, [analysis.id]);
    const themeIds = new Map<string, string>();
    const quoteIds = new Map<string, string[]>();
    for (const [rank, theme] of themes.entries()) {
      const {
        rows: [row],
      } = await client.query<{ id: string }>(
        `INSERT INTO theme (workspace_id, analysis_id, wave_id, key, label, description, scope, driver_keys, sentiment_score, rank)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [
          analysis.workspaceId,
          analysis.id,
          analysis.waveId,
          theme.key,
          theme.label,
          theme.description,
          theme.scope,
          theme.driverKeys,
          theme.sentimentScore,
          rank + 1,
        ],
      );
      themeIds.set(theme.key, row.id);
      // Membership, for findings by segment: which interviews the theme counts (their band from the respondent).
      await client.query(
        `INSERT INTO theme_session (theme_id, workspace_id, session_id, band)
         SELECT $1, $2, s.id, r.band FROM interview_session s JOIN respondent r ON r.id = s.respondent_id
         WHERE s.workspace_id = $2 AND s.id = ANY($3::uuid[])`,
        [row.id, analysis.workspaceId, theme.sessionIds],
      );
      await client.query(
        `INSERT INTO theme_prevalence (theme_id, workspace_id, band, count, n)
         SELECT $1, $2, b, c, n FROM unnest($3::text[], $4::int[], $5::int[]) AS x(b, c, n)`,
        [
          row.id,
          analysis.workspaceId,
          theme.prevalence.map((p) => p.band),
          theme.prevalence.map((p) => p.count),
          theme.prevalence.map((p) => p.n),
        ],
      );
      const q = theme.quotes;
      const { rows: quotes } = await client.query<{ id: string }>(
        `INSERT INTO theme_quote (workspace_id, theme_id, session_id, turn_seq, start_offset, end_offset, quote, band, rank)
         SELECT $1, $2, s, t, a, b, q, band, r FROM unnest($3::uuid[], $4::int[], $5::int[], $6::int[], $7::text[], $8::text[], $9::int[])
           AS x(s, t, a, b, q, band, r) ORDER BY r RETURNING id`,
        [
          analysis.workspaceId,
          row.id,
          q.map((x) => x.sessionId),
          q.map((x) => x.turnSeq),
          q.map((x) => x.start),
          q.map((x) => x.end),
          q.map((x) => x.quote),
          q.map((x) => x.band),
          q.map((_, i) => i + 1),
        ],
      );
      quoteIds.set(
        theme.key,
        quotes.map((x) => x.id),
      );
    }
    for (const [rank, action] of actions.entries()) {
      await client.query(
        `INSERT INTO summary_action (workspace_id, analysis_id, rank, title, rationale, impact_points, impact_explanation, theme_ids,
           quote_ids, impact_low, impact_high, impact_n, small_sample, action, evidence, writer)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
        [
          analysis.workspaceId,
          analysis.id,
          rank + 1,
          action.title,
          action.rationale,
          action.impactPoints,
          action.impactExplanation,
          action.themeKeys.map((k) => themeIds.get(k)!),
          action.themeKeys.flatMap((k) => (quoteIds.get(k) ?? []).slice(0, 2)),
          action.impactLow,
          action.impactHigh,
          action.impactN,
          action.smallSample,
          action.action,
          action.evidence,
          action.writer,
        ],
      );
    }
    const {
      rows: [before],
    } = await client.query<{ status: string }>(`SELECT status FROM wave_analysis WHERE id = $1 FOR UPDATE`, [analysis.id]);
    await client.query(`UPDATE wave_analysis SET status = 'completed', summary = $2, finished_at = now() WHERE id = $1`, [
      analysis.id,
      summary,
    ]);
    // Webhooks out, once per analysis (a retried save finds it completed already).
    if (before?.status !== 'completed') {
      await enqueueWebhookEvent(client, analysis.workspaceId, 'analysis.completed', {
        analysisId: analysis.id,
        waveId: analysis.waveId,
        studyId: analysis.studyId,
        themes: themes.length,
        actions: actions.length,
      });
    }
    await notifyEvent(client, {
      type: 'analysis.progress',
      workspaceId: analysis.workspaceId,
      studyId: analysis.studyId,
      waveId: analysis.waveId,
      analysisId: analysis.id,
    });
    await notifyEvent(client, {
      type: 'insights.changed',
      workspaceId: analysis.workspaceId,
      studyId: analysis.studyId,
      waveId: analysis.waveId,
      what: 'themes',
    });
  });
}
