import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A transcript coding's competitors are the products or vendors the respondent named; a generic
 * reference ("another vendor", "alternatives") is `competitor_mentioned` without a name. Codings
 * stored before held either in `competitors`, so a non-empty list counts as a mention (their
 * generic words stay in the list: see docs/decisions.md, "Coder: competitors").
 * `root_note` says why a coding has no root driver when the respondent reached a root the
 * taxonomy has no close driver for.
 */
export class CodingCompetitors1764550000000 implements MigrationInterface {
  name = 'CodingCompetitors1764550000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE transcript_coding ADD COLUMN competitor_mentioned boolean NOT NULL DEFAULT false, ADD COLUMN root_note text`,
    );
    await q.query(`UPDATE transcript_coding SET competitor_mentioned = true WHERE cardinality(competitors) > 0`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE transcript_coding DROP COLUMN root_note, DROP COLUMN competitor_mentioned`);
  }
}
