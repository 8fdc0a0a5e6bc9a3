import type { Logger } from 'typeorm';
import { logScrubbed } from '../common/scrub-pii.js';

/**
 * TypeORM's logger for the API: a failed query is logged as its SQL and its error, both scrubbed,
 * never with its parameters (TypeORM's own logger prints them, and they are what a client sent:
 * emails, answers). Everything else TypeORM would say is left out, as `logging: ['error']` did.
 */
export class ScrubbedQueryLogger implements Logger {
  logQueryError(error: string | Error, query: string): void {
    const message = error instanceof Error ? error.message : String(error);
    logScrubbed(console, 'query failed: %s -- %s', query.length > 2000 ? `${query.slice(0, 2000)}...` : query, message);
  }

  logQuery(): void {}

  logQuerySlow(): void {}

  logSchemaBuild(): void {}

  logMigration(): void {}

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') logScrubbed(console, 'typeorm: %s', String(message));
  }
}
