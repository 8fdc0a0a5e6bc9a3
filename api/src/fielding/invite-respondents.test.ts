import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, dataOf, startTestApi, type TestApi } from '../test-support/api-harness.js';
import { fieldingWave, insertFieldingSession, type FieldingWave } from '../test-support/fielding-fixtures.js';
import { InviteRespondentsDocument, type InviteRespondentsInput } from '../test-support/gql/graphql.js';

let api: TestApi;
let w: FieldingWave;

const invite = (input: InviteRespondentsInput, key?: string) => api.gql(InviteRespondentsDocument, { input }, key);
const outbox = (waveId: string): Promise<{ external_id: string; status: string; trigger: string; due: boolean }[]> =>
  api.db.query(
    `SELECT r.external_id, d.status, d.trigger, d.due_at <= now() AS due FROM email_delivery d JOIN respondent r ON r.id = d.respondent_id
     WHERE d.wave_id = $1 ORDER BY r.external_id`,
    [waveId],
  );

beforeAll(async () => {
  api = await startTestApi();
  w = await fieldingWave(api, [
    ['d1', 2, 'd1@example.com'],
    ['d2', 4, 'listed@example.com'],
    ['d3', 6, ''],
    ['p1', 7, 'p1@example.com'],
    ['p2', 8, 'p2@example.com'],
    ['s1', 9, 's1@example.com'],
  ]);
  await api.db.query(`INSERT INTO email_suppression (workspace_id, email, reason) VALUES ($1, 'listed@example.com', 'bounced')`, [
    api.a.id,
  ]);
  // s1 was handed a link by startInterview: already reached.
  await insertFieldingSession(api, api.a.id, w.waveId, w.ids.s1, { status: 'active' });
});
afterAll(() => api.stop());

describe('successful inviteRespondents', () => {
  it('queues manual invitations due now, by band, and says what it did with everyone else', async () => {
    const started = Date.now();
    const r = await invite({ waveId: w.waveId, filter: { bands: ['DETRACTOR'] } });
    expect(dataOf(r).inviteRespondents).toEqual({ queued: 1, alreadyInvited: 0, withoutEmail: 1, suppressed: 1 });
    // Temporal is unreachable in this harness: waking the dispatcher must neither fail nor hold the request.
    expect(Date.now() - started).toBeLessThan(2000);
    expect(await outbox(w.waveId)).toEqual([
      { external_id: 'd1', status: 'queued', trigger: 'manual', due: true },
      { external_id: 'd2', status: 'suppressed', trigger: 'manual', due: true },
    ]);
  });

  it('leaves the already reached out of a filter by default, and counts them when asked', async () => {
    const rest = await invite({ waveId: w.waveId, filter: {} });
    expect(dataOf(rest).inviteRespondents).toEqual({ queued: 2, alreadyInvited: 0, withoutEmail: 1, suppressed: 0 });
    const again = await invite({ waveId: w.waveId, filter: { notInvitedOnly: false } });
    // d1, d2, p1, p2 have invitation rows, s1 has an interview: nobody is invited twice.
    expect(dataOf(again).inviteRespondents).toEqual({ queued: 0, alreadyInvited: 5, withoutEmail: 1, suppressed: 0 });
    expect((await outbox(w.waveId)).map((r) => r.external_id)).toEqual(['d1', 'd2', 'p1', 'p2']);
  });

  it('takes explicit respondent ids (duplicates once) and counts those already reached', async () => {
    const other = await fieldingWave(api, [
      ['n1', 1, 'n1@example.com'],
      ['n2', 1, 'n2@example.com'],
    ]);
    const first = await invite({ waveId: other.waveId, respondentIds: [other.ids.n1, other.ids.n1] });
    expect(dataOf(first).inviteRespondents).toEqual({ queued: 1, alreadyInvited: 0, withoutEmail: 0, suppressed: 0 });
    const both = await invite({ waveId: other.waveId, respondentIds: [other.ids.n1, other.ids.n2] });
    expect(dataOf(both).inviteRespondents).toEqual({ queued: 1, alreadyInvited: 1, withoutEmail: 0, suppressed: 0 });
  });
});

describe('failing inviteRespondents', () => {
  it('refuses a wave that is not fielding, like startInterview', async () => {
    const draft = await fieldingWave(api, [['x', 1, 'x@example.com']], { launch: false });
    const r = await invite({ waveId: draft.waveId, filter: {} });
    expect(r.errors?.[0]).toMatchObject({
      message: 'Wave "Q1" is not launched yet: launch it (launchWave) to pin its guides, then start interviews',
      extensions: { code: 'WAVE_NOT_LAUNCHED', status: 'draft' },
    });
    expect(await outbox(draft.waveId)).toEqual([]);
  });

  it('needs exactly one of respondentIds and filter', async () => {
    const neither = await invite({ waveId: w.waveId });
    expect(neither.errors?.[0]).toMatchObject({
      message: 'Give either respondentIds or filter, not both and not neither',
      extensions: { code: 'BAD_USER_INPUT', field: 'respondentIds' },
    });
    expect(codeOf(await invite({ waveId: w.waveId, respondentIds: [w.ids.p1], filter: {} }))).toBe('BAD_USER_INPUT');
  });

  it('queues nothing when one id is not a respondent of the wave', async () => {
    const other = await fieldingWave(api, [
      ['m1', 1, 'm1@example.com'],
      ['m2', 1, 'm2@example.com'],
    ]);
    const stranger = w.ids.d3;
    const r = await invite({ waveId: other.waveId, respondentIds: [other.ids.m1, stranger] });
    expect(r.errors?.[0]).toMatchObject({ extensions: { code: 'RESPONDENT_NOT_FOUND', id: stranger } });
    expect(codeOf(await invite({ waveId: other.waveId, respondentIds: ['not-an-id'] }))).toBe('RESPONDENT_NOT_FOUND');
    expect(await outbox(other.waveId)).toEqual([]);
  });

  it('takes at most 10,000 ids', async () => {
    const ids = Array.from({ length: 10_001 }, () => randomUUID());
    expect(codeOf(await invite({ waveId: w.waveId, respondentIds: ids }))).toBe('BAD_USER_INPUT');
  });

  it('is for keys that may write, and other workspaces see no wave', async () => {
    expect(codeOf(await invite({ waveId: w.waveId, filter: {} }, api.a.keys.viewer))).toBe('FORBIDDEN');
    expect(codeOf(await invite({ waveId: w.waveId, filter: {} }, api.a.keys.ingest))).toBe('FORBIDDEN');
    expect(codeOf(await invite({ waveId: w.waveId, filter: {} }, api.b.keys.admin))).toBe('WAVE_NOT_FOUND');
  });
});
