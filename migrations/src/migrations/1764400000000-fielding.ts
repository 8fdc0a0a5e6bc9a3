import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Fielding: responses stream in (ingest API, signed webhooks), respondents are invited and
 * reminded by email, participation is tracked.
 *
 * - `respondent` gains the survey's free-text `comment` and its lineage: `source` (csv, api,
 *   webhook:<tool>, seed, preview), the `import_batch` it came in and when it was received.
 * - `import_batch`: one row per import / ingest call / webhook delivery, so any NPS figure can be
 *   traced back to the calls that brought its responses.
 * - `respondent_comment_coding`: the comment coded like an interview excerpt (stated driver,
 *   sentiment). Its own table: updating `respondent` fires the segment cube's triggers.
 * - `wave_ingest_source`: per wave and survey tool, the signing secret and the field mapping of
 *   the inbound webhook; `ingest_delivery` remembers delivery ids to refuse replays.
 * - `wave_fielding`: the wave's automatic invitation rules and sender.
 * - `email_delivery`: the outbox of invitations and reminders, one of each per respondent, with
 *   its delivery state; the worker's dispatcher claims due rows (SKIP LOCKED, with a lease).
 * - `email_suppression`: addresses never mailed again in the workspace (unsubscribed, bounced).
 */
export class Fielding1764400000000 implements MigrationInterface {
  name = 'Fielding1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE import_batch (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        wave_id uuid NOT NULL REFERENCES wave(id) ON DELETE CASCADE,
        source text NOT NULL CHECK (source ~ '^(csv|api|seed|preview|webhook:[a-z][a-z0-9_-]{0,31})$'),
        api_key_id uuid,
        delivery_id text,
        received_at timestamptz NOT NULL DEFAULT now(),
        inserted integer NOT NULL DEFAULT 0 CHECK (inserted >= 0),
        updated integer NOT NULL DEFAULT 0 CHECK (updated >= 0),
        unchanged integer NOT NULL DEFAULT 0 CHECK (unchanged >= 0)
      )`);
    await q.query(`CREATE INDEX import_batch_wave_idx ON import_batch (workspace_id, wave_id, received_at DESC)`);

    await q.query(`ALTER TABLE respondent
      ADD COLUMN comment text CHECK (char_length(comment) <= 5000),
      ADD COLUMN source text NOT NULL DEFAULT 'csv' CHECK (source ~ '^(csv|api|seed|preview|webhook:[a-z][a-z0-9_-]{0,31})$'),
      ADD COLUMN import_batch_id uuid REFERENCES import_batch(id) ON DELETE SET NULL,
      ADD COLUMN received_at timestamptz,
      ADD COLUMN updated_at timestamptz`);
    await q.query(`UPDATE respondent SET received_at = created_at, updated_at = created_at`);
    await q.query(`ALTER TABLE respondent
      ALTER COLUMN received_at SET NOT NULL, ALTER COLUMN received_at SET DEFAULT now(),
      ALTER COLUMN updated_at SET NOT NULL, ALTER COLUMN updated_at SET DEFAULT now()`);
    await q.query(`CREATE INDEX respondent_import_batch_idx ON respondent (workspace_id, import_batch_id)`);

    await q.query(`
      CREATE TABLE respondent_comment_coding (
        respondent_id uuid PRIMARY KEY REFERENCES respondent(id) ON DELETE CASCADE,
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        wave_id uuid NOT NULL REFERENCES wave(id) ON DELETE CASCADE,
        comment_hash text NOT NULL,
        driver_key text,
        sentiment text NOT NULL CHECK (sentiment IN ('positive', 'neutral', 'negative', 'mixed')),
        quote text,
        coder text NOT NULL CHECK (coder IN ('offline', 'mistral')),
        coded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX respondent_comment_coding_wave_idx ON respondent_comment_coding (workspace_id, wave_id, driver_key)`);

    await q.query(`
      CREATE TABLE wave_ingest_source (
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        wave_id uuid NOT NULL REFERENCES wave(id) ON DELETE CASCADE,
        source text NOT NULL CHECK (source ~ '^[a-z][a-z0-9_-]{0,31}$'),
        secret text NOT NULL,
        mapping jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        rotated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (wave_id, source)
      )`);
    await q.query(`CREATE INDEX wave_ingest_source_workspace_idx ON wave_ingest_source (workspace_id, wave_id)`);
    await q.query(`
      CREATE TABLE ingest_delivery (
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        wave_id uuid NOT NULL REFERENCES wave(id) ON DELETE CASCADE,
        source text NOT NULL,
        delivery_id text NOT NULL CHECK (char_length(delivery_id) BETWEEN 1 AND 200),
        import_batch_id uuid REFERENCES import_batch(id) ON DELETE SET NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (wave_id, source, delivery_id)
      )`);
    await q.query(`CREATE INDEX ingest_delivery_workspace_idx ON ingest_delivery (workspace_id, received_at)`);

    await q.query(`
      CREATE TABLE wave_fielding (
        wave_id uuid PRIMARY KEY REFERENCES wave(id) ON DELETE CASCADE,
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        auto_invite boolean NOT NULL DEFAULT false,
        bands text[] NOT NULL DEFAULT '{detractor,passive,promoter}'
          CHECK (bands <@ ARRAY['detractor', 'passive', 'promoter']::text[]),
        sample_rate real NOT NULL DEFAULT 1 CHECK (sample_rate > 0 AND sample_rate <= 1),
        max_per_day integer CHECK (max_per_day > 0),
        delay_minutes integer NOT NULL DEFAULT 0 CHECK (delay_minutes BETWEEN 0 AND 43200),
        quiet_start time,
        quiet_end time,
        timezone text NOT NULL DEFAULT 'UTC',
        from_name text CHECK (char_length(from_name) <= 100),
        reply_to text CHECK (char_length(reply_to) <= 254),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((quiet_start IS NULL) = (quiet_end IS NULL))
      )`);
    await q.query(`CREATE INDEX wave_fielding_workspace_idx ON wave_fielding (workspace_id, wave_id)`);

    await q.query(`
      CREATE TABLE email_delivery (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        wave_id uuid NOT NULL REFERENCES wave(id) ON DELETE CASCADE,
        respondent_id uuid NOT NULL REFERENCES respondent(id) ON DELETE CASCADE,
        session_id uuid REFERENCES interview_session(id) ON DELETE SET NULL,
        kind text NOT NULL CHECK (kind IN ('invitation', 'reminder')),
        trigger text NOT NULL CHECK (trigger IN ('auto', 'manual', 'workflow')),
        email text NOT NULL,
        status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sending', 'sent', 'failed', 'bounced', 'suppressed')),
        attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        due_at timestamptz NOT NULL DEFAULT now(),
        lease_until timestamptz,
        last_error text,
        message_id text,
        unsubscribe_token_hash text,
        sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT email_delivery_once UNIQUE (workspace_id, respondent_id, kind)
      )`);
    await q.query(`CREATE INDEX email_delivery_due_idx ON email_delivery (due_at) WHERE status IN ('queued', 'sending')`);
    await q.query(`CREATE INDEX email_delivery_wave_idx ON email_delivery (workspace_id, wave_id, status)`);
    await q.query(`CREATE INDEX email_delivery_session_idx ON email_delivery (workspace_id, session_id)`);
    await q.query(`CREATE UNIQUE INDEX email_delivery_unsubscribe_idx ON email_delivery (unsubscribe_token_hash)`);

    await q.query(`
      CREATE TABLE email_suppression (
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        email text NOT NULL CHECK (email = lower(email)),
        reason text NOT NULL CHECK (reason IN ('unsubscribed', 'bounced', 'complained', 'manual')),
        detail text,
        delivery_id uuid REFERENCES email_delivery(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, email)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE email_suppression`);
    await q.query(`DROP TABLE email_delivery`);
    await q.query(`DROP TABLE wave_fielding`);
    await q.query(`DROP TABLE ingest_delivery`);
    await q.query(`DROP TABLE wave_ingest_source`);
    await q.query(`DROP TABLE respondent_comment_coding`);
    await q.query(`ALTER TABLE respondent DROP COLUMN updated_at, DROP COLUMN received_at, DROP COLUMN import_batch_id,
      DROP COLUMN source, DROP COLUMN comment`);
    await q.query(`DROP TABLE import_batch`);
  }
}
