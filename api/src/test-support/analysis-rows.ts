import type { Band, ThemeScope } from '@ladder/contracts';
import { randomUUID } from 'node:crypto';
import type { TestApi } from './api-harness.js';

export interface SeedTheme {
  key: string;
  label: string;
  scope: ThemeScope;
  prevalence: { band: Band; count: number; n: number }[];
  quotes: { band: string; quote: string }[];
}

/**
 * A wave analysis as the worker writes it (wave_analysis, theme, theme_prevalence, theme_quote),
 * inserted directly so API tests need no Temporal. Quotes hang off one interview session.
 */
export async function seedAnalysis(
  api: TestApi,
  workspaceId: string,
  studyId: string,
  waveId: string,
  options: { status?: 'running' | 'completed' | 'failed'; total?: number; coded?: number; themes?: SeedTheme[]; finishedAt?: string } = {},
): Promise<string> {
  const [{ id: taxonomyId }] = await api.db.query(`SELECT id FROM driver_taxonomy WHERE study_id = $1 ORDER BY version DESC LIMIT 1`, [
    studyId,
  ]);
  const status = options.status ?? 'completed';
  const [{ id: analysisId }] = await api.db.query(
    `INSERT INTO wave_analysis (workspace_id, study_id, wave_id, taxonomy_id, status, synthesizer, total, coded, workflow_id, finished_at)
     VALUES ($1, $2, $3, $4, $5, 'offline', $6, $7, $8, $9) RETURNING id`,
    [
      workspaceId,
      studyId,
      waveId,
      taxonomyId,
      status,
      options.total ?? 0,
      options.coded ?? 0,
      `wa-${randomUUID()}`,
      status === 'running' ? null : (options.finishedAt ?? new Date().toISOString()),
    ],
  );
  const themes = options.themes ?? [];
  if (!themes.length) return analysisId;
  const external = `seed-${randomUUID()}`;
  const [{ id: respondentId }] = await api.db.query(
    `INSERT INTO respondent (workspace_id, wave_id, external_id, score, attributes) VALUES ($1, $2, $3, 3, '{}') RETURNING id`,
    [workspaceId, waveId, external],
  );
  const [{ id: sessionId }] = await api.db.query(
    `INSERT INTO interview_session (workspace_id, respondent_id, wave_id, moderator, token_hash, workflow_id, status)
     VALUES ($1, $2, $3, 'offline', $4, $4, 'completed') RETURNING id`,
    [workspaceId, respondentId, waveId, external],
  );
  for (const [rank, t] of themes.entries()) {
    const [{ id: themeId }] = await api.db.query(
      `INSERT INTO theme (workspace_id, analysis_id, wave_id, key, label, description, scope, driver_keys, sentiment_score, rank)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, -0.5, $9) RETURNING id`,
      [
        workspaceId,
        analysisId,
        waveId,
        t.key,
        t.label,
        `About ${t.label.toLowerCase()}`,
        t.scope,
        [t.key, 'support.responsiveness'],
        rank + 1,
      ],
    );
    for (const p of t.prevalence) {
      await api.db.query(`INSERT INTO theme_prevalence (theme_id, workspace_id, band, count, n) VALUES ($1, $2, $3, $4, $5)`, [
        themeId,
        workspaceId,
        p.band,
        p.count,
        p.n,
      ]);
    }
    await api.db.query(
      `INSERT INTO theme_quote (workspace_id, theme_id, session_id, turn_seq, start_offset, end_offset, quote, band, rank)
       SELECT $1, $2, $3, 1, 0, length(q.quote), q.quote, q.band, q.ord::int
       FROM unnest($4::text[], $5::text[]) WITH ORDINALITY AS q(quote, band, ord)`,
      [workspaceId, themeId, sessionId, t.quotes.map((q) => q.quote), t.quotes.map((q) => q.band)],
    );
  }
  return analysisId;
}
