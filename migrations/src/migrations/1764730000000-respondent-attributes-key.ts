import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The alert evaluator's count without reading a row of `respondent` or of `respondent_day` from the table: each respondent
 * carries the key of its attribute combination (`attributes_key`, the hash the rollups are keyed by, generated), the
 * range index carries it with the band (16 bytes: the index fits any respondent, unlike the attributes themselves,
 * migration 1764710000000), and the per-day rollup's primary key carries the three counts. The evaluator sums the
 * counts per combination key from those two indexes alone and reads each combination's attributes once, from the
 * cube (`sideCountStatement`): at 1M respondents 27k index entries and 720 lookups instead of 27k rows with their jsonb.
 *
 * Adding a stored generated column rewrites `respondent` (about 25 s at 1M rows); the rollup's key becomes a covering
 * one, so a change of counts writes a new index entry (no HOT update), which the fold's few rows per commit afford.
 */
export class RespondentAttributesKey1764730000000 implements MigrationInterface {
  name = 'RespondentAttributesKey1764730000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE respondent ADD COLUMN attributes_key uuid GENERATED ALWAYS AS (respondent_cube_key(attributes)) STORED`);
    await q.query(`DROP INDEX respondent_wave_responded_idx`);
    await q.query(
      `CREATE INDEX respondent_wave_responded_idx ON respondent (workspace_id, wave_id, responded_at) INCLUDE (band, attributes_key)`,
    );
    await q.query(`ALTER TABLE respondent_day DROP CONSTRAINT respondent_day_pkey,
      ADD PRIMARY KEY (workspace_id, wave_id, day, attributes_key) INCLUDE (promoters, passives, detractors)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE respondent_day DROP CONSTRAINT respondent_day_pkey, ADD PRIMARY KEY (workspace_id, wave_id, day, attributes_key)`,
    );
    await q.query(`DROP INDEX respondent_wave_responded_idx`);
    await q.query(`CREATE INDEX respondent_wave_responded_idx ON respondent (workspace_id, wave_id, responded_at) INCLUDE (band)`);
    await q.query(`ALTER TABLE respondent DROP COLUMN attributes_key`);
  }
}
