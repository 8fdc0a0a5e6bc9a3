import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Segment cube: respondent counts per wave, attribute combination and band, so segment NPS reads
 * a few thousand rows instead of every respondent of a study.
 *
 * Kept exact by triggers on `respondent`, in two steps, because upserting the cube after every
 * import batch doubled import time (each batch of 1,000 rows touches ~700 cube rows, and the same
 * rows again in every later batch of the transaction):
 * 1. a statement-level trigger per INSERT / DELETE / UPDATE groups its transition table and appends
 *    the signed counts to `respondent_cube_delta` (unlogged: its rows never outlive their
 *    transaction), and marks the wave in `respondent_cube_pending` once per transaction;
 * 2. a deferred constraint trigger on that mark folds the transaction's deltas of the wave into the
 *    cube at commit: one grouped statement per wave and transaction (increments upserted in key
 *    order, so concurrent commits lock cube rows in the same order; decrements updated; rows at 0
 *    deleted). Other sessions never see unfolded deltas.
 * A deleted wave's cube rows go at the same point (no foreign key: the cascade of respondents
 * reaches the cube through the triggers).
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
        workspace_id uuid NOT NULL,
        study_id uuid NOT NULL,
        wave_id uuid NOT NULL,
        attributes jsonb NOT NULL,
        attributes_key uuid GENERATED ALWAYS AS (respondent_cube_key(attributes)) STORED,
        band text NOT NULL CHECK (band IN ('detractor', 'passive', 'promoter')),
        n integer NOT NULL CHECK (n >= 0),
        PRIMARY KEY (workspace_id, wave_id, attributes_key, band)
      )`);
    await q.query(`CREATE INDEX respondent_cube_study_idx ON respondent_cube (workspace_id, study_id)`);
    await q.query(`COMMENT ON TABLE respondent_cube IS
      'Respondents per wave, attribute combination and band, maintained by triggers on respondent; segment NPS sums n.'`);
    await q.query(`
      CREATE UNLOGGED TABLE respondent_cube_delta (
        workspace_id uuid NOT NULL, wave_id uuid NOT NULL, attributes jsonb NOT NULL, band text NOT NULL, n integer NOT NULL
      )`);
    await q.query(`CREATE INDEX respondent_cube_delta_wave_idx ON respondent_cube_delta (workspace_id, wave_id)`);
    await q.query(`
      CREATE UNLOGGED TABLE respondent_cube_pending (
        workspace_id uuid NOT NULL, wave_id uuid NOT NULL, xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
        PRIMARY KEY (workspace_id, wave_id, xid)
      )`);
    // Writers are held off until the triggers exist and the backfill is done, all in this transaction.
    await q.query(`LOCK TABLE respondent IN SHARE ROW EXCLUSIVE MODE`);
    await this.createFunctions(q);
    await q.query(`CREATE TRIGGER respondent_cube_insert AFTER INSERT ON respondent
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION respondent_cube_insert()`);
    await q.query(`CREATE TRIGGER respondent_cube_delete AFTER DELETE ON respondent
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION respondent_cube_delete()`);
    await q.query(`CREATE TRIGGER respondent_cube_update AFTER UPDATE ON respondent
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION respondent_cube_update()`);
    await q.query(`CREATE TRIGGER respondent_cube_truncate AFTER TRUNCATE ON respondent
      FOR EACH STATEMENT EXECUTE FUNCTION respondent_cube_truncate()`);
    await q.query(`CREATE CONSTRAINT TRIGGER respondent_cube_fold AFTER INSERT ON respondent_cube_pending
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION respondent_cube_fold()`);
    await q.query(`
      INSERT INTO respondent_cube (workspace_id, study_id, wave_id, attributes, band, n)
      SELECT r.workspace_id, w.study_id, r.wave_id, r.attributes::text::jsonb, r.band, count(*)
      FROM respondent r JOIN wave w ON w.id = r.wave_id
      GROUP BY r.workspace_id, w.study_id, r.wave_id, r.attributes::text, r.band`);
  }

  private async createFunctions(q: QueryRunner): Promise<void> {
    // Grouped on the attributes' text, so two jsonb values that compare equal but print apart
    // (1 and 1.0) stay two cube rows, as they are two groups of attributes->>'key'.
    const append = (rows: string, sign: string) => `
        INSERT INTO respondent_cube_delta (workspace_id, wave_id, attributes, band, n)
        SELECT workspace_id, wave_id, attributes::text::jsonb, band, ${sign}count(*) FROM ${rows}
        GROUP BY workspace_id, wave_id, attributes::text, band;
        INSERT INTO respondent_cube_pending (workspace_id, wave_id)
        SELECT DISTINCT workspace_id, wave_id FROM ${rows} ON CONFLICT DO NOTHING;`;
    const trigger = (name: string, body: string) =>
      q.query(`CREATE FUNCTION respondent_cube_${name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${body} RETURN NULL; END $$`);
    await trigger('insert', append('new_rows', ''));
    await trigger('delete', append('old_rows', '-'));
    await trigger('update', append('old_rows', '-') + append('new_rows', ''));
    await trigger('truncate', 'DELETE FROM respondent_cube; DELETE FROM respondent_cube_delta;');
    await trigger(
      'fold',
      `
        WITH d AS (
          DELETE FROM respondent_cube_delta WHERE workspace_id = NEW.workspace_id AND wave_id = NEW.wave_id RETURNING attributes, band, n
        ), g AS (
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
          AND (c.n = 0 OR NOT EXISTS (SELECT 1 FROM wave w WHERE w.id = NEW.wave_id));
        DELETE FROM respondent_cube_pending p WHERE p.workspace_id = NEW.workspace_id AND p.wave_id = NEW.wave_id AND p.xid = NEW.xid;`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER respondent_cube_fold ON respondent_cube_pending`);
    for (const t of ['insert', 'delete', 'update', 'truncate']) await q.query(`DROP TRIGGER respondent_cube_${t} ON respondent`);
    for (const t of ['insert', 'delete', 'update', 'truncate', 'fold']) await q.query(`DROP FUNCTION respondent_cube_${t}()`);
    await q.query(`DROP TABLE respondent_cube_pending, respondent_cube_delta, respondent_cube`);
    await q.query(`DROP FUNCTION respondent_cube_key(jsonb)`);
  }
}
