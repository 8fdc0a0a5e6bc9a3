/**
 * What crosses packages. The worker and the API import this package; the console talks GraphQL
 * only. Guide and taxonomy schemas (zod) are separate entries (`@ladder/contracts/guide`,
 * `@ladder/contracts/taxonomy`) so workflow bundles, which see only ids, stay free of them.
 */
export * from './vocabulary.js';
export * from './interview.js';
export * from './wave-analysis.js';
export * from './events.js';
export * from './quality.js';
export * from './fielding.js';
export * from './erasure.js';
export * from './alerts.js';
export * from './segments.js';
export * from './webhooks.js';
export * from './owners.js';
export * from './coding-agreement.js';
export * from './random.js';
