import type pg from 'pg';
import { countSentSince, type DeliveryContext } from './delivery-store.js';
import type { Outcome } from './delivery-outcomes.js';
import { sendWindow, startOfLocalDay } from './send-window.js';

/**
 * Holds back automatic invitations outside their wave's send window: in quiet hours, or once the
 * wave has sent its daily cap of automatic invitations (counted since local midnight, this batch included).
 * Held rows go back to the queue, due when the window opens, without counting as an attempt.
 * Manual invitations and reminders are not held: a person or the interview asked for them.
 */
export async function applySendWindows(
  pool: pg.Pool,
  contexts: DeliveryContext[],
  now: Date,
): Promise<{ allowed: DeliveryContext[]; deferred: Outcome[] }> {
  const governed = (c: DeliveryContext) => c.delivery.trigger === 'auto' && c.delivery.kind === 'invitation' && c.rules !== null;
  const capped = new Map<string, { workspaceId: string; waveId: string; since: Date }>();
  for (const c of contexts) {
    if (governed(c) && c.rules!.maxPerDay !== null && !capped.has(c.delivery.waveId)) {
      capped.set(c.delivery.waveId, { ...c.delivery, since: startOfLocalDay(now, c.rules!.timezone) });
    }
  }
  const sentToday = await countSentSince(pool, [...capped.values()]);
  const allowed: DeliveryContext[] = [];
  const deferred: Outcome[] = [];
  for (const c of contexts) {
    if (!governed(c)) {
      allowed.push(c);
      continue;
    }
    const sent = sentToday.get(c.delivery.waveId) ?? 0;
    const decision = sendWindow(now, c.rules!, sent);
    if (decision.send) {
      // Counted before it is sent: a send that then fails leaves the day one under its cap, never over.
      sentToday.set(c.delivery.waveId, sent + 1);
      allowed.push(c);
    } else {
      deferred.push({ id: c.delivery.id, status: 'queued', attempted: false, dueAt: decision.until, error: null });
    }
  }
  return { allowed, deferred };
}
