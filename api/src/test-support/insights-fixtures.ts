import { randomUUID } from 'node:crypto';
import type { TestApi } from './api-harness.js';

type Band = 'detractor' | 'passive' | 'promoter';

export interface ExcerptSpec { driverKey: string; categoryKey: string; quote: string; role?: 'stated' | 'root' | 'supporting'; sentimentScore?: number }

export interface ThemeSpec {
  key: string; label: string; scope?: 'cross-band' | Band; driverKeys: string[];
  prevalence: { band: Band; count: number; n: number }[];
  quotes?: { sessionId: string; quote: string; band: Band }[];
}

/** A completed interview of a respondent with one moderator question and the given answers. */
export async function insertSession(api: TestApi, workspaceId: string, respondentId: string, waveId: string, answers: string[]): Promise<string> {
  const [{ id }] = await api.db.query(
    `INSERT INTO interview_session (workspace_id, respondent_id, wave_id, moderator, token_hash, workflow_id, status, completed_at)
     VALUES ($1, $2, $3, 'offline', $4, $4, 'completed', now()) RETURNING id`, [workspaceId, respondentId, waveId, `wf-${randomUUID()}`]);
  await api.db.query(`INSERT INTO turn (workspace_id, session_id, seq, role, text, phase) VALUES ($1, $2, 0, 'moderator', 'What happened?', 'context')`, [workspaceId, id]);
  for (const [i, text] of answers.entries()) {
    await api.db.query(`INSERT INTO turn (workspace_id, session_id, seq, role, text, phase) VALUES ($1, $2, $3, 'respondent', $4, 'surface')`,
      [workspaceId, id, i + 1, text]);
  }
  return id;
}

/** A coding of a session as the worker's coder writes it: each excerpt quotes the whole answer of turn i + 1. */
export async function insertCoding(api: TestApi, o: {
  workspaceId: string; studyId: string; waveId: string; sessionId: string; taxonomyVersion: number; band: Band;
  stated?: string; root?: string; excerpts: ExcerptSpec[];
}): Promise<string> {
  const [{ id: taxonomyId }] = await api.db.query(`SELECT id FROM driver_taxonomy WHERE study_id = $1 AND version = $2`, [o.studyId, o.taxonomyVersion]);
  const [{ id }] = await api.db.query(
    `INSERT INTO transcript_coding (workspace_id, study_id, wave_id, session_id, taxonomy_id, taxonomy_version, band, coder, stated_driver, root_driver,
       sentiment_score, competitors) VALUES ($1, $2, $3, $4, $5, $6, $7, 'offline', $8, $9, -0.5, '{Acme}') RETURNING id`,
    [o.workspaceId, o.studyId, o.waveId, o.sessionId, taxonomyId, o.taxonomyVersion, o.band, o.stated ?? null, o.root ?? null]);
  for (const [i, e] of o.excerpts.entries()) {
    await api.db.query(
      `INSERT INTO coded_excerpt (workspace_id, coding_id, session_id, turn_id, turn_seq, start_offset, end_offset, quote, driver_key, category_key,
         role, sentiment, sentiment_score)
       SELECT $1, $2, $3, t.id, t.seq, 0, length($4), $4, $5, $6, $7, 'negative', $8 FROM turn t WHERE t.session_id = $3 AND t.seq = $9`,
      [o.workspaceId, id, o.sessionId, e.quote, e.driverKey, e.categoryKey, e.role ?? 'supporting', e.sentimentScore ?? -0.6, i + 1]);
  }
  return id;
}

/** A wave analysis with its themes, prevalence, quotes and actions, as the synthesizer writes them. */
export async function insertAnalysis(api: TestApi, o: {
  workspaceId: string; studyId: string; waveId: string; taxonomyVersion?: number; status?: 'running' | 'completed' | 'failed';
  total?: number; coded?: number; themes?: ThemeSpec[]; actions?: { title: string; impactPoints: number; themeKeys: string[] }[];
  finishedAt?: string; startedAt?: string;
}): Promise<{ id: string; themeIds: Map<string, string>; quoteIds: string[] }> {
  const [{ id: taxonomyId }] = await api.db.query(
    `SELECT id FROM driver_taxonomy WHERE study_id = $1 AND ($2::int IS NULL OR version = $2) ORDER BY version DESC LIMIT 1`,
    [o.studyId, o.taxonomyVersion ?? null]);
  const status = o.status ?? 'completed';
  const [{ id }] = await api.db.query(
    `INSERT INTO wave_analysis (workspace_id, study_id, wave_id, taxonomy_id, status, synthesizer, total, coded, workflow_id, summary, started_at, finished_at)
     VALUES ($1, $2, $3, $4, $5, 'offline', $6, $7, $8, $9, coalesce($10::timestamptz, now()), $11) RETURNING id`,
    [o.workspaceId, o.studyId, o.waveId, taxonomyId, status, o.total ?? 0, o.coded ?? 0, `wave-analysis-${randomUUID()}`,
      status === 'completed' ? 'Support is the main issue.' : null, o.startedAt ?? null, status === 'running' ? null : (o.finishedAt ?? new Date().toISOString())]);
  const themeIds = new Map<string, string>();
  const quoteIds: string[] = [];
  for (const [rank, t] of (o.themes ?? []).entries()) {
    const [{ id: themeId }] = await api.db.query(
      `INSERT INTO theme (workspace_id, analysis_id, wave_id, key, label, description, scope, driver_keys, sentiment_score, rank)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, -0.4, $9) RETURNING id`,
      [o.workspaceId, id, o.waveId, t.key, t.label, `About ${t.label}`, t.scope ?? 'cross-band', t.driverKeys, rank + 1]);
    themeIds.set(t.key, themeId);
    for (const p of t.prevalence) {
      await api.db.query(`INSERT INTO theme_prevalence (theme_id, workspace_id, band, count, n) VALUES ($1, $2, $3, $4, $5)`,
        [themeId, o.workspaceId, p.band, p.count, p.n]);
    }
    for (const [i, q] of (t.quotes ?? []).entries()) {
      const [{ id: quoteId }] = await api.db.query(
        `INSERT INTO theme_quote (workspace_id, theme_id, session_id, turn_seq, start_offset, end_offset, quote, band, rank)
         VALUES ($1, $2, $3, 1, 0, length($4), $4, $5, $6) RETURNING id`, [o.workspaceId, themeId, q.sessionId, q.quote, q.band, i + 1]);
      quoteIds.push(quoteId);
    }
  }
  for (const [rank, a] of (o.actions ?? []).entries()) {
    const themes = a.themeKeys.map((k) => themeIds.get(k));
    await api.db.query(
      `INSERT INTO summary_action (workspace_id, analysis_id, rank, title, rationale, impact_points, impact_explanation, theme_ids, quote_ids)
       VALUES ($1, $2, $3, $4, 'Because detractors say so.', $5, 'Up to this many points.', $6, $7)`,
      [o.workspaceId, id, rank + 1, a.title, a.impactPoints, themes, quoteIds.slice(0, 1)]);
  }
  return { id, themeIds, quoteIds };
}

/** Imports respondents into a wave; returns their ids by external id. */
export async function respondentIds(api: TestApi, waveId: string): Promise<Map<string, string>> {
  const rows: { id: string; external_id: string }[] = await api.db.query(`SELECT id, external_id FROM respondent WHERE wave_id = $1`, [waveId]);
  return new Map(rows.map((r) => [r.external_id, r.id]));
}
