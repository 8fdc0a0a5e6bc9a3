import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatePayloadKey } from '@ladder/contracts/payload-codec';
import { freePort, startEmbeddedPostgres, startTemporalDevServer } from '@ladder/devstack';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
    temporalAddress: string;
    /** LADDER_PAYLOAD_KEYS of every process of the run: they share one Temporal server and task queue. */
    payloadKeys: string;
  }
}

/** One PostgreSQL and one Temporal dev server for the run; every platform gets its own database. */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'ladder-e2e-pg-'));
  const [pg, temporal] = await Promise.all([
    freePort().then((port) => startEmbeddedPostgres({ databaseDir: dir, port, persistent: false })),
    // The close of a workflow is acknowledged every 1 s instead of 30 s, so a deleted (erased) history goes within
    // seconds rather than up to ~31 s later; nothing else changes (workflows/src/test-support/environment.ts).
    freePort().then((port) => startTemporalDevServer({ port, dynamicConfig: { 'history.transferProcessorUpdateAckInterval': '1s' } })),
  ]);
  project.provide('pgAdminUrl', pg.adminUrl);
  project.provide('temporalAddress', temporal.address);
  project.provide('payloadKeys', generatePayloadKey(`e2e-${Date.now()}`));
  return async () => {
    await temporal.stop();
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
