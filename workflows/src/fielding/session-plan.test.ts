import { describe, expect, it } from 'vitest';
import { planSession, type FoundSession } from './session-plan.js';

const session = (status: FoundSession['status'], id = 's1'): FoundSession => ({ id, status, tokenHash: 'h', language: 'en' });

describe('planSession', () => {
  it('creates a session for a first invitation in a launched wave, and refuses one in a draft or closed wave', () => {
    expect(planSession({ kind: 'invitation', rowSessionId: null, found: null, waveStatus: 'fielding' })).toEqual({ create: true });
    expect(planSession({ kind: 'invitation', rowSessionId: null, found: null, waveStatus: 'draft' })).toEqual({
      fail: 'not sent: the wave is not launched',
    });
    expect(planSession({ kind: 'invitation', rowSessionId: null, found: null, waveStatus: 'closed' })).toEqual({
      fail: 'not sent: the wave is closed',
    });
  });

  it('re-issues an open session started by hand instead of starting a second interview', () => {
    for (const status of ['invited', 'active'] as const) {
      expect(planSession({ kind: 'invitation', rowSessionId: null, found: session(status), waveStatus: 'fielding' })).toEqual({
        use: session(status),
      });
    }
  });

  it('never restarts a completed interview, and replaces an abandoned or expired one', () => {
    expect(planSession({ kind: 'invitation', rowSessionId: null, found: session('completed'), waveStatus: 'fielding' })).toEqual({
      fail: 'not sent: the respondent has already completed their interview',
    });
    for (const status of ['abandoned', 'expired'] as const) {
      expect(planSession({ kind: 'invitation', rowSessionId: null, found: session(status), waveStatus: 'fielding' })).toEqual({
        create: true,
      });
    }
  });

  it('retries an invitation with the session an earlier attempt created, even in a wave closed since', () => {
    expect(planSession({ kind: 'invitation', rowSessionId: 's1', found: session('invited'), waveStatus: 'closed' })).toEqual({
      use: session('invited'),
    });
    expect(planSession({ kind: 'invitation', rowSessionId: 's1', found: session('expired'), waveStatus: 'fielding' })).toEqual({
      fail: 'not sent: the interview is expired',
    });
  });

  it('sends a reminder only about its own session while it is open', () => {
    expect(planSession({ kind: 'reminder', rowSessionId: 's1', found: session('active'), waveStatus: 'fielding' })).toEqual({
      use: session('active'),
    });
    expect(planSession({ kind: 'reminder', rowSessionId: 's1', found: session('completed'), waveStatus: 'fielding' })).toEqual({
      fail: 'not sent: the interview is completed',
    });
    expect(planSession({ kind: 'reminder', rowSessionId: 's1', found: session('active', 's2'), waveStatus: 'fielding' })).toEqual({
      fail: 'not sent: the interview session no longer exists',
    });
  });
});
