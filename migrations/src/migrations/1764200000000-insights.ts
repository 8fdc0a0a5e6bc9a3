import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Insights: coded transcripts (one coding per session and taxonomy version, with verbatim
 * excerpts), wave analyses with their themes, prevalence per band and best quotes, the executive
 * summary's actions, a per-respondent response date for rolling windows, and the `bi` schema of
 * documented views for BI tools, readable by the `ladder_bi_reader` role.
 */
export class Insights1764200000000 implements MigrationInterface {
  name = 'Insights1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE driver_taxonomy ADD COLUMN note text, ADD COLUMN created_by text,
      ADD COLUMN crosswalk jsonb NOT NULL DEFAULT '{}'::jsonb`);
    await q.query(
      `COMMENT ON COLUMN driver_taxonomy.crosswalk IS
      'Driver keys of the previous version mapped to keys of this one: ` +
        `{"old_key": ["new_key", ...]} for merged, split or renamed drivers'`,
    );
    // When the NPS answer was given (import column responded_at; the import time otherwise): rolling windows use it.
    await q.query(`ALTER TABLE respondent ADD COLUMN responded_at timestamptz`);
    await q.query(`UPDATE respondent SET responded_at = created_at`);
    await q.query(`ALTER TABLE respondent ALTER COLUMN responded_at SET NOT NULL, ALTER COLUMN responded_at SET DEFAULT now()`);
    await q.query(`CREATE INDEX respondent_wave_responded_idx ON respondent (workspace_id, wave_id, responded_at)`);
    await q.query(`
      CREATE TABLE transcript_coding (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        study_id uuid NOT NULL REFERENCES study(id) ON DELETE CASCADE,
        wave_id uuid NOT NULL REFERENCES wave(id) ON DELETE CASCADE,
        session_id uuid NOT NULL REFERENCES interview_session(id) ON DELETE CASCADE,
        taxonomy_id uuid NOT NULL REFERENCES driver_taxonomy(id) ON DELETE CASCADE,
        taxonomy_version integer NOT NULL,
        band text NOT NULL CHECK (band IN ('detractor', 'passive', 'promoter')),
        coder text NOT NULL CHECK (coder IN ('offline', 'mistral')),
        stated_driver text,
        root_driver text,
        sentiment_score real NOT NULL DEFAULT 0,
        competitors text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT transcript_coding_unique UNIQUE (workspace_id, session_id, taxonomy_id)
      )`);
    await q.query(`CREATE INDEX transcript_coding_wave_idx ON transcript_coding (workspace_id, wave_id, taxonomy_id)`);
    await q.query(`
      CREATE TABLE coded_excerpt (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        coding_id uuid NOT NULL REFERENCES transcript_coding(id) ON DELETE CASCADE,
        session_id uuid NOT NULL REFERENCES interview_session(id) ON DELETE CASCADE,
        turn_id uuid NOT NULL REFERENCES turn(id) ON DELETE CASCADE,
        turn_seq integer NOT NULL,
        start_offset integer NOT NULL CHECK (start_offset >= 0),
        end_offset integer NOT NULL CHECK (end_offset > start_offset),
        quote text NOT NULL,
        driver_key text NOT NULL,
        category_key text NOT NULL,
        role text NOT NULL CHECK (role IN ('stated', 'root', 'supporting')),
        sentiment text NOT NULL CHECK (sentiment IN ('negative', 'neutral', 'positive')),
        sentiment_score real NOT NULL,
        competitors text[] NOT NULL DEFAULT '{}'
      )`);
    await q.query(`CREATE INDEX coded_excerpt_coding_idx ON coded_excerpt (workspace_id, coding_id)`);
    await q.query(`CREATE INDEX coded_excerpt_driver_idx ON coded_excerpt (workspace_id, driver_key)`);
    await q.query(`
      CREATE TABLE wave_analysis (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        study_id uuid NOT NULL REFERENCES study(id) ON DELETE CASCADE,
        wave_id uuid NOT NULL REFERENCES wave(id) ON DELETE CASCADE,
        taxonomy_id uuid NOT NULL REFERENCES driver_taxonomy(id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'completed', 'failed')),
        synthesizer text NOT NULL CHECK (synthesizer IN ('offline', 'mistral')),
        total integer NOT NULL DEFAULT 0,
        coded integer NOT NULL DEFAULT 0,
        workflow_id text NOT NULL UNIQUE,
        error text,
        started_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      )`);
    await q.query(`CREATE INDEX wave_analysis_wave_idx ON wave_analysis (workspace_id, wave_id, started_at DESC)`);
    await q.query(`
      CREATE TABLE theme (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        analysis_id uuid NOT NULL REFERENCES wave_analysis(id) ON DELETE CASCADE,
        wave_id uuid NOT NULL REFERENCES wave(id) ON DELETE CASCADE,
        key text NOT NULL,
        label text NOT NULL,
        description text NOT NULL,
        scope text NOT NULL CHECK (scope IN ('cross-band', 'detractor', 'passive', 'promoter')),
        driver_keys text[] NOT NULL,
        sentiment_score real NOT NULL DEFAULT 0,
        rank integer NOT NULL,
        CONSTRAINT theme_key_unique UNIQUE (workspace_id, analysis_id, scope, key)
      )`);
    await q.query(`CREATE INDEX theme_wave_idx ON theme (workspace_id, wave_id, analysis_id)`);
    await q.query(`
      CREATE TABLE theme_prevalence (
        theme_id uuid NOT NULL REFERENCES theme(id) ON DELETE CASCADE,
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        band text NOT NULL CHECK (band IN ('detractor', 'passive', 'promoter')),
        count integer NOT NULL CHECK (count >= 0),
        n integer NOT NULL CHECK (n >= count),
        PRIMARY KEY (theme_id, band)
      )`);
    await q.query(`CREATE INDEX theme_prevalence_workspace_idx ON theme_prevalence (workspace_id, theme_id)`);
    await q.query(`
      CREATE TABLE theme_quote (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        theme_id uuid NOT NULL REFERENCES theme(id) ON DELETE CASCADE,
        session_id uuid NOT NULL REFERENCES interview_session(id) ON DELETE CASCADE,
        turn_seq integer NOT NULL,
        start_offset integer NOT NULL,
        end_offset integer NOT NULL,
        quote text NOT NULL,
        band text NOT NULL,
        rank integer NOT NULL
      )`);
    await q.query(`CREATE INDEX theme_quote_theme_idx ON theme_quote (workspace_id, theme_id, rank)`);
    await q.query(`
      CREATE TABLE summary_action (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        analysis_id uuid NOT NULL REFERENCES wave_analysis(id) ON DELETE CASCADE,
        rank integer NOT NULL,
        title text NOT NULL,
        rationale text NOT NULL,
        impact_points real NOT NULL,
        impact_explanation text NOT NULL,
        theme_ids uuid[] NOT NULL,
        quote_ids uuid[] NOT NULL DEFAULT '{}'
      )`);
    await q.query(`CREATE INDEX summary_action_analysis_idx ON summary_action (workspace_id, analysis_id, rank)`);
    await q.query(`ALTER TABLE wave_analysis ADD COLUMN summary text`);

    // BI: documented views, the only objects the read-only role may read.
    await q.query(`CREATE SCHEMA bi`);
    await q.query(`
      CREATE VIEW bi.segment_nps_by_day AS
      SELECT r.workspace_id, w.study_id, r.wave_id, w.name AS wave_name, (r.responded_at AT TIME ZONE 'UTC')::date AS day,
             count(*) AS respondents,
             count(*) FILTER (WHERE r.band = 'promoter') AS promoters,
             count(*) FILTER (WHERE r.band = 'passive') AS passives,
             count(*) FILTER (WHERE r.band = 'detractor') AS detractors,
             round(100.0 * (count(*) FILTER (WHERE r.band = 'promoter') - count(*) FILTER (WHERE r.band = 'detractor')) / count(*), 2)
               AS nps
      FROM respondent r JOIN wave w ON w.id = r.wave_id
      WHERE NOT w.preview
      GROUP BY r.workspace_id, w.study_id, r.wave_id, w.name, (r.responded_at AT TIME ZONE 'UTC')::date`);
    await q.query(
      `COMMENT ON VIEW bi.segment_nps_by_day IS
      'Respondents and NPS per study, wave and UTC day of the NPS answer. ` +
        `Sum promoters, passives and detractors over any range of days, then NPS = 100 * (promoters - detractors) / respondents.'`,
    );
    await q.query(`
      CREATE VIEW bi.segment_nps_by_wave AS
      SELECT workspace_id, study_id, wave_id, wave_name, sum(respondents) AS respondents, sum(promoters) AS promoters,
             sum(passives) AS passives, sum(detractors) AS detractors,
             round(100.0 * (sum(promoters) - sum(detractors)) / sum(respondents), 2) AS nps
      FROM bi.segment_nps_by_day GROUP BY workspace_id, study_id, wave_id, wave_name`);
    await q.query(`COMMENT ON VIEW bi.segment_nps_by_wave IS 'Respondents and NPS per study and wave.'`);
    await q.query(`
      CREATE VIEW bi.theme_prevalence_by_wave AS
      SELECT t.workspace_id, w.study_id, t.wave_id, w.name AS wave_name, a.id AS analysis_id, a.finished_at AS analysed_at,
             t.key AS theme_key, t.label AS theme_label, t.scope, p.band, p.count AS sessions, p.n AS band_sessions,
             CASE WHEN p.n > 0 THEN round(p.count::numeric / p.n, 4) END AS share
      FROM theme t
      JOIN wave_analysis a ON a.id = t.analysis_id AND a.status = 'completed'
      JOIN wave w ON w.id = t.wave_id AND NOT w.preview
      JOIN theme_prevalence p ON p.theme_id = t.id
      WHERE a.id = (SELECT a2.id FROM wave_analysis a2 WHERE a2.wave_id = t.wave_id AND a2.status = 'completed'
                    ORDER BY a2.finished_at DESC LIMIT 1)`);
    await q.query(
      `COMMENT ON VIEW bi.theme_prevalence_by_wave IS
      'Each theme of the latest completed analysis of each wave, per band: ` +
        `interviews mentioning it (sessions) out of the band''s coded interviews (band_sessions).'`,
    );
    await q.query(`
      DO $$ BEGIN
        CREATE ROLE ladder_bi_reader NOLOGIN;
      EXCEPTION
        -- Roles belong to the cluster: another database of it (a parallel test run) may have made it first, even
        -- between a check and the CREATE, so the CREATE is tried and its duplicate ignored.
        WHEN duplicate_object OR unique_violation THEN NULL;
      END $$`);
    await q.query(`GRANT USAGE ON SCHEMA bi TO ladder_bi_reader`);
    await q.query(`GRANT SELECT ON ALL TABLES IN SCHEMA bi TO ladder_bi_reader`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`REVOKE ALL ON ALL TABLES IN SCHEMA bi FROM ladder_bi_reader`);
    await q.query(`REVOKE USAGE ON SCHEMA bi FROM ladder_bi_reader`);
    await q.query(`DROP SCHEMA bi CASCADE`);
    for (const table of [
      'summary_action',
      'theme_quote',
      'theme_prevalence',
      'theme',
      'wave_analysis',
      'coded_excerpt',
      'transcript_coding',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`DROP INDEX respondent_wave_responded_idx`);
    await q.query(`ALTER TABLE respondent DROP COLUMN responded_at`);
    await q.query(`ALTER TABLE driver_taxonomy DROP COLUMN note, DROP COLUMN created_by, DROP COLUMN crosswalk`);
  }
}
