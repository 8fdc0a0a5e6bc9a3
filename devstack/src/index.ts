export { cacheDir, dataDir, repoRoot } from './paths.js';
export { freePort, isPortOpen, waitForPort } from './ports.js';
export { dropDatabase, ensureDatabase } from './database.js';
export { startEmbeddedPostgres } from './postgres.js';
export type { EmbeddedPostgresHandle, EmbeddedPostgresOptions } from './postgres.js';
export { ensureTemporalCli, startTemporalDevServer, TEMPORAL_CLI_VERSION } from './temporal.js';
export type { TemporalDevServerHandle, TemporalDevServerOptions } from './temporal.js';
export { stripAnsi } from './cli/children.js';
