import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startEmbeddedPostgres } from '@ladder/devstack';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}

/** One embedded Postgres for the whole run; each test file makes its own database in it. */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'ladder-api-pg-'));
  const pg = await startEmbeddedPostgres({ databaseDir: dir, port: await freePort(), persistent: false });
  project.provide('pgAdminUrl', pg.adminUrl);
  return async () => {
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
