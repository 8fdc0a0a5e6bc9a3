import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, dataOf, startTestApi, type TestApi } from '../test-support/api-harness.js';
import { csvOf, studyWithWave } from '../test-support/fixtures.js';
import {
  AssignAlertDocument,
  AssignEscalationDocument,
  CreateAlertRuleDocument,
  ImportRespondentsDocument,
  NotificationPreferenceDocument,
  SetNotificationPreferenceDocument,
  SetStudyEscalationOwnerDocument,
  UpdateAlertRuleDocument,
} from '../test-support/gql/graphql.js';

let api: TestApi;
let target: { studyId: string; waveId: string };
let escalationId: string;

const queued = (subjectId: string) =>
  api.db.query(`SELECT email, kind, title, link, digest, due_at FROM owner_notification WHERE subject_id = $1 ORDER BY created_at`, [
    subjectId,
  ]);

beforeAll(async () => {
  api = await startTestApi();
  target = await studyWithWave(api);
  await api.gql(ImportRespondentsDocument, {
    input: {
      waveId: target.waveId,
      csv: csvOf([
        ['id', 'score'],
        ['o-1', 2],
      ]),
    },
  });
  const [{ id: respondentId }] = await api.db.query(`SELECT id FROM respondent WHERE wave_id = $1`, [target.waveId]);
  const [{ id: sessionId }] = await api.db.query(
    `INSERT INTO interview_session (workspace_id, respondent_id, wave_id, moderator, token_hash, workflow_id)
     VALUES ($1, $2, $3, 'offline', 'owner-token', 'wf-owner') RETURNING id`,
    [api.a.id, respondentId, target.waveId],
  );
  const [{ id: turnId }] = await api.db.query(
    `INSERT INTO turn (workspace_id, session_id, seq, role, text, phase) VALUES ($1, $2, 1, 'respondent', 'We will cancel.', 'surface')
     RETURNING id`,
    [api.a.id, sessionId],
  );
  [{ id: escalationId }] = await api.db.query(
    `INSERT INTO escalation (workspace_id, study_id, wave_id, session_id, turn_id, reason, quote, detected_by)
     VALUES ($1, $2, $3, $4, $5, 'churn_risk', 'We will cancel.', 'offline') RETURNING id`,
    [api.a.id, target.studyId, target.waveId, sessionId, turnId],
  );
});
afterAll(() => api.stop());

describe('escalation owners', () => {
  it('emails a new owner once, with the transcript link and none of the respondent words', async () => {
    const assign = (ownerEmail: string) => api.gql(AssignEscalationDocument, { input: { id: escalationId, ownerEmail } });
    expect(dataOf(await assign('  Dana@Acme.example ')).updateEscalation.ownerEmail).toBe('dana@acme.example');
    await assign('dana@acme.example'); // the same owner again: no second email
    const [row, ...more] = await queued(escalationId);
    expect(more).toEqual([]);
    expect(row).toMatchObject({
      email: 'dana@acme.example',
      kind: 'escalation.assigned',
      title: 'Escalation assigned to you: churn risk',
      digest: false,
    });
    expect(row.link).toMatch(new RegExp(`^/studies/${target.studyId}/interviews/`));
    expect(JSON.stringify(row)).not.toContain('cancel');
    expect(dataOf(await assign('')).updateEscalation.ownerEmail).toBeNull();
    expect(await queued(escalationId)).toHaveLength(1);
  });

  it('refuses an owner that is not an address, naming the field, and lets viewers assign nothing', async () => {
    const bad = await api.gql(AssignEscalationDocument, { input: { id: escalationId, ownerEmail: 'Dana <dana@acme.example>' } });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].extensions.field).toBe('ownerEmail');
    const viewer = await api.gql(
      AssignEscalationDocument,
      { input: { id: escalationId, ownerEmail: 'v@acme.example' } },
      api.a.keys.viewer,
    );
    expect(codeOf(viewer)).toBe('FORBIDDEN');
  });
});

describe("a study's default escalation owner", () => {
  it('is set, normalised and cleared by writers, refused to viewers and bad addresses, and not found across workspaces', async () => {
    const set = (ownerEmail: string, key = api.a.keys.admin, studyId = target.studyId) =>
      api.gql(SetStudyEscalationOwnerDocument, { studyId, ownerEmail }, key);
    const stored = async () =>
      (await api.db.query(`SELECT escalation_owner_email AS e FROM study WHERE id = $1`, [target.studyId]))[0].e as string | null;
    expect(dataOf(await set(' Night@Acme.example ', api.a.keys.analyst)).setStudyEscalationOwner.escalationOwnerEmail).toBe(
      'night@acme.example',
    );
    expect(await stored()).toBe('night@acme.example');
    expect(codeOf(await set('v@acme.example', api.a.keys.viewer))).toBe('FORBIDDEN');
    const bad = await set('Night <night@acme.example>');
    expect({ code: codeOf(bad), field: bad.errors?.[0].extensions.field }).toEqual({ code: 'BAD_USER_INPUT', field: 'ownerEmail' });
    expect(codeOf(await set('b@acme.example', api.b.keys.admin))).toBe('STUDY_NOT_FOUND');
    expect(await stored()).toBe('night@acme.example');
    expect(dataOf(await set('')).setStudyEscalationOwner.escalationOwnerEmail).toBeNull();
    expect(await stored()).toBeNull();
  });
});

describe('alert owners', () => {
  it("keeps a rule's owner, and emails the owner an alert is assigned to", async () => {
    const input = {
      studyId: target.studyId,
      name: 'owned',
      groupBy: ['region'],
      window: { days: 7 },
      baseline: { days: 28 },
      ownerEmail: 'Lee@Acme.example',
    };
    const rule = dataOf(await api.gql(CreateAlertRuleDocument, { input })).createAlertRule;
    expect(rule.ownerEmail).toBe('lee@acme.example');
    const cleared = dataOf(await api.gql(UpdateAlertRuleDocument, { input: { id: rule.id, ownerEmail: '' } })).updateAlertRule;
    expect(cleared.ownerEmail).toBeNull();
    expect(codeOf(await api.gql(UpdateAlertRuleDocument, { input: { id: rule.id, ownerEmail: 'nope' } }))).toBe('BAD_USER_INPUT');

    const [{ id: alertId }] = await api.db.query(
      `INSERT INTO alert (workspace_id, study_id, rule_id, segment_key, segment_label, metric, status, current, baseline, delta, ci_low,
         ci_high, p_value, n_current, n_baseline, window_start, window_end)
       VALUES ($1, $2, $3, '[{"attribute":"region","value":"EMEA"}]', 'region=EMEA', 'nps', 'firing', 10, 40, -30, -45, -15, 0.001, 60,
               200, now() - interval '7 days', now()) RETURNING id`,
      [api.a.id, target.studyId, rule.id],
    );
    expect(dataOf(await api.gql(AssignAlertDocument, { id: alertId, ownerEmail: 'kim@acme.example' })).assignAlert.ownerEmail).toBe(
      'kim@acme.example',
    );
    expect(await queued(alertId)).toEqual([
      expect.objectContaining({ email: 'kim@acme.example', kind: 'alert.assigned', title: 'Alert assigned to you: region=EMEA, 40 -> 10' }),
    ]);
    expect(codeOf(await api.gql(AssignAlertDocument, { id: alertId, ownerEmail: 'x@acme.example' }, api.a.keys.viewer))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(AssignAlertDocument, { id: alertId, ownerEmail: 'x@acme.example' }, api.b.keys.admin))).toBe(
      'ALERT_NOT_FOUND',
    );
  });
});

describe('notification preferences', () => {
  it('answers NONE for an address never set, stores a daily digest, and queues its emails for the digest hour', async () => {
    expect(dataOf(await api.gql(NotificationPreferenceDocument, { email: 'sam@acme.example' })).notificationPreference).toEqual({
      email: 'sam@acme.example',
      digest: 'NONE',
      digestHourUtc: 8,
    });
    const set = await api.gql(SetNotificationPreferenceDocument, {
      input: { email: 'Sam@acme.example', digest: 'DAILY', digestHourUtc: 6 },
    });
    expect(dataOf(set).setNotificationPreference).toEqual({ email: 'sam@acme.example', digest: 'DAILY', digestHourUtc: 6 });
    expect(codeOf(await api.gql(SetNotificationPreferenceDocument, { input: { email: 'x', digest: 'DAILY' } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await api.gql(SetNotificationPreferenceDocument, { input: { email: ' ', digest: 'DAILY' } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await api.gql(NotificationPreferenceDocument, { email: '' }))).toBe('BAD_USER_INPUT');
    expect(
      codeOf(await api.gql(SetNotificationPreferenceDocument, { input: { email: 'a@b.example', digest: 'DAILY', digestHourUtc: 24 } })),
    ).toBe('BAD_USER_INPUT');
    const viewerSet = await api.gql(
      SetNotificationPreferenceDocument,
      { input: { email: 'a@b.example', digest: 'NONE' } },
      api.a.keys.viewer,
    );
    expect(codeOf(viewerSet)).toBe('FORBIDDEN');
    // Another workspace's preference for the same address is its own.
    const inB = await api.gql(NotificationPreferenceDocument, { email: 'sam@acme.example' }, api.b.keys.admin);
    expect(dataOf(inB).notificationPreference.digest).toBe('NONE');

    await api.gql(AssignEscalationDocument, { input: { id: escalationId, ownerEmail: 'sam@acme.example' } });
    const [row] = (await queued(escalationId)).filter((r: { email: string }) => r.email === 'sam@acme.example');
    expect(row.digest).toBe(true);
    expect(new Date(row.due_at).getUTCHours()).toBe(6);
    expect(new Date(row.due_at).getTime()).toBeGreaterThan(Date.now());
  });
});
