import { describe, expect, it } from 'vitest';
import { GraphQLRequestError } from '../../api/client';
import { endpointProblem, endpointState, eventName, EVENT_TYPES, formatLatency, truncate, webhookError } from './webhook-format';

const err = (code: string, extensions: Record<string, unknown> = {}) =>
  new GraphQLRequestError(`msg ${code}`, code, { code, ...extensions });

describe('webhook format', () => {
  it('names events as the payload does', () => {
    expect(EVENT_TYPES.map(eventName)).toEqual([
      'response.ingested',
      'interview.started',
      'interview.completed',
      'escalation.raised',
      'escalation.updated',
      'analysis.completed',
      'alert.fired',
      'alert.resolved',
    ]);
  });

  it("says an endpoint's state: disabled wins over failing", () => {
    expect(endpointState({ enabled: true, disabledReason: null, failingSince: null })).toBe('enabled');
    expect(endpointState({ enabled: true, disabledReason: null, failingSince: '2026-12-01T00:00:00Z' })).toBe('failing');
    expect(endpointState({ enabled: false, disabledReason: 'FAILING', failingSince: '2026-12-01T00:00:00Z' })).toBe('disabled');
  });

  it('shortens answers on one line and writes latencies', () => {
    expect(truncate('a\n  b')).toBe('a b');
    expect(truncate('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
    expect(truncate(null)).toBe('—');
    expect(formatLatency(42)).toBe('42 ms');
    expect(formatLatency(15_000)).toBe('15.0 s');
  });

  it('puts URL and event errors by their field, by code', () => {
    expect(endpointProblem(err('INVALID_WEBHOOK_URL'))).toEqual({ field: 'url', message: 'msg INVALID_WEBHOOK_URL' });
    expect(endpointProblem(err('BAD_USER_INPUT', { fields: [{ property: 'events' }] })).field).toBe('events');
    expect(endpointProblem(err('WEBHOOK_ENDPOINT_LIMIT')).message).toMatch(/delete one first/);
    expect(endpointProblem(err('FORBIDDEN')).message).toMatch(/^Only admins manage webhook endpoints/);
    expect(webhookError(err('WEBHOOK_DELIVERY_NOT_FOUND'))).toMatch(/no longer exists/);
  });
});
