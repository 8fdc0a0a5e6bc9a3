import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Team accounts (docs/decisions.md, "Team accounts"): people sign in as themselves.
 * - `app_user`: one person, by address (stored trimmed and lower case, unique).
 * - `user_identity`: an external identity of a user for one workspace (an OIDC issuer and subject),
 *   for single sign-on; empty until SSO is configured.
 * - `workspace_member`: a user's role in a workspace (admin, analyst, viewer), who invited them.
 * - `sign_in_token`: magic links, stored hashed, with the hash of the browser binding cookie of the
 *   browser that asked (null for the operator's one-time link printed by `npm start`), 15 minutes,
 *   single use (`used_at`).
 * - `user_session`: console sessions, the opaque cookie value stored hashed, the selected workspace,
 *   idle and absolute expiry, revocation.
 * Who did something: `audit_event.user_id` next to `key_id`, `erasure_tombstone.erased_by_user_id`
 * next to `erased_by_key_id`, `escalation.updated_by` ("user:<id>" or "api-key:<id>", like
 * `alert.acknowledged_by`).
 */
export class TeamAccounts1764660000000 implements MigrationInterface {
  name = 'TeamAccounts1764660000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (email = lower(btrim(email)) AND email LIKE '%_@_%'),
        name text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT app_user_email_key UNIQUE (email)
      )`);
    await q.query(`
      CREATE TABLE user_identity (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        issuer text NOT NULL,
        subject text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT user_identity_subject_key UNIQUE (workspace_id, issuer, subject)
      )`);
    await q.query(`CREATE INDEX user_identity_user_idx ON user_identity (user_id)`);
    await q.query(`
      CREATE TABLE workspace_member (
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('admin', 'analyst', 'viewer')),
        invited_by_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        invited_by_key_id uuid REFERENCES api_key(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, user_id)
      )`);
    await q.query(`CREATE INDEX workspace_member_user_idx ON workspace_member (user_id)`);
    await q.query(`
      CREATE TABLE sign_in_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL UNIQUE,
        email text NOT NULL,
        workspace_id uuid REFERENCES workspace(id) ON DELETE CASCADE,
        binding_hash text,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await q.query(`CREATE INDEX sign_in_token_expiry_idx ON sign_in_token (expires_at)`);
    await q.query(`
      CREATE TABLE user_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL UNIQUE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        idle_expires_at timestamptz NOT NULL,
        absolute_expires_at timestamptz NOT NULL,
        revoked_at timestamptz
      )`);
    await q.query(`CREATE INDEX user_session_user_idx ON user_session (user_id) WHERE revoked_at IS NULL`);
    await q.query(`ALTER TABLE audit_event ADD COLUMN user_id uuid`);
    await q.query(`CREATE INDEX audit_event_workspace_user_idx ON audit_event (workspace_id, user_id, id DESC) WHERE user_id IS NOT NULL`);
    await q.query(`ALTER TABLE erasure_tombstone ADD COLUMN erased_by_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL`);
    await q.query(`ALTER TABLE escalation ADD COLUMN updated_by text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE escalation DROP COLUMN updated_by`);
    await q.query(`ALTER TABLE erasure_tombstone DROP COLUMN erased_by_user_id`);
    await q.query(`DROP INDEX audit_event_workspace_user_idx`);
    await q.query(`ALTER TABLE audit_event DROP COLUMN user_id`);
    await q.query(`DROP TABLE user_session`);
    await q.query(`DROP TABLE sign_in_token`);
    await q.query(`DROP TABLE workspace_member`);
    await q.query(`DROP TABLE user_identity`);
    await q.query(`DROP TABLE app_user`);
  }
}
