import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The embeddable respondent chat (docs/decisions.md, "Embeddable chat"): `workspace.embed_origins`
 * lists the partner origins (`https://app.partner.example`, exact, no wildcard) whose pages may frame
 * the workspace's chat and receive its events. Empty: no page may frame it. At most 20.
 */
export class EmbedOrigins1764680000000 implements MigrationInterface {
  name = 'EmbedOrigins1764680000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE workspace ADD COLUMN embed_origins text[] NOT NULL DEFAULT '{}'
        CONSTRAINT workspace_embed_origins_check CHECK (cardinality(embed_origins) <= 20)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE workspace DROP COLUMN embed_origins`);
  }
}
