import type pg from 'pg';
import {
  ALERT_REEVALUATE_MS,
  queueOwnerNotification,
  type AlertChangedEvent,
  type AlertRuleRow,
  type AlertSegmentKeyPart,
  type OwnerNotification,
} from '@ladder/contracts';
import { sideCountStatement, type SideCountRow, type SideCountScope, type SidePart } from '@ladder/contracts/segment-counts';
import { inTransaction, notifyEvent } from '../activities/db.js';
import { assessSegments, type SegmentAssessment, type SegmentCounts } from './assess.js';

const DAY_MS = 86_400_000;

/** The two sides of one evaluation: their dates, and the respondents each counts (of the study's non-preview waves). */
interface Sides {
  windowStart: Date;
  windowEnd: Date;
  baselineStart: Date | null;
  baselineEnd: Date | null;
  baselineWaveId: string | null;
  parts: SidePart[];
}

/**
 * Where the current window and the baseline come from. `days`: the last window_days before now (now
 * included), against the baseline_days before that. `previous_wave`: the last window_days of the
 * study's latest launched wave, against the whole wave launched before it; null when there is no such pair.
 * Windows are "now - N days", not calendar days: the count reads the whole days between from the
 * per-day rollup and the partial days at the edges from the rows (`sideCountStatement`).
 */
async function sidesOf(db: pg.PoolClient, rule: AlertRuleRow, now: Date, waveIds: string[]): Promise<Sides | null> {
  const windowStart = new Date(now.getTime() - rule.window_days * DAY_MS);
  const window = { from: windowStart, to: now, toIncluded: true };
  if (rule.baseline_kind === 'days') {
    const baselineStart = new Date(windowStart.getTime() - (rule.baseline_days ?? rule.window_days) * DAY_MS);
    return {
      windowStart,
      windowEnd: now,
      baselineStart,
      baselineEnd: windowStart,
      baselineWaveId: null,
      parts: [
        { waveIds, range: window, current: true },
        { waveIds, range: { from: baselineStart, to: windowStart, toIncluded: false }, current: false },
      ],
    };
  }
  const waves: { id: string }[] = (
    await db.query(
      `SELECT id FROM wave WHERE workspace_id = $1 AND study_id = $2 AND NOT preview AND launched_at IS NOT NULL
       ORDER BY launched_at DESC, id DESC LIMIT 2`,
      [rule.workspace_id, rule.study_id],
    )
  ).rows;
  if (waves.length < 2) return null;
  return {
    windowStart,
    windowEnd: now,
    baselineStart: null,
    baselineEnd: null,
    baselineWaveId: waves[1].id,
    parts: [
      { waveIds: [waves[0].id], range: window, current: true },
      { waveIds: [waves[1].id], range: null, current: false },
    ],
  };
}

/**
 * What one evaluation of a rule counts: its sides and the two-sided count's scope (null when the
 * baseline does not exist yet). The study's waves are read first and named as a list: joined to wave,
 * the planner expected a few hundred rows where there were 10^5 and sorted them on disk to group.
 */
export async function segmentCountScope(
  db: pg.PoolClient,
  rule: AlertRuleRow,
  now: Date,
): Promise<{ sides: Sides; scope: SideCountScope } | null> {
  const waves: string[] = (
    await db.query(`SELECT id FROM wave WHERE workspace_id = $1 AND study_id = $2 AND NOT preview`, [rule.workspace_id, rule.study_id])
  ).rows.map((w: { id: string }) => w.id);
  const sides = await sidesOf(db, rule, now, waves);
  if (!sides) return null;
  return { sides, scope: { workspaceId: rule.workspace_id, groupBy: rule.group_by, filter: rule.filter, parts: sides.parts } };
}

const sizeOf = (t: { promoters: number; passives: number; detractors: number }) => t.promoters + t.passives + t.detractors;

/**
 * Band counts per segment on both sides in one grouped statement, the SQL the API's segment counts
 * share (`@ladder/contracts/segment-counts`): from the rollups (`rollup`, what the evaluator reads)
 * or the respondent rows (`raw`, what the tests compare it with). Attribute names and filter values
 * are parameters (the API checked the names when the rule was saved); `band` groups by band.
 */
export async function countSegments(
  db: pg.PoolClient,
  rule: AlertRuleRow,
  now: Date,
  source: 'rollup' | 'raw' = 'rollup',
): Promise<{ sides: Sides; segments: SegmentCounts[] } | null> {
  const counted = await segmentCountScope(db, rule, now);
  if (!counted) return null;
  const { sql, params } = sideCountStatement(source, counted.scope);
  const rows: SideCountRow[] = (await db.query(sql, params)).rows;
  const segments = rows
    .map((row) => ({
      key: rule.group_by.map((attribute, i) => ({ attribute, value: row[`k${i}`] ?? null })),
      current: { promoters: row.cp, passives: row.cpa, detractors: row.cd },
      baseline: { promoters: row.bp, passives: row.bpa, detractors: row.bd },
    }))
    .filter((s) => sizeOf(s.current) + sizeOf(s.baseline) > 0);
  return { sides: counted.sides, segments };
}

interface FiringAlert {
  id: string;
  segment_key: AlertSegmentKeyPart[];
}

/** An alert as webhooks carry it (`alert.fired`, `alert.resolved`): figures and ids, no personal data. */
export interface AlertEventData {
  alertId: string;
  ruleId: string;
  studyId: string;
  status: 'firing' | 'resolved';
  segment: { key: AlertSegmentKeyPart[]; label: string };
  metric: string;
  current: number;
  baseline: number;
  delta: number;
  ciLow: number;
  ciHigh: number;
  pValue: number;
  n: number;
  baselineN: number;
  firedAt: string;
  resolvedAt: string | null;
}

/** Where the webhook outbox takes an alert's change; injected so evaluation does not know the outbox. */
export type AlertOutbox = (
  db: pg.PoolClient,
  event: { workspaceId: string; type: 'alert.fired' | 'alert.resolved'; data: AlertEventData },
) => Promise<void>;

export interface RuleEvaluation {
  ruleId: string;
  /** False when another evaluator held the rule (it evaluates it) or the baseline does not exist yet. */
  evaluated: boolean;
  segments: number;
  fired: string[];
  resolved: string[];
}

const METRIC_NAMES = { nps: 'NPS', detractor_share: 'detractor share' } as const;
const signed = (x: number) => `${x > 0 ? '+' : ''}${x}`;
const day = (d: Date) => d.toISOString().slice(0, 10);

/** The email its owner gets when an alert fires: what moved, by how much, how sure, on how many responses. */
export function firedNotification(rule: AlertRuleRow, alertId: string, a: SegmentAssessment, sides: Sides): OwnerNotification {
  const unit = rule.metric === 'nps' ? '' : '%';
  const baseline = sides.baselineWaveId
    ? 'the previous wave'
    : `${day(sides.baselineStart ?? sides.windowStart)} to ${day(sides.baselineEnd ?? sides.windowStart)}`;
  return {
    workspaceId: rule.workspace_id,
    email: rule.owner_email!,
    kind: 'alert.fired',
    subjectId: alertId,
    title: `Alert: ${a.label}, ${METRIC_NAMES[rule.metric]} ${a.baseline}${unit} -> ${a.current}${unit} (${signed(a.delta ?? 0)} points)`,
    body: [
      `Rule: ${rule.name}`,
      `Change: ${signed(a.delta ?? 0)} points, 95% interval ${a.ciLow} to ${a.ciHigh}, adjusted p-value ${a.adjustedP?.toPrecision(2)}`,
      `Responses: ${a.nCurrent} from ${day(sides.windowStart)} to ${day(sides.windowEnd)}, ${a.nBaseline} in the baseline (${baseline})`,
    ].join('\n'),
    link: `/studies/${rule.study_id}/alerts`,
  };
}

const keyOf = (key: readonly AlertSegmentKeyPart[]) => JSON.stringify(key.map((k) => [k.attribute, k.value]));

/**
 * Evaluates one rule in one transaction: the rule row is locked (SKIP LOCKED: a second evaluator
 * at the same moment leaves it), the segments are counted and assessed, new alerts fire, firing
 * ones are updated while they hold and resolve when they no longer do (or their segment has no
 * responses left). Every change is published (NOTIFY, delivered at commit) and put in the outbox.
 */
export async function evaluateRule(
  pool: pg.Pool,
  ruleId: string,
  now: Date,
  outbox: AlertOutbox = async () => {},
): Promise<RuleEvaluation> {
  return inTransaction(pool, async (db) => {
    const result: RuleEvaluation = { ruleId, evaluated: false, segments: 0, fired: [], resolved: [] };
    const rule: AlertRuleRow | undefined = (
      await db.query(
        `SELECT id, workspace_id, study_id, name, metric, direction, group_by, filter, window_days, baseline_kind, baseline_days,
                min_n, min_delta, level, enabled, owner_email
         FROM alert_rule WHERE id = $1 AND enabled FOR UPDATE SKIP LOCKED`,
        [ruleId],
      )
    ).rows[0];
    if (!rule) return result;
    const counted = await countSegments(db, rule, now);
    await db.query(`UPDATE alert_rule SET last_evaluated_at = $2 WHERE id = $1`, [rule.id, now]);
    if (!counted) return result;
    result.evaluated = true;
    result.segments = counted.segments.length;
    const assessed = new Map<string, SegmentAssessment>(
      assessSegments(counted.segments, {
        metric: rule.metric,
        direction: rule.direction,
        minN: rule.min_n,
        minDelta: rule.min_delta,
        level: rule.level,
      }).map((a) => [keyOf(a.key), a]),
    );
    const firing: FiringAlert[] = (
      await db.query(`SELECT id, segment_key FROM alert WHERE rule_id = $1 AND status = 'firing' FOR UPDATE`, [rule.id])
    ).rows;
    const open = new Set(firing.map((a) => keyOf(a.segment_key)));
    const publish = async (alertId: string, status: 'firing' | 'resolved') => {
      const event: AlertChangedEvent = {
        type: 'alert.changed',
        workspaceId: rule.workspace_id,
        studyId: rule.study_id,
        alertId,
        ruleId: rule.id,
        status,
      };
      await notifyEvent(db, event);
      const data: AlertEventData = (
        await db.query(
          `SELECT id AS "alertId", rule_id AS "ruleId", study_id AS "studyId", status,
                  json_build_object('key', segment_key, 'label', segment_label) AS segment, metric, current, baseline, delta,
                  ci_low AS "ciLow", ci_high AS "ciHigh", p_value AS "pValue", n_current AS n, n_baseline AS "baselineN",
                  fired_at AS "firedAt", resolved_at AS "resolvedAt"
           FROM alert WHERE id = $1`,
          [alertId],
        )
      ).rows[0];
      await outbox(db, { workspaceId: rule.workspace_id, type: status === 'firing' ? 'alert.fired' : 'alert.resolved', data });
    };
    const figures = (a: SegmentAssessment) => [a.current, a.baseline, a.delta, a.ciLow, a.ciHigh, a.adjustedP, a.nCurrent, a.nBaseline];
    for (const alert of firing) {
      const a = assessed.get(keyOf(alert.segment_key));
      if (a?.holds) {
        await db.query(
          `UPDATE alert SET current = $2, baseline = $3, delta = $4, ci_low = $5, ci_high = $6, p_value = $7, n_current = $8,
             n_baseline = $9, window_start = $10, window_end = $11, evaluated_at = $12 WHERE id = $1`,
          [alert.id, ...figures(a), counted.sides.windowStart, counted.sides.windowEnd, now],
        );
      } else {
        // Resolved: the figures stay those of the last evaluation that held, so the alert reads as it fired.
        await db.query(`UPDATE alert SET status = 'resolved', resolved_at = $2, evaluated_at = $2 WHERE id = $1`, [alert.id, now]);
        result.resolved.push(alert.id);
        await publish(alert.id, 'resolved');
      }
    }
    for (const [key, a] of assessed) {
      if (!a.fires || open.has(key)) continue;
      const { sides } = counted;
      const inserted: { id: string }[] = (
        await db.query(
          `INSERT INTO alert (workspace_id, study_id, rule_id, segment_key, segment_label, metric, status, current, baseline, delta,
             ci_low, ci_high, p_value, n_current, n_baseline, window_start, window_end, baseline_start, baseline_end, baseline_wave_id,
             fired_at, evaluated_at, owner_email)
           VALUES ($1, $2, $3, $4, $5, $6, 'firing', $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $20, $21)
           RETURNING id`,
          [
            rule.workspace_id,
            rule.study_id,
            rule.id,
            JSON.stringify(a.key),
            a.label,
            rule.metric,
            ...figures(a),
            sides.windowStart,
            sides.windowEnd,
            sides.baselineStart,
            sides.baselineEnd,
            sides.baselineWaveId,
            now,
            rule.owner_email,
          ],
        )
      ).rows;
      result.fired.push(inserted[0].id);
      await publish(inserted[0].id, 'firing');
      if (rule.owner_email) await queueOwnerNotification(db, firedNotification(rule, inserted[0].id, a, sides));
    }
    return result;
  });
}

export interface DueEvaluation {
  rules: RuleEvaluation[];
  /** A full batch was due: call again. */
  more: boolean;
}

/**
 * Evaluates the enabled rules that are due: those of studies whose respondents changed since
 * (`alert_evaluation_due`, written by every ingest) and those not evaluated for ALERT_REEVALUATE_MS
 * (windows slide with time). A due study's row is removed only at the version read, so responses
 * committed meanwhile keep it due for the next pass.
 */
export async function evaluateDueRules(
  pool: pg.Pool,
  options: { limit: number; now?: Date; outbox?: AlertOutbox },
): Promise<DueEvaluation> {
  const now = options.now ?? new Date();
  const due: { study_id: string; version: string }[] = (await pool.query(`SELECT study_id, version FROM alert_evaluation_due`)).rows;
  const rules: { id: string }[] = (
    await pool.query(
      `SELECT id FROM alert_rule
       WHERE enabled AND (study_id = ANY($1::uuid[]) OR last_evaluated_at IS NULL OR last_evaluated_at < $2)
       ORDER BY study_id = ANY($1::uuid[]) DESC, last_evaluated_at NULLS FIRST, id LIMIT $3`,
      [due.map((d) => d.study_id), new Date(now.getTime() - ALERT_REEVALUATE_MS), options.limit],
    )
  ).rows;
  const evaluations: RuleEvaluation[] = [];
  for (const rule of rules) evaluations.push(await evaluateRule(pool, rule.id, now, options.outbox));
  // A study stops being due once all its enabled rules were evaluated at this pass (a rule another
  // evaluator held keeps it due), and only at the version read.
  for (const d of due) {
    await pool.query(
      `DELETE FROM alert_evaluation_due d WHERE d.study_id = $1 AND d.version = $2 AND NOT EXISTS (
         SELECT 1 FROM alert_rule r
         WHERE r.study_id = d.study_id AND r.enabled AND (r.last_evaluated_at IS NULL OR r.last_evaluated_at < $3))`,
      [d.study_id, d.version, now],
    );
  }
  const more = rules.length === options.limit;
  return { rules: evaluations, more };
}
