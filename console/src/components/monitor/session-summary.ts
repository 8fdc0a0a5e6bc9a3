import type { MonitorSessionFragment, SessionStatus } from '../../gql/graphql';
import { PHASES, SESSION_STATUSES, type Phase } from '../live/format';
import { mergeSession } from '../live/merge-session';

export type MonitorSession = MonitorSessionFragment;

export function countByStatus(sessions: readonly MonitorSession[]): Record<SessionStatus, number> {
  const counts = Object.fromEntries(SESSION_STATUSES.map((s) => [s, 0])) as Record<SessionStatus, number>;
  for (const s of sessions) counts[s.status] += 1;
  return counts;
}

/** The phase of the latest turn: where the interview is (or where it ended). */
export const currentPhase = (session: MonitorSession): string => session.turns.at(-1)?.phase ?? 'context';

export const ladderReached = (session: MonitorSession): number =>
  session.quality?.ladderDepth ?? Math.max(0, ...session.turns.map((t) => t.ladderLevel));

export const activityOf = (session: MonitorSession): number => Date.parse(session.lastActivityAt ?? session.startedAt ?? '') || 0;

export const isRunning = (session: MonitorSession): boolean => session.status === 'INVITED' || session.status === 'ACTIVE';

/** The list with this session merged in (see mergeSession), most recently active first. */
export function upsert(
  sessions: readonly MonitorSession[],
  incoming: MonitorSession,
  turn?: MonitorSession['turns'][number] | null,
): MonitorSession[] {
  const merged = mergeSession(
    sessions.find((s) => s.id === incoming.id),
    incoming,
    turn,
  );
  return [merged, ...sessions.filter((s) => s.id !== incoming.id)].sort((a, b) => activityOf(b) - activityOf(a));
}

/** An escalation raised live, attached to its session (the session events may not carry it yet). */
export function withEscalation(
  sessions: readonly MonitorSession[],
  sessionId: string,
  escalation: MonitorSession['escalations'][number],
): MonitorSession[] {
  return sessions.map((s) =>
    s.id === sessionId && !s.escalations.some((e) => e.id === escalation.id) ? { ...s, escalations: [...s.escalations, escalation] } : s,
  );
}

/** Sessions per current phase, split into running and ended, for the chart. */
export function byPhase(sessions: readonly MonitorSession[]): { running: Record<Phase, number>; ended: Record<Phase, number> } {
  const empty = () => Object.fromEntries(PHASES.map((p) => [p, 0])) as Record<Phase, number>;
  const result = { running: empty(), ended: empty() };
  for (const s of sessions) {
    const phase = currentPhase(s).toLowerCase() as Phase;
    if (!(phase in result.running)) continue;
    result[isRunning(s) ? 'running' : 'ended'][phase] += 1;
  }
  return result;
}
