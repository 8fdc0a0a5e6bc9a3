import { createHash } from 'node:crypto';
import { freePort, startTemporalDevServer, type TemporalDevServerHandle } from '@ladder/devstack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, dataOf, startTestApi, type TestApi, type TestWorkspace } from '../test-support/api-harness.js';
import { csvOf, studyWithWave, toGuideInput } from '../test-support/fixtures.js';
import {
  AcknowledgeAlertDocument,
  CompetitorsDocument,
  DriverPrevalenceDocument,
  StatedToRootDocument,
  ThemePrevalenceDocument,
  AssignAlertDocument,
  NotificationPreferenceDocument,
  SetNotificationPreferenceDocument,
  AlertDetailDocument,
  AlertRaisedDocument,
  AlertRulesDocument,
  AlertsDocument,
  CreateAlertRuleDocument,
  DeleteAlertRuleDocument,
  UpdateAlertRuleDocument,
  ApiKeysDocument,
  CreateWebhookEndpointDocument,
  DeleteWebhookEndpointDocument,
  ReplayWebhookDeliveryDocument,
  UpdateWebhookEndpointDocument,
  WebhookDeliveriesDocument,
  WebhookEndpointsDocument,
  AuditEventsDocument,
  CommentDriversDocument,
  CompareWavesDocument,
  ConfigureIngestSourceDocument,
  CreateApiKeyDocument,
  CreateStudyDocument,
  CreateWaveDocument,
  DeliveriesDocument,
  EmailSuppressionsDocument,
  EscalationRaisedDocument,
  EscalationsDocument,
  GuideDocument,
  GuideVersionsDocument,
  ImportBatchesDocument,
  ImportRespondentsDocument,
  IngestResponsesDocument,
  InterviewSessionEscalationsDocument,
  InterviewSessionsDocument,
  InviteRespondentsDocument,
  LaunchWaveDocument,
  NpsTrendDocument,
  RecodeStudyDocument,
  RespondentLineageDocument,
  RespondentSessionDocument,
  RespondentsDocument,
  RollingNpsDocument,
  RevokeApiKeyDocument,
  RotateIngestSecretDocument,
  SchemaRootFieldsDocument,
  InviteMemberDocument,
  MeDocument,
  RemoveMemberDocument,
  SignOutEverywhereDocument,
  UpdateMemberRoleDocument,
  WorkspaceMembersDocument,
  WorkspaceSsoDocument,
  ConfigureWorkspaceSsoDocument,
  RemoveWorkspaceSsoDocument,
  SwitchWorkspaceDocument,
  SegmentNpsChangedDocument,
  SegmentNpsDocument,
  SendRespondentMessageDocument,
  SessionUpdatedDocument,
  StartGuidePreviewDocument,
  StartInterviewDocument,
  StartWaveAnalysisDocument,
  StudiesDocument,
  StudyDocument,
  StudySessionUpdatedDocument,
  SuppressEmailDocument,
  TaxonomyVersionsDocument,
  ThemeTrendDocument,
  ThemeTrendsDocument,
  UnsuppressEmailDocument,
  SetStudyEscalationOwnerDocument,
  UpdateEscalationDocument,
  UpdateGuideDocument,
  UpdateTaxonomyDocument,
  UpdateWaveFieldingDocument,
  EraseRespondentDocument,
  UpdateWorkspaceSettingsDocument,
  UpdateEmbedOriginsDocument,
  WorkspaceSettingsDocument,
  WaveAnalysisDocument,
  WaveAnalysisProgressDocument,
  CodingAgreementDocument,
  CodingAgreementHistoryDocument,
  CodingAgreementSettingsDocument,
  ConfirmCodingDocument,
  CorrectCodingDocument,
  GoldenSetDocument,
  RemoveFromGoldenSetDocument,
  RunCodingAgreementDocument,
  UpdateCodingAgreementSettingsDocument,
  type TypedDocumentString,
} from '../test-support/gql/graphql.js';
import { subscribe } from '../test-support/ws-client.js';
import {
  ADMIN_ONLY,
  CONTACT,
  EVERY_KEY,
  HOLDS_NO_PERSONAL_DATA,
  matrixFixture,
  objectTypes,
  PERSONAL_DATA_TYPES,
  readAs,
  READERS,
  type MatrixFixture,
  type PersonalDataType,
  type RoleCase,
  type SchemaField,
} from '../test-support/role-matrix.js';
import { insertAnalysis } from '../test-support/insights-fixtures.js';

interface Fixture {
  studyId: string;
  waveId: string;
  respondentId: string;
  sessionId: string;
  token: string;
  guideId: string;
  escalationId: string;
  alertRuleId: string;
  alertId: string;
}

let api: TestApi;
let b: Fixture;
let a: Fixture;
let bAnalysisId: string;

/** A study, wave, respondent and an interview session with one turn, written as the worker would. */
async function fixture(ws: TestWorkspace, name: string): Promise<Fixture> {
  const { studyId, waveId } = await studyWithWave(api, ws.keys.admin, name);
  await api.gql(
    ImportRespondentsDocument,
    {
      input: {
        waveId,
        csv: csvOf([
          ['id', 'score'],
          [`${name}-1`, 4],
        ]),
      },
    },
    ws.keys.admin,
  );
  const [{ id: respondentId }] = await api.db.query(`SELECT id FROM respondent WHERE wave_id = $1`, [waveId]);
  const token = `token-of-${name}-0123456789`;
  const [{ id: sessionId }] = await api.db.query(
    `INSERT INTO interview_session (workspace_id, respondent_id, wave_id, moderator, token_hash, workflow_id)
     VALUES ($1, $2, $3, 'offline', $4, $5) RETURNING id`,
    [ws.id, respondentId, waveId, createHash('sha256').update(token).digest('hex'), `wf-${name}`],
  );
  const [{ id: turnId }] = await api.db.query(
    `INSERT INTO turn (workspace_id, session_id, seq, role, text, phase) VALUES ($1, $2, 0, 'moderator', $3, 'context') RETURNING id`,
    [ws.id, sessionId, `Hello ${name}`],
  );
  const [{ id: escalationId }] = await api.db.query(
    `INSERT INTO escalation (workspace_id, study_id, wave_id, session_id, turn_id, reason, quote, detected_by)
     VALUES ($1, $2, $3, $4, $5, 'churn_risk', 'we will cancel', 'offline') RETURNING id`,
    [ws.id, studyId, waveId, sessionId, turnId],
  );
  const [{ id: guideId }] = await api.db.query(`SELECT id FROM interview_guide WHERE study_id = $1 AND band = 'detractor'`, [studyId]);
  const [{ id: alertRuleId }] = await api.db.query(
    `INSERT INTO alert_rule (workspace_id, study_id, name, metric, direction, group_by, window_days, baseline_kind, baseline_days, min_n,
       min_delta, level) VALUES ($1, $2, 'rule', 'nps', 'worse', '{}', 7, 'days', 28, 30, 10, 0.05) RETURNING id`,
    [ws.id, studyId],
  );
  const [{ id: alertId }] = await api.db.query(
    `INSERT INTO alert (workspace_id, study_id, rule_id, segment_key, segment_label, metric, status, current, baseline, delta, ci_low,
       ci_high, p_value, n_current, n_baseline, window_start, window_end)
     VALUES ($1, $2, $3, '[]', 'All respondents', 'nps', 'firing', -20, 10, -30, -45, -15, 0.001, 60, 200, now() - interval '7 days', now())
     RETURNING id`,
    [ws.id, studyId, alertRuleId],
  );
  return { studyId, waveId, respondentId, sessionId, token, guideId, escalationId, alertRuleId, alertId };
}

const snapshotB = () =>
  api.db.query(
    `
  SELECT (SELECT count(*) FROM study WHERE workspace_id = $1) AS studies, (SELECT count(*) FROM wave WHERE workspace_id = $1) AS waves,
         (SELECT count(*) FROM respondent WHERE workspace_id = $1) AS respondents,
         (SELECT count(*) FROM import_batch WHERE workspace_id = $1) AS import_batches,
         (SELECT count(*) FROM interview_session WHERE workspace_id = $1) AS sessions,
         (SELECT count(*) FROM turn WHERE workspace_id = $1) AS turns,
         (SELECT max(updated_at) FROM study WHERE workspace_id = $1) AS touched,
         (SELECT count(*) FROM interview_guide WHERE workspace_id = $1) AS guides,
         (SELECT string_agg(status || coalesce(owner, ''), ',') FROM escalation WHERE workspace_id = $1) AS escalations,
         (SELECT string_agg(status, ',') FROM wave WHERE workspace_id = $1) AS wave_status,
         (SELECT count(*) FROM driver_taxonomy WHERE workspace_id = $1) AS taxonomies,
         (SELECT count(*) FROM wave_analysis WHERE workspace_id = $1) AS analyses,
         (SELECT count(*) FROM wave_fielding WHERE workspace_id = $1) AS fielding_rules,
         (SELECT string_agg(status || attempts, ',') FROM email_delivery WHERE workspace_id = $1) AS deliveries,
         (SELECT string_agg(url || enabled::text || updated_at, ',') FROM webhook_endpoint WHERE workspace_id = $1) AS webhooks,
         (SELECT string_agg(issuer || client_id || enabled::text || updated_at, ',') FROM workspace_sso WHERE workspace_id = $1) AS sso,
         (SELECT count(*) FROM webhook_delivery WHERE workspace_id = $1) AS webhook_deliveries,
         (SELECT string_agg(email || reason, ',') FROM email_suppression WHERE workspace_id = $1) AS suppressions,
         (SELECT string_agg(enabled::text || updated_at, ',') FROM alert_rule WHERE workspace_id = $1) AS alert_rules,
         (SELECT string_agg(status || coalesce(acknowledged_by, '') || coalesce(owner_email, ''), ',') FROM alert WHERE workspace_id = $1)
           AS alerts,
         (SELECT string_agg(email || digest, ',') FROM notification_preference WHERE workspace_id = $1) AS preferences,
         (SELECT count(*) FROM owner_notification WHERE workspace_id = $1) AS owner_notifications,
         (SELECT string_agg(user_id || role, ',' ORDER BY user_id) FROM workspace_member WHERE workspace_id = $1) AS members,
         (SELECT count(*) FROM user_session WHERE workspace_id = $1 AND revoked_at IS NULL) AS live_sessions,
         (SELECT embed_origins FROM workspace WHERE id = $1) AS embed_origins`,
    [api.b.id],
  );

/** Workspace B's single sign-on, which nothing done with A's credentials may read or change. */
const ssoOfB = () =>
  api.db.query(
    `INSERT INTO workspace_sso (workspace_id, issuer, client_id, client_secret_sealed, allowed_domains)
     VALUES ($1, 'https://b.idp.example', 'b-client', 'v1.test.sealed', '{workspace-b.example}') ON CONFLICT DO NOTHING`,
    [api.b.id],
  );

let temporal: TemporalDevServerHandle;

async function subscriptionError<R, V>(document: TypedDocumentString<R, V>, variables: V): Promise<string | undefined> {
  const s = await subscribe(api.wsUrl, api.defaultCredential, document, variables);
  const result = await s.next();
  s.socket.ws.close();
  return result.errors?.[0].extensions.code;
}

beforeAll(async () => {
  // A running Temporal (no worker): startInterview on an open session checks its workflow exists,
  // which the role matrix's ingest probes go through.
  temporal = await startTemporalDevServer({ port: await freePort() });
  api = await startTestApi({ temporalAddress: temporal.address });
  b = await fixture(api.b, 'bee');
  a = await fixture(api.a, 'ay');
  bAnalysisId = (await insertAnalysis(api, { workspaceId: api.b.id, studyId: b.studyId, waveId: b.waveId })).id;
  // B's outbox holds a failed invitation whose SMTP error quotes the address, and B suppresses that address.
  await api.db.query(
    `INSERT INTO email_delivery (workspace_id, wave_id, respondent_id, kind, trigger, email, status, attempts, last_error)
     VALUES ($1, $2, $3, 'invitation', 'manual', 'bee@example.com', 'failed', 5, '550 <bee@example.com>: no such user')`,
    [api.b.id, b.waveId, b.respondentId],
  );
  await api.db.query(`INSERT INTO email_suppression (workspace_id, email, reason) VALUES ($1, 'bee@example.com', 'bounced')`, [api.b.id]);
});
afterAll(async () => {
  await api?.stop();
  await temporal?.stop();
});

/** Workspace B's webhook endpoint with one delivery, written once, as the API and the outbox write them. */
let bWebhook: { endpointId: string; deliveryId: string } | undefined;
async function webhookOfB() {
  if (bWebhook) return bWebhook;
  const [{ id: endpointId }] = await api.db.query(
    `INSERT INTO webhook_endpoint (workspace_id, url, events, secret) VALUES ($1, 'https://93.184.215.14/b', '{response.ingested}', 'whsec_b')
     RETURNING id`,
    [api.b.id],
  );
  const [{ id: eventId }] = await api.db.query(
    `INSERT INTO webhook_event (workspace_id, type, payload) VALUES ($1, 'response.ingested', '{}') RETURNING id`,
    [api.b.id],
  );
  const [{ id: deliveryId }] = await api.db.query(
    `INSERT INTO webhook_delivery (workspace_id, endpoint_id, event_id) VALUES ($1, $2, $3) RETURNING id`,
    [api.b.id, endpointId, eventId],
  );
  return (bWebhook = { endpointId, deliveryId });
}

/** Key A aimed at workspace B, one case per root field. The last test checks the list is complete. */
const cases: Record<string, () => Promise<void>> = {
  'Query.webhookEndpoints': async () => {
    const { endpointId } = await webhookOfB();
    expect(dataOf(await api.gql(WebhookEndpointsDocument)).webhookEndpoints.map((e) => e.id)).not.toContain(endpointId);
  },
  'Query.webhookDeliveries': async () => {
    const { endpointId } = await webhookOfB();
    expect(codeOf(await api.gql(WebhookDeliveriesDocument, { endpointId }))).toBe('WEBHOOK_ENDPOINT_NOT_FOUND');
  },
  'Mutation.createWebhookEndpoint': async () => {
    const input = { url: 'https://93.184.215.14/a', events: ['RESPONSE_INGESTED' as const] };
    const { endpoint } = dataOf(await api.gql(CreateWebhookEndpointDocument, { input })).createWebhookEndpoint;
    expect(await api.db.query(`SELECT workspace_id FROM webhook_endpoint WHERE id = $1`, [endpoint.id])).toEqual([
      { workspace_id: api.a.id },
    ]);
  },
  'Mutation.updateWebhookEndpoint': async () => {
    const { endpointId } = await webhookOfB();
    const input = { id: endpointId, url: 'https://93.184.215.14/taken', enabled: false };
    expect(codeOf(await api.gql(UpdateWebhookEndpointDocument, { input }))).toBe('WEBHOOK_ENDPOINT_NOT_FOUND');
  },
  'Mutation.deleteWebhookEndpoint': async () => {
    const { endpointId } = await webhookOfB();
    expect(codeOf(await api.gql(DeleteWebhookEndpointDocument, { id: endpointId }))).toBe('WEBHOOK_ENDPOINT_NOT_FOUND');
  },
  'Mutation.replayWebhookDelivery': async () => {
    const { deliveryId } = await webhookOfB();
    expect(codeOf(await api.gql(ReplayWebhookDeliveryDocument, { id: deliveryId }))).toBe('WEBHOOK_DELIVERY_NOT_FOUND');
  },
  'Query.apiKeys': async () => {
    const [{ ids }] = await api.db.query(`SELECT array_agg(id::text) AS ids FROM api_key WHERE workspace_id = $1`, [api.b.id]);
    const listed = dataOf(await api.gql(ApiKeysDocument)).apiKeys.items.map((k) => k.id);
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.filter((id) => ids.includes(id))).toEqual([]);
  },
  'Mutation.createApiKey': async () => {
    const { secret, key } = dataOf(await api.gql(CreateApiKeyDocument, { input: { name: 'A made', role: 'ADMIN' } })).createApiKey;
    const [{ workspace_id }] = await api.db.query(`SELECT workspace_id FROM api_key WHERE id = $1`, [key.id]);
    expect(workspace_id).toBe(api.a.id);
    expect((await api.gql(StudyDocument, { id: b.studyId }, secret)).data?.study).toBeNull();
  },
  'Mutation.revokeApiKey': async () => {
    const [{ id }] = await api.db.query(`SELECT id FROM api_key WHERE workspace_id = $1 AND role = 'viewer'`, [api.b.id]);
    expect(codeOf(await api.gql(RevokeApiKeyDocument, { id }))).toBe('API_KEY_NOT_FOUND');
    expect(dataOf(await api.gql(StudiesDocument, {}, api.b.keys.viewer)).studies.map((s) => s.id)).toEqual([b.studyId]);
  },
  'Query.studies': async () => {
    // A's own study, never B's (the cases run twice, once per credential: others may have been added to A).
    const ids = dataOf(await api.gql(StudiesDocument)).studies.map((s) => s.id);
    expect(ids).toContain(a.studyId);
    expect(ids).not.toContain(b.studyId);
  },
  'Query.study': async () => {
    expect((await api.gql(StudyDocument, { id: b.studyId })).data?.study).toBeNull();
  },
  'Query.respondents': async () => {
    expect(codeOf(await api.gql(RespondentsDocument, { waveId: b.waveId }))).toBe('WAVE_NOT_FOUND');
  },
  'Query.commentDrivers': async () => {
    expect(codeOf(await api.gql(CommentDriversDocument, { waveId: b.waveId }))).toBe('WAVE_NOT_FOUND');
  },
  'Query.segmentNps': async () => {
    const r = await api.gql(SegmentNpsDocument, { studyId: b.studyId, groupBy: [] });
    expect(codeOf(r)).toBe('STUDY_NOT_FOUND');
    const viaWave = await api.gql(SegmentNpsDocument, { studyId: a.studyId, waveId: b.waveId, groupBy: [] });
    expect(codeOf(viaWave)).toBe('WAVE_NOT_FOUND');
  },
  'Query.interviewSession': async () => {
    expect((await api.gql(InterviewSessionEscalationsDocument, { id: b.sessionId })).data?.interviewSession).toBeNull();
  },
  'Query.respondentSession': async () => {
    const own = await api.gql(RespondentSessionDocument, { token: a.token }, null);
    expect(own.data?.respondentSession).toEqual({ sessionId: a.sessionId, turns: [{ text: 'Hello ay' }] });
    const guessed = await api.gql(RespondentSessionDocument, { token: `${a.token}x` });
    expect(codeOf(guessed)).toBe('SESSION_NOT_FOUND');
  },
  'Mutation.createStudy': async () => {
    await api.gql(CreateStudyDocument, { input: { name: 'A only' } });
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM study WHERE name = 'A only' AND workspace_id = $1`, [api.b.id]);
    expect(n).toBe(0);
  },
  'Mutation.createWave': async () => {
    const r = await api.gql(CreateWaveDocument, { input: { studyId: b.studyId, name: 'X' } });
    expect(codeOf(r)).toBe('STUDY_NOT_FOUND');
  },
  'Mutation.importRespondents': async () => {
    expect(codeOf(await api.gql(ImportRespondentsDocument, { input: { waveId: b.waveId, csv: 'id,score\nz,1\n' } }))).toBe(
      'WAVE_NOT_FOUND',
    );
  },
  'Mutation.ingestResponses': async () => {
    const r = await api.gql(IngestResponsesDocument, { input: { waveId: b.waveId, responses: [{ externalId: 'bee-1', score: 10 }] } });
    expect(codeOf(r)).toBe('WAVE_NOT_FOUND');
  },
  'Mutation.configureIngestSource': async () => {
    expect(codeOf(await api.gql(ConfigureIngestSourceDocument, { input: { waveId: b.waveId, source: 'GENERIC' } }))).toBe('WAVE_NOT_FOUND');
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM wave_ingest_source WHERE wave_id = $1 AND source = 'generic'`, [
      b.waveId,
    ]);
    expect(n).toBe(0);
  },
  'Mutation.rotateIngestSecret': async () => {
    // B's own source: A can neither rotate it nor learn it exists.
    await api.gql(ConfigureIngestSourceDocument, { input: { waveId: b.waveId, source: 'TYPEFORM' } }, api.b.keys.admin);
    const secret = async () => (await api.db.query(`SELECT secret FROM wave_ingest_source WHERE wave_id = $1`, [b.waveId]))[0]?.secret;
    const before = await secret();
    expect(before).toEqual(expect.any(String));
    expect(codeOf(await api.gql(RotateIngestSecretDocument, { waveId: b.waveId, source: 'TYPEFORM' }))).toBe('INGEST_TARGET_NOT_FOUND');
    expect(await secret()).toBe(before);
  },
  'Query.importBatches': async () => {
    expect(codeOf(await api.gql(ImportBatchesDocument, { waveId: b.waveId }))).toBe('WAVE_NOT_FOUND');
  },
  'Mutation.startInterview': async () => {
    expect(codeOf(await api.gql(StartInterviewDocument, { respondentId: b.respondentId }))).toBe('RESPONDENT_NOT_FOUND');
  },
  'Mutation.sendRespondentMessage': async () => {
    const r = await api.gql(SendRespondentMessageDocument, { token: `not-${b.token}`, text: 'hi', clientMessageId: 'tenancy-check' });
    expect(codeOf(r)).toBe('SESSION_NOT_FOUND');
  },
  'Mutation.revokeInterviewLink': async () => {
    const r = await api.gqlText(`mutation R($id: ID!) { revokeInterviewLink(sessionId: $id) { id } }`, { id: b.sessionId });
    expect(codeOf(r)).toBe('SESSION_NOT_FOUND');
    const [{ revoked }] = await api.db.query(`SELECT link_revoked_at AS revoked FROM interview_session WHERE id = $1`, [b.sessionId]);
    expect(revoked).toBeNull();
  },
  'Query.interviewSessions': async () => {
    expect(codeOf(await api.gql(InterviewSessionsDocument, { studyId: b.studyId }))).toBe('STUDY_NOT_FOUND');
    const viaWave = await api.gql(InterviewSessionsDocument, { studyId: a.studyId, waveId: b.waveId });
    expect(viaWave.data?.interviewSessions).toEqual([]);
  },
  'Query.guideVersions': async () => {
    expect(codeOf(await api.gql(GuideVersionsDocument, { studyId: b.studyId, band: 'DETRACTOR' }))).toBe('STUDY_NOT_FOUND');
  },
  'Query.guide': async () => {
    expect((await api.gql(GuideDocument, { id: b.guideId })).data?.guide).toBeNull();
  },
  'Query.escalations': async () => {
    expect(codeOf(await api.gql(EscalationsDocument, { studyId: b.studyId }))).toBe('STUDY_NOT_FOUND');
  },
  'Mutation.updateGuide': async () => {
    const [{ content }] = await api.db.query(`SELECT content FROM interview_guide WHERE id = $1`, [b.guideId]);
    const input = { studyId: b.studyId, band: 'DETRACTOR' as const, baseVersion: 1, content: toGuideInput(content) };
    expect(codeOf(await api.gql(UpdateGuideDocument, { input }))).toBe('STUDY_NOT_FOUND');
  },
  'Mutation.launchWave': async () => {
    expect(codeOf(await api.gql(LaunchWaveDocument, { id: b.waveId }))).toBe('WAVE_NOT_FOUND');
  },
  'Mutation.startGuidePreview': async () => {
    const r = await api.gql(StartGuidePreviewDocument, { input: { studyId: b.studyId, band: 'PASSIVE' } });
    expect(codeOf(r)).toBe('STUDY_NOT_FOUND');
    const viaGuide = await api.gql(StartGuidePreviewDocument, { input: { studyId: a.studyId, band: 'DETRACTOR', guideId: b.guideId } });
    expect(codeOf(viaGuide)).toBe('GUIDE_NOT_FOUND');
  },
  'Mutation.setStudyEscalationOwner': async () => {
    const r = await api.gql(SetStudyEscalationOwnerDocument, { studyId: b.studyId, ownerEmail: 'eve@evil.example' });
    expect(codeOf(r)).toBe('STUDY_NOT_FOUND');
    const [{ owner }] = await api.db.query(`SELECT escalation_owner_email AS owner FROM study WHERE id = $1`, [b.studyId]);
    expect(owner).toBeNull();
  },
  'Mutation.updateEscalation': async () => {
    const r = await api.gql(UpdateEscalationDocument, { input: { id: b.escalationId, status: 'RESOLVED', owner: 'eve' } });
    expect(codeOf(r)).toBe('ESCALATION_NOT_FOUND');
  },
  'Query.taxonomyVersions': async () => {
    expect(codeOf(await api.gql(TaxonomyVersionsDocument, { studyId: b.studyId }))).toBe('STUDY_NOT_FOUND');
  },
  'Mutation.updateTaxonomy': async () => {
    const [{ content }] = await api.db.query(`SELECT content FROM driver_taxonomy WHERE study_id = $1`, [b.studyId]);
    const r = await api.gql(UpdateTaxonomyDocument, { input: { studyId: b.studyId, baseVersion: 1, content } });
    expect(codeOf(r)).toBe('STUDY_NOT_FOUND');
  },
  'Mutation.recodeStudy': async () => {
    expect(codeOf(await api.gql(RecodeStudyDocument, { input: { studyId: b.studyId } }))).toBe('STUDY_NOT_FOUND');
    const viaWave = await api.gql(RecodeStudyDocument, { input: { studyId: a.studyId, waveIds: [b.waveId] } });
    expect(codeOf(viaWave)).toBe('WAVE_NOT_FOUND');
  },
  'Mutation.startWaveAnalysis': async () => {
    expect(codeOf(await api.gql(StartWaveAnalysisDocument, { waveId: b.waveId }))).toBe('WAVE_NOT_FOUND');
  },
  'Query.waveAnalysis': async () => {
    expect((await api.gql(WaveAnalysisDocument, { id: bAnalysisId })).data?.waveAnalysis).toBeNull();
  },
  'Query.compareWaves': async () => {
    expect(codeOf(await api.gql(CompareWavesDocument, { studyId: b.studyId, baseWaveId: b.waveId, waveId: a.waveId }))).toBe(
      'STUDY_NOT_FOUND',
    );
    expect(codeOf(await api.gql(CompareWavesDocument, { studyId: a.studyId, baseWaveId: a.waveId, waveId: b.waveId }))).toBe(
      'WAVE_NOT_FOUND',
    );
  },
  'Query.themeTrend': async () => {
    expect(codeOf(await api.gql(ThemeTrendDocument, { studyId: b.studyId }))).toBe('STUDY_NOT_FOUND');
  },
  'Query.npsTrend': async () => {
    expect(codeOf(await api.gql(NpsTrendDocument, { studyId: b.studyId }))).toBe('STUDY_NOT_FOUND');
  },
  'Query.rollingNps': async () => {
    expect(codeOf(await api.gql(RollingNpsDocument, { studyId: b.studyId }))).toBe('STUDY_NOT_FOUND');
  },
  'Subscription.studySessionUpdated': async () => {
    expect(await subscriptionError(StudySessionUpdatedDocument, { studyId: b.studyId })).toBe('STUDY_NOT_FOUND');
  },
  'Subscription.escalationRaised': async () => {
    expect(await subscriptionError(EscalationRaisedDocument, { studyId: b.studyId })).toBe('STUDY_NOT_FOUND');
  },
  'Subscription.segmentNpsChanged': async () => {
    expect(await subscriptionError(SegmentNpsChangedDocument, { studyId: b.studyId, groupBy: ['tier'] })).toBe('STUDY_NOT_FOUND');
  },
  'Subscription.themeTrends': async () => {
    expect(await subscriptionError(ThemeTrendsDocument, { studyId: b.studyId })).toBe('STUDY_NOT_FOUND');
  },
  'Subscription.waveAnalysisProgress': async () => {
    expect(await subscriptionError(WaveAnalysisProgressDocument, { waveId: b.waveId })).toBe('WAVE_NOT_FOUND');
  },
  'Subscription.sessionUpdated': async () => {
    expect(await subscriptionError(SessionUpdatedDocument, { sessionId: b.sessionId })).toBe('SESSION_NOT_FOUND');
  },
  'Mutation.updateWaveFielding': async () => {
    const input = { waveId: b.waveId, autoInvite: { bands: ['DETRACTOR' as const], sampleRate: 1, delayMinutes: 0 } };
    expect(codeOf(await api.gql(UpdateWaveFieldingDocument, { input }))).toBe('WAVE_NOT_FOUND');
  },
  'Mutation.inviteRespondents': async () => {
    expect(codeOf(await api.gql(InviteRespondentsDocument, { input: { waveId: b.waveId, filter: {} } }))).toBe('WAVE_NOT_FOUND');
    const viaIds = await api.gql(InviteRespondentsDocument, { input: { waveId: b.waveId, respondentIds: [b.respondentId] } });
    expect(codeOf(viaIds)).toBe('WAVE_NOT_FOUND');
  },
  'Query.deliveries': async () => {
    expect(codeOf(await api.gql(DeliveriesDocument, { waveId: b.waveId }))).toBe('WAVE_NOT_FOUND');
  },
  'Query.emailSuppressions': async () => {
    expect(dataOf(await api.gql(EmailSuppressionsDocument)).emailSuppressions.items.map((i) => i.email)).not.toContain('bee@example.com');
  },
  'Mutation.suppressEmail': async () => {
    // A may list the same address for itself; B's entry (a bounce) is untouched (snapshot below).
    expect(dataOf(await api.gql(SuppressEmailDocument, { email: 'bee@example.com' })).suppressEmail).toEqual({
      email: 'bee@example.com',
      reason: 'MANUAL',
    });
  },
  'Mutation.unsuppressEmail': async () => {
    await api.gql(UnsuppressEmailDocument, { email: 'bee@example.com' });
    expect(dataOf(await api.gql(UnsuppressEmailDocument, { email: 'bee@example.com' })).unsuppressEmail).toBe(false);
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM email_suppression WHERE workspace_id = $1`, [api.b.id]);
    expect(n).toBe(1);
  },
  'Mutation.eraseRespondent': async () => {
    expect(codeOf(await api.gql(EraseRespondentDocument, { id: b.respondentId }))).toBe('RESPONDENT_NOT_FOUND');
  },
  'Query.workspaceSettings': async () => {
    await api.db.query(`UPDATE workspace SET transcript_retention_days = 400 WHERE id = $1`, [api.b.id]);
    expect(dataOf(await api.gql(WorkspaceSettingsDocument)).workspaceSettings).toEqual({ transcriptRetentionDays: null });
  },
  'Mutation.updateWorkspaceSettings': async () => {
    const r = await api.gql(UpdateWorkspaceSettingsDocument, { input: { transcriptRetentionDays: 9 } });
    expect(dataOf(r).updateWorkspaceSettings).toEqual({ transcriptRetentionDays: 9 });
    const [{ days }] = await api.db.query(`SELECT transcript_retention_days AS days FROM workspace WHERE id = $1`, [api.b.id]);
    expect(days).toBe(400);
    await api.gql(UpdateWorkspaceSettingsDocument, { input: { transcriptRetentionDays: null } });
  },
  'Mutation.updateEmbedOrigins': async () => {
    // A's admin sets A's partner origins only; B's list (checked by the snapshot) keeps its own.
    await api.db.query(`UPDATE workspace SET embed_origins = '{https://b.partner.example}' WHERE id = $1`, [api.b.id]);
    const r = await api.gql(UpdateEmbedOriginsDocument, { origins: ['https://a.partner.example'] });
    expect(dataOf(r).updateEmbedOrigins.embedOrigins).toEqual(['https://a.partner.example']);
    const [{ origins }] = await api.db.query(`SELECT embed_origins AS origins FROM workspace WHERE id = $1`, [api.b.id]);
    expect(origins).toEqual(['https://b.partner.example']);
    await api.gql(UpdateEmbedOriginsDocument, { origins: [] });
  },
  'Query.alertRules': async () => {
    expect(codeOf(await api.gql(AlertRulesDocument, { studyId: b.studyId }))).toBe('STUDY_NOT_FOUND');
  },
  'Query.alerts': async () => {
    expect(codeOf(await api.gql(AlertsDocument, { studyId: b.studyId }))).toBe('STUDY_NOT_FOUND');
  },
  'Query.alert': async () => {
    expect(codeOf(await api.gql(AlertDetailDocument, { id: b.alertId }))).toBe('ALERT_NOT_FOUND');
  },
  'Mutation.createAlertRule': async () => {
    const input = { studyId: b.studyId, name: 'x', groupBy: [], window: { days: 7 }, baseline: { days: 7 } };
    expect(codeOf(await api.gql(CreateAlertRuleDocument, { input }))).toBe('STUDY_NOT_FOUND');
  },
  'Mutation.updateAlertRule': async () => {
    expect(codeOf(await api.gql(UpdateAlertRuleDocument, { input: { id: b.alertRuleId, enabled: false } }))).toBe('ALERT_RULE_NOT_FOUND');
  },
  'Mutation.deleteAlertRule': async () => {
    expect(codeOf(await api.gql(DeleteAlertRuleDocument, { id: b.alertRuleId }))).toBe('ALERT_RULE_NOT_FOUND');
  },
  'Mutation.acknowledgeAlert': async () => {
    expect(codeOf(await api.gql(AcknowledgeAlertDocument, { id: b.alertId }))).toBe('ALERT_NOT_FOUND');
  },
  'Mutation.assignAlert': async () => {
    expect(codeOf(await api.gql(AssignAlertDocument, { id: b.alertId, ownerEmail: 'a@acme.example' }))).toBe('ALERT_NOT_FOUND');
  },
  'Query.notificationPreference': async () => {
    await api.db.query(
      `INSERT INTO notification_preference (workspace_id, email, digest) VALUES ($1, 'both@acme.example', 'daily') ON CONFLICT DO NOTHING`,
      [api.b.id],
    );
    expect(dataOf(await api.gql(NotificationPreferenceDocument, { email: 'both@acme.example' })).notificationPreference.digest).toBe(
      'NONE',
    );
  },
  'Mutation.setNotificationPreference': async () => {
    await api.gql(SetNotificationPreferenceDocument, { input: { email: 'set@acme.example', digest: 'DAILY' } });
    const rows = await api.db.query(`SELECT workspace_id FROM notification_preference WHERE email = 'set@acme.example'`);
    expect(rows).toEqual([{ workspace_id: api.a.id }]);
  },
  'Query.themePrevalence': async () => {
    expect(codeOf(await api.gql(ThemePrevalenceDocument, { waveId: b.waveId, groupBy: [] }))).toBe('WAVE_NOT_FOUND');
  },
  'Query.driverPrevalence': async () => {
    expect(codeOf(await api.gql(DriverPrevalenceDocument, { waveId: b.waveId, groupBy: [], role: 'EITHER' }))).toBe('WAVE_NOT_FOUND');
  },
  'Query.competitors': async () => {
    expect(codeOf(await api.gql(CompetitorsDocument, { studyId: b.studyId, groupBy: [] }))).toBe('STUDY_NOT_FOUND');
  },
  'Query.statedToRoot': async () => {
    expect(codeOf(await api.gql(StatedToRootDocument, { waveId: b.waveId, groupBy: [] }))).toBe('WAVE_NOT_FOUND');
  },
  'Subscription.alertRaised': async () => {
    expect(await subscriptionError(AlertRaisedDocument, { studyId: b.studyId })).toBe('STUDY_NOT_FOUND');
  },
  'Mutation.correctCoding': async () => {
    expect(codeOf(await api.gql(CorrectCodingDocument, { input: { sessionId: b.sessionId, rootDriver: 'trust' } }))).toBe(
      'SESSION_NOT_FOUND',
    );
  },
  'Mutation.confirmCoding': async () => {
    expect(codeOf(await api.gql(ConfirmCodingDocument, { sessionId: b.sessionId }))).toBe('SESSION_NOT_FOUND');
  },
  'Mutation.removeFromGoldenSet': async () => {
    expect(codeOf(await api.gql(RemoveFromGoldenSetDocument, { sessionId: b.sessionId }))).toBe('SESSION_NOT_FOUND');
  },
  'Query.goldenSet': async () => {
    const [{ id }] = await api.db.query(`SELECT id FROM driver_taxonomy WHERE study_id = $1`, [b.studyId]);
    expect(codeOf(await api.gql(GoldenSetDocument, { taxonomyVersionId: id }))).toBe('TAXONOMY_NOT_FOUND');
  },
  'Query.codingAgreement': async () => {
    const [{ id }] = await api.db.query(`SELECT id FROM driver_taxonomy WHERE study_id = $1`, [b.studyId]);
    expect(codeOf(await api.gql(CodingAgreementDocument, { taxonomyVersionId: id, coder: 'OFFLINE' }))).toBe('TAXONOMY_NOT_FOUND');
  },
  'Query.codingAgreementHistory': async () => {
    const [{ id }] = await api.db.query(`SELECT id FROM driver_taxonomy WHERE study_id = $1`, [b.studyId]);
    expect(codeOf(await api.gql(CodingAgreementHistoryDocument, { taxonomyVersionId: id }))).toBe('TAXONOMY_NOT_FOUND');
  },
  'Mutation.runCodingAgreement': async () => {
    const [{ id }] = await api.db.query(`SELECT id FROM driver_taxonomy WHERE study_id = $1`, [b.studyId]);
    expect(codeOf(await api.gql(RunCodingAgreementDocument, { taxonomyVersionId: id, coder: 'OFFLINE' }))).toBe('TAXONOMY_NOT_FOUND');
  },
  'Query.codingAgreementSettings': async () => {
    await api.db.query(
      `INSERT INTO coding_agreement_setting (workspace_id, kappa_threshold, owner_email) VALUES ($1, 0.5, 'b@b.example')
       ON CONFLICT DO NOTHING`,
      [api.b.id],
    );
    // A's own settings (the defaults, or what updateCodingAgreementSettings set in the other credential's pass), never B's.
    const settings = dataOf(await api.gql(CodingAgreementSettingsDocument)).codingAgreementSettings;
    expect(settings.ownerEmail).toBeNull();
    expect(settings.kappaThreshold).not.toBe(0.5);
  },
  'Mutation.updateCodingAgreementSettings': async () => {
    await api.gql(UpdateCodingAgreementSettingsDocument, { input: { kappaThreshold: 0.6 } });
    const rows = await api.db.query(`SELECT workspace_id, kappa_threshold FROM coding_agreement_setting ORDER BY kappa_threshold`);
    expect(rows).toContainEqual({ workspace_id: api.a.id, kappa_threshold: 0.6 });
    expect(rows).toContainEqual({ workspace_id: api.b.id, kappa_threshold: 0.5 });
  },
  'Query.me': async () => {
    expect(dataOf(await api.gql(MeDocument)).me.workspaceId).toBe(api.a.id);
  },
  'Query.workspaceMembers': async () => {
    const ids = dataOf(await api.gql(WorkspaceMembersDocument)).workspaceMembers.items.map((m) => m.user.id);
    expect(ids).toContain(api.a.users.admin);
    expect(ids.filter((id) => Object.values(api.b.users).includes(id))).toEqual([]);
  },
  'Mutation.inviteMember': async () => {
    // Inviting a person of B makes them a member of A; their role in B stays (the snapshot checks it).
    const r = await api.gql(InviteMemberDocument, { input: { email: 'viewer@workspace-b.example', role: 'ADMIN' } });
    expect(r.errors ? codeOf(r) : dataOf(r).inviteMember.role).toMatch(/^(ADMIN|ALREADY_MEMBER)$/);
    await api.gql(RemoveMemberDocument, { userId: api.b.users.viewer });
  },
  'Mutation.updateMemberRole': async () => {
    expect(codeOf(await api.gql(UpdateMemberRoleDocument, { input: { userId: api.b.users.admin, role: 'VIEWER' } }))).toBe(
      'MEMBER_NOT_FOUND',
    );
  },
  'Mutation.removeMember': async () => {
    expect(codeOf(await api.gql(RemoveMemberDocument, { userId: api.b.users.admin }))).toBe('MEMBER_NOT_FOUND');
  },
  'Mutation.signOutEverywhere': async () => {
    // A person of A with a session of their own (A's admin session is the credential of these cases).
    const [{ id: userId }] = await api.db.query(
      `INSERT INTO app_user (email) VALUES ($1) ON CONFLICT (email) DO UPDATE SET email = EXCLUDED.email RETURNING id`,
      ['leaver@workspace-a.example'],
    );
    await api.db.query(`INSERT INTO workspace_member (workspace_id, user_id, role) VALUES ($1, $2, 'viewer') ON CONFLICT DO NOTHING`, [
      api.a.id,
      userId,
    ]);
    const secret = 'L'.repeat(43);
    await api.db.query(
      `INSERT INTO user_session (token_hash, user_id, workspace_id, idle_expires_at, absolute_expires_at)
       VALUES (encode(sha256($1::bytea), 'hex'), $2, $3, now() + interval '1 hour', now() + interval '1 hour')
       ON CONFLICT (token_hash) DO UPDATE SET revoked_at = NULL`,
      [secret, userId, api.a.id],
    );
    expect(dataOf(await api.gql(SignOutEverywhereDocument, {}, `session:${secret}`)).signOutEverywhere).toBeGreaterThan(0);
    expect(codeOf(await api.gql(MeDocument, {}, `session:${secret}`))).toBe('UNAUTHENTICATED');
    expect(codeOf(await api.gql(SignOutEverywhereDocument, {}, api.a.keys.admin))).toBe('BAD_USER_INPUT');
  },
  'Query.workspaceSso': async () => {
    await ssoOfB();
    expect(dataOf(await api.gql(WorkspaceSsoDocument)).workspaceSso?.clientId ?? null).not.toBe('b-client');
  },
  'Mutation.configureWorkspaceSso': async () => {
    await ssoOfB();
    const input = {
      issuer: 'https://93.184.215.14/a',
      clientId: 'a-client',
      clientSecret: 'a-secret',
      allowedDomains: ['workspace-a.example'],
    };
    expect(dataOf(await api.gql(ConfigureWorkspaceSsoDocument, { input })).configureWorkspaceSso.clientId).toBe('a-client');
    const rows = await api.db.query(`SELECT workspace_id, client_id FROM workspace_sso`);
    expect(rows).toContainEqual({ workspace_id: api.b.id, client_id: 'b-client' });
    expect(rows).toContainEqual({ workspace_id: api.a.id, client_id: 'a-client' });
  },
  'Mutation.removeWorkspaceSso': async () => {
    await ssoOfB();
    await api.gql(RemoveWorkspaceSsoDocument);
    expect(await api.db.query(`SELECT client_id FROM workspace_sso WHERE workspace_id = $1`, [api.b.id])).toEqual([
      { client_id: 'b-client' },
    ]);
  },
  'Mutation.switchWorkspace': async () => {
    // A's admin is no member of B: refused exactly as a workspace that does not exist; a key has no session to move.
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(codeOf(await api.gql(SwitchWorkspaceDocument, { workspaceId: api.b.id }, api.a.sessions.admin))).toBe('WORKSPACE_NOT_FOUND');
    expect(codeOf(await api.gql(SwitchWorkspaceDocument, { workspaceId: unknown }, api.a.sessions.admin))).toBe('WORKSPACE_NOT_FOUND');
    expect(codeOf(await api.gql(SwitchWorkspaceDocument, { workspaceId: api.b.id }, api.a.keys.admin))).toBe('SESSION_REQUIRED');
    expect(dataOf(await api.gql(MeDocument, {}, api.a.sessions.admin)).me.workspaceId).toBe(api.a.id);
  },
  'Query.auditEvents': async () => {
    // B's key leaves an event in B's log (a refused change, so B's data is unchanged).
    await api.gql(CreateWaveDocument, { input: { studyId: a.studyId, name: 'X' } }, api.b.keys.admin);
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE workspace_id = $1`, [api.b.id]);
    expect(n).toBeGreaterThan(0);
    const keysOfB = (await api.db.query(`SELECT id FROM api_key WHERE workspace_id = $1`, [api.b.id])).map((k: { id: string }) => k.id);
    const seen = dataOf(await api.gql(AuditEventsDocument, { first: 200 })).auditEvents.edges.map((e) => e.node.keyId);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((id) => id && keysOfB.includes(id))).toEqual([]);
  },
};

// The same cases for both credentials: an admin API key, and an admin member's console session.
describe.each(['API key', 'session'])('an admin %s of workspace A reaches nothing of workspace B', (via) => {
  beforeAll(() => {
    api.defaultCredential = via === 'session' ? api.a.sessions.admin : api.a.keys.admin;
  });
  afterAll(() => {
    api.defaultCredential = api.a.keys.admin;
  });
  for (const [field, run] of Object.entries(cases)) it(field, run);

  it('covers every query, mutation and subscription of the schema, and B is unchanged', async () => {
    const before = await snapshotB();
    const s = dataOf(await api.gql(SchemaRootFieldsDocument)).__schema;
    const names = (type: string, root: { fields: { name: string }[] | null } | null) =>
      (root?.fields ?? []).map((f) => `${type}.${f.name}`);
    const all = [...names('Query', s.queryType), ...names('Mutation', s.mutationType), ...names('Subscription', s.subscriptionType)].sort();
    expect(Object.keys(cases).sort()).toEqual(all);
    expect(await snapshotB()).toEqual(before);
  });
});

describe('roles', () => {
  it('keeps delivery errors from ingest keys and the suppression list to admins (both hold addresses)', async () => {
    expect(codeOf(await api.gql(DeliveriesDocument, { waveId: a.waveId }, api.a.keys.ingest))).toBe('FORBIDDEN');
    expect(dataOf(await api.gql(DeliveriesDocument, { waveId: a.waveId }, api.a.keys.viewer)).deliveries.totalCount).toBe(0);
    for (const role of ['analyst', 'viewer', 'ingest'] as const) {
      expect(codeOf(await api.gql(EmailSuppressionsDocument, {}, api.a.keys[role]))).toBe('FORBIDDEN');
      expect(codeOf(await api.gql(SuppressEmailDocument, { email: 'x@example.com' }, api.a.keys[role]))).toBe('FORBIDDEN');
    }
  });

  it('shows survey comments to keys that may read, emails to admin and analyst keys, neither to ingest keys', async () => {
    const responses = [{ externalId: 'commented', score: 2, email: 'c@example.com', comment: 'Billing doubled without notice.' }];
    expect(
      dataOf(await api.gql(IngestResponsesDocument, { input: { waveId: a.waveId, responses } }, api.a.keys.ingest)).ingestResponses.ok,
    ).toBe(true);
    const filter = { source: 'api' };
    for (const role of ['admin', 'analyst'] as const) {
      const nodes = dataOf(await api.gql(RespondentLineageDocument, { waveId: a.waveId, filter }, api.a.keys[role])).respondents.edges;
      expect(nodes.map((e) => [e.node.email, e.node.comment])).toEqual([['c@example.com', 'Billing doubled without notice.']]);
    }
    // Viewers read what respondents said, not how to reach them.
    const viewed = await api.gql(RespondentLineageDocument, { waveId: a.waveId, filter }, api.a.keys.viewer);
    expect(codeOf(viewed)).toBe('FORBIDDEN');
    expect(viewed.data?.respondents.edges.map((e) => [e.node.email, e.node.comment])).toEqual([[null, 'Billing doubled without notice.']]);
    expect(codeOf(await api.gql(RespondentLineageDocument, { waveId: a.waveId, filter }, api.a.keys.ingest))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(RespondentLineageDocument, { waveId: b.waveId, filter }))).toBe('WAVE_NOT_FOUND');
  });

  it('lets viewers read but not write, and ingest keys import but not read', async () => {
    expect(dataOf(await api.gql(StudiesDocument, {}, api.a.keys.viewer)).studies.length).toBeGreaterThan(0);
    expect(codeOf(await api.gql(CreateStudyDocument, { input: { name: 'v' } }, api.a.keys.viewer))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(StudiesDocument, {}, api.a.keys.ingest))).toBe('FORBIDDEN');
    const imported = await api.gql(
      ImportRespondentsDocument,
      { input: { waveId: a.waveId, csv: 'id,score\ningest-1,9\n' } },
      api.a.keys.ingest,
    );
    expect(imported.data?.importRespondents.ok).toBe(true);
  });

  it("lets only admin keys manage webhooks and read their deliveries (an endpoint sends the workspace's events anywhere)", async () => {
    const input = { url: 'https://93.184.215.14/roles', events: ['INTERVIEW_COMPLETED' as const] };
    const { endpoint } = dataOf(await api.gql(CreateWebhookEndpointDocument, { input }, api.a.keys.admin)).createWebhookEndpoint;
    for (const role of ['analyst', 'viewer', 'ingest'] as const) {
      const key = api.a.keys[role];
      expect(codeOf(await api.gql(CreateWebhookEndpointDocument, { input }, key))).toBe('FORBIDDEN');
      expect(codeOf(await api.gql(WebhookEndpointsDocument, {}, key))).toBe('FORBIDDEN');
      expect(codeOf(await api.gql(WebhookDeliveriesDocument, { endpointId: endpoint.id }, key))).toBe('FORBIDDEN');
      expect(codeOf(await api.gql(UpdateWebhookEndpointDocument, { input: { id: endpoint.id, enabled: false } }, key))).toBe('FORBIDDEN');
      expect(codeOf(await api.gql(DeleteWebhookEndpointDocument, { id: endpoint.id }, key))).toBe('FORBIDDEN');
    }
    expect(dataOf(await api.gql(DeleteWebhookEndpointDocument, { id: endpoint.id }, api.a.keys.admin)).deleteWebhookEndpoint.id).toBe(
      endpoint.id,
    );
  });

  it('lets only admins change the partner origins that may frame the chat (keys and sessions alike)', async () => {
    for (const role of ['analyst', 'viewer', 'ingest'] as const) {
      const r = await api.gql(UpdateEmbedOriginsDocument, { origins: ['https://evil.example'] }, api.a.keys[role]);
      expect(codeOf(r)).toBe('FORBIDDEN');
    }
    for (const role of ['analyst', 'viewer'] as const) {
      const r = await api.gql(UpdateEmbedOriginsDocument, { origins: ['https://evil.example'] }, api.a.sessions[role]);
      expect(codeOf(r)).toBe('FORBIDDEN');
    }
    const [{ origins }] = await api.db.query(`SELECT embed_origins AS origins FROM workspace WHERE id = $1`, [api.a.id]);
    expect(origins).toEqual([]);
  });

  it('shows the audit log to admin keys only (it says who read which transcript)', async () => {
    expect(dataOf(await api.gql(AuditEventsDocument, { first: 1 }, api.a.keys.admin)).auditEvents.edges).toHaveLength(1);
    for (const role of ['analyst', 'viewer', 'ingest'] as const) {
      expect(codeOf(await api.gql(AuditEventsDocument, {}, api.a.keys[role]))).toBe('FORBIDDEN');
    }
  });

  it('lets only admin keys erase a respondent or change the retention, and every reader see the retention', async () => {
    for (const role of ['analyst', 'viewer', 'ingest'] as const) {
      expect(codeOf(await api.gql(EraseRespondentDocument, { id: a.respondentId }, api.a.keys[role]))).toBe('FORBIDDEN');
      const input = { transcriptRetentionDays: 3 };
      expect(codeOf(await api.gql(UpdateWorkspaceSettingsDocument, { input }, api.a.keys[role]))).toBe('FORBIDDEN');
    }
    for (const role of ['admin', 'analyst', 'viewer'] as const) {
      expect(dataOf(await api.gql(WorkspaceSettingsDocument, {}, api.a.keys[role])).workspaceSettings.transcriptRetentionDays).toBeNull();
    }
    expect(codeOf(await api.gql(WorkspaceSettingsDocument, {}, api.a.keys.ingest))).toBe('FORBIDDEN');
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM respondent WHERE id = $1`, [a.respondentId]);
    expect(n).toBe(1);
  });
});

/** One role case per field of every type holding personal data (README, "Roles"). */
const fieldsOf = (type: PersonalDataType, access: RoleCase, fields: string[]) =>
  Object.fromEntries(fields.map((f) => [`${type}.${f}`, access]));

const MATRIX: Record<string, RoleCase> = {
  // An ingest key starts interviews: it gets the session's state and link, none of its content.
  ...fieldsOf('InterviewSession', EVERY_KEY, ['id', 'respondentId', 'waveId', 'status', 'moderator', 'language', 'languageSource']),
  ...fieldsOf('InterviewSession', EVERY_KEY, ['remindedAt', 'expiresAt', 'lastActivityAt', 'startedAt', 'completedAt', 'createdAt']),
  ...fieldsOf('InterviewSession', EVERY_KEY, ['closedAt', 'linkRevokedAt']),
  ...fieldsOf('InterviewSession', READERS, ['turns', 'coding', 'escalations', 'respondent', 'delivery', 'quality', 'guide']),
  ...fieldsOf('Respondent', READERS, ['id', 'waveId', 'externalId', 'score', 'band', 'attributes', 'language', 'respondedAt', 'createdAt']),
  ...fieldsOf('Respondent', READERS, ['source', 'importBatchId', 'receivedAt', 'updatedAt', 'comment', 'commentCoding']),
  ...fieldsOf('Respondent', READERS, ['invitation', 'latestSession']),
  ...fieldsOf('Respondent', CONTACT, ['email']),
  ...fieldsOf('Turn', READERS, ['id', 'seq', 'role', 'text', 'phase', 'ladderLevel', 'action', 'author', 'moderation', 'createdAt']),
  ...fieldsOf('Escalation', READERS, ['id', 'studyId', 'waveId', 'sessionId', 'reason', 'quote', 'detectedBy', 'status', 'owner']),
  ...fieldsOf('Escalation', READERS, ['createdAt', 'updatedAt', 'session']),
  // Who changed it last (a key's or a member's id), read with the escalation.
  ...fieldsOf('Escalation', READERS, ['updatedBy']),
  // A staff member's address (who handles it), not the respondent's: read with the escalation.
  ...fieldsOf('Escalation', READERS, ['ownerEmail']),
  ...fieldsOf('EmailDelivery', READERS, ['id', 'respondentId', 'sessionId', 'kind', 'trigger', 'status', 'attempts', 'dueAt', 'sentAt']),
  ...fieldsOf('EmailDelivery', READERS, ['createdAt', 'updatedAt', 'respondent']),
  // Read by every reader, but addresses in it only by keys that may read contacts (the test below).
  ...fieldsOf('EmailDelivery', READERS, ['lastError']),
  ...fieldsOf('EmailSuppression', ADMIN_ONLY, ['email', 'reason', 'detail', 'createdAt']),
  ...fieldsOf('TranscriptCoding', READERS, ['id', 'coder', 'taxonomyVersion', 'statedDriver', 'rootDriver', 'sentimentScore']),
  ...fieldsOf('TranscriptCoding', READERS, ['competitors', 'excerpts', 'createdAt']),
  // The root note may quote the respondent's words: read like the excerpts.
  ...fieldsOf('TranscriptCoding', READERS, ['competitorMentioned', 'rootNote']),
  // What made the coding and what it cost: read with the coding.
  ...fieldsOf('TranscriptCoding', READERS, ['provenance']),
  // The analyst's correction quotes the respondent like the excerpts.
  ...fieldsOf('TranscriptCoding', READERS, ['correction', 'inGoldenSet']),
  ...fieldsOf('CodingCorrection', READERS, ['id', 'sessionId', 'waveId', 'taxonomyVersionId', 'taxonomyVersion', 'source', 'inGoldenSet']),
  ...fieldsOf('CodingCorrection', READERS, ['statedDriver', 'rootDriver', 'excerpts', 'note', 'byKeyId', 'by', 'createdAt', 'updatedAt']),
  ...fieldsOf('CorrectedExcerpt', READERS, ['turnSeq', 'start', 'end', 'quote', 'driverKey', 'driverLabel', 'categoryKey', 'role']),
  ...fieldsOf('CodedExcerpt', READERS, ['driverKey', 'driverLabel', 'categoryKey', 'quote', 'turnSeq', 'start', 'end', 'role']),
  ...fieldsOf('CodedExcerpt', READERS, ['sentiment', 'sentimentScore', 'competitors']),
  ...fieldsOf('CommentCoding', READERS, ['driver', 'sentiment', 'quote', 'coder', 'codedAt']),
  ...fieldsOf('ThemeQuote', READERS, ['id', 'quote', 'sessionId', 'turnSeq', 'start', 'end', 'band']),
  ...fieldsOf('CompetitorQuote', READERS, ['quote', 'sessionId', 'waveId', 'turnSeq', 'start', 'end', 'band']),
  // The respondent's own view: the link is the credential, whatever key comes with it.
  ...fieldsOf('RespondentSessionView', EVERY_KEY, ['sessionId', 'status', 'language', 'moderator', 'turns']),
};

describe('role matrix: what each role reads of personal data, on every path', () => {
  let fx: MatrixFixture;
  let types: Map<string, SchemaField[]>;
  beforeAll(async () => {
    fx = await matrixFixture(api, api.b);
    types = await objectTypes(api);
  });

  it('has a case for every field of every personal-data type, and every type those fields return is classified', () => {
    const fields = PERSONAL_DATA_TYPES.flatMap((t) => (types.get(t) ?? []).map((f) => `${t}.${f.name}`));
    expect(Object.keys(MATRIX).sort()).toEqual(fields.sort());
    const known = new Set<string>([...PERSONAL_DATA_TYPES, ...HOLDS_NO_PERSONAL_DATA]);
    const unclassified = PERSONAL_DATA_TYPES.flatMap((t) => (types.get(t) ?? []).filter((f) => f.isObject && !known.has(f.typeName)));
    expect(unclassified.map((f) => f.typeName)).toEqual([]);
  });

  it('hides addresses in SMTP errors from keys that may not read contact details', async () => {
    const query = `query E($id: ID!) { interviewSession(id: $id) { delivery { lastError } } }`;
    const lastError = async (role: 'admin' | 'analyst' | 'viewer') =>
      ((await api.gqlText(query, { id: fx.sessionId }, api.b.keys[role])).data as { interviewSession: { delivery: { lastError: string } } })
        .interviewSession.delivery.lastError;
    expect(await lastError('admin')).toBe('452 <m1@example.com>: mailbox full');
    expect(await lastError('analyst')).toBe('452 <m1@example.com>: mailbox full');
    expect(await lastError('viewer')).toBe('452 <<address hidden>>: mailbox full');
  });

  for (const [key, expected] of Object.entries(MATRIX)) {
    it(key, async () => {
      const [type, name] = key.split('.') as [PersonalDataType, string];
      const field = types.get(type)?.find((f) => f.name === name);
      expect(field, `${key} is not in the schema any more: remove its case`).toBeDefined();
      const got: Record<string, string> = {};
      for (const role of ['admin', 'analyst', 'viewer', 'ingest'] as const) got[role] = await readAs(api, api.b, fx, type, field!, role);
      // A member's console session reads what a key of the same role reads (people have no ingest role).
      for (const role of ['admin', 'analyst', 'viewer'] as const) {
        got[`${role} session`] = await readAs(api, api.b, fx, type, field!, role, api.b.sessions);
      }
      const sessions = { 'admin session': expected.admin, 'analyst session': expected.analyst, 'viewer session': expected.viewer };
      expect(got).toEqual({ ...expected, ...sessions });
    });
  }
});
