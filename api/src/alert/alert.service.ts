import { queueOwnerNotification, type AlertRuleFilter as StoredFilter, type AlertRuleRow } from '@ladder/contracts';
import { actorOf, requirePermission, requireWorkspace, type RequestContext } from '../common/context.js';
import type { AlertDirection, AlertMetric, AlertStatus, Band } from '../common/enums.js';
import { LadderError, notFound } from '../common/errors.js';
import { isUuid } from '../common/ids.js';
import { ownerEmailOrFail } from '../owner/owner-email.js';
import { toRespondent, type RespondentRow } from '../respondent/respondent.service.js';
import type { RespondentConnection } from '../respondent/respondent.types.js';
import { appendRespondentFilter, groupKeyColumns } from '../segment/respondent-filter.js';
import type { SegmentFilter } from '../segment/segment.types.js';
import type { StudyService } from '../study/study.service.js';
import {
  Alert,
  AlertRule,
  type AlertBaselineInput,
  type AlertTheme,
  type CreateAlertRuleInput,
  type UpdateAlertRuleInput,
} from './alert.types.js';

/** A study's rules are evaluated together on every pass: a bound keeps one study from monopolising the evaluator. */
export const MAX_RULES_PER_STUDY = 50;

/** An `alert_rule` row as the worker reads it, with the API's enums and the bookkeeping columns. */
interface RuleRow extends Omit<AlertRuleRow, 'workspace_id' | 'metric' | 'direction'> {
  metric: AlertMetric;
  direction: AlertDirection;
  created_at: Date;
  updated_at: Date;
  last_evaluated_at: Date | null;
}

const toRule = (r: RuleRow): AlertRule =>
  Object.assign(new AlertRule(), {
    id: r.id,
    studyId: r.study_id,
    name: r.name,
    metric: r.metric,
    direction: r.direction,
    groupBy: r.group_by,
    filter: r.filter ? { bands: (r.filter.bands as Band[] | undefined) ?? null, attributes: r.filter.attributes ?? null } : null,
    window: { days: r.window_days },
    baseline: { days: r.baseline_days, previousWave: r.baseline_kind === 'previous_wave' },
    minN: r.min_n,
    minDelta: r.min_delta,
    level: r.level,
    enabled: r.enabled,
    ownerEmail: r.owner_email,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    lastEvaluatedAt: r.last_evaluated_at,
  });

interface AlertRow {
  id: string;
  study_id: string;
  rule_id: string;
  segment_key: { attribute: string; value: string | null }[];
  segment_label: string;
  metric: AlertMetric;
  status: AlertStatus;
  current: number;
  baseline: number;
  delta: number;
  ci_low: number;
  ci_high: number;
  p_value: number;
  n_current: number;
  n_baseline: number;
  window_start: Date;
  window_end: Date;
  baseline_start: Date | null;
  baseline_end: Date | null;
  baseline_wave_id: string | null;
  fired_at: Date;
  evaluated_at: Date;
  resolved_at: Date | null;
  acknowledged_at: Date | null;
  acknowledged_by: string | null;
  owner_email: string | null;
}

const toAlert = (a: AlertRow): Alert =>
  Object.assign(new Alert(), {
    id: a.id,
    studyId: a.study_id,
    ruleId: a.rule_id,
    segment: { key: a.segment_key, label: a.segment_label },
    segmentKey: a.segment_key,
    metric: a.metric,
    status: a.status,
    current: a.current,
    baseline: a.baseline,
    delta: a.delta,
    ciLow: a.ci_low,
    ciHigh: a.ci_high,
    pValue: a.p_value,
    n: a.n_current,
    baselineN: a.n_baseline,
    windowStart: a.window_start,
    windowEnd: a.window_end,
    baselineStart: a.baseline_start,
    baselineEnd: a.baseline_end,
    baselineWaveId: a.baseline_wave_id,
    firedAt: a.fired_at,
    evaluatedAt: a.evaluated_at,
    resolvedAt: a.resolved_at,
    acknowledgedAt: a.acknowledged_at,
    acknowledgedBy: a.acknowledged_by,
    ownerEmail: a.owner_email,
  });

function invalid(message: string, field: string): LadderError {
  return new LadderError('INVALID_ALERT_RULE', message, { field });
}

/** The baseline columns; exactly one of days and previousWave. */
function baselineColumns(b: AlertBaselineInput): { kind: 'days' | 'previous_wave'; days: number | null } {
  const previous = b.previousWave === true;
  const days = b.days ?? null;
  if (previous === (days !== null)) throw invalid('Give the baseline as days or previousWave: true, not both', 'baseline');
  return previous ? { kind: 'previous_wave', days: null } : { kind: 'days', days };
}

/** A filter as stored: checked like segmentNps' (attribute names), empty parts dropped. */
function storedFilter(filter: SegmentFilter | null | undefined): StoredFilter | null {
  if (!filter) return null;
  appendRespondentFilter(filter, [], []); // INVALID_GROUP_BY for a bad attribute name, as segmentNps
  const out: StoredFilter = {};
  if (filter.bands?.length) out.bands = filter.bands;
  if (filter.attributes?.length) out.attributes = filter.attributes.map((a) => ({ attribute: a.attribute, values: a.values }));
  return Object.keys(out).length ? out : null;
}

const RULE_COLUMNS = `id, study_id, name, metric, direction, group_by, filter, window_days, baseline_kind, baseline_days, min_n,
  min_delta, level, enabled, owner_email, created_at, updated_at, last_evaluated_at`;

/** The response time as PostgreSQL prints it (microseconds kept: a batch shares one timestamp). */
const encodeCursor = (r: { cursor_at: string; id: string }) => Buffer.from(JSON.stringify([r.cursor_at, r.id])).toString('base64url');

function decodeCursor(cursor: string): [string, string] {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof at === 'string' && !Number.isNaN(Date.parse(at)) && typeof id === 'string' && isUuid(id)) return [at, id];
  } catch {
    /* reported below */
  }
  throw new LadderError('BAD_USER_INPUT', 'The "after" cursor is not one this API returned', { argument: 'after' });
}

/** Appends the conditions that keep an alert segment's respondents (alias `r`): one per key part. */
function appendSegmentKey(key: Alert['segmentKey'], where: string[], params: unknown[]): void {
  for (const part of key) {
    let expr = 'r.band';
    if (part.attribute !== 'band') {
      params.push(part.attribute);
      expr = `r.attributes->>$${params.length}`;
    }
    if (part.value === null) {
      where.push(`${expr} IS NULL`);
    } else {
      params.push(part.value);
      where.push(`${expr} = $${params.length}`);
    }
  }
}

export class AlertService {
  constructor(private readonly studies: StudyService) {}

  async rules(ctx: RequestContext, studyId: string): Promise<AlertRule[]> {
    const workspaceId = requireWorkspace(ctx, 'read');
    await this.studies.findOrFail(ctx, studyId);
    const rows: RuleRow[] = await ctx.db.query(
      `SELECT ${RULE_COLUMNS} FROM alert_rule WHERE workspace_id = $1 AND study_id = $2 ORDER BY created_at, id`,
      [workspaceId, studyId],
    );
    return rows.map(toRule);
  }

  async rule(ctx: RequestContext, id: string): Promise<AlertRule> {
    const workspaceId = requireWorkspace(ctx, 'read');
    const rows: RuleRow[] = isUuid(id)
      ? await ctx.db.query(`SELECT ${RULE_COLUMNS} FROM alert_rule WHERE id = $1 AND workspace_id = $2`, [id, workspaceId])
      : [];
    if (!rows[0]) throw notFound('ALERT_RULE_NOT_FOUND', 'Alert rule', id);
    return toRule(rows[0]);
  }

  async createRule(ctx: RequestContext, input: CreateAlertRuleInput): Promise<AlertRule> {
    const principal = requirePermission(ctx, 'write');
    groupKeyColumns(input.groupBy, []); // INVALID_GROUP_BY before STUDY_NOT_FOUND, as segmentNps
    const filter = storedFilter(input.filter);
    const baseline = baselineColumns(input.baseline);
    const ownerEmail = ownerEmailOrFail(input.ownerEmail, 'ownerEmail');
    await this.studies.findOrFail(ctx, input.studyId);
    return ctx.db.transaction(async (em) => {
      // Serialises rule creation per study, so two at once cannot both pass the limit.
      await em.query(`SELECT 1 FROM study WHERE id = $1 FOR UPDATE`, [input.studyId]);
      const [{ n }]: { n: number }[] = await em.query(`SELECT count(*)::int AS n FROM alert_rule WHERE study_id = $1`, [input.studyId]);
      if (n >= MAX_RULES_PER_STUDY) throw invalid(`A study has at most ${MAX_RULES_PER_STUDY} alert rules`, 'studyId');
      const rows: RuleRow[] = await em.query(
        `INSERT INTO alert_rule (workspace_id, study_id, name, metric, direction, group_by, filter, window_days, baseline_kind,
           baseline_days, min_n, min_delta, level, enabled, created_by, owner_email)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING ${RULE_COLUMNS}`,
        [
          principal.workspaceId,
          input.studyId,
          input.name.trim(),
          input.metric,
          input.direction,
          input.groupBy,
          filter ? JSON.stringify(filter) : null,
          input.window.days,
          baseline.kind,
          baseline.days,
          input.minN,
          input.minDelta,
          input.level,
          input.enabled,
          actorOf(principal),
          ownerEmail,
        ],
      );
      return toRule(rows[0]);
    });
  }

  async updateRule(ctx: RequestContext, input: UpdateAlertRuleInput): Promise<AlertRule> {
    const workspaceId = requireWorkspace(ctx, 'write');
    if (input.groupBy) groupKeyColumns(input.groupBy, []);
    const sets: string[] = [];
    const params: unknown[] = [input.id, workspaceId];
    const set = (column: string, value: unknown) => {
      params.push(value);
      sets.push(`${column} = $${params.length}`);
    };
    if (input.name !== undefined && input.name !== null) set('name', input.name.trim());
    if (input.metric != null) set('metric', input.metric);
    if (input.direction != null) set('direction', input.direction);
    if (input.groupBy != null) set('group_by', input.groupBy);
    if (input.filter !== undefined) set('filter', input.filter === null ? null : JSON.stringify(storedFilter(input.filter)));
    if (input.window != null) set('window_days', input.window.days);
    if (input.baseline != null) {
      const b = baselineColumns(input.baseline);
      set('baseline_kind', b.kind);
      set('baseline_days', b.days);
    }
    if (input.minN != null) set('min_n', input.minN);
    if (input.minDelta != null) set('min_delta', input.minDelta);
    if (input.level != null) set('level', input.level);
    if (input.enabled != null) set('enabled', input.enabled);
    if (input.ownerEmail !== undefined) set('owner_email', ownerEmailOrFail(input.ownerEmail, 'ownerEmail'));
    if (!sets.length) throw invalid('Give at least one field to change', 'id');
    // A changed rule is evaluated at the next pass; its open alerts are judged by the new thresholds.
    const [rows]: [RuleRow[], number] = isUuid(input.id)
      ? await ctx.db.query(
          `UPDATE alert_rule SET ${sets.join(', ')}, updated_at = now(), last_evaluated_at = NULL
           WHERE id = $1 AND workspace_id = $2 RETURNING ${RULE_COLUMNS}`,
          params,
        )
      : [[], 0];
    if (!rows[0]) throw notFound('ALERT_RULE_NOT_FOUND', 'Alert rule', input.id);
    return toRule(rows[0]);
  }

  /** Deletes the rule and its alerts (history included): an alert without its rule cannot be read right. */
  async deleteRule(ctx: RequestContext, id: string): Promise<string> {
    const workspaceId = requireWorkspace(ctx, 'write');
    // UPDATE and DELETE ... RETURNING answer [rows, affected] through TypeORM's postgres driver.
    const [rows]: [{ id: string }[], number] = isUuid(id)
      ? await ctx.db.query(`DELETE FROM alert_rule WHERE id = $1 AND workspace_id = $2 RETURNING id`, [id, workspaceId])
      : [[], 0];
    if (!rows[0]) throw notFound('ALERT_RULE_NOT_FOUND', 'Alert rule', id);
    return rows[0].id;
  }

  /** The study's alerts, newest first. */
  async alerts(ctx: RequestContext, studyId: string, status: AlertStatus | null | undefined, first: number): Promise<Alert[]> {
    const workspaceId = requireWorkspace(ctx, 'read');
    await this.studies.findOrFail(ctx, studyId);
    const rows: AlertRow[] = await ctx.db.query(
      `SELECT * FROM alert WHERE workspace_id = $1 AND study_id = $2 AND ($3::text IS NULL OR status = $3)
       ORDER BY fired_at DESC, id DESC LIMIT $4`,
      [workspaceId, studyId, status ?? null, first],
    );
    return rows.map(toAlert);
  }

  async alert(ctx: RequestContext, id: string): Promise<Alert> {
    const workspaceId = requireWorkspace(ctx, 'read');
    const rows: AlertRow[] = isUuid(id)
      ? await ctx.db.query(`SELECT * FROM alert WHERE id = $1 AND workspace_id = $2`, [id, workspaceId])
      : [];
    if (!rows[0]) throw notFound('ALERT_NOT_FOUND', 'Alert', id);
    return toAlert(rows[0]);
  }

  /** Marks the alert seen; the first acknowledgement is kept (a second one changes nothing). */
  async acknowledge(ctx: RequestContext, id: string): Promise<Alert> {
    const principal = requirePermission(ctx, 'write');
    if (isUuid(id)) {
      await ctx.db.query(
        `UPDATE alert SET acknowledged_at = now(), acknowledged_by = $3 WHERE id = $1 AND workspace_id = $2 AND acknowledged_at IS NULL`,
        [id, principal.workspaceId, actorOf(principal)],
      );
    }
    return this.alert(ctx, id);
  }

  /** Gives the alert an owner (an empty string clears it); a new owner is emailed. */
  async assign(ctx: RequestContext, id: string, rawEmail: string): Promise<Alert> {
    const workspaceId = requireWorkspace(ctx, 'write');
    const email = ownerEmailOrFail(rawEmail, 'ownerEmail');
    await ctx.db.transaction(async (em) => {
      const rows: AlertRow[] = isUuid(id)
        ? await em.query(`SELECT * FROM alert WHERE id = $1 AND workspace_id = $2 FOR UPDATE`, [id, workspaceId])
        : [];
      const alert = rows[0];
      if (!alert) throw notFound('ALERT_NOT_FOUND', 'Alert', id);
      if (alert.owner_email === email) return;
      await em.query(`UPDATE alert SET owner_email = $2 WHERE id = $1`, [id, email]);
      if (!email) return;
      const unit = alert.metric === 'nps' ? '' : '%';
      await queueOwnerNotification(em, {
        workspaceId,
        email,
        kind: 'alert.assigned',
        subjectId: alert.id,
        title: `Alert assigned to you: ${alert.segment_label}, ${alert.baseline}${unit} -> ${alert.current}${unit}`,
        body: [
          `Status: ${alert.status}`,
          `Change: ${alert.delta > 0 ? '+' : ''}${alert.delta} points, 95% interval ${alert.ci_low} to ${alert.ci_high}`,
          `Responses: ${alert.n_current} in the window, ${alert.n_baseline} in the baseline`,
        ].join('\n'),
        link: `/studies/${alert.study_id}/alerts`,
      });
    });
    return this.alert(ctx, id);
  }

  /**
   * The responses behind an alert: the segment's respondents in its current window (the rule's
   * filter applied), newest first, keyset-paged.
   */
  async responses(ctx: RequestContext, alert: Alert, first: number, after: string | null | undefined): Promise<RespondentConnection> {
    const workspaceId = requireWorkspace(ctx, 'read');
    const rule: RuleRow[] = await ctx.db.query(`SELECT filter FROM alert_rule WHERE id = $1 AND workspace_id = $2`, [
      alert.ruleId,
      workspaceId,
    ]);
    const params: unknown[] = [workspaceId, alert.studyId, alert.windowStart, alert.windowEnd];
    const where = [
      'r.workspace_id = $1',
      'w.workspace_id = $1',
      'w.study_id = $2',
      'NOT w.preview',
      'r.responded_at >= $3',
      'r.responded_at <= $4',
    ];
    if (alert.baselineWaveId) {
      params.push(alert.baselineWaveId);
      where.push(`r.wave_id <> $${params.length}::uuid`);
    }
    appendRespondentFilter((rule[0]?.filter ?? null) as SegmentFilter | null, where, params);
    appendSegmentKey(alert.segmentKey, where, params);
    const filtered = where.join(' AND ');
    const totalRows: { n: number }[] = await ctx.db.query(
      `SELECT count(*)::int AS n FROM respondent r JOIN wave w ON w.id = r.wave_id WHERE ${filtered}`,
      params,
    );
    const cursor = after ? decodeCursor(after) : null;
    if (cursor) {
      params.push(cursor[0], cursor[1]);
      where.push(`(r.responded_at, r.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(first + 1);
    const rows: (RespondentRow & { cursor_at: string })[] = await ctx.db.query(
      `SELECT r.*, r.responded_at::text AS cursor_at FROM respondent r JOIN wave w ON w.id = r.wave_id WHERE ${where.join(' AND ')}
       ORDER BY r.responded_at DESC, r.id DESC LIMIT $${params.length}`,
      params,
    );
    const page = rows.slice(0, first);
    return {
      edges: page.map((r) => ({ cursor: encodeCursor(r), node: toRespondent(r) })),
      pageInfo: { hasNextPage: rows.length > first, endCursor: page.length ? encodeCursor(page[page.length - 1]) : null },
      totalCount: totalRows[0].n,
    };
  }

  /**
   * The themes most prevalent among the segment's coded detractors, from the latest completed
   * analysis of each wave the window touches: a coding counts for a theme when its stated or root
   * driver is one of the theme's drivers.
   */
  async detractorThemes(ctx: RequestContext, alert: Alert, first: number): Promise<AlertTheme[]> {
    const workspaceId = requireWorkspace(ctx, 'read');
    const params: unknown[] = [workspaceId, alert.studyId, alert.windowStart, alert.windowEnd];
    const where = ['r.workspace_id = $1', 'w.study_id = $2', 'NOT w.preview', 'r.responded_at >= $3', 'r.responded_at <= $4'];
    where.push(`r.band = 'detractor'`);
    appendSegmentKey(alert.segmentKey, where, params);
    params.push(first);
    return ctx.db.query(
      `WITH coded AS (
         SELECT DISTINCT ON (c.session_id) c.session_id, c.wave_id, c.stated_driver, c.root_driver
         FROM respondent r JOIN wave w ON w.id = r.wave_id
           JOIN interview_session s ON s.respondent_id = r.id AND s.workspace_id = r.workspace_id
           JOIN transcript_coding c ON c.session_id = s.id AND c.workspace_id = r.workspace_id
         WHERE ${where.join(' AND ')}
         ORDER BY c.session_id, c.taxonomy_version DESC
       ), latest AS (
         SELECT DISTINCT ON (a.wave_id) a.id, a.wave_id FROM wave_analysis a
         WHERE a.workspace_id = $1 AND a.status = 'completed' AND a.wave_id IN (SELECT wave_id FROM coded)
         ORDER BY a.wave_id, a.finished_at DESC NULLS LAST, a.id DESC
       )
       SELECT t.id AS "themeId", min(t.label) AS label, count(DISTINCT c.session_id)::int AS count,
              (SELECT count(*)::int FROM coded) AS n,
              round(count(DISTINCT c.session_id)::numeric / GREATEST((SELECT count(*) FROM coded), 1), 4)::float8 AS share
       FROM latest l JOIN theme t ON t.analysis_id = l.id AND t.workspace_id = $1 AND t.scope IN ('detractor', 'cross-band')
         JOIN coded c ON c.wave_id = l.wave_id AND (c.stated_driver = ANY(t.driver_keys) OR c.root_driver = ANY(t.driver_keys))
       GROUP BY t.id ORDER BY count DESC, label LIMIT $${params.length}`,
      params,
    );
  }
}
