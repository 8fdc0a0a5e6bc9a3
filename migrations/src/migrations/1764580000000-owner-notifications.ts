import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * People behind escalations and alerts (docs/decisions.md, "Owners and their emails").
 * - `owner_email` on escalations, alert rules (the default owner of their alerts) and alerts.
 * - `notification_preference`: per workspace and address, emails at once (`none`) or gathered
 *   into one daily digest at `digest_hour` UTC (`daily`).
 * - `owner_notification`: the outbox of emails to owners, one row per event and recipient; the
 *   worker's fielding dispatcher sends every due row of one recipient as one email (a digest is
 *   rows due at the same hour). `ladder_queue_owner_notification` is the one way to queue: it
 *   reads the recipient's preference for the due time, so the API and the worker queue alike.
 */
export class OwnerNotifications1764580000000 implements MigrationInterface {
  name = 'OwnerNotifications1764580000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE escalation ADD COLUMN owner_email text`);
    await q.query(`ALTER TABLE alert_rule ADD COLUMN owner_email text`);
    await q.query(`ALTER TABLE alert ADD COLUMN owner_email text`);
    await q.query(`
      CREATE TABLE notification_preference (
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        email text NOT NULL,
        digest text NOT NULL CHECK (digest IN ('none', 'daily')),
        digest_hour smallint NOT NULL DEFAULT 8 CHECK (digest_hour BETWEEN 0 AND 23),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, email)
      )`);
    await q.query(`
      CREATE TABLE owner_notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        email text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('alert.fired', 'alert.assigned', 'escalation.assigned')),
        subject_id uuid NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        link text,
        digest boolean NOT NULL,
        status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sending', 'sent', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        due_at timestamptz NOT NULL,
        lease_until timestamptz,
        sent_at timestamptz,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX owner_notification_due_idx ON owner_notification (due_at) WHERE status IN ('queued', 'sending')`);
    await q.query(`CREATE INDEX owner_notification_recipient_idx ON owner_notification (workspace_id, email, created_at DESC)`);
    await q.query(`
      CREATE FUNCTION ladder_queue_owner_notification(p_workspace uuid, p_email text, p_kind text, p_subject uuid, p_title text,
                                                      p_body text, p_link text) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        v_pref notification_preference%ROWTYPE;
        v_due timestamptz := now();
      BEGIN
        IF p_email IS NULL THEN RETURN; END IF;
        SELECT * INTO v_pref FROM notification_preference WHERE workspace_id = p_workspace AND email = p_email;
        IF FOUND AND v_pref.digest = 'daily' THEN
          -- The next digest hour (UTC) after now.
          v_due := date_trunc('day', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' + make_interval(hours => v_pref.digest_hour);
          IF v_due <= now() THEN v_due := v_due + interval '1 day'; END IF;
        END IF;
        INSERT INTO owner_notification (workspace_id, email, kind, subject_id, title, body, link, digest, due_at)
        VALUES (p_workspace, p_email, p_kind, p_subject, p_title, p_body, p_link, FOUND AND v_pref.digest = 'daily', v_due);
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION ladder_queue_owner_notification(uuid, text, text, uuid, text, text, text)`);
    await q.query(`DROP TABLE owner_notification`);
    await q.query(`DROP TABLE notification_preference`);
    await q.query(`ALTER TABLE alert DROP COLUMN owner_email`);
    await q.query(`ALTER TABLE alert_rule DROP COLUMN owner_email`);
    await q.query(`ALTER TABLE escalation DROP COLUMN owner_email`);
  }
}
