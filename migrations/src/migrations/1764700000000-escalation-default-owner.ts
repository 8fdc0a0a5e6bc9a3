import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A study's default escalation owner: the address every escalation the interviewer raises in that study is given,
 * and emailed at once (`escalation.raised`), so a distress or legal escalation found at night has a person before
 * anyone opens the console. Null keeps escalations unowned until someone assigns them, as before.
 */
export class EscalationDefaultOwner1764700000000 implements MigrationInterface {
  name = 'EscalationDefaultOwner1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE study ADD COLUMN escalation_owner_email text
      CHECK (escalation_owner_email IS NULL OR escalation_owner_email = lower(btrim(escalation_owner_email)))`);
    await q.query(`ALTER TABLE owner_notification DROP CONSTRAINT owner_notification_kind_check`);
    await q.query(`ALTER TABLE owner_notification ADD CONSTRAINT owner_notification_kind_check
      CHECK (kind IN ('alert.fired', 'alert.assigned', 'escalation.assigned', 'escalation.raised', 'coding.agreement_dropped'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM owner_notification WHERE kind = 'escalation.raised'`);
    await q.query(`ALTER TABLE owner_notification DROP CONSTRAINT owner_notification_kind_check`);
    await q.query(`ALTER TABLE owner_notification ADD CONSTRAINT owner_notification_kind_check
      CHECK (kind IN ('alert.fired', 'alert.assigned', 'escalation.assigned', 'coding.agreement_dropped'))`);
    await q.query(`ALTER TABLE study DROP COLUMN escalation_owner_email`);
  }
}
