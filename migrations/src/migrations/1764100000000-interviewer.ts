import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The interviewer: guide versions pinned per wave at launch, the moderator's per-turn record
 * (action, who wrote it, guard catches, tokens and cost), per-session quality and language,
 * escalations with an owner and status, and an outbox of respondent reminders.
 */
export class Interviewer1764100000000 implements MigrationInterface {
  name = 'Interviewer1764100000000';

  async up(q: QueryRunner): Promise<void> {
    // A preview wave holds the console's "try it" interviews: never listed, never counted.
    await q.query(`ALTER TABLE wave ADD COLUMN launched_at timestamptz, ADD COLUMN closed_at timestamptz,
      ADD COLUMN preview boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE interview_guide ADD COLUMN note text, ADD COLUMN created_by text`);
    // Unknown language (null) is detected from the respondent's first answer.
    await q.query(`ALTER TABLE respondent ALTER COLUMN language DROP NOT NULL, ALTER COLUMN language DROP DEFAULT`);
    await q.query(`
      CREATE TABLE wave_guide (
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        wave_id uuid NOT NULL REFERENCES wave(id) ON DELETE CASCADE,
        band text NOT NULL CHECK (band IN ('detractor', 'passive', 'promoter')),
        guide_id uuid NOT NULL REFERENCES interview_guide(id),
        PRIMARY KEY (wave_id, band)
      )`);
    await q.query(`CREATE INDEX wave_guide_workspace_idx ON wave_guide (workspace_id, wave_id)`);
    await q.query(`
      ALTER TABLE interview_session
        ADD COLUMN guide_id uuid REFERENCES interview_guide(id),
        ADD COLUMN language text,
        ADD COLUMN language_source text CHECK (language_source IN ('attribute', 'detected', 'default')),
        ADD COLUMN quality jsonb,
        ADD COLUMN reminded_at timestamptz,
        ADD COLUMN expires_at timestamptz,
        ADD COLUMN last_activity_at timestamptz`);
    await q.query(`
      ALTER TABLE turn
        ADD COLUMN action text CHECK (action IN ('open', 'probe', 'clarify', 'advance', 'close')),
        ADD COLUMN author text CHECK (author IN ('respondent', 'offline', 'mistral', 'offline_fallback')),
        ADD COLUMN reused_words boolean,
        ADD COLUMN leading_caught smallint NOT NULL DEFAULT 0,
        ADD COLUMN leading_findings jsonb,
        ADD COLUMN signals jsonb,
        ADD COLUMN model text,
        ADD COLUMN prompt_tokens integer,
        ADD COLUMN completion_tokens integer,
        ADD COLUMN cost_usd numeric(12, 6),
        ADD COLUMN llm_latency_ms integer,
        ADD COLUMN fallback_reason text`);
    await q.query(`
      CREATE TABLE escalation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        study_id uuid NOT NULL REFERENCES study(id) ON DELETE CASCADE,
        wave_id uuid NOT NULL REFERENCES wave(id) ON DELETE CASCADE,
        session_id uuid NOT NULL REFERENCES interview_session(id) ON DELETE CASCADE,
        turn_id uuid NOT NULL REFERENCES turn(id) ON DELETE CASCADE,
        reason text NOT NULL
          CHECK (reason IN ('competitor_evaluation', 'churn_risk', 'unresolved_incident', 'legal_or_safety', 'distress')),
        quote text NOT NULL,
        detected_by text NOT NULL CHECK (detected_by IN ('offline', 'mistral')),
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'resolved', 'dismissed')),
        owner text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT escalation_session_reason_unique UNIQUE (workspace_id, session_id, reason)
      )`);
    await q.query(`CREATE INDEX escalation_study_idx ON escalation (workspace_id, study_id, status, created_at DESC)`);
    await q.query(`
      CREATE TABLE session_notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        session_id uuid NOT NULL REFERENCES interview_session(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('idle_reminder')),
        created_at timestamptz NOT NULL DEFAULT now(),
        delivered_at timestamptz,
        CONSTRAINT session_notification_unique UNIQUE (workspace_id, session_id, kind)
      )`);
    await q.query(`CREATE INDEX session_notification_pending_idx ON session_notification (workspace_id, delivered_at, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE session_notification`);
    await q.query(`DROP TABLE escalation`);
    await q.query(`
      ALTER TABLE turn DROP COLUMN action, DROP COLUMN author, DROP COLUMN reused_words, DROP COLUMN leading_caught,
        DROP COLUMN leading_findings, DROP COLUMN signals, DROP COLUMN model, DROP COLUMN prompt_tokens,
        DROP COLUMN completion_tokens, DROP COLUMN cost_usd, DROP COLUMN llm_latency_ms, DROP COLUMN fallback_reason`);
    await q.query(`
      ALTER TABLE interview_session DROP COLUMN guide_id, DROP COLUMN language, DROP COLUMN language_source,
        DROP COLUMN quality, DROP COLUMN reminded_at, DROP COLUMN expires_at, DROP COLUMN last_activity_at`);
    await q.query(`DROP TABLE wave_guide`);
    await q.query(`UPDATE respondent SET language = 'en' WHERE language IS NULL`);
    await q.query(`ALTER TABLE respondent ALTER COLUMN language SET DEFAULT 'en', ALTER COLUMN language SET NOT NULL`);
    await q.query(`ALTER TABLE interview_guide DROP COLUMN note, DROP COLUMN created_by`);
    await q.query(`DELETE FROM wave WHERE preview`);
    await q.query(`ALTER TABLE wave DROP COLUMN launched_at, DROP COLUMN closed_at, DROP COLUMN preview`);
  }
}
