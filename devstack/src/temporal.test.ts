import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort } from './ports.js';
import { startTemporalDevServer } from './temporal.js';

describe('startTemporalDevServer', () => {
  it('says what the server printed when it exits before listening, after one more try', async () => {
    // Its database file cannot be created (no such folder): the server exits at once, both times.
    const dbFile = join(tmpdir(), `ladder-no-such-folder-${process.pid}`, 'temporal.sqlite');
    const lines: string[] = [];
    const error: unknown = await startTemporalDevServer({ port: await freePort(), dbFile, log: (line) => lines.push(line) }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^the Temporal dev server exited early \(code \d+\):\n[\s\S]+/);
    expect(lines.filter((l) => l.includes('starting it once more'))).toHaveLength(1);
  }, 60_000);
});
