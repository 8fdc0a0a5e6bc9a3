import { WEBHOOK_CHANNEL } from '@ladder/contracts';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhooks out.
 *
 * - `webhook_endpoint`: a workspace's receivers, the event types each subscribes to and its signing
 *   secret (`whsec_<base64>`, kept because every request is signed with it; the API shows it once).
 *   `failing_since` is when its deliveries started failing without a success since; past 5 days the
 *   worker disables it (`disabled_reason = 'failing'`). `lease_until` is the dispatcher's hold on
 *   the endpoint: one worker at a time sends an endpoint's deliveries, oldest first.
 * - `webhook_event`: the outbox, written in the transaction of the change it tells of.
 * - `webhook_delivery`: one row per event and subscribed endpoint (and one more per replay), its
 *   state, attempts, next attempt and the last attempt's status code, latency and first kilobyte of
 *   the answer. `seq` orders an endpoint's deliveries.
 * - `ladder_enqueue_webhook_event(workspace, type, payload)`: the one way to enqueue, called by the
 *   API (TypeORM) and the worker (pg) inside their transactions; it writes nothing when no enabled
 *   endpoint subscribes, and notifies `ladder_webhooks` (delivered at commit) so the dispatcher wakes.
 * - Erasing a respondent deletes the events about them (by respondent or session id) with their deliveries.
 */
export class Webhooks1764570000000 implements MigrationInterface {
  name = 'Webhooks1764570000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE webhook_endpoint (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        url text NOT NULL CHECK (length(url) <= 2000),
        description text CHECK (length(description) <= 500),
        events text[] NOT NULL CHECK (cardinality(events) > 0),
        secret text NOT NULL,
        enabled boolean NOT NULL DEFAULT true,
        disabled_reason text CHECK (disabled_reason IN ('manual', 'failing')),
        disabled_at timestamptz,
        failing_since timestamptz,
        lease_until timestamptz,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX webhook_endpoint_workspace_idx ON webhook_endpoint (workspace_id, created_at)`);
    await q.query(`
      CREATE TABLE webhook_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        type text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`CREATE INDEX webhook_event_workspace_idx ON webhook_event (workspace_id, created_at)`);
    await q.query(`
      CREATE TABLE webhook_delivery (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY,
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        endpoint_id uuid NOT NULL REFERENCES webhook_endpoint(id) ON DELETE CASCADE,
        event_id uuid NOT NULL REFERENCES webhook_event(id) ON DELETE CASCADE,
        replay_of uuid REFERENCES webhook_delivery(id) ON DELETE SET NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        last_attempt_at timestamptz,
        last_status_code integer,
        last_latency_ms integer,
        last_response_body text,
        last_error text,
        delivered_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    // An endpoint's queue (the dispatcher reads its head) and its delivery log, newest first.
    await q.query(
      `CREATE INDEX webhook_delivery_pending_idx ON webhook_delivery (workspace_id, endpoint_id, seq) WHERE status = 'pending'`,
    );
    await q.query(`CREATE INDEX webhook_delivery_log_idx ON webhook_delivery (workspace_id, endpoint_id, seq DESC)`);
    // An event's deliveries, for the cascade when erasure deletes the event (PostgreSQL 18 skip-scans the workspace).
    await q.query(`CREATE INDEX webhook_delivery_event_idx ON webhook_delivery (workspace_id, event_id)`);
    await q.query(`
      CREATE FUNCTION ladder_enqueue_webhook_event(p_workspace uuid, p_type text, p_payload jsonb)
      RETURNS uuid LANGUAGE plpgsql AS $$
      DECLARE
        v_id uuid;
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM webhook_endpoint WHERE workspace_id = p_workspace AND enabled AND p_type = ANY(events)) THEN
          RETURN NULL;
        END IF;
        INSERT INTO webhook_event (workspace_id, type, payload) VALUES (p_workspace, p_type, p_payload) RETURNING id INTO v_id;
        INSERT INTO webhook_delivery (workspace_id, endpoint_id, event_id)
          SELECT p_workspace, e.id, v_id FROM webhook_endpoint e
          WHERE e.workspace_id = p_workspace AND e.enabled AND p_type = ANY(e.events)
          ORDER BY e.id;
        -- Delivered at commit (once per transaction: identical notifications are folded), dropped on rollback.
        PERFORM pg_notify('${WEBHOOK_CHANNEL}', '');
        RETURN v_id;
      END $$`);
    // Erasure (erase_respondents writes a tombstone per person first, while their sessions still exist): the outbox
    // forgets the person's events, with their delivery logs; escalation events name the session, not the respondent.
    await q.query(`CREATE INDEX webhook_event_respondent_idx ON webhook_event (workspace_id, (payload->>'respondentId'))`);
    await q.query(`CREATE INDEX webhook_event_session_idx ON webhook_event (workspace_id, (payload->>'sessionId'))`);
    await q.query(`
      CREATE FUNCTION webhook_event_erase() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM webhook_event e USING new_rows t
        WHERE e.workspace_id = t.workspace_id AND e.payload->>'respondentId' = t.respondent_id::text;
        DELETE FROM webhook_event e USING new_rows t, interview_session s
        WHERE s.workspace_id = t.workspace_id AND s.respondent_id = t.respondent_id
          AND e.workspace_id = t.workspace_id AND e.payload->>'sessionId' = s.id::text;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER webhook_event_erase AFTER INSERT ON erasure_tombstone
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION webhook_event_erase()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER webhook_event_erase ON erasure_tombstone`);
    await q.query(`DROP FUNCTION webhook_event_erase()`);
    await q.query(`DROP FUNCTION ladder_enqueue_webhook_event(uuid, text, jsonb)`);
    await q.query(`DROP TABLE webhook_delivery, webhook_event, webhook_endpoint`);
  }
}
