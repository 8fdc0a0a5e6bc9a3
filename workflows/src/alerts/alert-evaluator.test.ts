import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import { ALERT_WORKFLOW_ID } from '@ladder/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TemporalDevServerHandle } from '@ladder/devstack';
import { startTestTemporal } from '../test-support/environment.js';
import { testDataConverter } from '../test-support/payloads.js';
import { keepAlertEvaluator } from './alert-evaluator.js';

let temporal: TemporalDevServerHandle;
let native: NativeConnection;
let connection: Connection;
let client: Client;

beforeAll(async () => {
  temporal = await startTestTemporal();
  [native, connection] = await Promise.all([
    NativeConnection.connect({ address: temporal.address }),
    Connection.connect({ address: temporal.address }),
  ]);
  client = new Client({ connection, dataConverter: testDataConverter });
}, 120_000);
afterAll(async () => {
  await connection?.close();
  await native?.close();
  await temporal?.stop();
});

describe('keepAlertEvaluator', () => {
  it('starts the one evaluator, and starts it again after it was terminated', async () => {
    // No worker polls this queue: the evaluator stays scheduled, which is all this test needs to see.
    const target = { connection: native, namespace: 'default', taskQueue: `nobody-${randomUUID()}`, dataConverter: testDataConverter };
    const warnings: string[] = [];
    const keeper = await keepAlertEvaluator(target, { pollMs: 60_000 }, 200, { warn: (m: string) => warnings.push(m) });
    try {
      const first = await client.workflow.getHandle(ALERT_WORKFLOW_ID).describe();
      expect(first.status.name).toBe('RUNNING');
      // A second keeper (another worker) finds it running: still one run.
      const second = await keepAlertEvaluator(target, {}, 60_000);
      second.close();
      expect((await client.workflow.getHandle(ALERT_WORKFLOW_ID).describe()).runId).toBe(first.runId);

      await client.workflow.getHandle(ALERT_WORKFLOW_ID).terminate('an operator stopped it');
      const deadline = Date.now() + 10_000;
      let again = await client.workflow.getHandle(ALERT_WORKFLOW_ID).describe();
      while (again.runId === first.runId && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
        again = await client.workflow.getHandle(ALERT_WORKFLOW_ID).describe();
      }
      expect(again.runId).not.toBe(first.runId);
      expect(again.status.name).toBe('RUNNING');
      expect(warnings).toEqual([]);
    } finally {
      keeper.close();
    }
  });
});
