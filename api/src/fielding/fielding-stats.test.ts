import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, startTestApi, type TestApi } from '../test-support/api-harness.js';
import { fieldingWave, insertDelivery, insertFieldingSession, type FieldingWave } from '../test-support/fielding-fixtures.js';
import { CreateWaveDocument, StudyWaveFieldingDocument, StudyWaveFieldingTimelineDocument } from '../test-support/gql/graphql.js';

let api: TestApi;
let w: FieldingWave;
let emptyWaveId: string;

/**
 * Eleven respondents, written as the dispatcher and the interview workflow leave them (times UTC):
 * r0-r2 sent and completed 60, 30 and 3000 minutes after sending; r3 sent and started; r4 sent;
 * r5 queued; r6 being sent; r7 failed; r8 bounced; r9 suppressed; r10 interviewed through a link
 * handed out by hand, never invited.
 */
async function seed(): Promise<void> {
  const ws = api.a.id;
  const at = (day: number, time: string) => `2026-03-0${day}T${time}:00Z`;
  const sent = async (r: string, created: string, sentAt: string) =>
    insertDelivery(api, ws, w.waveId, w.ids[r], { status: 'sent', createdAt: created, sentAt, attempts: 1 });
  await sent('r0', at(1, '09:10'), at(1, '09:15'));
  await sent('r1', at(1, '09:20'), at(1, '09:30'));
  await sent('r2', at(1, '09:30'), at(1, '09:40'));
  await sent('r3', at(1, '09:50'), at(1, '10:00'));
  await sent('r4', at(3, '07:55'), at(3, '08:00'));
  await insertDelivery(api, ws, w.waveId, w.ids.r5, { status: 'queued', createdAt: at(3, '08:00') });
  await insertDelivery(api, ws, w.waveId, w.ids.r6, { status: 'sending', createdAt: at(3, '08:00'), attempts: 1 });
  await insertDelivery(api, ws, w.waveId, w.ids.r7, {
    status: 'failed',
    createdAt: at(1, '09:00'),
    attempts: 3,
    lastError: '550 5.1.1 <r7@example.com>: no such user',
  });
  await insertDelivery(api, ws, w.waveId, w.ids.r8, { status: 'bounced', createdAt: at(1, '09:00'), sentAt: at(1, '09:05') });
  await insertDelivery(api, ws, w.waveId, w.ids.r9, { status: 'suppressed', createdAt: at(1, '09:00') });
  const session = (r: string, spec: Parameters<typeof insertFieldingSession>[4]) =>
    insertFieldingSession(api, ws, w.waveId, w.ids[r], spec);
  await session('r0', { status: 'completed', answeredAt: [at(1, '10:05'), at(1, '10:10')], completedAt: at(1, '10:15') });
  await session('r1', { status: 'completed', answeredAt: [at(1, '09:45')], completedAt: at(1, '10:00') });
  await session('r2', { status: 'completed', answeredAt: [at(2, '09:00')], completedAt: at(3, '11:40') });
  await session('r3', { status: 'active', answeredAt: [at(1, '12:00')] });
  await session('r10', { status: 'completed', answeredAt: [at(2, '15:00')], completedAt: at(2, '15:30') });
}

const wavesOf = async () => dataOf(await api.gql(StudyWaveFieldingDocument, { id: w.studyId })).study!.waves;

beforeAll(async () => {
  api = await startTestApi();
  const rows = Array.from({ length: 11 }, (_, i) => [`r${i}`, i, `r${i}@example.com`] as [string, number, string]);
  w = await fieldingWave(api, rows);
  emptyWaveId = dataOf(await api.gql(CreateWaveDocument, { input: { studyId: w.studyId, name: 'Q2' } })).createWave.id;
  await seed();
});
afterAll(() => api.stop());

describe('Wave.fielding', () => {
  it('counts participation as docs/fielding.md defines it', async () => {
    const waves = await wavesOf();
    expect(waves.find((v) => v.id === w.waveId)?.fielding).toEqual({
      responses: 11,
      invited: 9,
      sent: 5,
      failed: 2,
      suppressed: 1,
      started: 4,
      completed: 3,
      responseRate: 0.8,
      completionRate: 0.75,
      medianMinutesToComplete: 60,
    });
  });

  it('gives zeros and null rates to a wave with nothing sent', async () => {
    const waves = await wavesOf();
    expect(waves.find((v) => v.id === emptyWaveId)?.fielding).toEqual({
      responses: 0,
      invited: 0,
      sent: 0,
      failed: 0,
      suppressed: 0,
      started: 0,
      completed: 0,
      responseRate: null,
      completionRate: null,
      medianMinutesToComplete: null,
    });
  });

  it('costs one statement for the stats of every wave listed, and one for their rules', async () => {
    const statements = await api.statementsOf(() => wavesOf());
    expect(statements.filter((s) => s.includes('email_delivery'))).toHaveLength(1);
    expect(statements.filter((s) => s.includes('wave_fielding'))).toHaveLength(1);
  });
});

describe('Wave.fieldingTimeline', () => {
  const timeline = async (bucket?: 'HOUR' | 'DAY') =>
    dataOf(await api.gql(StudyWaveFieldingTimelineDocument, { id: w.studyId, bucket })).study!.waves.find((v) => v.id === w.waveId)!
      .fieldingTimeline;

  it('counts events per UTC day, empty days included', async () => {
    expect(await timeline()).toEqual([
      { at: '2026-03-01T00:00:00.000Z', invited: 6, sent: 4, started: 3, completed: 2 },
      { at: '2026-03-02T00:00:00.000Z', invited: 0, sent: 0, started: 1, completed: 0 },
      { at: '2026-03-03T00:00:00.000Z', invited: 3, sent: 1, started: 0, completed: 1 },
    ]);
  });

  it('counts events per UTC hour, adding up to the stats', async () => {
    const hours = await timeline('HOUR');
    expect(hours).toHaveLength(51);
    expect(hours.slice(0, 2)).toEqual([
      { at: '2026-03-01T09:00:00.000Z', invited: 6, sent: 3, started: 1, completed: 0 },
      { at: '2026-03-01T10:00:00.000Z', invited: 0, sent: 1, started: 1, completed: 2 },
    ]);
    const sum = (k: 'invited' | 'sent' | 'started' | 'completed') => hours.reduce((n, p) => n + p[k], 0);
    expect([sum('invited'), sum('sent'), sum('started'), sum('completed')]).toEqual([9, 5, 4, 3]);
  });

  it('is empty for a wave without invitations', async () => {
    const r = await api.gql(StudyWaveFieldingTimelineDocument, { id: w.studyId, bucket: 'DAY' });
    expect(dataOf(r).study!.waves.find((v) => v.id === emptyWaveId)?.fieldingTimeline).toEqual([]);
  });
});
