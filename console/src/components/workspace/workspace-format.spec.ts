import { describe, expect, it } from 'vitest';
import { GraphQLRequestError } from '../../api/client';
import { auditFilterVariables, emptyAuditFilter, formatTarget, isSignedInKey, retentionProblem, workspaceError } from './workspace-format';

describe('workspaceError', () => {
  const err = (code: string) => new GraphQLRequestError(`${code} from the server`, code);

  it('maps the codes the workspace pages branch on, per area', () => {
    expect(workspaceError(err('FORBIDDEN'), 'keys')).toMatch(/^Only admins can manage keys/);
    expect(workspaceError(err('FORBIDDEN'), 'audit')).toMatch(/^Only admins can read the audit log/);
    expect(workspaceError(err('FORBIDDEN'), 'retention')).toBe('Only admins can change the workspace settings.');
    expect(workspaceError(err('LAST_ADMIN_KEY'), 'keys')).toMatch(/^This is the last working admin key/);
    expect(workspaceError(err('API_KEY_NOT_FOUND'), 'keys')).toBe('This key no longer exists. Reload the page.');
  });

  it('falls back to the shared messages', () => {
    expect(workspaceError(err('UNAUTHENTICATED'), 'keys')).toBe(
      'You are signed out (your session ended or your API key is no longer valid). Sign in again.',
    );
    expect(workspaceError(err('RATE_LIMITED'), 'audit')).toBe('RATE_LIMITED from the server');
    expect(workspaceError(new Error('boom'), 'audit')).toBe('Something went wrong. Please try again.');
  });
});

describe('auditFilterVariables', () => {
  it('is null when nothing is chosen', () => expect(auditFilterVariables(emptyAuditFilter())).toBeNull());

  it('sends local times as UTC instants and leaves the rest null', () => {
    const filter = auditFilterVariables({ ...emptyAuditFilter(), until: '2026-12-07T10:30' });
    expect(filter).toEqual({ action: null, keyId: null, since: null, until: new Date('2026-12-07T10:30').toISOString() });
  });
});

describe('retentionProblem', () => {
  it('accepts empty and whole days from 1 to 36500', () => {
    for (const ok of ['', 1, 30, 36500] as const) expect(retentionProblem(ok)).toBeNull();
    for (const bad of [0, -1, 1.5, 36501]) expect(retentionProblem(bad)).toMatch(/from 1 to 36500/);
  });
});

describe('formatTarget', () => {
  it('lists argument ids', () => expect(formatTarget({ 'input.waveId': 'w1', ids: ['a', 'b'] })).toBe('input.waveId: w1 · ids: a, b'));
  it('shows a dash without ids', () => expect(formatTarget({})).toBe('—'));
});

describe('isSignedInKey', () => {
  it("matches the console's secret by the key's prefix, for a working key only", () => {
    expect(isSignedInKey({ prefix: 'ldr_abcd', revokedAt: null }, 'ldr_abcdefgh')).toBe(true);
    expect(isSignedInKey({ prefix: 'ldr_abcd', revokedAt: null }, 'ldr_zzzzefgh')).toBe(false);
    expect(isSignedInKey({ prefix: 'ldr_abcd', revokedAt: '2026-12-01T00:00:00Z' }, 'ldr_abcdefgh')).toBe(false);
    expect(isSignedInKey({ prefix: 'ldr_abcd', revokedAt: null }, null)).toBe(false);
  });
});
