import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A row's attributes as an object (attributes are objects; anything else counts as none rather than failing the view). */
const ATTRIBUTES = (alias: string) =>
  `CASE WHEN jsonb_typeof(${alias}.attributes) = 'object' THEN ${alias}.attributes ELSE '{}'::jsonb END`;

/**
 * The reader's workspace, the latest completed analysis of each of its waves, and its coded interviews as the API's
 * findings count them (the codings under the analysis's taxonomy version), each once per segment it is in: per
 * attribute value and for the whole wave (attribute NULL), each in its band and over the bands (band NULL). `seg` names
 * the segment in one text with NULLs told apart from strings (a value may be JSON null), so counts are grouped and joined
 * to their segment on one hashable key (grouping sets and `IS NOT DISTINCT FROM` joins took seconds at 10,000 coded
 * interviews).
 */
const CODED = `
      reader AS (SELECT workspace_id, min_n FROM bi_reader WHERE role_name = current_user),
      latest AS (
        SELECT DISTINCT ON (a.wave_id) a.id, a.workspace_id, a.study_id, a.wave_id, a.taxonomy_id, a.finished_at,
               tx.version AS taxonomy_version, tx.content AS taxonomy_content, reader.min_n
        FROM reader JOIN wave_analysis a ON a.workspace_id = reader.workspace_id AND a.status = 'completed'
        JOIN wave w ON w.id = a.wave_id AND NOT w.preview
        JOIN driver_taxonomy tx ON tx.id = a.taxonomy_id
        ORDER BY a.wave_id, a.finished_at DESC NULLS LAST, a.id DESC
      ),
      coded AS (
        SELECT l.id AS analysis_id, c.session_id, c.stated_driver, c.root_driver, kv.attribute, kv.value, b.band,
               format('%L %L %L', kv.attribute, kv.value, b.band) AS seg
        FROM latest l
        JOIN transcript_coding c ON c.workspace_id = l.workspace_id AND c.wave_id = l.wave_id AND c.taxonomy_id = l.taxonomy_id
        JOIN interview_session s ON s.id = c.session_id
        JOIN respondent r ON r.id = s.respondent_id AND r.workspace_id = l.workspace_id
        CROSS JOIN LATERAL (SELECT key, value FROM jsonb_each_text(${ATTRIBUTES('r')}) UNION ALL SELECT NULL, NULL) kv(attribute, value)
        CROSS JOIN LATERAL (VALUES (r.band), (NULL)) b(band)
      ),
      segments AS (
        SELECT analysis_id, seg, attribute, value, band, count(*) AS n FROM coded GROUP BY analysis_id, seg, attribute, value, band
      )`;

/** A segment cell's count, size and share, NULL under the reader's minimum n. */
const suppressed = (count: string) => `
             CASE WHEN sg.n >= l.min_n THEN ${count} END AS sessions,
             CASE WHEN sg.n >= l.min_n THEN sg.n END AS segment_sessions,
             CASE WHEN sg.n >= l.min_n THEN round(${count}::numeric / sg.n, 4) END AS share,
             sg.n < l.min_n AS suppressed`;

/**
 * BI per workspace (issue 13): a login role reads the `bi` views of one workspace only, segment views carry the
 * respondents' attributes, and cells under a minimum n are suppressed.
 *
 * - `bi_reader` maps a database role to its workspace and its minimum n (default 5). Every `bi` view keeps the rows of
 *   the workspace mapped to `current_user` and nothing else: an unmapped role, `ladder_bi_reader` itself included, sees
 *   no rows. The views read the base tables with their owner's rights, and readers have no right on any base table
 *   (nor on `bi_reader`), so the views are the only way in. They are `security_barrier` views: a reader's condition
 *   that could fail or leak (a cast failing on another workspace's wave name) runs after the workspace filter.
 * - Attributes as key/value rows: `bi.segment_nps_by_attribute` (from the segment cube), and theme and driver
 *   prevalence by band x attribute value (`bi.theme_prevalence_by_segment`, `bi.driver_prevalence_by_segment`)
 *   counted as the API's findings count them (the coded interviews of the latest completed analysis's taxonomy).
 * - A cell whose segment has fewer respondents or coded interviews than the reader's `min_n` keeps its row with
 *   every count and rate NULL and `suppressed` true.
 */
export class BiReaders1764630000000 implements MigrationInterface {
  name = 'BiReaders1764630000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE bi_reader (
        role_name text PRIMARY KEY,
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        min_n integer NOT NULL DEFAULT 5 CHECK (min_n >= 1),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX bi_reader_workspace_idx ON bi_reader (workspace_id)`);
    await q.query(`COMMENT ON TABLE bi_reader IS
      'The workspace whose rows a database role reads through the bi views, and the minimum n under which segment cells are suppressed.'`);

    await q.query(`
      CREATE OR REPLACE VIEW bi.segment_nps_by_day WITH (security_barrier) AS
      SELECT r.workspace_id, w.study_id, r.wave_id, w.name AS wave_name, (r.responded_at AT TIME ZONE 'UTC')::date AS day,
             count(*) AS respondents,
             count(*) FILTER (WHERE r.band = 'promoter') AS promoters,
             count(*) FILTER (WHERE r.band = 'passive') AS passives,
             count(*) FILTER (WHERE r.band = 'detractor') AS detractors,
             round(100.0 * (count(*) FILTER (WHERE r.band = 'promoter') - count(*) FILTER (WHERE r.band = 'detractor')) / count(*), 2)
               AS nps
      FROM respondent r JOIN wave w ON w.id = r.wave_id
      WHERE NOT w.preview AND r.workspace_id = (SELECT workspace_id FROM bi_reader WHERE role_name = current_user)
      GROUP BY r.workspace_id, w.study_id, r.wave_id, w.name, (r.responded_at AT TIME ZONE 'UTC')::date`);
    await q.query(`ALTER VIEW bi.segment_nps_by_wave SET (security_barrier = true)`);
    await q.query(`
      CREATE OR REPLACE VIEW bi.theme_prevalence_by_wave WITH (security_barrier) AS
      SELECT t.workspace_id, w.study_id, t.wave_id, w.name AS wave_name, a.id AS analysis_id, a.finished_at AS analysed_at,
             t.key AS theme_key, t.label AS theme_label, t.scope, p.band,
             CASE WHEN p.n >= rd.min_n THEN p.count END AS sessions,
             CASE WHEN p.n >= rd.min_n THEN p.n END AS band_sessions,
             CASE WHEN p.n >= rd.min_n THEN round(p.count::numeric / p.n, 4) END AS share,
             p.n < rd.min_n AS suppressed
      FROM bi_reader rd
      JOIN theme t ON t.workspace_id = rd.workspace_id
      JOIN wave_analysis a ON a.id = t.analysis_id AND a.status = 'completed'
      JOIN wave w ON w.id = t.wave_id AND NOT w.preview
      JOIN theme_prevalence p ON p.theme_id = t.id
      WHERE rd.role_name = current_user
        AND a.id = (SELECT a2.id FROM wave_analysis a2 WHERE a2.wave_id = t.wave_id AND a2.status = 'completed'
                    ORDER BY a2.finished_at DESC LIMIT 1)`);
    await q.query(
      `COMMENT ON VIEW bi.theme_prevalence_by_wave IS
      'Each theme of the latest completed analysis of each wave, per band: interviews mentioning it (sessions) out of the band''s coded ` +
        `interviews (band_sessions). Under the reader''s min_n coded interviews: counts and share NULL, suppressed true.'`,
    );

    await q.query(`
      CREATE VIEW bi.segment_nps_by_attribute WITH (security_barrier) AS
      WITH cells AS (
        SELECT c.workspace_id, c.study_id, c.wave_id, w.name AS wave_name, kv.key AS attribute, kv.value, rd.min_n,
               sum(c.n) AS respondents,
               sum(c.n) FILTER (WHERE c.band = 'promoter') AS promoters,
               sum(c.n) FILTER (WHERE c.band = 'passive') AS passives,
               sum(c.n) FILTER (WHERE c.band = 'detractor') AS detractors
        FROM bi_reader rd
        JOIN respondent_cube c ON c.workspace_id = rd.workspace_id
        JOIN wave w ON w.id = c.wave_id AND NOT w.preview
        CROSS JOIN LATERAL jsonb_each_text(${ATTRIBUTES('c')}) kv
        WHERE rd.role_name = current_user
        GROUP BY c.workspace_id, c.study_id, c.wave_id, w.name, kv.key, kv.value, rd.min_n
      )
      SELECT workspace_id, study_id, wave_id, wave_name, attribute, value,
             CASE WHEN respondents >= min_n THEN respondents END AS respondents,
             CASE WHEN respondents >= min_n THEN coalesce(promoters, 0) END AS promoters,
             CASE WHEN respondents >= min_n THEN coalesce(passives, 0) END AS passives,
             CASE WHEN respondents >= min_n THEN coalesce(detractors, 0) END AS detractors,
             CASE WHEN respondents >= min_n THEN round(100.0 * (coalesce(promoters, 0) - coalesce(detractors, 0)) / respondents, 2) END
               AS nps,
             respondents < min_n AS suppressed
      FROM cells`);
    await q.query(
      `COMMENT ON VIEW bi.segment_nps_by_attribute IS
      'Respondents and NPS per study, wave and respondent attribute value (one row per attribute and value). Under the reader''s ` +
        `min_n respondents: counts and NPS NULL, suppressed true.'`,
    );

    await q.query(`
      CREATE VIEW bi.theme_prevalence_by_segment WITH (security_barrier) AS
      WITH ${CODED},
      members AS (
        SELECT coded.analysis_id, m.theme_id, coded.seg, count(*) AS sessions
        FROM coded JOIN theme_session m ON m.session_id = coded.session_id
        JOIN theme t ON t.id = m.theme_id AND t.analysis_id = coded.analysis_id
        GROUP BY coded.analysis_id, m.theme_id, coded.seg
      )
      SELECT l.workspace_id, l.study_id, l.wave_id, w.name AS wave_name, l.id AS analysis_id, l.finished_at AS analysed_at,
             t.key AS theme_key, t.label AS theme_label, t.scope, sg.band, sg.attribute, sg.value,
             ${suppressed('coalesce(mb.sessions, 0)')}
      FROM segments sg JOIN latest l ON l.id = sg.analysis_id JOIN wave w ON w.id = l.wave_id
      JOIN theme t ON t.analysis_id = l.id
      LEFT JOIN members mb ON mb.analysis_id = sg.analysis_id AND mb.theme_id = t.id AND mb.seg = sg.seg`);
    await q.query(
      `COMMENT ON VIEW bi.theme_prevalence_by_segment IS
      'Each theme of the latest completed analysis of each wave by segment: band (NULL: every band) x attribute value (attribute NULL: ` +
        `the whole wave); sessions = coded interviews of the segment in the theme, segment_sessions = coded interviews of the segment. ` +
        `Under the reader''s min_n coded interviews: counts and share NULL, suppressed true.'`,
    );

    await q.query(`
      CREATE VIEW bi.driver_prevalence_by_segment WITH (security_barrier) AS
      WITH ${CODED},
      mentions AS (
        SELECT coded.analysis_id, d.driver_role, d.driver_key, coded.seg, count(*) AS sessions
        FROM coded CROSS JOIN LATERAL (
          -- Either: an interview counts once for a driver it states and reaches.
          VALUES ('stated', stated_driver), ('root', root_driver), ('either', stated_driver),
                 ('either', CASE WHEN root_driver IS DISTINCT FROM stated_driver THEN root_driver END)
        ) d(driver_role, driver_key)
        WHERE d.driver_key IS NOT NULL
        GROUP BY coded.analysis_id, d.driver_role, d.driver_key, coded.seg
      ),
      drivers AS (SELECT DISTINCT analysis_id, driver_role, driver_key FROM mentions)
      SELECT l.workspace_id, l.study_id, l.wave_id, w.name AS wave_name, l.id AS analysis_id, l.finished_at AS analysed_at,
             l.taxonomy_version, dr.driver_role, dr.driver_key,
             coalesce((SELECT d->>'label' FROM jsonb_array_elements(l.taxonomy_content->'categories') cat
                       CROSS JOIN LATERAL jsonb_array_elements(cat->'drivers') d WHERE d->>'key' = dr.driver_key LIMIT 1), dr.driver_key)
               AS driver_label,
             sg.band, sg.attribute, sg.value,
             ${suppressed('coalesce(mt.sessions, 0)')}
      FROM segments sg JOIN latest l ON l.id = sg.analysis_id JOIN wave w ON w.id = l.wave_id
      JOIN drivers dr ON dr.analysis_id = l.id
      LEFT JOIN mentions mt ON mt.analysis_id = sg.analysis_id AND mt.driver_role = dr.driver_role AND mt.driver_key = dr.driver_key
        AND mt.seg = sg.seg`);
    await q.query(
      `COMMENT ON VIEW bi.driver_prevalence_by_segment IS
      'Each driver of the codings under the latest completed analysis of each wave, as the stated, the root or either driver ` +
        `(driver_role), by segment: band (NULL: every band) x attribute value (attribute NULL: the whole wave); sessions = coded ` +
        `interviews of the segment naming it, segment_sessions = coded interviews of the segment. Under the reader''s min_n coded ` +
        `interviews: counts and share NULL, suppressed true.'`,
    );

    await q.query(`GRANT SELECT ON bi.segment_nps_by_attribute, bi.theme_prevalence_by_segment, bi.driver_prevalence_by_segment
      TO ladder_bi_reader`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW bi.driver_prevalence_by_segment, bi.theme_prevalence_by_segment, bi.segment_nps_by_attribute`);
    // The views as Insights1764200000000 made them: every workspace's rows to whoever may read them, nothing suppressed.
    await q.query(`DROP VIEW bi.theme_prevalence_by_wave`);
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
      'Each theme of the latest completed analysis of each wave, per band: interviews mentioning it (sessions) out of the band''s coded ` +
        `interviews (band_sessions).'`,
    );
    await q.query(`GRANT SELECT ON bi.theme_prevalence_by_wave TO ladder_bi_reader`);
    await q.query(`ALTER VIEW bi.segment_nps_by_wave RESET (security_barrier)`);
    await q.query(`
      CREATE OR REPLACE VIEW bi.segment_nps_by_day AS
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
    await q.query(`ALTER VIEW bi.segment_nps_by_day RESET (security_barrier)`);
    await q.query(`DROP TABLE bi_reader`);
  }
}
