import { describe, expect, it } from 'vitest';
import { GraphQLRequestError } from '../../api/client';
import { formFromRules, localProblems, problemFromError, rulesInput, type FieldingRules } from './rules-form';

const stored: FieldingRules = {
  updatedAt: '2026-12-01T10:00:00Z',
  autoInvite: {
    bands: ['DETRACTOR', 'PASSIVE'],
    sampleRate: 0.07,
    maxPerDay: 200,
    delayMinutes: 30,
    quietHours: { start: '21:00', end: '08:00', timezone: 'Europe/Paris' },
  },
  sender: { fromName: 'Acme Research', replyTo: 'research@acme.example' },
};

describe('formFromRules and rulesInput', () => {
  it('round-trips stored rules, the share in percent', () => {
    const form = formFromRules(stored, 'UTC');
    expect(form.samplePercent).toBe(7);
    expect(rulesInput('w1', form)).toEqual({
      waveId: 'w1',
      autoInvite: {
        bands: ['DETRACTOR', 'PASSIVE'],
        sampleRate: 0.07,
        maxPerDay: 200,
        delayMinutes: 30,
        quietHours: { start: '21:00', end: '08:00', timezone: 'Europe/Paris' },
      },
      sender: { fromName: 'Acme Research', replyTo: 'research@acme.example' },
    });
  });

  it('starts from detractors, everyone, no cap, no delay, the browser time zone when there are no rules', () => {
    expect(formFromRules(null, 'America/Toronto')).toEqual({
      autoInvite: false,
      bands: ['DETRACTOR'],
      samplePercent: 100,
      maxPerDay: '',
      delayMinutes: 0,
      quietHours: false,
      quietStart: '21:00',
      quietEnd: '08:00',
      timezone: 'America/Toronto',
      fromName: '',
      replyTo: '',
    });
  });

  it('sends null for automatic invitations off, no quiet hours, an empty cap and an empty sender', () => {
    const off = { ...formFromRules(stored, 'UTC'), autoInvite: false, fromName: ' ', replyTo: '' };
    expect(rulesInput('w1', off)).toEqual({ waveId: 'w1', autoInvite: null, sender: null });
    const on = { ...formFromRules(stored, 'UTC'), quietHours: false, maxPerDay: '' as const, replyTo: '' };
    expect(rulesInput('w1', on).autoInvite).toMatchObject({ maxPerDay: null, quietHours: null });
    expect(rulesInput('w1', on).sender).toEqual({ fromName: 'Acme Research', replyTo: null });
  });
});

describe('localProblems', () => {
  it('asks only for what GraphQL cannot carry: numbers, whole where the API takes an Int', () => {
    const form = { ...formFromRules(stored, 'UTC'), samplePercent: '' as const, maxPerDay: 1.5, delayMinutes: '' as const };
    expect(localProblems(form).map((p) => p.field)).toEqual(['autoInvite.sampleRate', 'autoInvite.maxPerDay', 'autoInvite.delayMinutes']);
    expect(localProblems({ ...form, autoInvite: false })).toEqual([]);
    // Out of range is the API's call, with its own wording.
    expect(localProblems({ ...formFromRules(stored, 'UTC'), samplePercent: 150, delayMinutes: -5 })).toEqual([]);
  });
});

describe('problemFromError', () => {
  const fallback = () => 'fallback';
  it('places BAD_USER_INPUT next to the field the API names', () => {
    const e = new GraphQLRequestError('"Mars/Base" is not a time zone name', 'BAD_USER_INPUT', {
      code: 'BAD_USER_INPUT',
      field: 'autoInvite.quietHours.timezone',
    });
    expect(problemFromError(e, fallback)).toEqual({
      field: 'autoInvite.quietHours.timezone',
      message: '"Mars/Base" is not a time zone name',
    });
  });
  it('speaks in percent for the share, as the form does', () => {
    const e = new GraphQLRequestError('The sample rate must be above 0 and at most 1', 'BAD_USER_INPUT', {
      field: 'autoInvite.sampleRate',
    });
    expect(problemFromError(e, fallback).message).toBe('The share invited must be above 0% and at most 100%');
  });
  it('keeps other errors for the whole form', () => {
    expect(problemFromError(new GraphQLRequestError('nope', 'WAVE_NOT_FOUND'), fallback)).toEqual({ field: null, message: 'fallback' });
    const unknownField = new GraphQLRequestError('bad', 'BAD_USER_INPUT', { field: 'waveId' });
    expect(problemFromError(unknownField, fallback)).toEqual({ field: null, message: 'fallback' });
  });
});
