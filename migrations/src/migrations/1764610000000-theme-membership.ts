import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which interviews each theme counts (issue 13, findings by segment): a theme's prevalence per band
 * was stored as counts only, so it could not be cut by respondent attributes. Analyses completed
 * before have no membership rows: their findings by segment are empty until the wave is analysed again.
 */
export class ThemeMembership1764610000000 implements MigrationInterface {
  name = 'ThemeMembership1764610000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE theme_session (
        theme_id uuid NOT NULL REFERENCES theme(id) ON DELETE CASCADE,
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        session_id uuid NOT NULL REFERENCES interview_session(id) ON DELETE CASCADE,
        band text NOT NULL CHECK (band IN ('detractor', 'passive', 'promoter')),
        PRIMARY KEY (theme_id, session_id)
      )`);
    await q.query(`CREATE INDEX theme_session_workspace_session_idx ON theme_session (workspace_id, session_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE theme_session`);
  }
}
