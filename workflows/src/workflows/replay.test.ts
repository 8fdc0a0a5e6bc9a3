import { readdirSync, readFileSync } from 'node:fs';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils.js';
import { Worker } from '@temporalio/worker';
import { describe, expect, it } from 'vitest';
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

  it.each(files)('replays %s without non-determinism', async (file) => {
    const history = historyFromJSON(JSON.parse(readFileSync(new URL(file, dir), 'utf8')));
    await expect(Worker.runReplayHistory({ workflowsPath, replayName: file }, history, file)).resolves.toBeUndefined();
  });
});
