import { defineConfig } from 'vitest/config';

/**
 * Benchmarks print figures; they are not part of `npm test`. One project per benchmark, run with
 * `--project <name>`: `interviews`, `ingest`, `limits` and `webhooks` use the run's PostgreSQL and Temporal (the e2e global setup);
 * `analytics` and `import` start their own (analytics needs pg_stat_statements preloaded).
 */
export default defineConfig({
  test: {
    fileParallelism: false,
    testTimeout: 1_800_000,
    hookTimeout: 300_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: { name: 'interviews', include: ['bench/interviews.bench-run.ts'], globalSetup: ['src/support/global-setup.ts'] },
      },
      { extends: true, test: { name: 'analytics', include: ['bench/analytics/*.bench-run.ts'] } },
      { extends: true, test: { name: 'import', include: ['bench/import/*.bench-run.ts'] } },
      {
        extends: true,
        test: { name: 'ingest', include: ['bench/ingest/*.bench-run.ts'], globalSetup: ['src/support/global-setup.ts'] },
      },
      {
        extends: true,
        test: { name: 'webhooks', include: ['bench/webhooks/*.bench-run.ts'], globalSetup: ['src/support/global-setup.ts'] },
      },
      {
        extends: true,
        test: { name: 'limits', include: ['bench/limits/*.bench-run.ts'], globalSetup: ['src/support/global-setup.ts'] },
      },
    ],
  },
});
