import { createPubSub } from '@graphql-yoga/subscription';
import {
  EVENTS_CHANNEL,
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
    /** Every insights event, for the live insights topics (insights/live), which coalesce them. */
    INSIGHTS_EVENT: [event: InsightsChangedEvent | AnalysisProgressEvent];
    /** A key revoked on any API process: server/live-connections closes its streams. */
    API_KEY_REVOKED: [event: ApiKeyRevokedEvent];
  }>();

/**
 * Carries events from any process (the worker, other API replicas) to this API's subscribers:
 * one dedicated connection LISTENs on the channel and republishes locally. It reconnects with
 * backoff when the connection drops.
 */
export class SessionEventListener {
  private client: pg.Client | null = null;
  private stopped = false;
  private retryMs = 500;

  constructor(
    private readonly databaseUrl: string,
    readonly pubSub: EventPubSub,
    private readonly log = console,
  ) {}

  async start(): Promise<void> {
    const client = new pg.Client({ connectionString: this.databaseUrl });
    client.on('notification', (msg) => this.dispatch(msg.payload));
    client.on('error', (error) => this.reconnect(error));
    await client.connect();
    await client.query(`LISTEN ${EVENTS_CHANNEL}`);
    this.client = client;
    this.retryMs = 500;
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
      }
    } catch (error) {
      this.log.error('ignored a malformed event on %s: %s', EVENTS_CHANNEL, error);
    }
  }

  private reconnect(error: Error): void {
    if (this.stopped) return;
    this.log.error('event listener connection lost (%s); reconnecting', error.message);
    this.client?.end().catch(() => {});
    this.client = null;
    setTimeout(() => {
      this.start().catch((e: Error) => this.reconnect(e));
    }, this.retryMs).unref();
    this.retryMs = Math.min(this.retryMs * 2, 10_000);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.client?.end();
  }
}
