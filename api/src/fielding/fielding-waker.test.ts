import { FIELDING_WORKFLOW, FIELDING_WORKFLOW_ID, TASK_QUEUE } from '@ladder/contracts';
import { freePort, startTemporalDevServer, type TemporalDevServerHandle } from '@ladder/devstack';
import { Client, Connection } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FieldingWaker } from './fielding-waker.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => boolean, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await sleep(20);
  }
}

/** Collects what the waker logs (the logger is its only output besides Temporal). */
function recordingLog() {
  const lines: string[] = [];
  return {
    lines,
    log: {
      warn: (...args: unknown[]) => lines.push(`warn ${String(args[0])}`),
      info: (...args: unknown[]) => lines.push(`info ${String(args[0])}`),
    },
  };
}

describe('FieldingWaker with Temporal unreachable', () => {
  it('never throws, logs once per outage and keeps trying on later wakes', async () => {
    const connection = Connection.lazy({ address: '127.0.0.1:1' });
    const { lines, log } = recordingLog();
    const waker = new FieldingWaker(new Client({ connection }).workflow, { intervalMs: 20, timeoutMs: 300, log });
    for (let i = 0; i < 5; i++) expect(() => waker.wake()).not.toThrow();
    await until(() => lines.length === 1);
    expect(waker.attempts).toBe(1);
    waker.wake();
    await until(() => waker.attempts === 2);
    await waker.stop();
    expect(lines).toEqual(['warn fielding waker: could not signal the fielding dispatcher (it still polls the outbox): %s']);
    expect(waker.signalsSent).toBe(0);
    await connection.close();
  });

  it('stops within its call deadline, then ignores wakes', async () => {
    const connection = Connection.lazy({ address: '127.0.0.1:1' });
    const { lines, log } = recordingLog();
    const waker = new FieldingWaker(new Client({ connection }).workflow, { intervalMs: 20, timeoutMs: 1000, log });
    waker.wake();
    await until(() => waker.attempts === 1);
    const stopping = Date.now();
    await waker.stop();
    expect(Date.now() - stopping).toBeLessThan(3000);
    waker.wake();
    await sleep(100);
    expect(waker.attempts).toBe(1);
    // A failure that ends after stop() is not an outage worth reporting.
    expect(lines).toEqual([]);
    await connection.close();
  });
});

describe('FieldingWaker with a Temporal dev server', () => {
  let temporal: TemporalDevServerHandle;
  let connection: Connection;
  let client: Client;

  beforeAll(async () => {
    temporal = await startTemporalDevServer({ port: await freePort() });
    connection = await Connection.connect({ address: temporal.address });
    client = new Client({ connection });
  });
  afterAll(async () => {
    await connection?.close();
    await temporal?.stop();
  });

  const wakeSignals = async () => {
    const history = await client.workflow.getHandle(FIELDING_WORKFLOW_ID).fetchHistory();
    return (history.events ?? []).filter((e) => e.workflowExecutionSignaledEventAttributes?.signalName === 'wake').length;
  };

  it('signal-starts the dispatcher once per interval, however many wakes arrive', async () => {
    const waker = new FieldingWaker(client.workflow, { intervalMs: 200 });
    for (let i = 0; i < 10; i++) waker.wake();
    await until(() => waker.signalsSent === 1);
    await sleep(500);
    expect(waker.signalsSent).toBe(1);
    // No worker runs here, so the dispatcher never makes progress: its description and history show the call arrived.
    const described = await client.workflow.getHandle(FIELDING_WORKFLOW_ID).describe();
    expect({ type: described.type, taskQueue: described.taskQueue, status: described.status.name }).toEqual({
      type: FIELDING_WORKFLOW,
      taskQueue: TASK_QUEUE,
      status: 'RUNNING',
    });
    expect(await wakeSignals()).toBe(1);

    waker.wake();
    await until(() => waker.signalsSent === 2);
    expect(await wakeSignals()).toBe(2);
    // Still the same run: signal-with-start signals a running dispatcher instead of starting another.
    const again = await client.workflow.getHandle(FIELDING_WORKFLOW_ID).describe();
    expect(again.runId).toBe(described.runId);
    await waker.stop();
  });
});
