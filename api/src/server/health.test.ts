import { randomBytes } from 'node:crypto';
import { freePort, startTemporalDevServer, type TemporalDevServerHandle } from '@ladder/devstack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test-support/api-harness.js';

const APP = `ladder-listener-${randomBytes(4).toString('hex')}`;
let temporal: TemporalDevServerHandle;
/** Temporal running; the listener's reconnection waits a minute, so a killed listener stays down. */
let up: TestApi;
/** The harness's default: Temporal's address is a closed port. */
let noTemporal: TestApi;

beforeAll(async () => {
  temporal = await startTemporalDevServer({ port: await freePort() });
  // One after the other: migrations create cluster-wide roles.
  up = await startTestApi({ temporalAddress: temporal.address, reliability: { listener: { applicationName: APP, minRetryMs: 60_000 } } });
  noTemporal = await startTestApi({ reliability: { healthRateLimit: { points: 3, durationSeconds: 60 } } });
}, 120_000);
afterAll(async () => {
  await up?.stop();
  await noTemporal?.stop();
  await temporal?.stop();
});

async function health(api: TestApi) {
  const res = await fetch(new URL('/healthz', api.url));
  const text = await res.text();
  return { status: res.status, text, body: JSON.parse(text) as Record<string, unknown> };
}

const passed = { ok: true, ms: expect.any(Number) };

describe('successful /healthz', () => {
  it('is 200 with every check passing when Postgres, Temporal and the listener answer', async () => {
    const { status, body } = await health(up);
    expect(status).toBe(200);
    expect(body).toEqual({
      ok: true,
      checks: { postgres: passed, temporal: passed, listener: { ...passed, lastHeartbeatAgeMs: expect.any(Number) } },
    });
  });
});

describe('failing /healthz', () => {
  it('is 503 naming the listener when the LISTEN connection is down', async () => {
    await up.db.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1`, [APP]);
    const deadline = Date.now() + 5000;
    let res = await health(up);
    while (res.status === 200 && Date.now() < deadline) res = await health(up);
    expect(res.status).toBe(503);
    expect(res.body).toEqual({
      ok: false,
      checks: {
        postgres: passed,
        temporal: passed,
        listener: { ok: false, ms: 0, lastHeartbeatAgeMs: expect.any(Number), error: 'disconnected' },
      },
    });
  });

  it('is 503 naming Temporal when it is unreachable, within the check deadline, without saying where it looked', async () => {
    const started = Date.now();
    const { status, body, text } = await health(noTemporal);
    expect(Date.now() - started).toBeLessThan(4000);
    expect(status).toBe(503);
    expect(body).toMatchObject({
      ok: false,
      checks: {
        postgres: passed,
        temporal: { ok: false, error: expect.stringMatching(/^(unreachable|timed out)$/) },
        listener: { ok: true },
      },
    });
    expect(text).not.toMatch(/127\.0\.0\.1|postgres:|password/);
  });

  it('is rate limited per address', async () => {
    // One probe was spent above; the limit here is 3 a minute.
    expect((await health(noTemporal)).status).toBe(503);
    expect((await health(noTemporal)).status).toBe(503);
    const limited = await fetch(new URL('/healthz', noTemporal.url));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
  });
});
