import { MAX_INGEST_BATCH } from '@ladder/contracts';
import type { DataSource } from 'typeorm';
import { LadderError } from '../common/errors.js';
import { NO_INGEST_HOOKS, type IngestHooks } from './ingest-hooks.js';
import { deliveryKey, prepareCall, refuseInvalid, writeCalls, type IngestCall } from './ingest-into.js';
import type { IngestLineage, IngestOutcome, IngestResponse, IngestTarget } from './ingest-response.js';

interface Waiting {
  call: IngestCall;
  resolve(outcome: IngestOutcome): void;
  reject(error: unknown): void;
}

interface WaveQueue {
  db: DataSource;
  target: IngestTarget;
  waiting: Waiting[];
}

/**
 * Writes the ingest calls of one wave that arrive while an earlier one is being written together,
 * in one transaction and one statement (`writeCalls`), instead of one after the other.
 *
 * Writers of a wave are serialized by its write lock anyway (exact counts and cube); one at a time,
 * a wave took about 100 one-response calls per second, each paying its own transaction, lock, cube
 * fold and commit. Queued here, the next group starts as soon as the running one commits and takes
 * everything that arrived meanwhile, so the cost per call falls as load rises and an idle wave
 * writes a lone call at once (no timer, no added latency).
 *
 * Nothing changes for a caller: each call is still all or nothing, answers with its own counts and
 * batch id, and keeps its lineage. A group holds at most MAX_INGEST_BATCH responses (a full call
 * goes alone), distinct external ids and distinct delivery ids; a call that would break that waits
 * for the next group. If a group fails for a reason other than the wave itself (not found, closed),
 * each of its calls is retried alone, so one call's fault never fails another's.
 *
 * Per process: API replicas each group their own calls and meet on the wave's lock as before.
 */
export class IngestCoalescer {
  private readonly queues = new Map<string, WaveQueue>();

  constructor(private readonly hooks: IngestHooks = NO_INGEST_HOOKS) {}

  async ingest(db: DataSource, target: IngestTarget, responses: readonly IngestResponse[], lineage: IngestLineage): Promise<IngestOutcome> {
    const prepared = prepareCall(responses, lineage);
    if (!prepared.call) return refuseInvalid(db, target, prepared.errors);
    const call = prepared.call;
    return new Promise<IngestOutcome>((resolve, reject) => {
      const key = `${target.workspaceId}/${target.waveId}`;
      const queue = this.queues.get(key);
      if (queue) {
        queue.waiting.push({ call, resolve, reject });
        return;
      }
      const started: WaveQueue = { db, target, waiting: [{ call, resolve, reject }] };
      this.queues.set(key, started);
      void this.drain(key, started);
    });
  }

  /** Writes the wave's waiting calls group by group until none is left, then forgets the wave. */
  private async drain(key: string, queue: WaveQueue): Promise<void> {
    while (queue.waiting.length) {
      const group = takeGroup(queue.waiting);
      await this.write(queue, group);
    }
    this.queues.delete(key);
  }

  private async write(queue: WaveQueue, group: Waiting[]): Promise<void> {
    try {
      const results = await writeCalls(
        queue.db,
        queue.target,
        group.map((w) => w.call),
        this.hooks,
      );
      results.forEach((r, i) => (r.ok ? group[i].resolve(r.outcome) : group[i].reject(r.error)));
    } catch (error) {
      if (group.length === 1 || error instanceof LadderError) {
        for (const w of group) w.reject(error);
        return;
      }
      for (const w of group) await this.write(queue, [w]);
    }
  }
}

/**
 * Takes from the front of `waiting` the calls that can be written together: in arrival order, at
 * most MAX_INGEST_BATCH responses (the first call always), no external id or delivery id twice.
 * Calls left out keep their place for the next group, and so does any later call sharing an id
 * with one left out, so each external id is written in the order its calls arrived.
 */
export function takeGroup<T extends { call: IngestCall }>(waiting: T[]): T[] {
  const group: T[] = [];
  const ids = new Set<string>();
  const deliveries = new Set<string>();
  let size = 0;
  for (let i = 0; i < waiting.length;) {
    const { call } = waiting[i];
    const delivery = call.lineage.deliveryId != null ? deliveryKey(call.lineage.source, call.lineage.deliveryId) : null;
    const fits =
      group.length === 0 ||
      (size + call.rows.length <= MAX_INGEST_BATCH &&
        !call.rows.some((r) => ids.has(r.externalId)) &&
        (delivery === null || !deliveries.has(delivery)));
    // A call left out still claims its ids: a later call sharing one must not be written before it.
    for (const r of call.rows) ids.add(r.externalId);
    if (delivery !== null) deliveries.add(delivery);
    if (!fits) {
      i++;
      continue;
    }
    group.push(waiting.splice(i, 1)[0]);
    size += call.rows.length;
  }
  return group;
}
