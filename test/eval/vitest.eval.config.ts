import { defineConfig } from 'vitest/config';

/**
 * `npm run eval:interviews`: the scripted respondents through the real platform, one test per case, on their
 * own (they also run with `npm test`); the run's PostgreSQL and Temporal come from the e2e global setup.
 */
export default defineConfig({
  test: {
    include: ['eval/*.eval-run.ts'],
    globalSetup: ['src/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 300_000,
    pool: 'forks',
  },
});
