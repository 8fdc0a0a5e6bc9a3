import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * API keys get a lifecycle: who created and who revoked a key (another key of the workspace, null
 * for keys made outside the API), and which key came from the API's bootstrap secret. A revoked
 * key keeps its row (and its hash), so the bootstrap secret can never bring it back.
 */
export class ApiKeyLifecycle1764500000000 implements MigrationInterface {
  name = 'ApiKeyLifecycle1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE api_key
      ADD COLUMN created_by uuid REFERENCES api_key(id) ON DELETE SET NULL,
      ADD COLUMN revoked_by uuid REFERENCES api_key(id) ON DELETE SET NULL,
      ADD COLUMN bootstrap boolean NOT NULL DEFAULT false`);
    await q.query(`UPDATE api_key SET bootstrap = true WHERE name = 'bootstrap' AND role = 'admin'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE api_key DROP COLUMN bootstrap, DROP COLUMN revoked_by, DROP COLUMN created_by`);
  }
}
