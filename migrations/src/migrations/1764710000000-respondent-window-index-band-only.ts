import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The range index of migration 1764590000000 carried `attributes` so the alert evaluator's count was an index-only
 * scan; but a btree entry holds at most 2,704 bytes, and attributes are free CSV columns (up to 100 of up to 1,000
 * characters each): a respondent whose attributes do not compress under that size could not be stored at all ("index
 * row size exceeds btree version 4 maximum"). Since migration 1764640000000 the evaluator reads whole days from the
 * per-day rollup and only its edge days from the rows (a few thousand at 1M respondents), so the index goes back to
 * carrying the band only: every respondent the import accepts fits. Going down rebuilds the wide index, which fails
 * while such a respondent exists.
 */
export class RespondentWindowIndexBandOnly1764710000000 implements MigrationInterface {
  name = 'RespondentWindowIndexBandOnly1764710000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX respondent_wave_responded_idx`);
    await q.query(`CREATE INDEX respondent_wave_responded_idx ON respondent (workspace_id, wave_id, responded_at) INCLUDE (band)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX respondent_wave_responded_idx`);
    await q.query(
      `CREATE INDEX respondent_wave_responded_idx ON respondent (workspace_id, wave_id, responded_at) INCLUDE (band, attributes)`,
    );
  }
}
