import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Per-day rollup: respondent counts per wave, UTC day of the response (`responded_at`), attribute
 * combination and band, the segment cube's dimensions plus the day. Rolling NPS windows (UTC
 * calendar days) and the alert evaluator's whole days read it instead of the respondent rows.
 *
 * Kept exact by the segment cube's machinery (migration 1764300000000), extended rather than
 * doubled: the statement-level triggers on `respondent` now group their transition tables by the
 * day as well and append to the same delta table, and the deferred fold folds the transaction's
 * deltas of a wave into the cube (ignoring the day) and into `respondent_day`, at commit. An UPDATE
 * is a decrement of the old row and an increment of the new one, so a changed score, attributes,
 * wave or response date (re-import, ingest upsert) moves the count; a DELETE (erasure, a deleted
 * wave's cascade) removes it; rows reaching 0 are deleted (by their keys: a wave holds many days).
 *
 * `respondent_day_value` keeps the same per day and single attribute value (`attribute` '' and
 * `value` '' hold every respondent): at 1M respondents with 720 attribute combinations the per-day
 * rollup still holds ~400k rows, while a rolling NPS by one attribute needs a few thousand; those
 * without the attribute are the whole minus its values. Keyed by hashes of the texts (free CSV
 * columns and values may exceed a btree entry).
 */
/** Attributes that are not a JSON object (no constraint forbids it) have no attribute values: attributes->>'key' is null. */
const objectOf = (attributes: string) => `CASE WHEN jsonb_typeof(${attributes}) = 'object' THEN ${attributes} ELSE '{}'::jsonb END`;

export class RespondentDay1764640000000 implements MigrationInterface {
  name = 'RespondentDay1764640000000';

  async up(q: QueryRunner): Promise<void> {
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
    await q.query(`CREATE INDEX respondent_day_study_idx ON respondent_day (workspace_id, study_id, day)`);
    await q.query(`COMMENT ON TABLE respondent_day IS
      'Respondents per wave, UTC response day, attribute combination and band, kept by triggers on respondent (with respondent_cube).'`);
    await q.query(`
      CREATE TABLE respondent_day_value (
        workspace_id uuid NOT NULL,
        study_id uuid NOT NULL,
        wave_id uuid NOT NULL,
        day date NOT NULL,
        attribute text NOT NULL,
        value text NOT NULL,
        attribute_key uuid GENERATED ALWAYS AS (md5(attribute)::uuid) STORED,
        value_key uuid GENERATED ALWAYS AS (md5(value)::uuid) STORED,
        band text NOT NULL CHECK (band IN ('detractor', 'passive', 'promoter')),
        n integer NOT NULL CHECK (n >= 0),
        PRIMARY KEY (workspace_id, wave_id, day, attribute_key, value_key, band)
      )`);
    await q.query(`CREATE INDEX respondent_day_value_study_idx ON respondent_day_value (workspace_id, study_id, attribute_key)`);
    await q.query(`COMMENT ON TABLE respondent_day_value IS
      'Respondents per wave, UTC response day, attribute value and band (attribute '''': all), kept by triggers on respondent.'`);
    await q.query(`LOCK TABLE respondent IN SHARE ROW EXCLUSIVE MODE`);
    await q.query(`ALTER TABLE respondent_cube_delta ADD COLUMN day date`);
    await createFunctions(q, true);
    await q.query(`
      INSERT INTO respondent_day (workspace_id, study_id, wave_id, day, attributes, band, n)
      SELECT r.workspace_id, w.study_id, r.wave_id, (r.responded_at AT TIME ZONE 'UTC')::date, r.attributes::text::jsonb, r.band, count(*)
      FROM respondent r JOIN wave w ON w.id = r.wave_id
      GROUP BY r.workspace_id, w.study_id, r.wave_id, (r.responded_at AT TIME ZONE 'UTC')::date, r.attributes::text, r.band`);
    await q.query(`
      INSERT INTO respondent_day_value (workspace_id, study_id, wave_id, day, attribute, value, band, n)
      SELECT d.workspace_id, d.study_id, d.wave_id, d.day, e.key, e.value, d.band, sum(d.n)
      FROM respondent_day d CROSS JOIN LATERAL jsonb_each_text(${objectOf('d.attributes')}) e
      WHERE e.key <> '' AND e.value IS NOT NULL
      GROUP BY d.workspace_id, d.study_id, d.wave_id, d.day, e.key, e.value, d.band
      UNION ALL
      SELECT d.workspace_id, d.study_id, d.wave_id, d.day, '', '', d.band, sum(d.n)
      FROM respondent_day d GROUP BY d.workspace_id, d.study_id, d.wave_id, d.day, d.band`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`LOCK TABLE respondent IN SHARE ROW EXCLUSIVE MODE`);
    await createFunctions(q, false);
    await q.query(`ALTER TABLE respondent_cube_delta DROP COLUMN day`);
    await q.query(`DROP TABLE respondent_day_value, respondent_day`);
  }
}

/**
 * The cube's trigger functions, with the day rollup (`withDay`) or as migration 1764300000000 made them. `daysSql`
 * replaces the fold's statements for `respondent_day` (migration 1764720000000 keeps the bands in columns); they may
 * use the fold's variables `zero_days` and `zero_keys`.
 */
export async function createFunctions(q: QueryRunner, withDay: boolean, daysSql?: string): Promise<void> {
  const day = `(responded_at AT TIME ZONE 'UTC')::date`;
  const append = (rows: string, sign: string) => `
      INSERT INTO respondent_cube_delta (workspace_id, wave_id, ${withDay ? 'day, ' : ''}attributes, band, n)
      SELECT workspace_id, wave_id, ${withDay ? `${day}, ` : ''}attributes::text::jsonb, band, ${sign}count(*) FROM ${rows}
      GROUP BY workspace_id, wave_id, ${withDay ? `${day}, ` : ''}attributes::text, band;
      INSERT INTO respondent_cube_pending (workspace_id, wave_id)
      SELECT DISTINCT workspace_id, wave_id FROM ${rows} ON CONFLICT DO NOTHING;`;
  const trigger = (name: string, body: string, declare = '') =>
    q.query(
      `CREATE OR REPLACE FUNCTION respondent_cube_${name}() RETURNS trigger LANGUAGE plpgsql
       AS $$ ${declare} BEGIN ${body} RETURN NULL; END $$`,
    );
  await trigger('insert', append('new_rows', ''));
  await trigger('delete', append('old_rows', '-'));
  await trigger('update', append('old_rows', '-') + append('new_rows', ''));
  await trigger(
    'truncate',
    ['respondent_cube', ...(withDay ? ['respondent_day', 'respondent_day_value'] : []), 'respondent_cube_delta']
      .map((t) => `DELETE FROM ${t};`)
      .join(' '),
  );
  // The cube reads the deltas (summed over days); the day rollup then takes them out of the table.
  const wave = 'workspace_id = NEW.workspace_id AND wave_id = NEW.wave_id';
  const readDeltas = `SELECT attributes, band, n FROM respondent_cube_delta WHERE ${wave}`;
  const takeDeltas = `DELETE FROM respondent_cube_delta WHERE ${wave} RETURNING attributes, band, n`;
  const cube = `
      WITH d AS (${withDay ? readDeltas : takeDeltas}),
      g AS (
        SELECT attributes::text AS a, band, sum(n) AS n FROM d GROUP BY attributes::text, band HAVING sum(n) <> 0
      ), decrements AS (
        UPDATE respondent_cube c SET n = c.n + g.n FROM g
        WHERE g.n < 0 AND c.workspace_id = NEW.workspace_id AND c.wave_id = NEW.wave_id
          AND c.attributes_key = respondent_cube_key(g.a::jsonb) AND c.band = g.band
      )
      INSERT INTO respondent_cube AS c (workspace_id, study_id, wave_id, attributes, band, n)
      SELECT NEW.workspace_id, w.study_id, NEW.wave_id, g.a::jsonb, g.band, g.n
      FROM g JOIN wave w ON w.id = NEW.wave_id WHERE g.n > 0
      ORDER BY respondent_cube_key(g.a::jsonb), g.band
      ON CONFLICT (workspace_id, wave_id, attributes_key, band) DO UPDATE SET n = c.n + excluded.n;
      DELETE FROM respondent_cube c WHERE c.workspace_id = NEW.workspace_id AND c.wave_id = NEW.wave_id
        AND (c.n = 0 OR NOT EXISTS (SELECT 1 FROM wave w WHERE w.id = NEW.wave_id));`;
  // Rows a decrement brought to 0 are collected and deleted by key in a second statement (a statement may not
  // update and delete the same row); a wave's rows are not scanned at every commit, as it may hold many days.
  const days = `
      WITH d AS (
        DELETE FROM respondent_cube_delta WHERE workspace_id = NEW.workspace_id AND wave_id = NEW.wave_id RETURNING day, attributes, band, n
      ), g AS (
        SELECT day, attributes::text AS a, band, sum(n)::int AS n FROM d GROUP BY day, attributes::text, band HAVING sum(n) <> 0
      ), increments AS (
        INSERT INTO respondent_day AS r (workspace_id, study_id, wave_id, day, attributes, band, n)
        SELECT NEW.workspace_id, w.study_id, NEW.wave_id, g.day, g.a::jsonb, g.band, g.n
        FROM g JOIN wave w ON w.id = NEW.wave_id WHERE g.n > 0
        ORDER BY g.day, respondent_cube_key(g.a::jsonb), g.band
        ON CONFLICT (workspace_id, wave_id, day, attributes_key, band) DO UPDATE SET n = r.n + excluded.n
      ), decrements AS (
        UPDATE respondent_day r SET n = r.n + g.n FROM g
        WHERE g.n < 0 AND r.workspace_id = NEW.workspace_id AND r.wave_id = NEW.wave_id AND r.day = g.day
          AND r.attributes_key = respondent_cube_key(g.a::jsonb) AND r.band = g.band
        RETURNING r.day, r.attributes_key, r.band, r.n
      )
      SELECT coalesce(array_agg(day), '{}'), coalesce(array_agg(attributes_key), '{}'), coalesce(array_agg(band), '{}')
      INTO zero_days, zero_keys, zero_bands FROM decrements WHERE n = 0;
      DELETE FROM respondent_day r USING unnest(zero_days, zero_keys, zero_bands) AS z(day, k, band)
      WHERE r.workspace_id = NEW.workspace_id AND r.wave_id = NEW.wave_id AND r.day = z.day AND r.attributes_key = z.k
        AND r.band = z.band AND r.n = 0;
      IF NOT EXISTS (SELECT 1 FROM wave w WHERE w.id = NEW.wave_id) THEN
        DELETE FROM respondent_day r WHERE r.workspace_id = NEW.workspace_id AND r.wave_id = NEW.wave_id;
      END IF;`;
  // Per attribute value: each delta row counts once for each attribute it has (JSON nulls and a key '' left out, as
  // attributes->>'key' is null for them) and once for the whole (attribute '' value '').
  const values = `
      WITH d AS (SELECT day, attributes, band, n FROM respondent_cube_delta WHERE ${wave}),
      g AS (
        SELECT day, e.key AS attribute, e.value, band, sum(n)::int AS n
        FROM d CROSS JOIN LATERAL jsonb_each_text(${objectOf('d.attributes')}) e WHERE e.key <> '' AND e.value IS NOT NULL
        GROUP BY day, e.key, e.value, band HAVING sum(n) <> 0
        UNION ALL
        SELECT day, '', '', band, sum(n)::int FROM d GROUP BY day, band HAVING sum(n) <> 0
      ), increments AS (
        INSERT INTO respondent_day_value AS r (workspace_id, study_id, wave_id, day, attribute, value, band, n)
        SELECT NEW.workspace_id, w.study_id, NEW.wave_id, g.day, g.attribute, g.value, g.band, g.n
        FROM g JOIN wave w ON w.id = NEW.wave_id WHERE g.n > 0
        ORDER BY g.day, md5(g.attribute)::uuid, md5(g.value)::uuid, g.band
        ON CONFLICT (workspace_id, wave_id, day, attribute_key, value_key, band) DO UPDATE SET n = r.n + excluded.n
      ), decrements AS (
        UPDATE respondent_day_value r SET n = r.n + g.n FROM g
        WHERE g.n < 0 AND r.workspace_id = NEW.workspace_id AND r.wave_id = NEW.wave_id AND r.day = g.day
          AND r.attribute_key = md5(g.attribute)::uuid AND r.value_key = md5(g.value)::uuid AND r.band = g.band
        RETURNING r.day, r.attribute_key, r.value_key, r.band, r.n
      )
      SELECT coalesce(array_agg(day), '{}'), coalesce(array_agg(attribute_key), '{}'), coalesce(array_agg(value_key), '{}'),
             coalesce(array_agg(band), '{}')
      INTO zero_days, zero_keys, zero_values, zero_bands FROM decrements WHERE n = 0;
      DELETE FROM respondent_day_value r USING unnest(zero_days, zero_keys, zero_values, zero_bands) AS z(day, k, v, band)
      WHERE r.workspace_id = NEW.workspace_id AND r.wave_id = NEW.wave_id AND r.day = z.day AND r.attribute_key = z.k
        AND r.value_key = z.v AND r.band = z.band AND r.n = 0;
      IF NOT EXISTS (SELECT 1 FROM wave w WHERE w.id = NEW.wave_id) THEN
        DELETE FROM respondent_day_value r WHERE r.workspace_id = NEW.workspace_id AND r.wave_id = NEW.wave_id;
      END IF;`;
  await trigger(
    'fold',
    `${cube}${withDay ? values + (daysSql ?? days) : ''}
      DELETE FROM respondent_cube_pending p WHERE p.workspace_id = NEW.workspace_id AND p.wave_id = NEW.wave_id AND p.xid = NEW.xid;`,
    withDay ? 'DECLARE zero_days date[]; zero_keys uuid[]; zero_values uuid[]; zero_bands text[];' : '',
  );
}
