import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Single sign-on per workspace (docs/decisions.md, "Team accounts, third part: SSO").
 * - `workspace_sso`: a workspace's OpenID provider (issuer, client id, the client secret sealed
 *   with the deployment's LADDER_PAYLOAD_KEYS, allowed email domains, enabled), who changed it last.
 * - `sso_sign_in`: one sign-in in flight (state, nonce, PKCE verifier), bound to the browser that
 *   started it by the hash of a short-lived cookie; single use, 10 minutes.
 * - `user_session.sso_workspace_id`: a session started by a workspace's SSO acts in that workspace only.
 * - `sign_in_token.next_path`: where the console goes after a magic link (a relative path).
 */
export class WorkspaceSso1764670000000 implements MigrationInterface {
  name = 'WorkspaceSso1764670000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE workspace_sso (
        workspace_id uuid PRIMARY KEY REFERENCES workspace(id) ON DELETE CASCADE,
        issuer text NOT NULL,
        client_id text NOT NULL,
        client_secret_sealed text NOT NULL,
        allowed_domains text[] NOT NULL CHECK (cardinality(allowed_domains) > 0),
        enabled boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        updated_by_key_id uuid REFERENCES api_key(id) ON DELETE SET NULL
      )`);
    await q.query(`CREATE INDEX workspace_sso_domains_idx ON workspace_sso USING gin (allowed_domains) WHERE enabled`);
    await q.query(`
      CREATE TABLE sso_sign_in (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        state_hash text NOT NULL UNIQUE,
        binding_hash text NOT NULL,
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        nonce text NOT NULL,
        code_verifier text NOT NULL,
        next_path text,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await q.query(`CREATE INDEX sso_sign_in_expiry_idx ON sso_sign_in (expires_at)`);
    await q.query(`ALTER TABLE user_session ADD COLUMN sso_workspace_id uuid REFERENCES workspace(id) ON DELETE CASCADE`);
    await q.query(`ALTER TABLE sign_in_token ADD COLUMN next_path text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sign_in_token DROP COLUMN next_path`);
    await q.query(`ALTER TABLE user_session DROP COLUMN sso_workspace_id`);
    await q.query(`DROP TABLE sso_sign_in`);
    await q.query(`DROP TABLE workspace_sso`);
  }
}
