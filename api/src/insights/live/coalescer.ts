import { createSubscriberQueue, type SubscriberQueue } from './subscriber-queue.js';

/** At most one update per topic per window: the leading edge at once, the trailing edge at the end. */
export const COALESCE_WINDOW_MS = 1000;

export interface CoalescerOptions<P, H, V> {
  /** Computes a topic's update once; every subscriber receives the same value (nothing on null). */
  compute(params: P, hint: H | undefined): Promise<V | null>;
  /** Folds the hint of a new change into the hint still pending (e.g. a set of changed waves). */
  merge?(pending: H | undefined, next: H): H;
  windowMs?: number;
  now?: () => number;
  log?: Pick<Console, 'error'>;
}

interface Topic<P, H, V> {
  key: string;
  group: string;
  params: P;
  subscribers: Set<SubscriberQueue<V>>;
  /** When the last computation started; windows are measured between starts. */
  lastStart: number;
  timer: ReturnType<typeof setTimeout> | null;
  running: boolean;
  /** A change arrived that no started computation has seen yet. */
  dirty: boolean;
  hint: H | undefined;
  /** The next run computes without a hint (everything), whatever hints arrive meanwhile. */
  resync: boolean;
}

/**
 * Live topics with coalesced, shared updates. A topic (e.g. segment NPS of one study grouped by
 * tier and region, in one workspace) is computed once per update and fanned out to all of its
 * subscribers; a burst of changes yields at most one computation per window: the first change
 * runs at once (leading edge), later ones within the window are folded into a single run at the
 * window's end (trailing edge). A change that lands while a computation runs marks the topic dirty,
 * so the last state is always computed and delivered after the burst.
 *
 * Changes are routed by `group` (e.g. workspace + study), which several topics may share.
 */
export class Coalescer<P, H, V> {
  private readonly topics = new Map<string, Topic<P, H, V>>();
  private readonly groups = new Map<string, Set<string>>();
  private readonly windowMs: number;
  private readonly now: () => number;
  /** Computations started, for tests and metrics. */
  computations = 0;

  constructor(private readonly options: CoalescerOptions<P, H, V>) {
    this.windowMs = options.windowMs ?? COALESCE_WINDOW_MS;
    this.now = options.now ?? Date.now;
  }

  has(key: string): boolean {
    return this.topics.has(key);
  }

  subscriberCount(key: string): number {
    return this.topics.get(key)?.subscribers.size ?? 0;
  }

  /** A new subscriber of topic `key`: the iterator ends (and the topic is dropped when empty) on return(). */
  subscribe(key: string, group: string, params: P): AsyncIterableIterator<V> {
    let topic = this.topics.get(key);
    if (!topic) {
      topic = {
        key,
        group,
        params,
        subscribers: new Set(),
        lastStart: -Infinity,
        timer: null,
        running: false,
        dirty: false,
        hint: undefined,
        resync: false,
      };
      this.topics.set(key, topic);
      this.groups.set(group, (this.groups.get(group) ?? new Set()).add(key));
    }
    const t = topic;
    const queue = createSubscriberQueue<V>(() => this.leave(t, queue));
    t.subscribers.add(queue);
    return queue.iterator;
  }

  /** Something the topics of `group` depend on changed. Topics nobody listens to cost nothing. */
  changed(group: string, hint?: H): void {
    for (const key of this.groups.get(group) ?? []) {
      const topic = this.topics.get(key)!;
      if (hint !== undefined) topic.hint = this.options.merge ? this.options.merge(topic.hint, hint) : hint;
      topic.dirty = true;
      this.schedule(topic);
    }
  }

  /**
   * Recomputes every topic and sends its value to every subscriber: changes may have been missed
   * (the LISTEN connection was down). No hint: compute must then read everything it covers.
   */
  refreshAll(): void {
    for (const topic of this.topics.values()) {
      topic.dirty = true;
      topic.resync = true;
      this.schedule(topic);
    }
  }

  /** Ends every subscription (server shutdown). */
  close(): void {
    for (const topic of [...this.topics.values()]) for (const s of [...topic.subscribers]) s.close();
  }

  private schedule(topic: Topic<P, H, V>): void {
    if (topic.running || topic.timer) return;
    const wait = topic.lastStart + this.windowMs - this.now();
    if (wait <= 0) {
      void this.run(topic);
      return;
    }
    topic.timer = setTimeout(() => {
      topic.timer = null;
      void this.run(topic);
    }, wait);
  }

  private async run(topic: Topic<P, H, V>): Promise<void> {
    if (!this.isLive(topic)) return;
    const hint = topic.resync ? undefined : topic.hint;
    topic.hint = undefined;
    topic.resync = false;
    topic.dirty = false;
    topic.running = true;
    topic.lastStart = this.now();
    this.computations++;
    try {
      const value = await this.options.compute(topic.params, hint);
      if (value !== null) for (const s of topic.subscribers) s.push(value);
    } catch (error) {
      // Keep what changed for the next run; retrying at once could spin on a persistent failure.
      if (hint !== undefined) topic.hint = topic.hint === undefined || !this.options.merge ? hint : this.options.merge(hint, topic.hint);
      (this.options.log ?? console).error('live topic %s: the update could not be computed: %s', topic.key, error);
    } finally {
      topic.running = false;
      if (topic.dirty && this.isLive(topic)) this.schedule(topic);
    }
  }

  /** False once its last subscriber left (a new topic may since have taken the same key). */
  private isLive(topic: Topic<P, H, V>): boolean {
    return this.topics.get(topic.key) === topic;
  }

  private leave(topic: Topic<P, H, V>, queue: SubscriberQueue<V>): void {
    topic.subscribers.delete(queue);
    if (topic.subscribers.size) return;
    if (topic.timer) clearTimeout(topic.timer);
    topic.timer = null;
    this.topics.delete(topic.key);
    const keys = this.groups.get(topic.group);
    keys?.delete(topic.key);
    if (keys && !keys.size) this.groups.delete(topic.group);
  }
}
