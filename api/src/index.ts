export { loadConfig, type ApiConfig } from './config.js';
export { createDataSource } from './db/data-source.js';
export { createApiServer, type ApiServer } from './server/app.js';
export { ensureBootstrapApiKey, generateApiKeySecret, hashSecret } from './api-key/api-key.service.js';
export { npsEstimate, type BandTally, type NpsEstimate } from '@ladder/contracts/stats';
export { bandCountStatement, type CountScope, type CountSource } from './segment/segment-counts.js';
export type { SegmentFilter } from './segment/segment.types.js';
