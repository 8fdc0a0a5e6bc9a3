import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The scripted respondents (`npm run eval:interviews` alone) and the demo's summary checks (`npm run eval:summary`) run with
    // every test: a case falling short or a failed check fails CI.
    include: ['src/**/*.test.ts', 'eval/*.eval-run.ts'],
    globalSetup: ['src/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
  },
});
