import { Connection, type WorkflowClient } from '@temporalio/client';
import express, { type Router } from 'express';
import type { DataSource } from 'typeorm';
import type { SessionEventListener } from '../events/session-events.js';
import { ipRateLimit, type IpRateLimit } from '../fielding/rate-limit.js';

/** Each dependency gets this long to answer; a probe answers within about this, whatever is down. */
export const HEALTH_CHECK_TIMEOUT_MS = 2_000;
/** Probes per minute per address: enough for load balancers and monitors, too few to load Postgres. */
export const HEALTH_RATE_LIMIT: IpRateLimit = { points: 120, durationSeconds: 60 };

export type HealthCheckName = 'postgres' | 'temporal' | 'listener';

export interface HealthCheck {
  ok: boolean;
  /** How long the check took. */
  ms: number;
  /** Why it failed, in a few words (never a connection string or an address). */
  error?: string;
}

export interface ListenerCheck extends HealthCheck {
  lastHeartbeatAgeMs: number | null;
}

export interface HealthReport {
  ok: boolean;
  checks: { postgres: HealthCheck; temporal: HealthCheck; listener: ListenerCheck };
}

export interface HealthOptions {
  db: DataSource;
  workflows: WorkflowClient;
  listener: SessionEventListener;
  timeoutMs?: number;
  rateLimit?: IpRateLimit;
}

class CheckTimeout extends Error {}

async function timed(timeoutMs: number, check: () => Promise<unknown>): Promise<HealthCheck> {
  const started = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new CheckTimeout()), timeoutMs);
  });
  try {
    await Promise.race([check(), timeout]);
    return { ok: true, ms: Date.now() - started };
  } catch (error) {
    // Driver messages can carry hosts and ports: only a fixed wording leaves the process.
    return { ok: false, ms: Date.now() - started, error: error instanceof CheckTimeout ? 'timed out' : 'unreachable' };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * How Temporal is probed. The client's own connection retries an unavailable server on timers for
 * many seconds, past the probe's deadline, and a retry that fires after the connection closed
 * throws outside any caller. So probes use a connection of their own to the same server (same
 * address, TLS and credentials) without the retry interceptor: one call, answered by its deadline.
 */
export interface TemporalProbe {
  check(deadline: number): Promise<unknown>;
  close(): Promise<void>;
}

export function temporalProbe(workflows: WorkflowClient): TemporalProbe {
  const client = workflows.connection;
  const connection = client instanceof Connection ? Connection.lazy({ ...client.options, interceptors: [] }) : client;
  return {
    check: (deadline) => connection.withDeadline(deadline, () => connection.workflowService.getSystemInfo({})),
    close: async () => {
      if (connection !== client) await connection.close();
    },
  };
}

/** Postgres, Temporal and the LISTEN connection, checked concurrently, each with its own deadline. */
export async function checkHealth(options: HealthOptions & { temporal: TemporalProbe }): Promise<HealthReport> {
  const timeoutMs = options.timeoutMs ?? HEALTH_CHECK_TIMEOUT_MS;
  const [postgres, temporal] = await Promise.all([
    timed(timeoutMs, () => options.db.query('SELECT 1')),
    timed(timeoutMs, () => options.temporal.check(Date.now() + timeoutMs)),
  ]);
  const state = options.listener.health();
  const listener: ListenerCheck = {
    ok: state.connected && !state.stale,
    ms: 0,
    lastHeartbeatAgeMs: state.lastHeartbeatAgeMs,
    ...(!state.connected ? { error: 'disconnected' } : state.stale ? { error: 'heartbeat overdue' } : {}),
  };
  return { ok: postgres.ok && temporal.ok && listener.ok, checks: { postgres, temporal, listener } };
}

/**
 * GET /healthz: 200 `{ ok: true, checks }` when every dependency answers, 503 with the failing
 * check(s) marked otherwise. Public and unauthenticated, so no body is read, nothing personal or
 * secret is said, and each address is rate limited.
 */
export function createHealthRouter(options: HealthOptions): { router: Router; close(): Promise<void> } {
  const router = express.Router();
  const temporal = temporalProbe(options.workflows);
  router.get('/', ipRateLimit(options.rateLimit ?? HEALTH_RATE_LIMIT), async (_req, res) => {
    const report = await checkHealth({ ...options, temporal });
    res
      .status(report.ok ? 200 : 503)
      .set('Cache-Control', 'no-store')
      .json(report);
  });
  return { router, close: () => temporal.close() };
}
