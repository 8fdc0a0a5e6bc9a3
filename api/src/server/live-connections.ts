import type { DataSource } from 'typeorm';
import type { SessionService } from '../account/session.service.js';
import type { ApiKeyService } from '../api-key/api-key.service.js';
import type { Caller } from '../common/context.js';
import type { EventPubSub } from '../events/session-events.js';

/** An open WebSocket or SSE connection, closable when its key is revoked. */
export interface LiveStream {
  close(): void;
}

/**
 * What connections are counted and closed by: the API key, or the console session (signing out
 * one browser closes that browser's streams, not the person's others).
 */
export const liveKeyOf = (p: Caller): string => (p.kind === 'user' ? `session:${p.sessionId}` : p.keyId);

/** Close code of a WebSocket whose API key was revoked (graphql-ws uses 4403 for Forbidden). */
export const WS_CLOSE_REVOKED = 4403;
/** Close code of a WebSocket refused because its key already holds the most connections allowed. */
export const WS_CLOSE_RATE_LIMITED = 4429;

/**
 * The WebSocket and SSE connections open on this API process, per API key: it caps them per key
 * and closes a revoked key's connections. State is per process, like the connections themselves.
 */
export class LiveConnections {
  private readonly byKey = new Map<string, Set<LiveStream>>();

  constructor(readonly perKey: number) {}

  /** Registers a connection of the key; null when the key already holds `perKey` (refuse it). Returns its release. */
  open(keyId: string, stream: LiveStream): (() => void) | null {
    const streams = this.byKey.get(keyId) ?? new Set<LiveStream>();
    if (streams.size >= this.perKey) return null;
    streams.add(stream);
    this.byKey.set(keyId, streams);
    return () => {
      streams.delete(stream);
      if (!streams.size && this.byKey.get(keyId) === streams) this.byKey.delete(keyId);
    };
  }

  count(keyId: string): number {
    return this.byKey.get(keyId)?.size ?? 0;
  }

  keyIds(): string[] {
    return [...this.byKey.keys()];
  }

  /** Closes every connection of the key; returns how many. */
  closeKey(keyId: string): number {
    const streams = this.byKey.get(keyId);
    if (!streams) return 0;
    this.byKey.delete(keyId);
    for (const stream of streams) stream.close();
    return streams.size;
  }
}

interface WatchOptions {
  connections: LiveConnections;
  pubSub: EventPubSub;
  apiKeys: ApiKeyService;
  sessions: SessionService;
  db: DataSource;
  /** How often the keys of open connections are checked against the database; default 30 s. */
  sweepMs?: number;
}

/**
 * Acts on revocations published by any API process (LISTEN/NOTIFY): forgets the key's cached
 * principal and closes its connections. A sweep re-checks the keys of open connections now and
 * then, for a notification lost while the listener was reconnecting.
 */
export function watchRevocations(o: WatchOptions): { stop(): Promise<void> } {
  const revoked = (keyId: string) => {
    o.apiKeys.forget(keyId);
    o.connections.closeKey(keyId);
  };
  const events = o.pubSub.subscribe('API_KEY_REVOKED');
  const loop = (async () => {
    for await (const event of events) revoked(event.keyId);
  })();
  const sweep = setInterval(() => {
    const all = o.connections.keyIds();
    const sessionIds = all.filter((k) => k.startsWith('session:')).map((k) => k.slice('session:'.length));
    const keyIds = all.filter((k) => !k.startsWith('session:'));
    const failed = (error: Error) => console.error('live connections: the revocation sweep failed: %s', error.message);
    if (keyIds.length) {
      o.db
        .query(`SELECT id FROM api_key WHERE id = ANY($1::uuid[]) AND revoked_at IS NOT NULL`, [keyIds])
        .then((rows: { id: string }[]) => rows.forEach((r) => revoked(r.id)))
        .catch(failed);
    }
    // Sessions signed out, expired, or whose member was removed: their streams end at the next sweep.
    if (sessionIds.length) {
      o.sessions
        .ended(sessionIds)
        .then((ended) => ended.forEach((id) => o.connections.closeKey(`session:${id}`)))
        .catch(failed);
    }
  }, o.sweepMs ?? 30_000);
  sweep.unref();
  return {
    async stop() {
      clearInterval(sweep);
      await events.return?.();
      await loop;
    },
  };
}
