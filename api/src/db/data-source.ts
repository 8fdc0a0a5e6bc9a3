import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { entities } from './entities.js';
import { ScrubbedQueryLogger } from './query-logger.js';

/** What one query and one wait for a connection may take. */
export interface DatabaseLimits {
  /** Postgres statement_timeout of every connection of the pool, in ms. */
  statementTimeoutMs: number;
  /** How long a request waits for a free pooled connection before failing, in ms. */
  acquireTimeoutMs: number;
}

export const DEFAULT_DATABASE_LIMITS: DatabaseLimits = { statementTimeoutMs: 30_000, acquireTimeoutMs: 10_000 };

/**
 * The API's data source. Schema changes only through @ladder/migrations: synchronize stays off.
 * The API process passes `limits`; scripts (the seed) run without them.
 */
export function createDataSource(url: string, options: { poolSize?: number; limits?: Partial<DatabaseLimits> } = {}): DataSource {
  const limits = options.limits ? { ...DEFAULT_DATABASE_LIMITS, ...options.limits } : null;
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    synchronize: false,
    migrationsRun: false,
    logging: ['error'],
    // Failed queries without their parameters (personal data), scrubbed.
    logger: new ScrubbedQueryLogger(),
    // node-postgres sets statement_timeout at connect (one round trip less than SET per query) and
    // fails a checkout that waits longer than connectionTimeoutMillis, so a flood queues boundedly.
    extra: {
      max: options.poolSize ?? 10,
      ...(limits && { statement_timeout: limits.statementTimeoutMs, connectionTimeoutMillis: limits.acquireTimeoutMs }),
    },
  });
}
