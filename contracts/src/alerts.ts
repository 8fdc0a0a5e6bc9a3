/**
 * Alerts on segment NPS: the vocabulary both the API (rules, queries) and the worker (evaluation)
 * use, the shape of a rule as stored, and the wire names of the worker's alert evaluator. Method:
 * docs/decisions.md, "Alerts on segment NPS".
 */
import type { SegmentKeyValue } from './segments.js';
import { defineSignal } from '@temporalio/workflow';

/** What a rule watches: the segment's NPS (points, -100..100) or its detractor share (percent, 0..100). */
export const ALERT_METRICS = ['nps', 'detractor_share'] as const;
export type AlertMetric = (typeof ALERT_METRICS)[number];

/** Which changes alert: for NPS worse is down, for the detractor share worse is up. */
export const ALERT_DIRECTIONS = ['worse', 'better', 'either'] as const;
export type AlertDirection = (typeof ALERT_DIRECTIONS)[number];

export const ALERT_STATUSES = ['firing', 'resolved'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

/** What the current window is compared with: the days just before it, or the wave launched before the latest. */
export const ALERT_BASELINE_KINDS = ['days', 'previous_wave'] as const;
export type AlertBaselineKind = (typeof ALERT_BASELINE_KINDS)[number];

/** A rule is evaluated at least this often (the windows slide with time even when no response arrives). */
export const ALERT_REEVALUATE_MS = 5 * 60_000;

/** One part of a segment key: the `SegmentNps` key shape (`value` null when the respondent has none). */
export type AlertSegmentKeyPart = SegmentKeyValue;

/** Respondents kept by a rule: the `SegmentFilter` shape (any of the bands; per attribute any of its values). */
export interface AlertRuleFilter {
  bands?: ('detractor' | 'passive' | 'promoter')[];
  attributes?: { attribute: string; values: string[] }[];
}

/** An `alert_rule` row as both sides read it. */
export interface AlertRuleRow {
  id: string;
  workspace_id: string;
  study_id: string;
  name: string;
  metric: AlertMetric;
  direction: AlertDirection;
  group_by: string[];
  filter: AlertRuleFilter | null;
  window_days: number;
  baseline_kind: AlertBaselineKind;
  baseline_days: number | null;
  min_n: number;
  min_delta: number;
  level: number;
  enabled: boolean;
  /** Who gets an email when one of its alerts fires (and owns the alert); null: nobody. */
  owner_email: string | null;
}

/** Published on EVENTS_CHANNEL when an alert fires or resolves (subscription `alertRaised` hears `fired`). */
export interface AlertChangedEvent {
  type: 'alert.changed';
  workspaceId: string;
  studyId: string;
  alertId: string;
  ruleId: string;
  status: AlertStatus;
}

/** The one alert evaluator per Temporal namespace: a loop that evaluates the due rules, started by every worker at boot. */
export const ALERT_WORKFLOW = 'alertEvaluatorWorkflow';
export const ALERT_WORKFLOW_ID = 'ladder-alert-evaluator';
/** "Evaluate now" (tests, operators); otherwise the evaluator polls the due table every `pollMs`. */
export const alertWakeSignal = defineSignal<[]>('wake');
/** How often the evaluator looks for due rules: the longest an alert waits after the responses that fire it. */
export const ALERT_POLL_MS = 10_000;

export interface AlertWorkflowInput {
  pollMs?: number;
}
