import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One firing alert per rule and segment was a unique index on the segment key itself, a jsonb of the segment's
 * attribute values; a btree entry holds at most 2,704 bytes and a value may be 1,000 characters (four of them in a
 * key), so an alert on a segment of long values could not be written and its rule's evaluation failed at every pass.
 * The index now holds a hash of the key, with the same uniqueness.
 */
export class AlertSegmentKeyIndex1764740000000 implements MigrationInterface {
  name = 'AlertSegmentKeyIndex1764740000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX alert_one_firing_idx`);
    await q.query(`CREATE UNIQUE INDEX alert_one_firing_idx ON alert (rule_id, md5(segment_key::text)) WHERE status = 'firing'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX alert_one_firing_idx`);
    await q.query(`CREATE UNIQUE INDEX alert_one_firing_idx ON alert (rule_id, segment_key) WHERE status = 'firing'`);
  }
}
