import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createFunctions } from './1764640000000-respondent-day.js';

/**
 * The per-day rollup keeps the three bands of an attribute combination and day in one row (`promoters`, `passives`,
 * `detractors`) instead of one row per band: at 1M respondents with 720 combinations 183k rows instead of 414k. What
 * reads it (the alert evaluator's whole days, rolling NPS grouped by several attributes) extracts the attribute keys
 * from each row's jsonb, which is most of its cost (bench:analytics, alert evaluation: 90.7 -> 72.7-76.1 ms at the
 * median; docs/benchmarks.md).
 *
 * Kept by the same deferred fold (migration 1764640000000), whose day part now pivots the transaction's deltas per
 * day and attribute combination: groups with no negative count are upserted (added to the row, in key order, as
 * before), the others update the existing row (a negative count means a respondent left that row, so it exists);
 * rows whose three counts reach 0 are deleted by key. Rebuilt from the respondent rows, as the first backfill was.
 */
const DAYS = `
      WITH d AS (
        DELETE FROM respondent_cube_delta WHERE workspace_id = NEW.workspace_id AND wave_id = NEW.wave_id RETURNING day, attributes, band, n
      ), g AS (
        SELECT day, attributes::text AS a,
               coalesce(sum(n) FILTER (WHERE band = 'promoter'), 0)::int AS p,
               coalesce(sum(n) FILTER (WHERE band = 'passive'), 0)::int AS pa,
               coalesce(sum(n) FILTER (WHERE band = 'detractor'), 0)::int AS d
        FROM d GROUP BY day, attributes::text
      ), increments AS (
        INSERT INTO respondent_day AS r (workspace_id, study_id, wave_id, day, attributes, promoters, passives, detractors)
        SELECT NEW.workspace_id, w.study_id, NEW.wave_id, g.day, g.a::jsonb, g.p, g.pa, g.d
        FROM g JOIN wave w ON w.id = NEW.wave_id WHERE g.p >= 0 AND g.pa >= 0 AND g.d >= 0 AND g.p + g.pa + g.d > 0
        ORDER BY g.day, respondent_cube_key(g.a::jsonb)
        ON CONFLICT (workspace_id, wave_id, day, attributes_key) DO UPDATE
          SET promoters = r.promoters + excluded.promoters, passives = r.passives + excluded.passives,
              detractors = r.detractors + excluded.detractors
      ), decrements AS (
        UPDATE respondent_day r SET promoters = r.promoters + g.p, passives = r.passives + g.pa, detractors = r.detractors + g.d
        FROM g
        WHERE (g.p < 0 OR g.pa < 0 OR g.d < 0) AND r.workspace_id = NEW.workspace_id AND r.wave_id = NEW.wave_id AND r.day = g.day
          AND r.attributes_key = respondent_cube_key(g.a::jsonb)
        RETURNING r.day, r.attributes_key, r.promoters + r.passives + r.detractors AS n
      )
      SELECT coalesce(array_agg(day), '{}'), coalesce(array_agg(attributes_key), '{}')
      INTO zero_days, zero_keys FROM decrements WHERE n = 0;
      DELETE FROM respondent_day r USING unnest(zero_days, zero_keys) AS z(day, k)
      WHERE r.workspace_id = NEW.workspace_id AND r.wave_id = NEW.wave_id AND r.day = z.day AND r.attributes_key = z.k
        AND r.promoters = 0 AND r.passives = 0 AND r.detractors = 0;
      IF NOT EXISTS (SELECT 1 FROM wave w WHERE w.id = NEW.wave_id) THEN
        DELETE FROM respondent_day r WHERE r.workspace_id = NEW.workspace_id AND r.wave_id = NEW.wave_id;
      END IF;`;

const COMMENT =
  `COMMENT ON TABLE respondent_day IS
  'Respondents per wave, UTC response day and attribute combination, one count per band, ` +
  `kept by triggers on respondent (with respondent_cube).'`;

export class RespondentDayBands1764720000000 implements MigrationInterface {
  name = 'RespondentDayBands1764720000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`LOCK TABLE respondent IN SHARE ROW EXCLUSIVE MODE`);
    await q.query(`DROP TABLE respondent_day`);
    await q.query(`
      CREATE TABLE respondent_day (
        workspace_id uuid NOT NULL,
        study_id uuid NOT NULL,
        wave_id uuid NOT NULL,
        day date NOT NULL,
        attributes jsonb NOT NULL,
        attributes_key uuid GENERATED ALWAYS AS (respondent_cube_key(attributes)) STORED,
        promoters integer NOT NULL CHECK (promoters >= 0),
        passives integer NOT NULL CHECK (passives >= 0),
        detractors integer NOT NULL CHECK (detractors >= 0),
        PRIMARY KEY (workspace_id, wave_id, day, attributes_key)
      )`);
    await q.query(`CREATE INDEX respondent_day_study_idx ON respondent_day (workspace_id, study_id, day)`);
    await q.query(COMMENT);
    await createFunctions(q, true, DAYS);
    await q.query(`
      INSERT INTO respondent_day (workspace_id, study_id, wave_id, day, attributes, promoters, passives, detractors)
      SELECT r.workspace_id, w.study_id, r.wave_id, (r.responded_at AT TIME ZONE 'UTC')::date, r.attributes::text::jsonb,
             count(*) FILTER (WHERE r.band = 'promoter'), count(*) FILTER (WHERE r.band = 'passive'),
             count(*) FILTER (WHERE r.band = 'detractor')
      FROM respondent r JOIN wave w ON w.id = r.wave_id
      GROUP BY r.workspace_id, w.study_id, r.wave_id, (r.responded_at AT TIME ZONE 'UTC')::date, r.attributes::text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`LOCK TABLE respondent IN SHARE ROW EXCLUSIVE MODE`);
    await q.query(`ALTER TABLE respondent_day RENAME TO respondent_day_bands`);
    await q.query(`ALTER INDEX respondent_day_study_idx RENAME TO respondent_day_bands_study_idx`);
    await q.query(`ALTER TABLE respondent_day_bands RENAME CONSTRAINT respondent_day_pkey TO respondent_day_bands_pkey`);
    await q.query(`
      CREATE TABLE respondent_day (
        workspace_id uuid NOT NULL,
        study_id uuid NOT NULL,
        wave_id uuid NOT NULL,
        day date NOT NULL,
        attributes jsonb NOT NULL,
        attributes_key uuid GENERATED ALWAYS AS (respondent_cube_key(attributes)) STORED,
        band text NOT NULL CHECK (band IN ('detractor', 'passive', 'promoter')),
        n integer NOT NULL CHECK (n >= 0),
        PRIMARY KEY (workspace_id, wave_id, day, attributes_key, band)
      )`);
    await q.query(`
      INSERT INTO respondent_day (workspace_id, study_id, wave_id, day, attributes, band, n)
      SELECT b.workspace_id, b.study_id, b.wave_id, b.day, b.attributes, x.band, x.n
      FROM respondent_day_bands b
      CROSS JOIN LATERAL (VALUES ('promoter', b.promoters), ('passive', b.passives), ('detractor', b.detractors)) AS x(band, n)
      WHERE x.n > 0`);
    await q.query(`DROP TABLE respondent_day_bands`);
    await q.query(`CREATE INDEX respondent_day_study_idx ON respondent_day (workspace_id, study_id, day)`);
    await q.query(`COMMENT ON TABLE respondent_day IS
      'Respondents per wave, UTC response day, attribute combination and band, kept by triggers on respondent (with respondent_cube).'`);
    await createFunctions(q, true);
  }
}
