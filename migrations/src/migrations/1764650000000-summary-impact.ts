import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The executive summary's actions carry their impact's uncertainty and their words apart (issue 18):
 * the 95% interval of the NPS gain, the interviews it rests on and the small-sample flag, the action
 * and its evidence, and who wrote them (the templates or the model). Actions of analyses completed
 * before have no interval (null): analysing the wave again writes it.
 */
export class SummaryImpact1764650000000 implements MigrationInterface {
  name = 'SummaryImpact1764650000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE summary_action
        ADD COLUMN impact_low real,
        ADD COLUMN impact_high real,
        ADD COLUMN impact_n integer,
        ADD COLUMN small_sample boolean,
        ADD COLUMN action text,
        ADD COLUMN evidence text,
        ADD COLUMN writer text CHECK (writer IN ('template', 'mistral')),
        ADD CONSTRAINT summary_action_interval_check
          CHECK (impact_low IS NULL OR (impact_low <= impact_points AND impact_points <= impact_high))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE summary_action DROP CONSTRAINT summary_action_interval_check, DROP COLUMN impact_low, DROP COLUMN impact_high,
        DROP COLUMN impact_n, DROP COLUMN small_sample, DROP COLUMN action, DROP COLUMN evidence, DROP COLUMN writer`);
  }
}
