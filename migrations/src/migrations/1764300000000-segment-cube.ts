import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Segment cube: respondent counts per wave, attribute combination and band, so segment NPS reads
 * a few thousand rows instead of every respondent of a study. Kept exact by statement-level
 * triggers on `respondent` over transition tables: one grouped upsert per INSERT statement (an
 * import batch stays one statement), one grouped decrement per DELETE (also the cascade of a
 * deleted wave), the net difference per UPDATE. Writers of one wave take a transaction-scoped
 * advisory lock per wave first, so two imports into the same wave queue instead of deadlocking on
 * cube rows locked in different orders across their batches.
 *
 * Rows are keyed by a hash of the attributes' canonical jsonb text rather than by the jsonb itself:
 * attributes are free CSV columns, and a long value would exceed the btree entry limit (~2.7 kB).
 */
export class SegmentCube1764300000000 implements MigrationInterface {
  name = 'SegmentCube1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION respondent_cube_key(attributes jsonb) RETURNS uuid
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE RETURN md5(attributes::text)::uuid`);
    await q.query(`
      CREATE TABLE respondent_cube (
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        study_id uuid NOT NULL,
        wave_id uuid NOT NULL REFERENCES wave(id) ON DELETE CASCADE,
        attributes jsonb NOT NULL,
        attributes_key uuid GENERATED ALWAYS AS (respondent_cube_key(attributes)) STORED,
        band text NOT NULL CHECK (band IN ('detractor', 'passive', 'promoter')),
        n integer NOT NULL CHECK (n >= 0),
        PRIMARY KEY (workspace_id, wave_id, attributes_key, band)
      )`);
    await q.query(`CREATE INDEX respondent_cube_study_idx ON respondent_cube (workspace_id, study_id)`);
    await q.query(`COMMENT ON TABLE respondent_cube IS
      'Respondents per wave, attribute combination and band, maintained by triggers on respondent; segment NPS sums n.'`);
    // Writers are held off until the triggers exist and the backfill is done, all in this transaction.
    await q.query(`LOCK TABLE respondent IN SHARE ROW EXCLUSIVE MODE`);
    await q.query(`
      CREATE FUNCTION respondent_cube_lock(wave_ids uuid[]) RETURNS void LANGUAGE sql AS $$
        SELECT pg_advisory_xact_lock(hashtext('respondent_cube'), hashtext(id::text))
        FROM (SELECT DISTINCT id FROM unnest(wave_ids) AS u(id) ORDER BY id) w
      $$`);
    await q.query(`
      CREATE FUNCTION respondent_cube_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM respondent_cube_lock(ARRAY(SELECT DISTINCT wave_id FROM new_rows));
        INSERT INTO respondent_cube AS c (workspace_id, study_id, wave_id, attributes, band, n)
        SELECT r.workspace_id, w.study_id, r.wave_id, r.attributes::text::jsonb, r.band, count(*)
        FROM new_rows r JOIN wave w ON w.id = r.wave_id
        GROUP BY r.workspace_id, w.study_id, r.wave_id, r.attributes::text, r.band
        ON CONFLICT (workspace_id, wave_id, attributes_key, band) DO UPDATE SET n = c.n + excluded.n;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION respondent_cube_delete() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM respondent_cube_lock(ARRAY(SELECT DISTINCT wave_id FROM old_rows));
        -- Decrements only: when a wave is deleted its cube rows may already be gone with it.
        UPDATE respondent_cube c SET n = c.n - d.n
        FROM (SELECT workspace_id, wave_id, respondent_cube_key(attributes) AS k, band, count(*) AS n
              FROM old_rows GROUP BY 1, 2, 3, 4) d
        WHERE c.workspace_id = d.workspace_id AND c.wave_id = d.wave_id AND c.attributes_key = d.k AND c.band = d.band;
        DELETE FROM respondent_cube c USING (SELECT DISTINCT workspace_id, wave_id FROM old_rows) o
        WHERE c.workspace_id = o.workspace_id AND c.wave_id = o.wave_id AND c.n = 0;
        RETURN NULL;
      END $$`);
    // Updates (of scores, attributes, waves) are rare; the net change per cube row is applied.
    const delta = `WITH delta AS (
          SELECT workspace_id, wave_id, attributes::text::jsonb AS attributes, band, sum(s) AS n FROM (
            SELECT workspace_id, wave_id, attributes, band, -1 AS s FROM old_rows
            UNION ALL SELECT workspace_id, wave_id, attributes, band, 1 FROM new_rows) x
          GROUP BY workspace_id, wave_id, attributes::text, band HAVING sum(s) <> 0)`;
    await q.query(`
      CREATE FUNCTION respondent_cube_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM respondent_cube_lock(ARRAY(SELECT wave_id FROM old_rows UNION SELECT wave_id FROM new_rows));
        ${delta}
        INSERT INTO respondent_cube AS c (workspace_id, study_id, wave_id, attributes, band, n)
        SELECT d.workspace_id, w.study_id, d.wave_id, d.attributes, d.band, d.n
        FROM delta d JOIN wave w ON w.id = d.wave_id WHERE d.n > 0
        ON CONFLICT (workspace_id, wave_id, attributes_key, band) DO UPDATE SET n = c.n + excluded.n;
        ${delta}
        UPDATE respondent_cube c SET n = c.n + d.n FROM delta d
        WHERE d.n < 0 AND c.workspace_id = d.workspace_id AND c.wave_id = d.wave_id
          AND c.attributes_key = respondent_cube_key(d.attributes) AND c.band = d.band;
        DELETE FROM respondent_cube c USING (SELECT DISTINCT workspace_id, wave_id FROM old_rows) o
        WHERE c.workspace_id = o.workspace_id AND c.wave_id = o.wave_id AND c.n = 0;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE FUNCTION respondent_cube_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN DELETE FROM respondent_cube; RETURN NULL; END $$`);
    await q.query(`CREATE TRIGGER respondent_cube_insert AFTER INSERT ON respondent
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION respondent_cube_insert()`);
    await q.query(`CREATE TRIGGER respondent_cube_delete AFTER DELETE ON respondent
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION respondent_cube_delete()`);
    await q.query(`CREATE TRIGGER respondent_cube_update AFTER UPDATE ON respondent
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION respondent_cube_update()`);
    await q.query(`CREATE TRIGGER respondent_cube_truncate AFTER TRUNCATE ON respondent
      FOR EACH STATEMENT EXECUTE FUNCTION respondent_cube_truncate()`);
    await q.query(`
      INSERT INTO respondent_cube (workspace_id, study_id, wave_id, attributes, band, n)
      SELECT r.workspace_id, w.study_id, r.wave_id, r.attributes::text::jsonb, r.band, count(*)
      FROM respondent r JOIN wave w ON w.id = r.wave_id
      GROUP BY r.workspace_id, w.study_id, r.wave_id, r.attributes::text, r.band`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['insert', 'delete', 'update', 'truncate']) {
      await q.query(`DROP TRIGGER respondent_cube_${t} ON respondent`);
      await q.query(`DROP FUNCTION respondent_cube_${t}()`);
    }
    await q.query(`DROP FUNCTION respondent_cube_lock(uuid[])`);
    await q.query(`DROP TABLE respondent_cube`);
    await q.query(`DROP FUNCTION respondent_cube_key(jsonb)`);
  }
}
