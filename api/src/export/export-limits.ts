import { LadderError } from '../common/errors.js';

export interface ExportLimits {
  /** Connections of the exports' own pool: a burst of exports cannot take the API's. */
  poolSize: number;
  /** Exports one API key may stream at once (per API process). */
  perKey: number;
  /** How long a client that stopped reading is waited for before its export is dropped, in ms. */
  writeTimeoutMs: number;
}

export const DEFAULT_EXPORT_LIMITS: ExportLimits = { poolSize: 4, perKey: 2, writeTimeoutMs: 30_000 };

/** Seconds a refused export is told to wait: an export of a few MB streams in about that long. */
const RETRY_AFTER_SECONDS = 5;

/** Counts the exports each key is streaming; one more than allowed is RATE_LIMITED. */
export class ExportSlots {
  private readonly running = new Map<string, number>();

  constructor(private readonly perKey: number) {}

  /** Takes a slot for `keyId` (throws RATE_LIMITED when none is free); call the result once done. */
  take(keyId: string): () => void {
    const count = this.running.get(keyId) ?? 0;
    if (count >= this.perKey) {
      throw new LadderError('RATE_LIMITED', `At most ${this.perKey} exports at once per API key; retry when one has finished`, {
        retryAfter: RETRY_AFTER_SECONDS,
      });
    }
    this.running.set(keyId, count + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.running.get(keyId) ?? 1) - 1;
      if (left > 0) this.running.set(keyId, left);
      else this.running.delete(keyId);
    };
  }
}
