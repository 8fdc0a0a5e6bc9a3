import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, dataOf, startTestApi, type TestApi } from '../test-support/api-harness.js';
import { fieldingWave, insertDelivery, insertFieldingSession, type FieldingWave } from '../test-support/fielding-fixtures.js';
import {
  DeliveriesDocument,
  EmailSuppressionsDocument,
  RespondentInvitationsDocument,
  SessionDeliveriesDocument,
  SuppressEmailDocument,
  UnsuppressEmailDocument,
} from '../test-support/gql/graphql.js';

let api: TestApi;
let w: FieldingWave;
let sessionId: string;

beforeAll(async () => {
  api = await startTestApi();
  w = await fieldingWave(api, [
    ['a', 1, 'a@example.com'],
    ['b', 2, 'b@example.com'],
    ['c', 3, 'c@example.com'],
    ['d', 9, 'd@example.com'],
    ['e', 7, ''],
  ]);
  const ws = api.a.id;
  sessionId = await insertFieldingSession(api, ws, w.waveId, w.ids.a, { status: 'active' });
  await insertDelivery(api, ws, w.waveId, w.ids.a, {
    status: 'sent',
    trigger: 'auto',
    sessionId,
    createdAt: '2026-03-01T09:00:00Z',
    sentAt: '2026-03-01T09:01:00Z',
    attempts: 1,
  });
  await insertDelivery(api, ws, w.waveId, w.ids.a, {
    kind: 'reminder',
    trigger: 'workflow',
    status: 'queued',
    sessionId,
    createdAt: '2026-03-02T09:00:00Z',
  });
  await insertDelivery(api, ws, w.waveId, w.ids.b, { status: 'sending', createdAt: '2026-03-01T10:00:00Z', attempts: 1 });
  await insertDelivery(api, ws, w.waveId, w.ids.c, {
    status: 'failed',
    createdAt: '2026-03-01T11:00:00Z',
    attempts: 5,
    lastError: '550 5.1.1 <c@example.com>: Recipient address rejected',
  });
  await insertDelivery(api, ws, w.waveId, w.ids.d, { status: 'queued', createdAt: '2026-03-01T12:00:00Z' });
});
afterAll(() => api.stop());

describe('delivery state', () => {
  it("shows each respondent's invitation, 'sending' as QUEUED, with the SMTP error", async () => {
    const r = await api.gql(RespondentInvitationsDocument, { waveId: w.waveId });
    const byId = Object.fromEntries(dataOf(r).respondents.edges.map((e) => [e.node.externalId, e.node.invitation]));
    expect(byId).toEqual({
      a: { kind: 'INVITATION', trigger: 'AUTO', status: 'SENT', attempts: 1, lastError: null, sentAt: '2026-03-01T09:01:00.000Z' },
      b: { kind: 'INVITATION', trigger: 'MANUAL', status: 'QUEUED', attempts: 1, lastError: null, sentAt: null },
      c: {
        kind: 'INVITATION',
        trigger: 'MANUAL',
        status: 'FAILED',
        attempts: 5,
        lastError: '550 5.1.1 <c@example.com>: Recipient address rejected',
        sentAt: null,
      },
      d: { kind: 'INVITATION', trigger: 'MANUAL', status: 'QUEUED', attempts: 0, lastError: null, sentAt: null },
      e: null,
    });
  });

  it('loads the invitations of a whole page in one statement', async () => {
    const statements = await api.statementsOf(() => api.gql(RespondentInvitationsDocument, { waveId: w.waveId }));
    expect(statements.filter((s) => s.includes('email_delivery'))).toHaveLength(1);
  });

  it('links an interview to the invitation that carries its link (not the reminder)', async () => {
    const r = await api.gql(SessionDeliveriesDocument, { studyId: w.studyId, waveId: w.waveId });
    expect(dataOf(r).interviewSessions).toEqual([{ id: sessionId, delivery: { id: expect.any(String), status: 'SENT', sessionId } }]);
  });
});

describe('deliveries', () => {
  it('lists the wave’s emails newest first with their respondent, and pages through them', async () => {
    const first = dataOf(await api.gql(DeliveriesDocument, { waveId: w.waveId, first: 2 })).deliveries;
    expect(first.totalCount).toBe(5);
    expect(first.edges.map((e) => [e.node.respondent?.externalId, e.node.kind])).toEqual([
      ['a', 'REMINDER'],
      ['d', 'INVITATION'],
    ]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = dataOf(await api.gql(DeliveriesDocument, { waveId: w.waveId, first: 10, after: first.pageInfo.endCursor })).deliveries;
    expect(rest.edges.map((e) => e.node.respondent?.externalId)).toEqual(['c', 'b', 'a']);
    expect(rest.pageInfo).toEqual({ hasNextPage: false, endCursor: rest.edges[2].cursor });
    expect(rest.totalCount).toBe(5);
  });

  it('filters by status, QUEUED including the rows being sent', async () => {
    const queued = dataOf(await api.gql(DeliveriesDocument, { waveId: w.waveId, status: ['QUEUED'] })).deliveries;
    expect(queued.edges.map((e) => e.node.respondent?.externalId)).toEqual(['a', 'd', 'b']);
    const failed = dataOf(await api.gql(DeliveriesDocument, { waveId: w.waveId, status: ['FAILED', 'BOUNCED'] })).deliveries;
    expect(failed.edges.map((e) => [e.node.respondent?.externalId, e.node.lastError])).toEqual([
      ['c', '550 5.1.1 <c@example.com>: Recipient address rejected'],
    ]);
    const none = dataOf(await api.gql(DeliveriesDocument, { waveId: w.waveId, status: ['SUPPRESSED'] })).deliveries;
    expect(none).toMatchObject({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it('refuses a cursor it did not make, an unknown wave, and keys that may not read', async () => {
    const bad = await api.gql(DeliveriesDocument, { waveId: w.waveId, after: 'bm90LWEtY3Vyc29y' });
    expect(bad.errors?.[0]).toMatchObject({
      message: 'The "after" cursor is not one this API returned',
      extensions: { code: 'BAD_USER_INPUT', argument: 'after' },
    });
    expect(codeOf(await api.gql(DeliveriesDocument, { waveId: 'nope' }))).toBe('WAVE_NOT_FOUND');
    expect(codeOf(await api.gql(DeliveriesDocument, { waveId: w.waveId }, api.a.keys.ingest))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(DeliveriesDocument, { waveId: w.waveId }, api.b.keys.admin))).toBe('WAVE_NOT_FOUND');
  });
});

describe('suppression list', () => {
  it('adds addresses in lower case, idempotently, keeping the first reason', async () => {
    const added = await api.gql(SuppressEmailDocument, { email: '  Someone@Example.COM ' });
    expect(dataOf(added).suppressEmail).toEqual({ email: 'someone@example.com', reason: 'MANUAL' });
    await api.db.query(
      `INSERT INTO email_suppression (workspace_id, email, reason, detail) VALUES ($1, 'bounced@example.com', 'bounced', '550')`,
      [api.a.id],
    );
    const again = await api.gql(SuppressEmailDocument, { email: 'bounced@example.com' });
    expect(dataOf(again).suppressEmail).toEqual({ email: 'bounced@example.com', reason: 'BOUNCED' });
    const list = dataOf(await api.gql(EmailSuppressionsDocument, { first: 10 })).emailSuppressions;
    expect(list.totalCount).toBe(2);
    expect(list.items.map((i) => [i.email, i.reason, i.detail])).toEqual(
      expect.arrayContaining([
        ['someone@example.com', 'MANUAL', null],
        ['bounced@example.com', 'BOUNCED', '550'],
      ]),
    );
    expect(dataOf(await api.gql(EmailSuppressionsDocument, { first: 1 })).emailSuppressions).toMatchObject({ totalCount: 2 });
  });

  it('removes an address, saying whether it was listed', async () => {
    expect(dataOf(await api.gql(UnsuppressEmailDocument, { email: 'SOMEONE@example.com' })).unsuppressEmail).toBe(true);
    expect(dataOf(await api.gql(UnsuppressEmailDocument, { email: 'someone@example.com' })).unsuppressEmail).toBe(false);
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM email_suppression WHERE workspace_id = $1`, [api.a.id]);
    expect(n).toBe(1);
  });

  it('refuses what is not an address', async () => {
    const r = await api.gql(SuppressEmailDocument, { email: 'a@b.example, c@d.example' });
    expect(r.errors?.[0]).toMatchObject({
      message: '"a@b.example, c@d.example" is not an email address',
      extensions: { code: 'BAD_USER_INPUT', field: 'email' },
    });
  });

  it('is for admin keys only: the addresses are personal data', async () => {
    for (const role of ['analyst', 'viewer', 'ingest'] as const) {
      const key = api.a.keys[role];
      expect(codeOf(await api.gql(EmailSuppressionsDocument, {}, key))).toBe('FORBIDDEN');
      expect(codeOf(await api.gql(SuppressEmailDocument, { email: 'x@example.com' }, key))).toBe('FORBIDDEN');
      expect(codeOf(await api.gql(UnsuppressEmailDocument, { email: 'bounced@example.com' }, key))).toBe('FORBIDDEN');
    }
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM email_suppression WHERE workspace_id = $1`, [api.a.id]);
    expect(n).toBe(1);
  });

  it("keeps each workspace's list apart", async () => {
    expect(dataOf(await api.gql(EmailSuppressionsDocument, {}, api.b.keys.admin)).emailSuppressions).toEqual({ totalCount: 0, items: [] });
    expect(dataOf(await api.gql(UnsuppressEmailDocument, { email: 'bounced@example.com' }, api.b.keys.admin)).unsuppressEmail).toBe(false);
  });
});
