import { describe, expect, it } from 'vitest';
import { mergeSession } from './merge-session';

const t = (seq: number) => ({ id: `t${seq}`, seq });
const s = (status: string, lastActivityAt: string, turns: ReturnType<typeof t>[], escalations: { id: string }[] = []) => ({
  status,
  lastActivityAt,
  turns,
  escalations,
});

describe('mergeSession', () => {
  it('adds the announced turn even when the session copy lags behind', () => {
    const held = s('ACTIVE', '2026-10-01T10:00:01Z', [t(0), t(1)]);
    const event = s('ACTIVE', '2026-10-01T10:00:05Z', [t(0)]);
    expect(mergeSession(held, event, t(2)).turns.map((x) => x.seq)).toEqual([0, 1, 2]);
  });

  it('takes other fields from the more recently active copy and keeps every escalation', () => {
    const held = s('ACTIVE', '2026-10-01T10:00:05Z', [t(0), t(1), t(2)], [{ id: 'e1' }]);
    const lateReload = s('INVITED', '2026-10-01T10:00:00Z', [t(0)]);
    expect(mergeSession(held, lateReload)).toMatchObject({ status: 'ACTIVE', escalations: [{ id: 'e1' }] });
    expect(mergeSession(held, s('COMPLETED', '2026-10-01T10:00:05Z', [])).status).toBe('COMPLETED');
    expect(mergeSession(null, lateReload)).toEqual(lateReload);
  });
});
