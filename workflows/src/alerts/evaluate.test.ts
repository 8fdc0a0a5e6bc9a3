import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestDatabase, stopTestDatabase, type TestDatabase } from '../test-support/environment.js';
import { evaluateDueRules, evaluateRule, type AlertOutbox } from './evaluate.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await startTestDatabase();
});
afterAll(() => stopTestDatabase(db));

const NOW = new Date('2026-12-01T12:00:00Z');
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000);

async function study(): Promise<{ workspaceId: string; studyId: string; waveId: string }> {
  const q = (sql: string, params: unknown[]) => db.pool.query(sql, params).then((r) => r.rows[0]);
  const w = await q(`INSERT INTO workspace (slug, name) VALUES ($1, 'w') RETURNING id`, [`alerts-${randomBytes(4).toString('hex')}`]);
  const s = await q(`INSERT INTO study (workspace_id, name) VALUES ($1, 's') RETURNING id`, [w.id]);
  const v = await q(
    `INSERT INTO wave (workspace_id, study_id, name, status, launched_at) VALUES ($1, $2, 'Q4', 'fielding', $3) RETURNING id`,
    [w.id, s.id, daysAgo(60)],
  );
  return { workspaceId: w.id, studyId: s.id, waveId: v.id };
}

/** `n` responses of a region at `day` days ago: `detractors` of them score 3, the rest alternate 7 and 9. */
async function respond(target: { workspaceId: string; waveId: string }, region: string, day: number, n: number, detractors: number) {
  await db.pool.query(
    `INSERT INTO respondent (workspace_id, wave_id, external_id, score, attributes, responded_at)
     SELECT $1, $2, $3 || i, CASE WHEN i <= $5 THEN 3 WHEN i % 2 = 0 THEN 7 ELSE 9 END, jsonb_build_object('region', $4::text), $6
     FROM generate_series(1, $7::int) AS i`,
    [target.workspaceId, target.waveId, `${region}-${day}-${randomBytes(3).toString('hex')}-`, region, detractors, daysAgo(day), n],
  );
}

async function rule(target: { workspaceId: string; studyId: string }, overrides: Record<string, unknown> = {}): Promise<string> {
  const r = {
    metric: 'detractor_share',
    direction: 'worse',
    group_by: ['region'],
    window_days: 7,
    baseline_kind: 'days',
    baseline_days: 21,
    min_n: 30,
    min_delta: 10,
    level: 0.05,
    ...overrides,
  };
  const { rows } = await db.pool.query(
    `INSERT INTO alert_rule (workspace_id, study_id, name, metric, direction, group_by, window_days, baseline_kind, baseline_days, min_n,
       min_delta, level) VALUES ($1, $2, 'detractors up', $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
    [
      target.workspaceId,
      target.studyId,
      r.metric,
      r.direction,
      r.group_by,
      r.window_days,
      r.baseline_kind,
      r.baseline_days,
      r.min_n,
      r.min_delta,
      r.level,
    ],
  );
  return rows[0].id;
}

function capture(): { outbox: AlertOutbox; events: { type: string; data: Record<string, unknown> }[] } {
  const events: { type: string; data: Record<string, unknown> }[] = [];
  return { events, outbox: async (_db, e) => void events.push({ type: e.type, data: { ...e.data } }) };
}

const alertsOf = async (ruleId: string) =>
  (
    await db.pool.query(
      `SELECT segment_label, status, current, baseline, delta, n_current, n_baseline, resolved_at
       FROM alert WHERE rule_id = $1 ORDER BY fired_at`,
      [ruleId],
    )
  ).rows;

describe('evaluateRule', () => {
  it('fires for the segment whose detractor share rose, once, and resolves it when the share comes back', async () => {
    const s = await study();
    // Baseline (8 to 28 days ago): 30% detractors in both regions. Window (last 7 days): EMEA at 60%.
    await respond(s, 'EMEA', 15, 100, 30);
    await respond(s, 'US', 15, 100, 30);
    await respond(s, 'EMEA', 2, 50, 30);
    await respond(s, 'US', 2, 50, 15);
    const ruleId = await rule(s);
    const { outbox, events } = capture();

    const first = await evaluateRule(db.pool, ruleId, NOW, outbox);
    expect(first).toMatchObject({ evaluated: true, segments: 2, resolved: [] });
    expect(first.fired).toHaveLength(1);
    expect(await alertsOf(ruleId)).toEqual([
      {
        segment_label: 'region=EMEA',
        status: 'firing',
        current: 60,
        baseline: 30,
        delta: 30,
        n_current: 50,
        n_baseline: 100,
        resolved_at: null,
      },
    ]);
    expect(events).toEqual([
      {
        type: 'alert.fired',
        data: expect.objectContaining({
          alertId: first.fired[0],
          ruleId,
          studyId: s.studyId,
          status: 'firing',
          segment: { key: [{ attribute: 'region', value: 'EMEA' }], label: 'region=EMEA' },
          metric: 'detractor_share',
          delta: 30,
          n: 50,
          baselineN: 100,
        }),
      },
    ]);

    // Evaluated again: still firing, not fired twice.
    expect((await evaluateRule(db.pool, ruleId, NOW, outbox)).fired).toEqual([]);
    expect(await alertsOf(ruleId)).toHaveLength(1);

    // 250 more EMEA responses this week at 30%: the window is back near the baseline (about 35%).
    await respond(s, 'EMEA', 1, 250, 75);
    const third = await evaluateRule(db.pool, ruleId, NOW, outbox);
    expect(third.resolved).toEqual(first.fired);
    const [resolved] = await alertsOf(ruleId);
    expect(resolved).toMatchObject({ status: 'resolved', current: 60, n_current: 50 }); // the figures it fired with
    expect(resolved.resolved_at).toEqual(NOW);
    expect(events.map((e) => e.type)).toEqual(['alert.fired', 'alert.resolved']);
  });

  it("gives the alert its rule's owner and queues the owner's email", async () => {
    const s = await study();
    await respond(s, 'EMEA', 15, 100, 30);
    await respond(s, 'EMEA', 2, 50, 30);
    const ruleId = await rule(s);
    await db.pool.query(`UPDATE alert_rule SET owner_email = 'dana@acme.example' WHERE id = $1`, [ruleId]);
    const [alertId] = (await evaluateRule(db.pool, ruleId, NOW)).fired;
    expect((await db.pool.query(`SELECT owner_email FROM alert WHERE id = $1`, [alertId])).rows[0].owner_email).toBe('dana@acme.example');
    const { rows } = await db.pool.query(`SELECT email, kind, title, body, link FROM owner_notification WHERE subject_id = $1`, [alertId]);
    expect(rows).toEqual([
      {
        email: 'dana@acme.example',
        kind: 'alert.fired',
        title: 'Alert: region=EMEA, detractor share 30% -> 60% (+30 points)',
        body: expect.stringContaining('Responses: 50 from 2026-11-24 to 2026-12-01, 100 in the baseline (2026-11-03 to 2026-11-24)'),
        link: `/studies/${s.studyId}/alerts`,
      },
    ]);
  });

  it('fires once when two evaluators run the same rule at the same moment', async () => {
    const s = await study();
    await respond(s, 'EMEA', 15, 100, 30);
    await respond(s, 'EMEA', 2, 50, 35);
    const ruleId = await rule(s);
    const results = await Promise.all([evaluateRule(db.pool, ruleId, NOW), evaluateRule(db.pool, ruleId, NOW)]);
    expect(results.flatMap((r) => r.fired)).toHaveLength(1);
    expect(await alertsOf(ruleId)).toHaveLength(1);
  });

  it('compares the latest wave with the one before when the baseline is the previous wave', async () => {
    const s = await study();
    await respond(s, 'EMEA', 40, 120, 24); // Q4: 20% detractors
    const { rows } = await db.pool.query(
      `INSERT INTO wave (workspace_id, study_id, name, status, launched_at) VALUES ($1, $2, 'Q1', 'fielding', $3) RETURNING id`,
      [s.workspaceId, s.studyId, daysAgo(10)],
    );
    const q1 = { workspaceId: s.workspaceId, waveId: rows[0].id };
    await respond(q1, 'EMEA', 20, 100, 90); // Q1, before the window: not counted
    await respond(q1, 'EMEA', 3, 60, 30); // Q1 this week: 50%
    const ruleId = await rule(s, { baseline_kind: 'previous_wave', baseline_days: null });
    const result = await evaluateRule(db.pool, ruleId, NOW);
    expect(result.fired).toHaveLength(1);
    const [alert] = await alertsOf(ruleId);
    expect(alert).toMatchObject({ current: 50, baseline: 20, n_current: 60, n_baseline: 120 });
  });

  it('does not fire on a change the test cannot tell from noise, or under minN', async () => {
    const s = await study();
    await respond(s, 'EMEA', 15, 100, 30);
    await respond(s, 'EMEA', 2, 20, 12); // 60%, but 20 < minN 30
    await respond(s, 'US', 15, 40, 12);
    await respond(s, 'US', 2, 40, 17); // 30% -> 42.5%: p ~ 0.25
    const ruleId = await rule(s);
    expect(await evaluateRule(db.pool, ruleId, NOW)).toMatchObject({ evaluated: true, segments: 2, fired: [] });
  });
});

describe('evaluateDueRules', () => {
  it('evaluates the rules of studies marked due and those not evaluated lately, and clears the mark at the version read', async () => {
    const s = await study();
    await respond(s, 'EMEA', 15, 100, 30);
    await respond(s, 'EMEA', 2, 50, 30);
    const ruleId = await rule(s);
    // Evaluated a minute ago and not marked: not due.
    await db.pool.query(`UPDATE alert_rule SET last_evaluated_at = $2 WHERE id = $1`, [ruleId, new Date(NOW.getTime() - 60_000)]);
    const before = await evaluateDueRules(db.pool, { limit: 1000, now: NOW });
    expect(before.rules.map((r) => r.ruleId)).not.toContain(ruleId);

    await db.pool.query(`INSERT INTO alert_evaluation_due (study_id, workspace_id) VALUES ($1, $2)`, [s.studyId, s.workspaceId]);
    const after = await evaluateDueRules(db.pool, { limit: 1000, now: NOW });
    expect(after.rules.find((r) => r.ruleId === ruleId)?.fired).toHaveLength(1);
    expect((await db.pool.query(`SELECT 1 FROM alert_evaluation_due WHERE study_id = $1`, [s.studyId])).rowCount).toBe(0);

    // Five minutes on, it is due again without any response (the window slides).
    const later = await evaluateDueRules(db.pool, { limit: 1000, now: new Date(NOW.getTime() + 5 * 60_000 + 1) });
    expect(later.rules.map((r) => r.ruleId)).toContain(ruleId);
  });
});
