/** How many undelivered updates a slow subscriber may hold before the oldest are dropped. */
export const MAX_PENDING_UPDATES = 8;

export interface SubscriberQueue<V> {
  iterator: AsyncIterableIterator<V>;
  push(value: V): void;
  close(): void;
}

/**
 * The async iterator handed to graphql-js for one subscriber. Updates are whole states (or small
 * "refetch" notices), so a subscriber that falls behind keeps only the newest few: memory stays
 * bounded and the latest state is never lost. `onClose` runs once, when the client leaves.
 */
export function createSubscriberQueue<V>(onClose: () => void, maxPending = MAX_PENDING_UPDATES): SubscriberQueue<V> {
  const pending: V[] = [];
  let waiting: ((result: IteratorResult<V>) => void) | null = null;
  let done = false;

  const close = () => {
    if (done) return;
    done = true;
    pending.length = 0;
    onClose();
    const w = waiting;
    waiting = null;
    w?.({ value: undefined, done: true });
  };

  const iterator: AsyncIterableIterator<V> = {
    next() {
      if (pending.length) return Promise.resolve({ value: pending.shift()!, done: false });
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => {
        waiting = resolve;
      });
    },
    return() {
      close();
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(error?: unknown) {
      close();
      return Promise.reject(error);
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };

  return {
    iterator,
    close,
    push(value) {
      if (done) return;
      if (waiting) {
        const w = waiting;
        waiting = null;
        w({ value, done: false });
        return;
      }
      pending.push(value);
      if (pending.length > maxPending) pending.shift();
    },
  };
}
