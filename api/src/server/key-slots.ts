/**
 * At most `perKey` requests of one API key run at once; the others wait their turn, first come
 * first served. The rate limit caps how many requests a key gets; this caps how many of them hold
 * the process at the same moment, so a key spending its whole allowance in one burst queues behind
 * itself instead of in front of everyone else. Keys with nothing running or waiting are forgotten.
 */
export class KeySlots {
  private readonly running = new Map<string, number>();
  private readonly waiting = new Map<string, (() => void)[]>();

  constructor(private readonly perKey: number) {}

  /** Resolves once `key` has a free slot; call the returned function exactly once to free it. */
  async acquire(key: string): Promise<() => void> {
    const now = this.running.get(key) ?? 0;
    if (now < this.perKey) this.running.set(key, now + 1);
    else await new Promise<void>((resolve) => this.waiting.set(key, [...(this.waiting.get(key) ?? []), resolve]));
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.release(key);
    };
  }

  /** Requests of `key` running now (for tests and figures). */
  inUse(key: string): number {
    return this.running.get(key) ?? 0;
  }

  private release(key: string): void {
    const queue = this.waiting.get(key);
    const next = queue?.shift();
    if (queue && queue.length === 0) this.waiting.delete(key);
    // The slot passes straight to the next in line: the running count stays.
    if (next) return next();
    const left = (this.running.get(key) ?? 1) - 1;
    if (left > 0) this.running.set(key, left);
    else this.running.delete(key);
  }
}
