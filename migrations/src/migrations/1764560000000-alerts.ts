import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Alerts on segment NPS (docs/decisions.md, "Alerts on segment NPS").
 * - `alert_rule`: per study, a segmentation (group_by, filter), a current window of `window_days`
 *   against a baseline (the `baseline_days` before the window, or the previous wave), the metric,
 *   the direction that matters, and the thresholds an alert needs (min_n on both sides, min_delta
 *   points, the level its Benjamini-Hochberg adjusted p-value must be below).
 * - `alert`: one per rule, segment and episode; at most one firing per rule and segment (partial
 *   unique index), so two evaluations at once cannot fire the same alert twice. Figures are the
 *   latest evaluation's while it fires, frozen when it resolves.
 * - `alert_evaluation_due`: studies whose respondents changed since their rules were last
 *   evaluated, written in the ingest transaction (only for studies with an enabled rule) and
 *   consumed by the worker's dispatcher, so evaluation follows the responses, coalesced. Each
 *   ingest bumps `version`; the evaluator deletes the row only at the version it read, so
 *   responses committed while it evaluated leave the study due.
 */
export class Alerts1764560000000 implements MigrationInterface {
  name = 'Alerts1764560000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE alert_rule (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        study_id uuid NOT NULL REFERENCES study(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        metric text NOT NULL CHECK (metric IN ('nps', 'detractor_share')),
        direction text NOT NULL CHECK (direction IN ('worse', 'better', 'either')),
        group_by text[] NOT NULL,
        filter jsonb,
        window_days integer NOT NULL CHECK (window_days BETWEEN 1 AND 365),
        baseline_kind text NOT NULL CHECK (baseline_kind IN ('days', 'previous_wave')),
        baseline_days integer CHECK (baseline_days BETWEEN 1 AND 730),
        min_n integer NOT NULL CHECK (min_n >= 1),
        min_delta real NOT NULL CHECK (min_delta >= 0),
        level real NOT NULL CHECK (level > 0 AND level <= 0.5),
        enabled boolean NOT NULL DEFAULT true,
        created_by text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        last_evaluated_at timestamptz,
        CONSTRAINT alert_rule_baseline CHECK ((baseline_kind = 'days') = (baseline_days IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX alert_rule_study_idx ON alert_rule (workspace_id, study_id)`);
    await q.query(`CREATE INDEX alert_rule_due_idx ON alert_rule (last_evaluated_at NULLS FIRST) WHERE enabled`);
    await q.query(`
      CREATE TABLE alert (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        study_id uuid NOT NULL REFERENCES study(id) ON DELETE CASCADE,
        rule_id uuid NOT NULL REFERENCES alert_rule(id) ON DELETE CASCADE,
        segment_key jsonb NOT NULL,
        segment_label text NOT NULL,
        metric text NOT NULL CHECK (metric IN ('nps', 'detractor_share')),
        status text NOT NULL CHECK (status IN ('firing', 'resolved')),
        current real NOT NULL,
        baseline real NOT NULL,
        delta real NOT NULL,
        ci_low real NOT NULL,
        ci_high real NOT NULL,
        p_value double precision NOT NULL,
        n_current integer NOT NULL,
        n_baseline integer NOT NULL,
        window_start timestamptz NOT NULL,
        window_end timestamptz NOT NULL,
        baseline_start timestamptz,
        baseline_end timestamptz,
        baseline_wave_id uuid REFERENCES wave(id) ON DELETE SET NULL,
        fired_at timestamptz NOT NULL DEFAULT now(),
        evaluated_at timestamptz NOT NULL DEFAULT now(),
        resolved_at timestamptz,
        acknowledged_at timestamptz,
        acknowledged_by text,
        CONSTRAINT alert_resolved CHECK ((status = 'resolved') = (resolved_at IS NOT NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX alert_one_firing_idx ON alert (rule_id, segment_key) WHERE status = 'firing'`);
    await q.query(`CREATE INDEX alert_study_idx ON alert (workspace_id, study_id, status, fired_at DESC, id DESC)`);
    await q.query(`
      CREATE TABLE alert_evaluation_due (
        study_id uuid PRIMARY KEY REFERENCES study(id) ON DELETE CASCADE,
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        version bigint NOT NULL DEFAULT 1,
        since timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE alert_evaluation_due`);
    await q.query(`DROP TABLE alert`);
    await q.query(`DROP TABLE alert_rule`);
  }
}
