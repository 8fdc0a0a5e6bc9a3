import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, dataOf, startTestApi, type GqlResult, type TestApi } from '../test-support/api-harness.js';
import { fieldingWave } from '../test-support/fielding-fixtures.js';
import { StudyWaveFieldingDocument, UpdateWaveFieldingDocument, type UpdateWaveFieldingInput } from '../test-support/gql/graphql.js';

let api: TestApi;
let wave: { studyId: string; waveId: string };

const rules = (over: Partial<NonNullable<UpdateWaveFieldingInput['autoInvite']>> = {}): UpdateWaveFieldingInput => ({
  waveId: wave.waveId,
  autoInvite: {
    bands: ['DETRACTOR'],
    sampleRate: 0.5,
    maxPerDay: 200,
    delayMinutes: 15,
    quietHours: { start: '21:00', end: '08:30', timezone: 'Europe/Paris' },
    ...over,
  },
  sender: { fromName: 'Acme research', replyTo: 'Research@Acme.example' },
});

const stored = () => api.db.query(`SELECT * FROM wave_fielding WHERE wave_id = $1`, [wave.waveId]);
const fieldOf = (r: GqlResult) => r.errors?.[0]?.extensions.field;

beforeAll(async () => {
  api = await startTestApi();
  wave = await fieldingWave(api, [], { launch: false });
});
afterAll(() => api.stop());

describe('successful updateWaveFielding', () => {
  it('has no rules before the first update', async () => {
    const study = dataOf(await api.gql(StudyWaveFieldingDocument, { id: wave.studyId })).study;
    expect(study?.waves[0].fieldingRules).toBeNull();
  });

  it('stores the rule set and shows it back, on a draft wave too', async () => {
    const r = await api.gql(UpdateWaveFieldingDocument, {
      input: rules({
        bands: ['PROMOTER', 'DETRACTOR', 'PROMOTER'],
        quietHours: { start: '21:00', end: '08:30', timezone: 'europe/paris' },
      }),
    });
    expect(dataOf(r).updateWaveFielding.fieldingRules).toEqual({
      // Bands in the vocabulary's order, once each; the time zone in its canonical spelling; the reply-to address in lower case.
      autoInvite: {
        bands: ['DETRACTOR', 'PROMOTER'],
        sampleRate: 0.5,
        maxPerDay: 200,
        delayMinutes: 15,
        quietHours: { start: '21:00', end: '08:30', timezone: 'Europe/Paris' },
      },
      sender: { fromName: 'Acme research', replyTo: 'research@acme.example' },
      updatedAt: expect.any(String),
    });
    const [row] = await stored();
    expect(row).toMatchObject({
      auto_invite: true,
      bands: ['detractor', 'promoter'],
      max_per_day: 200,
      delay_minutes: 15,
      quiet_start: '21:00:00',
      quiet_end: '08:30:00',
      timezone: 'Europe/Paris',
    });
  });

  it('replaces the whole set: no autoInvite turns automatic invitations off, no sender resets it', async () => {
    const r = await api.gql(UpdateWaveFieldingDocument, { input: { waveId: wave.waveId, autoInvite: null } });
    expect(dataOf(r).updateWaveFielding.fieldingRules).toMatchObject({ autoInvite: null, sender: null });
    const [row] = await stored();
    expect(row).toMatchObject({ auto_invite: false, quiet_start: null, from_name: null, reply_to: null });
    const quietless = await api.gql(UpdateWaveFieldingDocument, {
      input: { ...rules({ quietHours: null, maxPerDay: null }), sender: null },
    });
    expect(dataOf(quietless).updateWaveFielding.fieldingRules?.autoInvite).toMatchObject({ quietHours: null, maxPerDay: null });
  });
});

describe('failing updateWaveFielding', () => {
  const refused: [string, UpdateWaveFieldingInput | (() => UpdateWaveFieldingInput), string, string][] = [
    ['no band', () => rules({ bands: [] }), 'autoInvite.bands', 'Choose at least one band to invite'],
    ['a sample rate of 0', () => rules({ sampleRate: 0 }), 'autoInvite.sampleRate', 'The sample rate must be above 0 and at most 1'],
    ['a sample rate above 1', () => rules({ sampleRate: 1.01 }), 'autoInvite.sampleRate', 'The sample rate must be above 0 and at most 1'],
    [
      'a negative delay',
      () => rules({ delayMinutes: -1 }),
      'autoInvite.delayMinutes',
      'The delay must be from 0 to 43200 minutes (30 days)',
    ],
    [
      'a delay over 30 days',
      () => rules({ delayMinutes: 43_201 }),
      'autoInvite.delayMinutes',
      'The delay must be from 0 to 43200 minutes (30 days)',
    ],
    [
      'a daily cap of 0',
      () => rules({ maxPerDay: 0 }),
      'autoInvite.maxPerDay',
      'The daily cap must be a whole number from 1 to 1000000, or null for none',
    ],
    [
      'an hour 25',
      () => rules({ quietHours: { start: '25:00', end: '07:00', timezone: 'UTC' } }),
      'autoInvite.quietHours.start',
      '"25:00" is not a time of day such as 07:30 or 22:00',
    ],
    [
      'a time without its leading zero',
      () => rules({ quietHours: { start: '22:00', end: '7:00', timezone: 'UTC' } }),
      'autoInvite.quietHours.end',
      '"7:00" is not a time of day such as 07:30 or 22:00',
    ],
    [
      'an empty window',
      () => rules({ quietHours: { start: '22:00', end: '22:00', timezone: 'UTC' } }),
      'autoInvite.quietHours.end',
      'Quiet hours must end at another time than they start',
    ],
    [
      'an unknown time zone',
      () => rules({ quietHours: { start: '22:00', end: '07:00', timezone: 'Mars/Olympus_Mons' } }),
      'autoInvite.quietHours.timezone',
      '"Mars/Olympus_Mons" is not a time zone name such as Europe/Paris',
    ],
    [
      'an offset instead of a zone name',
      () => rules({ quietHours: { start: '22:00', end: '07:00', timezone: '+01:00' } }),
      'autoInvite.quietHours.timezone',
      '"+01:00" is not a time zone name such as Europe/Paris',
    ],
    [
      'a reply-to that is no address',
      () => ({ ...rules(), sender: { replyTo: 'research team' } }),
      'sender.replyTo',
      '"research team" is not an email address',
    ],
    [
      'two reply-to addresses',
      () => ({ ...rules(), sender: { replyTo: 'a@acme.example,b@acme.example' } }),
      'sender.replyTo',
      '"a@acme.example,b@acme.example" is not an email address',
    ],
    [
      'a sender name that would add a header',
      () => ({ ...rules(), sender: { fromName: 'Acme\r\nBcc: everyone@acme.example' } }),
      'sender.fromName',
      'The sender name must be at most 100 characters on one line',
    ],
  ];

  it.each(refused)('refuses %s with BAD_USER_INPUT naming the field, and changes nothing', async (_case, input, field, message) => {
    const before = await stored();
    const r = await api.gql(UpdateWaveFieldingDocument, { input: typeof input === 'function' ? input() : input });
    expect(r.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', field } });
    expect(fieldOf(r)).toBe(field);
    expect(await stored()).toEqual(before);
  });

  it('refuses unknown waves and keys that may not write', async () => {
    expect(codeOf(await api.gql(UpdateWaveFieldingDocument, { input: { ...rules(), waveId: 'nope' } }))).toBe('WAVE_NOT_FOUND');
    expect(codeOf(await api.gql(UpdateWaveFieldingDocument, { input: rules() }, api.a.keys.viewer))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(UpdateWaveFieldingDocument, { input: rules() }, api.a.keys.ingest))).toBe('FORBIDDEN');
  });
});
