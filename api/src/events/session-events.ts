import { createPubSub } from '@graphql-yoga/subscription';
import {
  EVENTS_CHANNEL,
  type AlertChangedEvent,
  type AnalysisProgressEvent,
  type ApiKeyRevokedEvent,
  type EscalationRaisedEvent,
  type InsightsChangedEvent,
  type SessionEvent,
  type SessionUpdatedEvent,
} from '@ladder/contracts';
import pg from 'pg';

export type EventPubSub = ReturnType<typeof createEventPubSub>;

/** Every request context carries this process's event stream (subscriptions listen on it). */
declare module '../common/context.js' {
  interface RequestContext {
    events: EventPubSub;
  }
}

/** Topics are keyed by session or study id (UUIDs); resolvers still check the event's workspace. */
export const createEventPubSub = () =>
  createPubSub<{
    SESSION_UPDATED: [sessionId: string, event: SessionUpdatedEvent];
    STUDY_SESSION_UPDATED: [studyId: string, event: SessionUpdatedEvent];
    ESCALATION_RAISED: [studyId: string, event: EscalationRaisedEvent];
    /** An alert of the study fired or resolved (subscription alertRaised). */
    ALERT_CHANGED: [studyId: string, event: AlertChangedEvent];
    /** Every insights event, for the live insights topics (insights/live), which coalesce them. */
    INSIGHTS_EVENT: [event: InsightsChangedEvent | AnalysisProgressEvent];
    /** A key revoked on any API process: server/live-connections closes its streams. */
    API_KEY_REVOKED: [event: ApiKeyRevokedEvent];
    /** The LISTEN connection is back after an outage: notifications sent meanwhile are lost. */
    EVENTS_RESUMED: [event: { reconnects: number }];
  }>();

/** How the LISTEN connection checks itself; every field has a default (DEFAULT_LISTENER_OPTIONS). */
export interface ListenerOptions {
  /** A `SELECT 1` on the connection this often. */
  heartbeatMs: number;
  /** A heartbeat not answered within this is a dead connection (a half-open socket never errors). */
  heartbeatTimeoutMs: number;
  /** The first reconnection attempt waits this long; each failed one doubles it. */
  minRetryMs: number;
  /** Reconnection backoff doubles up to this. */
  maxRetryMs: number;
  /** The connection's application_name, so operators (and tests) can find it in pg_stat_activity. */
  applicationName: string;
}

export const DEFAULT_LISTENER_OPTIONS: ListenerOptions = {
  heartbeatMs: 10_000,
  heartbeatTimeoutMs: 5_000,
  minRetryMs: 500,
  maxRetryMs: 10_000,
  applicationName: 'ladder-api-listener',
};

export interface ListenerHealth {
  connected: boolean;
  /** Milliseconds since the last answered heartbeat (or the LISTEN); null before the first. */
  lastHeartbeatAgeMs: number | null;
  /** A heartbeat was due and has not been answered: the connection may be dead without knowing it. */
  stale: boolean;
}

/**
 * Carries events from any process (the worker, other API replicas) to this API's subscribers:
 * one dedicated connection LISTENs on the channel and republishes locally. The connection uses TCP
 * keepalive and a heartbeat; when it drops or a heartbeat fails it reconnects with backoff, LISTENs
 * again and publishes EVENTS_RESUMED, so the live topics recompute what they may have missed.
 */
export class SessionEventListener {
  private client: pg.Client | null = null;
  private stopped = false;
  private retryMs: number;
  private heartbeat: ReturnType<typeof setInterval> | null = null;
  private retry: ReturnType<typeof setTimeout> | null = null;
  private beating = false;
  private lastHeartbeatAt: number | null = null;
  private readonly options: ListenerOptions;
  /** Successful reconnections since start, for tests and logs. */
  reconnects = 0;

  constructor(
    private readonly databaseUrl: string,
    readonly pubSub: EventPubSub,
    options: Partial<ListenerOptions> = {},
    private readonly log: Pick<Console, 'error' | 'info'> = console,
  ) {
    this.options = { ...DEFAULT_LISTENER_OPTIONS, ...options };
    this.retryMs = this.options.minRetryMs;
  }

  async start(): Promise<void> {
    await this.connect();
  }

  health(): ListenerHealth {
    const age = this.lastHeartbeatAt === null ? null : Date.now() - this.lastHeartbeatAt;
    const { heartbeatMs, heartbeatTimeoutMs } = this.options;
    return { connected: this.client !== null, lastHeartbeatAgeMs: age, stale: age !== null && age > heartbeatMs + heartbeatTimeoutMs };
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.databaseUrl,
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
      application_name: this.options.applicationName,
    });
    client.on('notification', (msg) => this.dispatch(msg.payload));
    // A client that is not (or no longer) the current one is ignored: connect() reports its own failure.
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('the connection ended')));
    try {
      await client.connect();
      await client.query(`LISTEN ${EVENTS_CHANNEL}`);
    } catch (error) {
      client.end().catch(() => {});
      throw error;
    }
    if (this.stopped) {
      await client.end();
      return;
    }
    const resumed = this.lastHeartbeatAt !== null;
    this.client = client;
    this.lastHeartbeatAt = Date.now();
    this.retryMs = this.options.minRetryMs;
    this.heartbeat = setInterval(() => void this.beat(client), this.options.heartbeatMs);
    this.heartbeat.unref();
    if (resumed) {
      this.reconnects++;
      this.log.info('event listener reconnected; live topics recompute what they may have missed');
      this.pubSub.publish('EVENTS_RESUMED', { reconnects: this.reconnects });
    }
  }

  private async beat(client: pg.Client): Promise<void> {
    if (this.beating) return;
    this.beating = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeoutMs = this.options.heartbeatTimeoutMs;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`heartbeat unanswered after ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      await Promise.race([client.query('SELECT 1'), timeout]);
      if (client === this.client) this.lastHeartbeatAt = Date.now();
    } catch (error) {
      this.lost(client, error as Error);
    } finally {
      clearTimeout(timer);
      this.beating = false;
    }
  }

  private dispatch(payload: string | undefined): void {
    try {
      const event = JSON.parse(payload ?? '') as SessionEvent;
      if (event.type === 'session.updated') {
        this.pubSub.publish('SESSION_UPDATED', event.sessionId, event);
        if (event.studyId && !event.preview) this.pubSub.publish('STUDY_SESSION_UPDATED', event.studyId, event);
      } else if (event.type === 'escalation.raised' && !event.preview) {
        this.pubSub.publish('ESCALATION_RAISED', event.studyId, event);
      } else if (event.type === 'insights.changed' || event.type === 'analysis.progress') {
        this.pubSub.publish('INSIGHTS_EVENT', event);
      } else if (event.type === 'api-key.revoked') {
        this.pubSub.publish('API_KEY_REVOKED', event);
      } else if (event.type === 'alert.changed') {
        this.pubSub.publish('ALERT_CHANGED', event.studyId, event);
      }
    } catch (error) {
      this.log.error('ignored a malformed event on %s: %s', EVENTS_CHANNEL, error);
    }
  }

  private lost(client: pg.Client, error: Error): void {
    if (this.stopped || client !== this.client) return;
    this.log.error('event listener connection lost (%s); reconnecting', error.message);
    this.client = null;
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
    client.end().catch(() => {});
    this.scheduleRetry();
  }

  private scheduleRetry(): void {
    if (this.stopped) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      this.connect().catch((error: Error) => {
        this.log.error('event listener could not reconnect (%s); retrying in %d ms', error.message, this.retryMs);
        this.scheduleRetry();
      });
    }, this.retryMs);
    this.retry.unref();
    this.retryMs = Math.min(this.retryMs * 2, this.options.maxRetryMs);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.heartbeat) clearInterval(this.heartbeat);
    if (this.retry) clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    await client?.end();
  }
}
