import { readdirSync, readFileSync } from 'node:fs';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils.js';
import { Worker } from '@temporalio/worker';
import { describe, expect, it } from 'vitest';
import { encryptedHistory, testDataConverter } from '../test-support/payloads.js';
import { workflowsPath } from '../worker.js';

const dir = new URL('./histories/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

/**
 * Committed histories of real interview runs, replayed against today's workflow code: a change
 * that would break running interviews (a non-deterministic change without `patched`) fails here.
 * Record new ones with `npm run record-histories -w @ladder/workflows`.
 */
describe('interview workflow replay', () => {
  it('has committed histories to replay', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  // With the payload codec, as the worker runs: recorded before it, their plain payloads pass through.
  it.each(files)('replays %s without non-determinism', async (file) => {
    const history = historyFromJSON(JSON.parse(readFileSync(new URL(file, dir), 'utf8')));
    await expect(
      Worker.runReplayHistory({ workflowsPath, replayName: file, dataConverter: testDataConverter }, history, file),
    ).resolves.toBeUndefined();
  });

  it.each(files)('replays %s with every payload encrypted', async (file) => {
    const history = historyFromJSON(await encryptedHistory(JSON.parse(readFileSync(new URL(file, dir), 'utf8'))));
    await expect(
      Worker.runReplayHistory({ workflowsPath, replayName: `${file}-encrypted`, dataConverter: testDataConverter }, history, file),
    ).resolves.toBeUndefined();
  });
});
