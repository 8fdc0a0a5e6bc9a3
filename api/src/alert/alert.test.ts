import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, dataOf, startTestApi, type TestApi } from '../test-support/api-harness.js';
import { studyWithWave } from '../test-support/fixtures.js';
import {
  AcknowledgeAlertDocument,
  AlertDetailDocument,
  AlertRaisedDocument,
  AlertRulesDocument,
  AlertsDocument,
  CreateAlertRuleDocument,
  DeleteAlertRuleDocument,
  IngestResponsesDocument,
  LaunchWaveDocument,
  UpdateAlertRuleDocument,
  type CreateAlertRuleInput,
} from '../test-support/gql/graphql.js';
import { subscribe } from '../test-support/ws-client.js';

let api: TestApi;
let target: { studyId: string; waveId: string };

const ruleInput = (over: Partial<CreateAlertRuleInput> = {}): CreateAlertRuleInput => ({
  studyId: target.studyId,
  name: 'Enterprise detractors',
  metric: 'DETRACTOR_SHARE',
  groupBy: ['region'],
  window: { days: 7 },
  baseline: { days: 28 },
  minN: 30,
  minDelta: 10,
  ...over,
});

/** An alert row as the worker's evaluator writes it (evaluation itself is tested in workflows/src/alerts). */
async function storedAlert(
  ruleId: string,
  region: string,
  over: { status?: string; windowStart?: Date; key?: { attribute: string; value: string }[] } = {},
): Promise<string> {
  const now = new Date();
  const rows: { id: string }[] = await api.db.query(
    `INSERT INTO alert (workspace_id, study_id, rule_id, segment_key, segment_label, metric, status, current, baseline, delta, ci_low,
       ci_high, p_value, n_current, n_baseline, window_start, window_end, resolved_at)
     SELECT workspace_id, study_id, id, $2, $3, 'detractor_share', $4, 60, 30, 30, 12.5, 45.1, 0.001, 50, 100, $5, $6,
            CASE WHEN $4 = 'resolved' THEN now() END
     FROM alert_rule WHERE id = $1 RETURNING id`,
    [
      ruleId,
      JSON.stringify(over.key ?? [{ attribute: 'region', value: region }]),
      `region=${region}`,
      over.status ?? 'firing',
      over.windowStart ?? new Date(now.getTime() - 7 * 86_400_000),
      now,
    ],
  );
  return rows[0].id;
}

beforeAll(async () => {
  api = await startTestApi();
  target = await studyWithWave(api);
  dataOf(await api.gql(LaunchWaveDocument, { id: target.waveId }));
});
afterAll(() => api.stop());

describe('alert rules', () => {
  it('creates a rule with the defaults, lists it and changes only what is given', async () => {
    const created = dataOf(
      await api.gql(CreateAlertRuleDocument, { input: ruleInput({ filter: { bands: ['DETRACTOR', 'PASSIVE'] } }) }),
    ).createAlertRule;
    expect(created).toMatchObject({
      name: 'Enterprise detractors',
      metric: 'DETRACTOR_SHARE',
      direction: 'WORSE',
      groupBy: ['region'],
      filter: { bands: ['DETRACTOR', 'PASSIVE'], attributes: null },
      window: { days: 7 },
      baseline: { days: 28, previousWave: false },
      minN: 30,
      minDelta: 10,
      level: 0.05,
      enabled: true,
      lastEvaluatedAt: null,
    });
    const updated = dataOf(
      await api.gql(UpdateAlertRuleDocument, { input: { id: created.id, baseline: { previousWave: true }, level: 0.01, filter: null } }),
    ).updateAlertRule;
    expect(updated).toMatchObject({
      name: created.name,
      baseline: { days: null, previousWave: true },
      level: 0.01,
      filter: null,
      minN: 30,
    });
    const listed = dataOf(await api.gql(AlertRulesDocument, { studyId: target.studyId })).alertRules;
    expect(listed.map((r) => r.id)).toContain(created.id);
    expect(dataOf(await api.gql(DeleteAlertRuleDocument, { id: created.id })).deleteAlertRule).toBe(created.id);
    expect(codeOf(await api.gql(DeleteAlertRuleDocument, { id: created.id }))).toBe('ALERT_RULE_NOT_FOUND');
  });

  it('refuses a baseline given both ways or neither, a bad groupBy, an unknown study, and out-of-range thresholds', async () => {
    const both = await api.gql(CreateAlertRuleDocument, { input: ruleInput({ baseline: { days: 7, previousWave: true } }) });
    expect(codeOf(both)).toBe('INVALID_ALERT_RULE');
    expect(both.errors?.[0].extensions.field).toBe('baseline');
    expect(codeOf(await api.gql(CreateAlertRuleDocument, { input: ruleInput({ baseline: {} }) }))).toBe('INVALID_ALERT_RULE');
    expect(codeOf(await api.gql(CreateAlertRuleDocument, { input: ruleInput({ groupBy: ['region', 'region'] }) }))).toBe(
      'INVALID_GROUP_BY',
    );
    const unknownStudy = ruleInput({ studyId: '00000000-0000-4000-8000-000000000000' });
    expect(codeOf(await api.gql(CreateAlertRuleDocument, { input: unknownStudy }))).toBe('STUDY_NOT_FOUND');
    expect(codeOf(await api.gql(CreateAlertRuleDocument, { input: ruleInput({ level: 0.9 }) }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await api.gql(CreateAlertRuleDocument, { input: ruleInput({ window: { days: 0 } }) }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await api.gql(UpdateAlertRuleDocument, { input: { id: 'nope', name: 'x' } }))).toBe('ALERT_RULE_NOT_FOUND');
  });

  it('lets viewers read rules but not change them, and keeps them inside their workspace', async () => {
    const rule = dataOf(await api.gql(CreateAlertRuleDocument, { input: ruleInput() })).createAlertRule;
    expect(codeOf(await api.gql(CreateAlertRuleDocument, { input: ruleInput() }, api.a.keys.viewer))).toBe('FORBIDDEN');
    expect(dataOf(await api.gql(AlertRulesDocument, { studyId: target.studyId }, api.a.keys.viewer)).alertRules.length).toBeGreaterThan(0);
    expect(codeOf(await api.gql(AlertRulesDocument, { studyId: target.studyId }, api.b.keys.admin))).toBe('STUDY_NOT_FOUND');
    expect(codeOf(await api.gql(DeleteAlertRuleDocument, { id: rule.id }, api.b.keys.admin))).toBe('ALERT_RULE_NOT_FOUND');
  });
});

describe('alerts', () => {
  it('lists alerts newest first by status, with their rule, and keeps the first acknowledgement', async () => {
    const rule = dataOf(await api.gql(CreateAlertRuleDocument, { input: ruleInput({ name: 'listed' }) })).createAlertRule;
    const resolved = await storedAlert(rule.id, 'US', { status: 'resolved' });
    const firing = await storedAlert(rule.id, 'EMEA');
    const all = dataOf(await api.gql(AlertsDocument, { studyId: target.studyId })).alerts.filter((a) => a.ruleId === rule.id);
    expect(all.map((a) => a.id)).toEqual([firing, resolved]);
    expect(all[0]).toMatchObject({
      segment: { key: [{ attribute: 'region', value: 'EMEA' }], label: 'region=EMEA' },
      status: 'FIRING',
      current: 60,
      baseline: 30,
      delta: 30,
      n: 50,
      baselineN: 100,
      rule: { name: 'listed' },
    });
    const onlyFiring = dataOf(await api.gql(AlertsDocument, { studyId: target.studyId, status: 'FIRING' })).alerts;
    expect(onlyFiring.every((a) => a.status === 'FIRING')).toBe(true);

    expect(codeOf(await api.gql(AcknowledgeAlertDocument, { id: firing }, api.a.keys.viewer))).toBe('FORBIDDEN');
    const acked = dataOf(await api.gql(AcknowledgeAlertDocument, { id: firing })).acknowledgeAlert;
    expect(acked.acknowledgedBy).toMatch(/^api-key:/);
    const again = dataOf(await api.gql(AcknowledgeAlertDocument, { id: firing }, api.a.keys.analyst)).acknowledgeAlert;
    expect([again.acknowledgedAt, again.acknowledgedBy]).toEqual([acked.acknowledgedAt, acked.acknowledgedBy]);
    expect(codeOf(await api.gql(AcknowledgeAlertDocument, { id: firing }, api.b.keys.admin))).toBe('ALERT_NOT_FOUND');
  });

  it('keeps one firing alert per rule and segment, for segments of values as long as the import accepts', async () => {
    const rule = dataOf(await api.gql(CreateAlertRuleDocument, { input: ruleInput({ name: 'wide segment' }) })).createAlertRule;
    // Three values of 1,000 characters that do not compress: a key over the 2,704 bytes a btree entry holds.
    const key = ['region', 'tier', 'plan'].map((attribute) => ({ attribute, value: randomBytes(500).toString('hex') }));
    const firing = await storedAlert(rule.id, '', { key });
    await expect(storedAlert(rule.id, '', { key })).rejects.toThrow(/alert_one_firing_idx/);
    await storedAlert(rule.id, '', { key, status: 'resolved' });
    const listed = dataOf(await api.gql(AlertsDocument, { studyId: target.studyId })).alerts.filter((a) => a.ruleId === rule.id);
    expect(listed.map((a) => [a.status, a.segment.key])).toEqual([
      ['RESOLVED', key],
      ['FIRING', key],
    ]);
    expect(listed[1].id).toBe(firing);
  });

  it("links an alert to its segment's responses in the window, newest first, page by page", async () => {
    const rule = dataOf(await api.gql(CreateAlertRuleDocument, { input: ruleInput({ name: 'linked' }) })).createAlertRule;
    const responses = [
      ...Array.from({ length: 3 }, (_, i) => ({ externalId: `emea-${i}`, score: 2, attributes: { region: 'EMEA' } })),
      { externalId: 'us-1', score: 3, attributes: { region: 'US' } },
    ];
    dataOf(await api.gql(IngestResponsesDocument, { input: { waveId: target.waveId, responses } }));
    const id = await storedAlert(rule.id, 'EMEA');
    const first = dataOf(await api.gql(AlertDetailDocument, { id, first: 2 })).alert;
    expect(first.responses.totalCount).toBe(3);
    expect(first.responses.edges.every((e) => (e.node.attributes as Record<string, string>).region === 'EMEA')).toBe(true);
    expect(first.responses.pageInfo.hasNextPage).toBe(true);
    const next = dataOf(await api.gql(AlertDetailDocument, { id, first: 2, after: first.responses.pageInfo.endCursor })).alert;
    expect(next.responses.edges).toHaveLength(1);
    const ids = [...first.responses.edges, ...next.responses.edges].map((e) => e.node.externalId).sort();
    expect(ids).toEqual(['emea-0', 'emea-1', 'emea-2']);
    expect(first.detractorThemes).toEqual([]); // no interviews coded
    expect(codeOf(await api.gql(AlertDetailDocument, { id, after: 'garbage' }))).toBe('BAD_USER_INPUT');
  });

  it('marks the study due when responses arrive, only when it has an enabled rule', async () => {
    const other = await studyWithWave(api, api.a.keys.admin, 'No rules');
    dataOf(await api.gql(LaunchWaveDocument, { id: other.waveId }));
    const one = [{ externalId: 'due-1', score: 5, attributes: { region: 'EMEA' } }];
    dataOf(await api.gql(IngestResponsesDocument, { input: { waveId: other.waveId, responses: one } }));
    const due = (studyId: string) => api.db.query(`SELECT version FROM alert_evaluation_due WHERE study_id = $1`, [studyId]);
    expect(await due(other.studyId)).toEqual([]);
    dataOf(await api.gql(IngestResponsesDocument, { input: { waveId: target.waveId, responses: one } }));
    const [{ version }] = await due(target.studyId);
    dataOf(await api.gql(IngestResponsesDocument, { input: { waveId: target.waveId, responses: [{ ...one[0], externalId: 'due-2' }] } }));
    expect(Number((await due(target.studyId))[0].version)).toBe(Number(version) + 1);
  });

  it('streams an alert to alertRaised when it fires, not when it resolves', async () => {
    const rule = dataOf(await api.gql(CreateAlertRuleDocument, { input: ruleInput({ name: 'streamed' }) })).createAlertRule;
    const s = await subscribe(api.wsUrl, api.a.keys.viewer, AlertRaisedDocument, { studyId: target.studyId });
    try {
      const notify = (alertId: string, status: string) =>
        api.db.query(`SELECT pg_notify('ladder_events', $1)`, [
          JSON.stringify({ type: 'alert.changed', workspaceId: api.a.id, studyId: target.studyId, alertId, ruleId: rule.id, status }),
        ]);
      const resolved = await storedAlert(rule.id, 'APAC', { status: 'resolved' });
      const fired = await storedAlert(rule.id, 'LATAM');
      // The subscription may start listening a moment after the socket's ack: send the pair until one arrives.
      // Notifications keep their order, so were resolved alerts streamed, the resolved one would come first.
      for (let i = 0; i < 50 && s.results().length === 0; i++) {
        await notify(resolved, 'resolved');
        await notify(fired, 'firing');
        await new Promise((r) => setTimeout(r, 100));
      }
      const event = await s.next();
      expect(event.data?.alertRaised).toMatchObject({ id: fired, status: 'FIRING', segment: { label: 'region=LATAM' } });
    } finally {
      s.socket.ws.close();
    }
    const b = await subscribe(api.wsUrl, api.b.keys.admin, AlertRaisedDocument, { studyId: target.studyId });
    expect((await b.next()).errors?.[0].extensions.code).toBe('STUDY_NOT_FOUND');
    b.socket.ws.close();
  });
});
