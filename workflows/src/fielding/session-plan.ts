import type { DeliveryKind, SessionStatus } from '@ladder/contracts';

/** The respondent's session an email is about: the row's own one if it has one, else their latest. */
export interface FoundSession {
  id: string;
  status: SessionStatus;
  tokenHash: string;
  language: string | null;
}

export type SessionPlan =
  /** Mail the link of this open session (an invitation re-sent, a reminder, or an interview started by hand). */
  | { use: FoundSession }
  /** Create the interview session (status invited) and start its workflow, then mail its link. */
  | { create: true }
  | { fail: string };

const OPEN: SessionStatus[] = ['invited', 'active'];

/**
 * What an email does about the interview session, following the API's `startInterview`: an open
 * session is reused (its link re-issued, never a second interview), a completed one is never
 * restarted, an abandoned or expired one is replaced by a new one. A reminder only ever follows
 * its own session and is dropped once that session is closed.
 */
export function planSession(input: {
  kind: DeliveryKind;
  /** `email_delivery.session_id`: set by an earlier attempt (invitation) or by the workflow (reminder). */
  rowSessionId: string | null;
  found: FoundSession | null;
  waveStatus: 'draft' | 'fielding' | 'closed';
}): SessionPlan {
  const { kind, rowSessionId, found, waveStatus } = input;
  const own = rowSessionId && found?.id === rowSessionId ? found : null;
  if (kind === 'reminder') {
    if (!own) return { fail: 'not sent: the interview session no longer exists' };
    return OPEN.includes(own.status) ? { use: own } : { fail: `not sent: the interview is ${own.status}` };
  }
  if (own) {
    // An earlier attempt created this session; the invitation is still about it while it is open.
    return OPEN.includes(own.status) ? { use: own } : { fail: `not sent: the interview is ${own.status}` };
  }
  if (found && OPEN.includes(found.status)) return { use: found };
  if (found?.status === 'completed') return { fail: 'not sent: the respondent has already completed their interview' };
  if (waveStatus !== 'fielding') return { fail: `not sent: the wave is ${waveStatus === 'draft' ? 'not launched' : 'closed'}` };
  return { create: true };
}
