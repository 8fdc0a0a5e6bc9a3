import { createHash } from 'node:crypto';
import { freePort, startTemporalDevServer, type TemporalDevServerHandle } from '@ladder/devstack';
import { MAX_WEBHOOK_ENDPOINTS } from '@ladder/contracts';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { codeOf, dataOf, startTestApi, type TestApi } from '../test-support/api-harness.js';
import { csvOf, studyWithWave } from '../test-support/fixtures.js';
import {
  AuditEventsDocument,
  CreateWebhookEndpointDocument,
  DeleteWebhookEndpointDocument,
  EraseRespondentDocument,
  ImportRespondentsDocument,
  IngestResponsesDocument,
  LaunchWaveDocument,
  ReplayWebhookDeliveryDocument,
  RespondentSessionDocument,
  StartInterviewDocument,
  UpdateEscalationDocument,
  UpdateWebhookEndpointDocument,
  WebhookDeliveriesDocument,
  WebhookEndpointsDocument,
  type WebhookEventType,
} from '../test-support/gql/graphql.js';
import { ApiKeyRole } from '../common/enums.js';
import { WebhookEndpointService } from './webhook-endpoint.service.js';
import { WebhookEventKind } from '../common/enums.js';

/** A public address literal: creation resolves nothing and the address is public (nothing is sent from the API). */
const PUBLIC_URL = 'https://93.184.215.14/hooks/ladder';
let api: TestApi;
let temporal: TemporalDevServerHandle;

beforeAll(async () => {
  temporal = await startTemporalDevServer({ port: await freePort() });
  api = await startTestApi({ temporalAddress: temporal.address });
});
afterAll(async () => {
  await api?.stop();
  await temporal?.stop();
});
beforeEach(async () => {
  await api.db.query(`DELETE FROM webhook_endpoint`);
});

const create = (events: WebhookEventType[] = ['RESPONSE_INGESTED'], url = PUBLIC_URL, key = api.a.keys.admin) =>
  api.gql(CreateWebhookEndpointDocument, { input: { url, events, description: 'CRM sync' } }, key);
const events = async (workspaceId = api.a.id) =>
  (await api.db.query(`SELECT type, payload FROM webhook_event WHERE workspace_id = $1 ORDER BY created_at`, [workspaceId])) as {
    type: string;
    payload: Record<string, unknown>;
  }[];

describe('successful webhook endpoint calls', () => {
  it('creates an endpoint, shows its Standard Webhooks secret once; lists, updates, disables, enables, deletes it (audited)', async () => {
    const { endpoint, secret } = dataOf(await create(['RESPONSE_INGESTED', 'ESCALATION_UPDATED'])).createWebhookEndpoint;
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    expect(Buffer.from(secret.slice('whsec_'.length), 'base64')).toHaveLength(24);
    expect(endpoint).toMatchObject({
      url: PUBLIC_URL,
      description: 'CRM sync',
      events: ['RESPONSE_INGESTED', 'ESCALATION_UPDATED'],
      enabled: true,
      disabledReason: null,
      failingSince: null,
    });
    expect(dataOf(await api.gql(WebhookEndpointsDocument)).webhookEndpoints.map((e) => e.id)).toEqual([endpoint.id]);
    expect(JSON.stringify(await api.gqlText('{ webhookEndpoints { id } }'))).not.toContain(secret);

    const update = (input: Record<string, unknown>) =>
      api.gql(UpdateWebhookEndpointDocument, { input: { id: endpoint.id, ...input } }).then((r) => dataOf(r).updateWebhookEndpoint);
    expect(await update({ events: ['ANALYSIS_COMPLETED'], description: '' })).toMatchObject({
      events: ['ANALYSIS_COMPLETED'],
      description: null,
    });
    const disabled = await update({ enabled: false });
    expect(disabled).toMatchObject({ enabled: false, disabledReason: 'MANUAL' });
    expect(disabled.disabledAt).not.toBeNull();
    expect(await update({ enabled: true, url: 'https://93.184.215.14/other' })).toMatchObject({
      enabled: true,
      disabledReason: null,
      disabledAt: null,
      url: 'https://93.184.215.14/other',
    });
    expect(dataOf(await api.gql(DeleteWebhookEndpointDocument, { id: endpoint.id })).deleteWebhookEndpoint.id).toBe(endpoint.id);
    expect(dataOf(await api.gql(WebhookEndpointsDocument)).webhookEndpoints).toEqual([]);

    const audited = dataOf(await api.gql(AuditEventsDocument, { first: 20 })).auditEvents.edges.map((e) => e.node);
    expect(audited.filter((e) => e.name.includes('WebhookEndpoint')).map((e) => [e.name, e.outcome])).toEqual([
      ['deleteWebhookEndpoint', 'ok'],
      ['updateWebhookEndpoint', 'ok'],
      ['updateWebhookEndpoint', 'ok'],
      ['updateWebhookEndpoint', 'ok'],
      ['createWebhookEndpoint', 'ok'],
    ]);
  });

  it('takes http and private addresses when LADDER_WEBHOOK_ALLOW_PRIVATE is true', async () => {
    const service = new WebhookEndpointService({ allowPrivate: true });
    const ctx = {
      principal: { kind: 'api-key' as const, keyId: '00000000-0000-0000-0000-000000000000', workspaceId: api.a.id, role: ApiKeyRole.ADMIN },
      db: api.db,
    } as Parameters<WebhookEndpointService['create']>[0];
    const created = await service.create(ctx, { url: 'http://localhost:8080/hooks', events: [WebhookEventKind.ALERT_FIRED] });
    expect(created.endpoint.url).toBe('http://localhost:8080/hooks');
  });
});

describe('failing webhook endpoint calls', () => {
  it.each([
    ['http://93.184.215.14/hooks', 'scheme', 'Webhook URLs must use https'],
    ['https://localhost/hooks', 'private-address', 'The host localhost resolves to a private, loopback or link-local address'],
    ['https://127.0.0.1/hooks', 'private-address', 'The host 127.0.0.1 resolves to a private, loopback or link-local address'],
    ['https://10.1.2.3/hooks', 'private-address', 'The host 10.1.2.3 resolves to a private, loopback or link-local address'],
    [
      'https://169.254.169.254/latest/meta-data',
      'private-address',
      'The host 169.254.169.254 resolves to a private, loopback or link-local address',
    ],
    ['https://[::1]/hooks', 'private-address', 'The host ::1 resolves to a private, loopback or link-local address'],
    ['https://user:secret@93.184.215.14/hooks', 'credentials', 'Webhook URLs may not carry a user name or password'],
    ['no url', 'malformed', 'The URL is not a valid absolute URL of at most 2,000 characters'],
  ])('refuses %s (INVALID_WEBHOOK_URL, %s)', async (url, reason, message) => {
    const r = await create(['RESPONSE_INGESTED'], url);
    expect(r.errors?.[0]).toMatchObject({ message, extensions: { code: 'INVALID_WEBHOOK_URL', field: 'url', reason } });
    expect(await api.db.query(`SELECT id FROM webhook_endpoint`)).toEqual([]);
  });

  it('refuses a private URL on update too, and an endpoint of another workspace or none at all', async () => {
    const { endpoint } = dataOf(await create()).createWebhookEndpoint;
    const moved = await api.gql(UpdateWebhookEndpointDocument, { input: { id: endpoint.id, url: 'https://192.168.0.10/x' } });
    expect(codeOf(moved)).toBe('INVALID_WEBHOOK_URL');
    for (const id of [endpoint.id, 'not-an-id', '00000000-0000-0000-0000-000000000000']) {
      const key = id === endpoint.id ? api.b.keys.admin : api.a.keys.admin;
      const r = await api.gql(DeleteWebhookEndpointDocument, { id }, key);
      expect(r.errors?.[0]).toMatchObject({
        message: `Webhook endpoint ${id} was not found`,
        extensions: { code: 'WEBHOOK_ENDPOINT_NOT_FOUND' },
      });
      expect(codeOf(await api.gql(WebhookDeliveriesDocument, { endpointId: id }, key))).toBe('WEBHOOK_ENDPOINT_NOT_FOUND');
    }
    expect(dataOf(await api.gql(WebhookEndpointsDocument, {}, api.b.keys.admin)).webhookEndpoints).toEqual([]);
  });

  it(`keeps a workspace to ${MAX_WEBHOOK_ENDPOINTS} endpoints (WEBHOOK_ENDPOINT_LIMIT)`, async () => {
    for (let n = 0; n < MAX_WEBHOOK_ENDPOINTS; n++) dataOf(await create());
    const r = await create();
    expect(r.errors?.[0]).toMatchObject({
      message: `A workspace has at most ${MAX_WEBHOOK_ENDPOINTS} webhook endpoints`,
      extensions: { code: 'WEBHOOK_ENDPOINT_LIMIT', max: MAX_WEBHOOK_ENDPOINTS },
    });
    // The other workspace has its own allowance.
    dataOf(await create(['RESPONSE_INGESTED'], PUBLIC_URL, api.b.keys.admin));
  });

  it('wants at least one event, and an admin key for everything', async () => {
    expect(codeOf(await create([]))).toBe('BAD_USER_INPUT');
    for (const role of ['analyst', 'viewer', 'ingest'] as const) {
      const r = await create(['RESPONSE_INGESTED'], PUBLIC_URL, api.a.keys[role]);
      expect(r.errors?.[0]).toMatchObject({
        message: 'Only admin keys may manage webhooks or read their deliveries.',
        extensions: { code: 'FORBIDDEN' },
      });
      expect(codeOf(await api.gql(WebhookEndpointsDocument, {}, api.a.keys[role]))).toBe('FORBIDDEN');
    }
  });
});

describe('events enqueued by the API in the transaction of their change', () => {
  it('response.ingested: one per new response (ingestResponses, CSV import), in order, ids and score; a resend adds none', async () => {
    dataOf(await create(['RESPONSE_INGESTED']));
    const { studyId, waveId } = await studyWithWave(api, api.a.keys.admin, 'Ingested');
    const before = (await events()).length;
    const responses = [
      { externalId: 'crm-1', score: 3, email: 'one@example.com', comment: 'Too slow' },
      { externalId: 'crm-2', score: 9 },
    ];
    const ingested = dataOf(await api.gql(IngestResponsesDocument, { input: { waveId, responses } })).ingestResponses;
    expect(ingested.inserted).toBe(2);
    dataOf(await api.gql(IngestResponsesDocument, { input: { waveId, responses } }));
    const csv = csvOf([
      ['id', 'score'],
      ['csv-1', 7],
    ]);
    expect(dataOf(await api.gql(ImportRespondentsDocument, { input: { waveId, csv } })).importRespondents.ok).toBe(true);
    const got = (await events()).slice(before);
    expect(got.map((e) => [e.type, e.payload.externalId, e.payload.score, e.payload.band, e.payload.source])).toEqual([
      ['response.ingested', 'crm-1', 3, 'detractor', 'api'],
      ['response.ingested', 'crm-2', 9, 'promoter', 'api'],
      ['response.ingested', 'csv-1', 7, 'passive', 'csv'],
    ]);
    expect(got[0].payload).toMatchObject({ waveId, studyId, importBatchId: ingested.batchId });
    expect(JSON.stringify(got)).not.toMatch(/one@example.com|Too slow/);
  });

  it('writes no event when no enabled endpoint subscribes', async () => {
    const { endpoint } = dataOf(await create(['RESPONSE_INGESTED'])).createWebhookEndpoint;
    dataOf(await api.gql(UpdateWebhookEndpointDocument, { input: { id: endpoint.id, enabled: false } }));
    dataOf(await create(['ANALYSIS_COMPLETED']));
    const { waveId } = await studyWithWave(api, api.a.keys.admin, 'Unheard');
    const before = (await events()).length;
    dataOf(await api.gql(IngestResponsesDocument, { input: { waveId, responses: [{ externalId: 'x', score: 5 }] } }));
    expect(await events()).toHaveLength(before);
  });

  it('escalation.updated when a status or owner changes, with the status before; a call that changes nothing is no event', async () => {
    dataOf(await create(['ESCALATION_UPDATED']));
    const { studyId, waveId } = await studyWithWave(api, api.a.keys.admin, 'Escalated');
    dataOf(await api.gql(IngestResponsesDocument, { input: { waveId, responses: [{ externalId: 'e-1', score: 1 }] } }));
    const [{ id: respondentId }] = await api.db.query(`SELECT id FROM respondent WHERE wave_id = $1`, [waveId]);
    const [{ id: sessionId }] = await api.db.query(
      `INSERT INTO interview_session (workspace_id, respondent_id, wave_id, moderator, token_hash, workflow_id)
       VALUES ($1, $2, $3, 'offline', $4, $5) RETURNING id`,
      [api.a.id, respondentId, waveId, createHash('sha256').update(sessionIdSeed()).digest('hex'), `wf-${sessionIdSeed()}`],
    );
    const [{ id: turnId }] = await api.db.query(
      `INSERT INTO turn (workspace_id, session_id, seq, role, text, phase) VALUES ($1, $2, 1, 'respondent', 'we will cancel', 'context')
       RETURNING id`,
      [api.a.id, sessionId],
    );
    const [{ id: escalationId }] = await api.db.query(
      `INSERT INTO escalation (workspace_id, study_id, wave_id, session_id, turn_id, reason, quote, detected_by)
       VALUES ($1, $2, $3, $4, $5, 'churn_risk', 'we will cancel', 'offline') RETURNING id`,
      [api.a.id, studyId, waveId, sessionId, turnId],
    );
    const before = (await events()).length;
    const input = { id: escalationId, status: 'IN_PROGRESS' as const, owner: 'Dana (CS)' };
    dataOf(await api.gql(UpdateEscalationDocument, { input }));
    dataOf(await api.gql(UpdateEscalationDocument, { input }));
    const got = (await events()).slice(before);
    expect(got).toEqual([
      {
        type: 'escalation.updated',
        payload: {
          escalationId,
          sessionId,
          waveId,
          studyId,
          reason: 'churn_risk',
          status: 'in_progress',
          previousStatus: 'open',
          owner: 'Dana (CS)',
        },
      },
    ]);
  });

  it('interview.started when startInterview starts an interview (via api); issuing its link again is no new event', async () => {
    dataOf(await create(['INTERVIEW_STARTED']));
    const { studyId, waveId } = await studyWithWave(api, api.a.keys.admin, 'Started');
    dataOf(await api.gql(LaunchWaveDocument, { id: waveId }));
    dataOf(await api.gql(IngestResponsesDocument, { input: { waveId, responses: [{ externalId: 's-1', score: 4 }] } }));
    const [{ id: respondentId }] = await api.db.query(`SELECT id FROM respondent WHERE wave_id = $1`, [waveId]);
    const before = (await events()).length;
    dataOf(await api.gql(StartInterviewDocument, { respondentId }));
    dataOf(await api.gql(StartInterviewDocument, { respondentId }));
    const [{ id: sessionId }] = await api.db.query(`SELECT id FROM interview_session WHERE respondent_id = $1`, [respondentId]);
    const got = (await events()).slice(before);
    expect(got).toEqual([
      {
        type: 'interview.started',
        payload: { sessionId, respondentId, waveId, studyId, via: 'api', language: 'en', startedAt: expect.any(String) },
      },
    ]);
  });
  it("interview.started (via invitation) when a mailed invitation's link is first opened; opening it again is no new event", async () => {
    dataOf(await create(['INTERVIEW_STARTED']));
    const { studyId, waveId } = await studyWithWave(api, api.a.keys.admin, 'Invited');
    dataOf(await api.gql(LaunchWaveDocument, { id: waveId }));
    dataOf(await api.gql(IngestResponsesDocument, { input: { waveId, responses: [{ externalId: 'i-1', score: 8 }] } }));
    const [{ id: respondentId }] = await api.db.query(`SELECT id FROM respondent WHERE wave_id = $1`, [waveId]);
    // As the worker's fielding dispatcher writes it when it mails the invitation: no workflow yet.
    const token = `invitation-token-${Date.now()}-0123456789`;
    const [{ id: sessionId }] = await api.db.query(
      `INSERT INTO interview_session (workspace_id, respondent_id, wave_id, moderator, token_hash, workflow_id, expires_at,
                                      workflow_started_at, language)
       VALUES ($1, $2, $3, 'offline', $4, 'interview-' || gen_random_uuid(), now() + interval '1 day', NULL, 'en') RETURNING id`,
      [api.a.id, respondentId, waveId, createHash('sha256').update(token).digest('hex')],
    );
    const before = (await events()).length;
    dataOf(await api.gql(RespondentSessionDocument, { token }, null));
    dataOf(await api.gql(RespondentSessionDocument, { token }, null));
    expect((await events()).slice(before)).toEqual([
      {
        type: 'interview.started',
        payload: { sessionId, respondentId, waveId, studyId, via: 'invitation', language: 'en', startedAt: expect.any(String) },
      },
    ]);
  });
  it("erasing a respondent deletes the outbox's events about them (by respondent and by session), with their deliveries", async () => {
    dataOf(await create(['RESPONSE_INGESTED', 'ESCALATION_UPDATED']));
    const { studyId, waveId } = await studyWithWave(api, api.a.keys.admin, 'Erased');
    const responses = [
      { externalId: 'gone', score: 2 },
      { externalId: 'kept', score: 9 },
    ];
    dataOf(await api.gql(IngestResponsesDocument, { input: { waveId, responses } }));
    const [gone] = await api.db.query(`SELECT id FROM respondent WHERE wave_id = $1 AND external_id = 'gone'`, [waveId]);
    const [{ id: sessionId }] = await api.db.query(
      `INSERT INTO interview_session (workspace_id, respondent_id, wave_id, moderator, token_hash, workflow_id)
       VALUES ($1, $2, $3, 'offline', $4, $5) RETURNING id`,
      [api.a.id, gone.id, waveId, createHash('sha256').update(sessionIdSeed()).digest('hex'), `wf-${sessionIdSeed()}`],
    );
    const [{ id: turnId }] = await api.db.query(
      `INSERT INTO turn (workspace_id, session_id, seq, role, text, phase) VALUES ($1, $2, 1, 'respondent', 'we leave', 'context')
       RETURNING id`,
      [api.a.id, sessionId],
    );
    const [{ id: escalationId }] = await api.db.query(
      `INSERT INTO escalation (workspace_id, study_id, wave_id, session_id, turn_id, reason, quote, detected_by)
       VALUES ($1, $2, $3, $4, $5, 'churn_risk', 'we leave', 'offline') RETURNING id`,
      [api.a.id, studyId, waveId, sessionId, turnId],
    );
    dataOf(await api.gql(UpdateEscalationDocument, { input: { id: escalationId, status: 'RESOLVED' } }));
    const about = async () =>
      (await events()).filter((e) => [e.payload.externalId, e.payload.sessionId].some((v) => v === 'gone' || v === sessionId));
    expect((await about()).map((e) => e.type)).toEqual(['response.ingested', 'escalation.updated']);
    dataOf(await api.gql(EraseRespondentDocument, { id: gone.id }));
    expect(await about()).toEqual([]);
    expect((await events()).filter((e) => e.payload.externalId === 'kept')).toHaveLength(1);
    const [{ n }] = await api.db.query(
      `SELECT count(*)::int AS n FROM webhook_delivery d WHERE NOT EXISTS (SELECT 1 FROM webhook_event e WHERE e.id = d.event_id)`,
    );
    expect(n).toBe(0);
  });
});

describe('delivery log and replay', () => {
  it("pages an endpoint's deliveries newest first, filters by status, shows the last attempt, replays one with its event id", async () => {
    const { endpoint } = dataOf(await create(['RESPONSE_INGESTED'])).createWebhookEndpoint;
    const { waveId } = await studyWithWave(api, api.a.keys.admin, 'Logged');
    const responses = [1, 2, 3].map((n) => ({ externalId: `log-${n}`, score: n }));
    dataOf(await api.gql(IngestResponsesDocument, { input: { waveId, responses } }));
    // The worker's outcome of the first delivery, as it records it.
    const [first] = await api.db.query(`SELECT id FROM webhook_delivery WHERE endpoint_id = $1 ORDER BY seq LIMIT 1`, [endpoint.id]);
    await api.db.query(
      `UPDATE webhook_delivery SET status = 'failed', attempts = 8, last_attempt_at = now(), last_status_code = 500,
         last_latency_ms = 42, last_response_body = 'busy', last_error = 'HTTP 500' WHERE id = $1`,
      [first.id],
    );
    const page = (args: { first: number; after?: string | null; status?: 'PENDING' | 'DELIVERED' | 'FAILED' }) =>
      api.gql(WebhookDeliveriesDocument, { endpointId: endpoint.id, ...args }).then((r) => dataOf(r).webhookDeliveries);
    const one = await page({ first: 2 });
    expect(one.edges.map((e) => e.node.status)).toEqual(['PENDING', 'PENDING']);
    expect(one.pageInfo.hasNextPage).toBe(true);
    const two = await page({ first: 2, after: one.pageInfo.endCursor });
    expect(two.pageInfo.hasNextPage).toBe(false);
    const failed = two.edges[0].node;
    expect(failed).toMatchObject({
      id: first.id,
      eventType: 'RESPONSE_INGESTED',
      status: 'FAILED',
      attempts: 8,
      statusCode: 500,
      latencyMs: 42,
      responseBody: 'busy',
      error: 'HTTP 500',
      nextAttemptAt: null,
      replayOf: null,
    });
    expect((await page({ first: 10, status: 'FAILED' })).edges.map((e) => e.node.id)).toEqual([first.id]);

    const replayed = dataOf(await api.gql(ReplayWebhookDeliveryDocument, { id: first.id })).replayWebhookDelivery;
    expect(replayed).toMatchObject({ eventId: failed.eventId, status: 'PENDING', attempts: 0, replayOf: first.id, statusCode: null });
    expect((await page({ first: 1 })).edges[0].node.id).toBe(replayed.id);

    expect(codeOf(await api.gql(ReplayWebhookDeliveryDocument, { id: first.id }, api.b.keys.admin))).toBe('WEBHOOK_DELIVERY_NOT_FOUND');
    expect(codeOf(await api.gql(ReplayWebhookDeliveryDocument, { id: 'nope' }))).toBe('WEBHOOK_DELIVERY_NOT_FOUND');
    expect(codeOf(await api.gql(ReplayWebhookDeliveryDocument, { id: first.id }, api.a.keys.analyst))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(WebhookDeliveriesDocument, { endpointId: endpoint.id, after: 'garbage' }))).toBe('BAD_USER_INPUT');
  });
});

let seed = 0;
const sessionIdSeed = () => `webhook-out-${++seed}-${Date.now()}`;
